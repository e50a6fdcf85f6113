// The in-memory store, for the browser (Storybook, element tests, the demo without a server) and
// fast unit tests. Same contract as the SQLite store, checked by the same tests. Each write
// method checks every precondition before it changes anything, and JavaScript runs it to the end
// without interruption, which gives it the all-or-nothing property the SQLite store gets from
// transactions.
import { AuthBackedStore } from './auth-backed.js';
import { classifySearch, matchesSearch } from './search.js';
import { StoreConflictError } from './types.js';
import type {
  AgencyRecord,
  AuditInput,
  AuditRecord,
  HandlerInputRecord,
  HandlerRecord,
  IdempotencyScope,
  ListOptions,
  ManagerActor,
  Page,
  PersonRecord,
  ReceiptRecord,
  RegistrationInput,
  RegistrationRecord,
  ReviewRecord,
  ReviewStatus,
  SeedData,
  Store,
  StoredResponse,
  SwapInput,
} from './types.js';

// Records leave the store as copies, so a caller changing one cannot change the store.
const copy = <T>(value: T): T => structuredClone(value);

const answerKey = (scope: IdempotencyScope) => `${scope.principal}\n${scope.route}\n${scope.key}`;

export class MemoryStore extends AuthBackedStore implements Store {
  readonly kind = 'memory' as const;
  private readonly answers = new Map<string, StoredResponse>();
  private agencies = new Map<string, AgencyRecord>();
  private people = new Map<string, PersonRecord>();
  private registrations = new Map<string, RegistrationRecord>();
  /** Insertion order is id order, which is the list order. */
  private handlers = new Map<number, HandlerRecord>();
  private reviews = new Map<number, ReviewRecord>();
  private receipts: ReceiptRecord[] = [];
  private auditLog: AuditRecord[] = [];
  private seededAt: string | null = null;
  private nextHandlerId = 1;
  private nextReviewId = 1;
  private nextReceiptId = 1;
  private nextAuditId = 1;

  private audit(entry: AuditInput): void {
    this.auditLog.push(copy({ ...entry, id: this.nextAuditId++ }));
  }

  private receipt(agencyCode: string, item: ReceiptRecord['item'], at: string): ReceiptRecord {
    const receipt = { id: this.nextReceiptId++, agencyCode, item, receivedAt: at };
    this.receipts.push(receipt);
    return copy(receipt);
  }

  private requireManager(actor: ManagerActor): void {
    const r = this.registrations.get(actor.agencyCode);
    if (!r || r.org.serial !== actor.orgSerial || r.manager.serial !== actor.managerSerial) {
      throw new StoreConflictError('NOT_REGISTERED_MANAGER');
    }
  }

  private pendingReview(agencyCode: string): ReviewRecord | undefined {
    for (const review of this.reviews.values()) {
      if (review.agencyCode === agencyCode && review.status === 'pending') return review;
    }
    return undefined;
  }

  // ── challenges and sessions ───────────────────────────────────────────────────────────────

  /** Stored Idempotency-Key answers past their time are dropped with the expired sessions. */
  protected purgeAnswers(now: string): void {
    for (const [key, answer] of this.answers) if (answer.expiresAt <= now) this.answers.delete(key);
  }

  // ── idempotency ───────────────────────────────────────────────────────────────────────────

  getIdempotentResponse(scope: IdempotencyScope, now: string): StoredResponse | undefined {
    const answer = this.auth.getAnswer(scope, now) ?? this.answers.get(answerKey(scope));
    return answer && answer.expiresAt > now ? copy(answer) : undefined;
  }

  saveIdempotentResponse(scope: IdempotencyScope, response: StoredResponse, durable: boolean): void {
    if (durable) this.answers.set(answerKey(scope), copy(response));
    else this.auth.saveAnswer(scope, response);
  }

  // ── agencies and people ───────────────────────────────────────────────────────────────────

  getAgency(code: string): AgencyRecord | undefined {
    const agency = this.agencies.get(code);
    return agency ? copy(agency) : undefined;
  }

  getPerson(nationalId: string): PersonRecord | undefined {
    const person = this.people.get(nationalId);
    return person ? copy(person) : undefined;
  }

  getRegistration(agencyCode: string): RegistrationRecord | undefined {
    const registration = this.registrations.get(agencyCode);
    return registration ? copy(registration) : undefined;
  }

  // ── registration, reviews, swaps ──────────────────────────────────────────────────────────

  register(
    input: RegistrationInput,
    options: { orgIdOnFile?: string; audit: AuditInput },
  ): { registration: RegistrationRecord; receipt: ReceiptRecord } {
    const agency = this.agencies.get(input.agencyCode);
    if (!agency) throw new StoreConflictError('AGENCY_UNKNOWN');
    if (this.pendingReview(input.agencyCode)) throw new StoreConflictError('REVIEW_PENDING');
    if (this.registrations.has(input.agencyCode)) throw new StoreConflictError('ALREADY_REGISTERED');
    const registration: RegistrationRecord = { ...copy(input), updatedAt: input.registeredAt, version: 1 };
    this.registrations.set(input.agencyCode, registration);
    if (options.orgIdOnFile !== undefined) agency.orgId = options.orgIdOnFile;
    const receipt = this.receipt(input.agencyCode, 'first-registration', input.registeredAt);
    this.audit(options.audit);
    return { registration: copy(registration), receipt };
  }

  createReview(review: Omit<ReviewRecord, 'id'>, audit: AuditInput): ReviewRecord {
    if (!this.agencies.has(review.agencyCode)) throw new StoreConflictError('AGENCY_UNKNOWN');
    if (this.registrations.has(review.agencyCode)) throw new StoreConflictError('ALREADY_REGISTERED');
    if (review.status === 'pending' && this.pendingReview(review.agencyCode)) {
      throw new StoreConflictError('REVIEW_PENDING');
    }
    const created: ReviewRecord = { ...copy(review), id: this.nextReviewId++ };
    this.reviews.set(created.id, created);
    this.audit({ ...audit, target: `review:${created.id}` });
    return copy(created);
  }

  getActiveReview(agencyCode: string): ReviewRecord | undefined {
    const pending = this.pendingReview(agencyCode);
    if (pending) return copy(pending);
    let latest: ReviewRecord | undefined;
    for (const review of this.reviews.values()) {
      if (review.agencyCode === agencyCode && review.status === 'approved') latest = review;
    }
    return latest ? copy(latest) : undefined;
  }

  getReview(id: number): ReviewRecord | undefined {
    const review = this.reviews.get(id);
    return review ? copy(review) : undefined;
  }

  listReviews(status?: ReviewStatus): ReviewRecord[] {
    return [...this.reviews.values()]
      .filter((r) => status === undefined || r.status === status)
      .reverse()
      .map(copy);
  }

  decideReview(
    id: number,
    decision: {
      status: 'approved' | 'rejected';
      at: string;
      effectiveFrom: string | null;
      reason: string | null;
    },
    audit: AuditInput,
  ): ReviewRecord {
    const review = this.reviews.get(id);
    if (!review) throw new StoreConflictError('REVIEW_NOT_FOUND');
    if (review.status !== 'pending') throw new StoreConflictError('REVIEW_ALREADY_DECIDED');
    review.status = decision.status;
    review.decidedAt = decision.at;
    review.effectiveFrom = decision.effectiveFrom;
    review.reason = decision.reason;
    this.audit({ ...audit, agencyCode: review.agencyCode });
    return copy(review);
  }

  swap(input: SwapInput, audit: AuditInput): { registration: RegistrationRecord; receipt: ReceiptRecord } {
    const current = this.registrations.get(input.agencyCode);
    if (
      !current ||
      current.org.serial !== input.expected.orgSerial ||
      current.manager.serial !== input.expected.managerSerial ||
      current.version !== input.expected.version
    ) {
      throw new StoreConflictError('REGISTRATION_CHANGED');
    }
    const next: RegistrationRecord = {
      ...current,
      org: copy(input.org),
      manager: copy(input.manager),
      contact: copy(input.contact),
      updatedAt: input.at,
      version: current.version + 1,
    };
    this.registrations.set(input.agencyCode, next);
    const receipt = this.receipt(input.agencyCode, input.item, input.at);
    this.audit(audit);
    return { registration: copy(next), receipt };
  }

  // ── handlers ──────────────────────────────────────────────────────────────────────────────

  listHandlers(agencyCode: string, options: ListOptions): Page<HandlerRecord> {
    const search = classifySearch(options.q);
    const matching: HandlerRecord[] = [];
    for (const h of this.handlers.values()) {
      if (h.agencyCode === agencyCode && matchesSearch(search, h)) matching.push(h);
    }
    return {
      total: matching.length,
      items: matching.slice(options.offset, options.offset + options.limit).map(copy),
    };
  }

  getHandler(agencyCode: string, id: number): HandlerRecord | undefined {
    const handler = this.handlers.get(id);
    return handler && handler.agencyCode === agencyCode ? copy(handler) : undefined;
  }

  private checkUnique(agencyCode: string, input: HandlerInputRecord, exceptId?: number): void {
    for (const h of this.handlers.values()) {
      if (h.agencyCode !== agencyCode || h.id === exceptId) continue;
      if (h.nationalId === input.nationalId) throw new StoreConflictError('HANDLER_DUPLICATE_NATIONAL_ID');
      if (h.serial === input.serial) throw new StoreConflictError('HANDLER_DUPLICATE_SERIAL');
    }
  }

  createHandler(
    actor: ManagerActor,
    input: HandlerInputRecord,
    at: string,
    audit: AuditInput,
  ): HandlerRecord {
    this.requireManager(actor);
    return this.insertHandler(actor.agencyCode, input, at, audit);
  }

  private insertHandler(
    agencyCode: string,
    input: HandlerInputRecord,
    at: string,
    audit?: AuditInput,
  ): HandlerRecord {
    this.checkUnique(agencyCode, input);
    const handler: HandlerRecord = {
      id: this.nextHandlerId++,
      agencyCode,
      serial: input.serial,
      name: input.name,
      nationalId: input.nationalId,
      permissions: [...input.permissions],
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    this.handlers.set(handler.id, handler);
    if (audit) this.audit({ ...audit, target: `handler:${handler.id}` });
    return copy(handler);
  }

  updateHandler(
    actor: ManagerActor,
    id: number,
    input: HandlerInputRecord,
    expectedVersion: number | undefined,
    at: string,
    audit: AuditInput,
  ): { before: HandlerRecord; after: HandlerRecord } {
    this.requireManager(actor);
    const current = this.handlers.get(id);
    if (!current || current.agencyCode !== actor.agencyCode)
      throw new StoreConflictError('HANDLER_NOT_FOUND');
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new StoreConflictError('HANDLER_VERSION_CONFLICT');
    }
    this.checkUnique(actor.agencyCode, input, id);
    const before = copy(current);
    Object.assign(current, {
      serial: input.serial,
      name: input.name,
      nationalId: input.nationalId,
      permissions: [...input.permissions],
      updatedAt: at,
      version: current.version + 1,
    });
    this.audit(audit);
    return { before, after: copy(current) };
  }

  deleteHandler(actor: ManagerActor, id: number, audit: AuditInput): HandlerRecord {
    this.requireManager(actor);
    const current = this.handlers.get(id);
    if (!current || current.agencyCode !== actor.agencyCode)
      throw new StoreConflictError('HANDLER_NOT_FOUND');
    this.handlers.delete(id);
    this.audit(audit);
    return copy(current);
  }

  // ── receipts and audit ────────────────────────────────────────────────────────────────────

  listReceipts(agencyCode: string): ReceiptRecord[] {
    return this.receipts.filter((r) => r.agencyCode === agencyCode).map(copy);
  }

  listAudit(options: { agencyCode?: string; before?: number; limit: number }): AuditRecord[] {
    const out: AuditRecord[] = [];
    for (let i = this.auditLog.length - 1; i >= 0 && out.length < options.limit; i--) {
      const entry = this.auditLog[i];
      if (!entry) continue;
      if (options.before !== undefined && entry.id >= options.before) continue;
      if (options.agencyCode !== undefined && entry.agencyCode !== options.agencyCode) continue;
      out.push(copy(entry));
    }
    return out;
  }

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  isSeeded(): boolean {
    return this.seededAt !== null;
  }

  seed(data: SeedData, audit: AuditInput): void {
    if (this.isSeeded()) return;
    for (const agency of data.agencies) this.agencies.set(agency.code, copy(agency));
    for (const person of data.people) this.people.set(person.nationalId, copy(person));
    for (const r of data.registrations) {
      this.registrations.set(r.agencyCode, { ...copy(r), updatedAt: r.registeredAt, version: 1 });
    }
    for (const h of data.handlers) this.insertHandler(h.agencyCode, h, h.at);
    for (const review of data.reviews)
      this.reviews.set(this.nextReviewId, { ...copy(review), id: this.nextReviewId++ });
    for (const r of data.receipts) this.receipt(r.agencyCode, r.item, r.receivedAt);
    this.seededAt = audit.at;
    this.audit(audit);
  }

  dump(): Record<string, unknown[]> {
    return copy({
      agencies: [...this.agencies.values()],
      people: [...this.people.values()],
      registrations: [...this.registrations.values()],
      handlers: [...this.handlers.values()],
      reviews: [...this.reviews.values()],
      receipts: this.receipts,
      audit_log: this.auditLog,
      idempotency_keys: [...this.answers.entries()],
      ...Object.fromEntries(Object.entries(this.auth.dump()).map(([k, v]) => [`auth.${k}`, v])),
    });
  }

  close(): void {
    // Nothing to release.
  }
}
