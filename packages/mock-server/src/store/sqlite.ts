// The store of the registration API: one implementation, on SQLite everywhere. In Node it runs on
// better-sqlite3 and a file (driver-node.ts); in the browser on sql.js, SQLite compiled to
// WebAssembly, in page memory (driver-wasm.ts). Same schema, migrations, queries and transactions
// on both; the contract tests run against both.
//
// The store keeps persistence, transactions and queries. The registration rules each have one home
// (see docs/architecture.md): the database's constraints and triggers (one manager per agency, one
// pending review per agency, no review once registered, a known agency), or the service, which
// runs its checks inside the store's transaction (`transaction()`): the review rules of a first
// registration. A write method here maps a constraint failure to its StoreConflict and checks
// nothing the database or the service already does. Challenges and sessions are not in the database: they are
// authentication state, kept in memory (see auth-state.ts).
import { maskNationalId } from '@gepi/sdk';
import type { OrgCaKind } from '@gepi/sdk/certs';
import type { ReceiptItem } from '@gepi/sdk/api';
import { AuthBackedStore } from './auth-backed.js';
import type { Row, SqlDriver } from './driver.js';
import { migrations } from './migrations.js';
import { classifySearch, nameGrams } from './search.js';
import { StoreConflictError, isStoreConflict } from './types.js';
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
  PermissionTemplateRecord,
  PersonRecord,
  ReceiptRecord,
  RegistrationInput,
  RegistrationRecord,
  ReviewRecord,
  ReviewStatus,
  SeedData,
  SeenCertificate,
  SeenCertificateInput,
  Store,
  StoreConflict,
  StoredResponse,
  SwapInput,
  TemplateInputRecord,
} from './types.js';

const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function agencyFrom(r: Row): AgencyRecord {
  return {
    code: str(r.code),
    name: str(r.name),
    region: str(r.region),
    orgCa: str(r.org_ca) as OrgCaKind,
    orgId: str(r.org_id),
    createdAt: str(r.created_at),
  };
}

function registrationFrom(r: Row): RegistrationRecord {
  return {
    agencyCode: str(r.agency_code),
    org: {
      serial: str(r.org_serial),
      ca: str(r.org_ca) as OrgCaKind,
      orgId: str(r.org_id),
      subjectDn: str(r.org_subject_dn),
      notAfter: str(r.org_not_after),
    },
    manager: {
      serial: str(r.manager_serial),
      nationalId: str(r.manager_national_id),
      certName: str(r.manager_cert_name),
      subjectDn: str(r.manager_subject_dn),
      notAfter: str(r.manager_not_after),
    },
    contact: {
      name: str(r.contact_name),
      email: str(r.contact_email),
      phone: str(r.contact_phone),
      extension: str(r.contact_extension),
      remarks: str(r.contact_remarks),
    },
    registeredAt: str(r.registered_at),
    updatedAt: str(r.updated_at),
    version: Number(r.version),
  };
}

function handlerFrom(r: Row): HandlerRecord {
  return {
    id: Number(r.id),
    agencyCode: str(r.agency_code),
    serial: str(r.serial),
    name: str(r.name),
    nationalId: str(r.national_id),
    permissions: JSON.parse(str(r.permissions)) as string[],
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
    version: Number(r.version),
  };
}

function templateFrom(r: Row): PermissionTemplateRecord {
  return {
    id: Number(r.id),
    agencyCode: str(r.agency_code),
    name: str(r.name),
    permissions: JSON.parse(str(r.permissions)) as string[],
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
    version: Number(r.version),
  };
}

function seenFrom(r: Row): SeenCertificate {
  return {
    ca: str(r.ca) as SeenCertificate['ca'],
    serial: str(r.serial),
    kind: str(r.kind) as SeenCertificate['kind'],
    subjectDn: str(r.subject_dn),
    notBefore: str(r.not_before),
    notAfter: str(r.not_after),
    source: str(r.source) as SeenCertificate['source'],
    firstSeenAt: str(r.first_seen_at),
    lastSeenAt: str(r.last_seen_at),
  };
}

function reviewFrom(r: Row): ReviewRecord {
  return {
    id: Number(r.id),
    agencyCode: str(r.agency_code),
    applicantName: str(r.applicant_name),
    phone: str(r.phone),
    card: {
      serial: str(r.card_serial),
      ca: str(r.card_ca) as OrgCaKind,
      orgId: str(r.card_org_id),
      organizationName: str(r.card_org_name),
    },
    status: str(r.status) as ReviewStatus,
    submittedAt: str(r.submitted_at),
    decidedAt: strOrNull(r.decided_at),
    effectiveFrom: strOrNull(r.effective_from),
    reason: strOrNull(r.reason),
  };
}

function receiptFrom(r: Row): ReceiptRecord {
  return {
    id: Number(r.id),
    agencyCode: str(r.agency_code),
    item: str(r.item) as ReceiptItem,
    receivedAt: str(r.received_at),
    handler:
      r.handler_id === null || r.handler_id === undefined
        ? null
        : {
            id: Number(r.handler_id),
            name: str(r.handler_name),
            nationalIdMasked: str(r.handler_id_masked),
          },
  };
}

function auditFrom(r: Row): AuditRecord {
  return {
    id: Number(r.id),
    at: str(r.at),
    action: str(r.action),
    agencyCode: strOrNull(r.agency_code),
    actor: {
      kind: str(r.actor_kind) as AuditRecord['actor']['kind'],
      orgSerial: strOrNull(r.actor_org_serial),
      citizenSerial: strOrNull(r.actor_citizen_serial),
    },
    target: strOrNull(r.target),
    changes: JSON.parse(str(r.changes)) as Record<string, unknown>,
    requestId: strOrNull(r.request_id),
  };
}

export class SqlStore extends AuthBackedStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly q: ReturnType<SqlStore['prepare']>;

  constructor(readonly driver: SqlDriver) {
    super();
    this.migrate();
    this.q = this.prepare();
  }

  private migrate(): void {
    const db = this.driver;
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const applied = new Set(
      db
        .prepare('SELECT version FROM schema_migrations')
        .all()
        .map((r) => Number(r.version)),
    );
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      db.transaction(() => {
        db.exec(migration.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run([
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
      });
    }
  }

  transaction<T>(fn: () => T): T {
    return this.driver.transaction(fn);
  }

  /** The conflict a failed constraint or rule trigger means, or the error itself. */
  private conflictOf(error: unknown, unique: (message: string) => StoreConflict | undefined): unknown {
    const failure = this.driver.constraintFailure(error);
    if (!failure) return error;
    if (failure.kind === 'trigger' && isStoreConflict(failure.message)) {
      return new StoreConflictError(failure.message);
    }
    // Agencies are the only rows other rows refer to.
    if (failure.kind === 'foreign-key') return new StoreConflictError('AGENCY_UNKNOWN');
    const conflict = failure.kind === 'unique' ? unique(failure.message) : undefined;
    return conflict ? new StoreConflictError(conflict) : error;
  }

  private prepare() {
    const db = this.driver;
    return {
      getAnswer: db.prepare(
        'SELECT * FROM idempotency_keys WHERE principal = ? AND route = ? AND key = ? AND expires_at > ?',
      ),
      saveAnswer: db.prepare(
        `INSERT OR REPLACE INTO idempotency_keys (principal, route, key, fingerprint, status, headers, body, created_at, expires_at)
         VALUES (@principal, @route, @key, @fingerprint, @status, @headers, @body, @createdAt, @expiresAt)`,
      ),
      purgeAnswers: db.prepare('DELETE FROM idempotency_keys WHERE expires_at <= ?'),

      getAgency: db.prepare('SELECT * FROM agencies WHERE code = ?'),
      agencyCount: db.prepare('SELECT handler_count FROM agencies WHERE code = ?'),
      setAgencyOrgId: db.prepare('UPDATE agencies SET org_id = ? WHERE code = ?'),
      getPerson: db.prepare('SELECT * FROM people WHERE national_id = ?'),
      getRegistration: db.prepare('SELECT * FROM registrations WHERE agency_code = ?'),
      isManager: db.prepare(
        'SELECT 1 FROM registrations WHERE agency_code = ? AND org_serial = ? AND manager_serial = ?',
      ),
      insertRegistration: db.prepare(
        `INSERT INTO registrations (agency_code, org_serial, org_ca, org_id, org_subject_dn, org_not_after,
           manager_serial, manager_national_id, manager_cert_name, manager_subject_dn, manager_not_after,
           contact_name, contact_email, contact_phone, contact_extension, contact_remarks,
           registered_at, updated_at, version)
         VALUES (@agencyCode, @orgSerial, @orgCa, @orgId, @orgSubjectDn, @orgNotAfter,
           @managerSerial, @managerNationalId, @managerCertName, @managerSubjectDn, @managerNotAfter,
           @contactName, @contactEmail, @contactPhone, @contactExtension, @contactRemarks,
           @registeredAt, @registeredAt, 1)`,
      ),
      swapRegistration: db.prepare(
        `UPDATE registrations SET org_serial = @orgSerial, org_ca = @orgCa, org_id = @orgId,
           org_subject_dn = @orgSubjectDn, org_not_after = @orgNotAfter,
           manager_serial = @managerSerial, manager_national_id = @managerNationalId,
           manager_cert_name = @managerCertName, manager_subject_dn = @managerSubjectDn,
           manager_not_after = @managerNotAfter,
           contact_name = @contactName, contact_email = @contactEmail, contact_phone = @contactPhone,
           contact_extension = @contactExtension, contact_remarks = @contactRemarks,
           updated_at = @at, version = version + 1
         WHERE agency_code = @agencyCode AND org_serial = @expectedOrgSerial
           AND manager_serial = @expectedManagerSerial AND version = @expectedVersion`,
      ),

      insertReview: db.prepare(
        `INSERT INTO reviews (agency_code, applicant_name, phone, card_serial, card_ca, card_org_id, card_org_name,
           status, submitted_at, decided_at, effective_from, reason)
         VALUES (@agencyCode, @applicantName, @phone, @cardSerial, @cardCa, @cardOrgId, @cardOrgName,
           @status, @submittedAt, @decidedAt, @effectiveFrom, @reason) RETURNING *`,
      ),
      pendingReview: db.prepare("SELECT * FROM reviews WHERE agency_code = ? AND status = 'pending'"),
      approvedReview: db.prepare(
        "SELECT * FROM reviews WHERE agency_code = ? AND status = 'approved' ORDER BY id DESC LIMIT 1",
      ),
      getReview: db.prepare('SELECT * FROM reviews WHERE id = ?'),
      listReviews: db.prepare('SELECT * FROM reviews ORDER BY id DESC'),
      listReviewsByStatus: db.prepare('SELECT * FROM reviews WHERE status = ? ORDER BY id DESC'),
      decideReview: db.prepare(
        `UPDATE reviews SET status = @status, decided_at = @at, effective_from = @effectiveFrom, reason = @reason
         WHERE id = @id AND status = 'pending' RETURNING *`,
      ),

      insertReceipt: db.prepare(
        'INSERT INTO receipts (agency_code, item, received_at) VALUES (?, ?, ?) RETURNING *',
      ),
      insertHandlerReceipt: db.prepare(
        `INSERT INTO receipts (agency_code, item, received_at, handler_id, handler_name, handler_id_masked)
         VALUES (@agencyCode, @item, @at, @handlerId, @name, @idMasked) RETURNING *`,
      ),
      listReceipts: db.prepare('SELECT * FROM receipts WHERE agency_code = ? ORDER BY id'),

      insertAudit: db.prepare(
        `INSERT INTO audit_log (at, action, agency_code, actor_kind, actor_org_serial, actor_citizen_serial,
           target, changes, request_id)
         VALUES (@at, @action, @agencyCode, @actorKind, @actorOrgSerial, @actorCitizenSerial, @target, @changes, @requestId)`,
      ),

      insertHandler: db.prepare(
        `INSERT INTO handlers (agency_code, serial, name, name_key, national_id, permissions, created_at, updated_at, version)
         VALUES (@agencyCode, @serial, @name, @nameKey, @nationalId, @permissions, @at, @at, 1) RETURNING *`,
      ),
      updateHandler: db.prepare(
        `UPDATE handlers SET serial = @serial, name = @name, name_key = @nameKey, national_id = @nationalId,
           permissions = @permissions, updated_at = @at, version = version + 1
         WHERE id = @id AND agency_code = @agencyCode RETURNING *`,
      ),
      deleteHandler: db.prepare('DELETE FROM handlers WHERE id = ? AND agency_code = ? RETURNING *'),
      getHandler: db.prepare('SELECT * FROM handlers WHERE id = ? AND agency_code = ?'),
      insertGram: db.prepare(
        'INSERT OR IGNORE INTO handler_grams (agency_code, gram, handler_id) VALUES (?, ?, ?)',
      ),
      deleteGrams: db.prepare('DELETE FROM handler_grams WHERE handler_id = ?'),

      // Paging skips rows inside an index only (the subquery), then reads just one page of rows.
      pageAll: db.prepare(
        `SELECT * FROM handlers WHERE id IN (
           SELECT id FROM handlers WHERE agency_code = ? ORDER BY id LIMIT ? OFFSET ?) ORDER BY id`,
      ),
      byNationalId: db.prepare('SELECT * FROM handlers WHERE agency_code = ? AND national_id = ?'),
      countSerialPrefix: db.prepare(
        `SELECT count(*) AS n FROM handlers WHERE agency_code = @agency AND serial >= @prefix AND serial < @prefix || 'G'`,
      ),
      pageSerialPrefix: db.prepare(
        `SELECT * FROM handlers WHERE agency_code = @agency AND serial >= @prefix AND serial < @prefix || 'G'
         ORDER BY id LIMIT @limit OFFSET @offset`,
      ),
      countGram: db.prepare('SELECT count(*) AS n FROM handler_grams WHERE agency_code = ? AND gram = ?'),
      pageGram: db.prepare(
        `SELECT * FROM handlers WHERE id IN (
           SELECT handler_id FROM handler_grams WHERE agency_code = ? AND gram = ? ORDER BY handler_id LIMIT ? OFFSET ?)
         ORDER BY id`,
      ),
      countGramText: db.prepare(
        `SELECT count(*) AS n FROM handler_grams g JOIN handlers h ON h.id = g.handler_id
         WHERE g.agency_code = @agency AND g.gram = @gram AND instr(h.name_key, @text) > 0`,
      ),
      pageGramText: db.prepare(
        `SELECT h.* FROM handler_grams g JOIN handlers h ON h.id = g.handler_id
         WHERE g.agency_code = @agency AND g.gram = @gram AND instr(h.name_key, @text) > 0
         ORDER BY g.handler_id LIMIT @limit OFFSET @offset`,
      ),

      recordCertificate: db.prepare(
        `INSERT INTO seen_certificates (ca, serial, kind, subject_dn, not_before, not_after, source, first_seen_at, last_seen_at)
         VALUES (@ca, @serial, @kind, @subjectDn, @notBefore, @notAfter, @source, @at, @at)
         ON CONFLICT (ca, serial) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
      ),
      certificatesBySerial: db.prepare('SELECT * FROM seen_certificates WHERE serial = ? ORDER BY ca'),

      listTemplates: db.prepare('SELECT * FROM permission_templates WHERE agency_code = ? ORDER BY name, id'),
      getTemplate: db.prepare('SELECT * FROM permission_templates WHERE id = ? AND agency_code = ?'),
      insertTemplate: db.prepare(
        `INSERT INTO permission_templates (agency_code, name, permissions, created_at, updated_at, version)
         VALUES (@agencyCode, @name, @permissions, @at, @at, 1) RETURNING *`,
      ),
      updateTemplate: db.prepare(
        `UPDATE permission_templates SET name = @name, permissions = @permissions, updated_at = @at, version = version + 1
         WHERE id = @id AND agency_code = @agencyCode RETURNING *`,
      ),
      deleteTemplate: db.prepare(
        'DELETE FROM permission_templates WHERE id = ? AND agency_code = ? RETURNING *',
      ),

      listAudit: db.prepare(
        'SELECT * FROM audit_log WHERE (@agency IS NULL OR agency_code = @agency) AND id < @before ORDER BY id DESC LIMIT @limit',
      ),
      getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
      insertAgency: db.prepare(
        'INSERT INTO agencies (code, name, region, org_ca, org_id, created_at) VALUES (@code, @name, @region, @orgCa, @orgId, @createdAt)',
      ),
      insertPerson: db.prepare('INSERT INTO people (national_id, name) VALUES (@nationalId, @name)'),
    };
  }

  private audit(entry: AuditInput): void {
    this.q.insertAudit.run({
      at: entry.at,
      action: entry.action,
      agencyCode: entry.agencyCode,
      actorKind: entry.actor.kind,
      actorOrgSerial: entry.actor.orgSerial,
      actorCitizenSerial: entry.actor.citizenSerial,
      target: entry.target,
      changes: JSON.stringify(entry.changes),
      requestId: entry.requestId,
    });
  }

  private requireManager(actor: ManagerActor): void {
    if (!this.q.isManager.get([actor.agencyCode, actor.orgSerial, actor.managerSerial])) {
      throw new StoreConflictError('NOT_REGISTERED_MANAGER');
    }
  }

  private writeGrams(agencyCode: string, id: number, name: string): void {
    for (const gram of nameGrams(name)) this.q.insertGram.run([agencyCode, gram, id]);
  }

  // ── challenges and sessions (authentication state, in memory) ─────────────────────────────

  /** Stored Idempotency-Key answers past their time are dropped with the expired sessions. */
  protected purgeAnswers(now: string): void {
    this.q.purgeAnswers.run([now]);
  }

  // ── idempotency ───────────────────────────────────────────────────────────────────────────

  getIdempotentResponse(scope: IdempotencyScope, now: string): StoredResponse | undefined {
    const ephemeral = this.auth.getAnswer(scope, now);
    if (ephemeral) return ephemeral;
    const row = this.q.getAnswer.get([scope.principal, scope.route, scope.key, now]) as Row | undefined;
    if (!row) return undefined;
    return {
      fingerprint: str(row.fingerprint),
      status: Number(row.status),
      headers: JSON.parse(str(row.headers)) as Record<string, string>,
      body: str(row.body),
      createdAt: str(row.created_at),
      expiresAt: str(row.expires_at),
    };
  }

  saveIdempotentResponse(scope: IdempotencyScope, response: StoredResponse, durable: boolean): void {
    if (!durable) {
      this.auth.saveAnswer(scope, response);
      return;
    }
    this.q.saveAnswer.run({ ...scope, ...response, headers: JSON.stringify(response.headers) });
  }

  // ── agencies and people ───────────────────────────────────────────────────────────────────

  getAgency(code: string): AgencyRecord | undefined {
    const row = this.q.getAgency.get([code]) as Row | undefined;
    return row ? agencyFrom(row) : undefined;
  }

  getPerson(nationalId: string): PersonRecord | undefined {
    const row = this.q.getPerson.get([nationalId]) as Row | undefined;
    return row ? { nationalId: str(row.national_id), name: str(row.name) } : undefined;
  }

  getRegistration(agencyCode: string): RegistrationRecord | undefined {
    const row = this.q.getRegistration.get([agencyCode]) as Row | undefined;
    return row ? registrationFrom(row) : undefined;
  }

  // ── registration, reviews, swaps ──────────────────────────────────────────────────────────

  private registrationParams(input: {
    agencyCode: string;
    org: RegistrationInput['org'];
    manager: RegistrationInput['manager'];
    contact: RegistrationInput['contact'];
  }) {
    return {
      agencyCode: input.agencyCode,
      orgSerial: input.org.serial,
      orgCa: input.org.ca,
      orgId: input.org.orgId,
      orgSubjectDn: input.org.subjectDn,
      orgNotAfter: input.org.notAfter,
      managerSerial: input.manager.serial,
      managerNationalId: input.manager.nationalId,
      managerCertName: input.manager.certName,
      managerSubjectDn: input.manager.subjectDn,
      managerNotAfter: input.manager.notAfter,
      contactName: input.contact.name,
      contactEmail: input.contact.email,
      contactPhone: input.contact.phone,
      contactExtension: input.contact.extension,
      contactRemarks: input.contact.remarks,
    };
  }

  /**
   * Writes the registration, its receipt and audit entry. The database refuses a second
   * registration of the agency (primary key: ALREADY_REGISTERED) and an unknown agency (foreign
   * key: AGENCY_UNKNOWN). The review rules are the service's, run in the same transaction.
   */
  register(
    input: RegistrationInput,
    options: { orgIdOnFile?: string; audit: AuditInput },
  ): { registration: RegistrationRecord; receipt: ReceiptRecord } {
    return this.driver.transaction(() => {
      try {
        this.q.insertRegistration.run({
          ...this.registrationParams(input),
          registeredAt: input.registeredAt,
        });
      } catch (error) {
        throw this.conflictOf(error, () => 'ALREADY_REGISTERED');
      }
      if (options.orgIdOnFile !== undefined)
        this.q.setAgencyOrgId.run([options.orgIdOnFile, input.agencyCode]);
      const receipt = receiptFrom(
        this.q.insertReceipt.get([input.agencyCode, 'first-registration', input.registeredAt]) as Row,
      );
      this.audit(options.audit);
      return {
        registration: registrationFrom(this.q.getRegistration.get([input.agencyCode]) as Row),
        receipt,
      };
    });
  }

  /**
   * Files a review. The database refuses a second pending one (partial unique index:
   * REVIEW_PENDING) and one for an agency already registered (trigger: ALREADY_REGISTERED).
   */
  createReview(review: Omit<ReviewRecord, 'id'>, audit: AuditInput): ReviewRecord {
    return this.driver.transaction(() => {
      let row: Row;
      try {
        row = this.q.insertReview.get(this.reviewParams(review)) as Row;
      } catch (error) {
        throw this.conflictOf(error, () => 'REVIEW_PENDING');
      }
      const created = reviewFrom(row);
      this.audit({ ...audit, target: `review:${created.id}` });
      return created;
    });
  }

  private reviewParams(review: Omit<ReviewRecord, 'id'>) {
    return {
      agencyCode: review.agencyCode,
      applicantName: review.applicantName,
      phone: review.phone,
      cardSerial: review.card.serial,
      cardCa: review.card.ca,
      cardOrgId: review.card.orgId,
      cardOrgName: review.card.organizationName,
      status: review.status,
      submittedAt: review.submittedAt,
      decidedAt: review.decidedAt,
      effectiveFrom: review.effectiveFrom,
      reason: review.reason,
    };
  }

  getActiveReview(agencyCode: string): ReviewRecord | undefined {
    const row = (this.q.pendingReview.get([agencyCode]) ?? this.q.approvedReview.get([agencyCode])) as
      Row | undefined;
    return row ? reviewFrom(row) : undefined;
  }

  getReview(id: number): ReviewRecord | undefined {
    const row = this.q.getReview.get([id]) as Row | undefined;
    return row ? reviewFrom(row) : undefined;
  }

  listReviews(status?: ReviewStatus): ReviewRecord[] {
    const rows = (status ? this.q.listReviewsByStatus.all([status]) : this.q.listReviews.all()) as Row[];
    return rows.map(reviewFrom);
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
    return this.driver.transaction(() => {
      const row = this.q.decideReview.get({ id, ...decision }) as Row | undefined;
      if (!row) {
        throw new StoreConflictError(
          this.q.getReview.get([id]) ? 'REVIEW_ALREADY_DECIDED' : 'REVIEW_NOT_FOUND',
        );
      }
      const review = reviewFrom(row);
      this.audit({ ...audit, agencyCode: review.agencyCode });
      return review;
    });
  }

  swap(input: SwapInput, audit: AuditInput): { registration: RegistrationRecord; receipt: ReceiptRecord } {
    return this.driver.transaction(() => {
      const result = this.q.swapRegistration.run({
        ...this.registrationParams(input),
        at: input.at,
        expectedOrgSerial: input.expected.orgSerial,
        expectedManagerSerial: input.expected.managerSerial,
        expectedVersion: input.expected.version,
      });
      if (result.changes === 0) throw new StoreConflictError('REGISTRATION_CHANGED');
      const receipt = receiptFrom(this.q.insertReceipt.get([input.agencyCode, input.item, input.at]) as Row);
      this.audit(audit);
      return {
        registration: registrationFrom(this.q.getRegistration.get([input.agencyCode]) as Row),
        receipt,
      };
    });
  }

  // ── handlers ──────────────────────────────────────────────────────────────────────────────

  listHandlers(agencyCode: string, options: ListOptions): Page<HandlerRecord> {
    const search = classifySearch(options.q);
    const { limit, offset } = options;
    const rows = (list: unknown[]) => (list as Row[]).map(handlerFrom);
    switch (search.kind) {
      case 'all': {
        const count = this.q.agencyCount.get([agencyCode]) as Row | undefined;
        return {
          total: count ? Number(count.handler_count) : 0,
          items: rows(this.q.pageAll.all([agencyCode, limit, offset])),
        };
      }
      case 'nationalId': {
        const row = this.q.byNationalId.get([agencyCode, search.value]) as Row | undefined;
        return { total: row ? 1 : 0, items: row && offset === 0 ? [handlerFrom(row)] : [] };
      }
      case 'serial': {
        const params = { agency: agencyCode, prefix: search.prefix };
        return {
          total: Number((this.q.countSerialPrefix.get(params) as Row).n),
          items: rows(this.q.pageSerialPrefix.all({ ...params, limit, offset })),
        };
      }
      case 'name': {
        // One or two characters are a gram themselves; longer text is looked up by its first pair
        // and then checked in full.
        if (Array.from(search.text).length <= 2) {
          return {
            total: Number((this.q.countGram.get([agencyCode, search.gram]) as Row).n),
            items: rows(this.q.pageGram.all([agencyCode, search.gram, limit, offset])),
          };
        }
        const params = { agency: agencyCode, gram: search.gram, text: search.text };
        return {
          total: Number((this.q.countGramText.get(params) as Row).n),
          items: rows(this.q.pageGramText.all({ ...params, limit, offset })),
        };
      }
    }
  }

  getHandler(agencyCode: string, id: number): HandlerRecord | undefined {
    const row = this.q.getHandler.get([id, agencyCode]) as Row | undefined;
    return row ? handlerFrom(row) : undefined;
  }

  private handlerConflict(error: unknown): never {
    throw this.conflictOf(error, (message) =>
      message.includes('national_id')
        ? 'HANDLER_DUPLICATE_NATIONAL_ID'
        : message.includes('serial')
          ? 'HANDLER_DUPLICATE_SERIAL'
          : undefined,
    );
  }

  createHandler(
    actor: ManagerActor,
    input: HandlerInputRecord,
    at: string,
    audit: AuditInput,
  ): { handler: HandlerRecord; receipt: ReceiptRecord } {
    return this.driver.transaction(() => {
      this.requireManager(actor);
      let row: Row;
      try {
        row = this.q.insertHandler.get({
          agencyCode: actor.agencyCode,
          serial: input.serial,
          name: input.name,
          nameKey: input.name.toLowerCase(),
          nationalId: input.nationalId,
          permissions: JSON.stringify(input.permissions),
          at,
        }) as Row;
      } catch (error) {
        this.handlerConflict(error);
      }
      const handler = handlerFrom(row);
      this.writeGrams(actor.agencyCode, handler.id, handler.name);
      const receipt = this.handlerReceipt('handler-created', handler, at);
      this.audit({ ...audit, target: `handler:${handler.id}` });
      return { handler, receipt };
    });
  }

  /** The receipt of a handler change, in the change's transaction: the name and the masked ID only. */
  private handlerReceipt(item: ReceiptItem, handler: HandlerRecord, at: string): ReceiptRecord {
    return receiptFrom(
      this.q.insertHandlerReceipt.get({
        agencyCode: handler.agencyCode,
        item,
        at,
        handlerId: handler.id,
        name: handler.name,
        idMasked: maskNationalId(handler.nationalId),
      }) as Row,
    );
  }

  updateHandler(
    actor: ManagerActor,
    id: number,
    input: HandlerInputRecord,
    expectedVersion: number | undefined,
    at: string,
    audit: AuditInput,
  ): { before: HandlerRecord; after: HandlerRecord; receipt: ReceiptRecord } {
    return this.driver.transaction(() => {
      this.requireManager(actor);
      const current = this.q.getHandler.get([id, actor.agencyCode]) as Row | undefined;
      if (!current) throw new StoreConflictError('HANDLER_NOT_FOUND');
      const before = handlerFrom(current);
      if (expectedVersion !== undefined && expectedVersion !== before.version) {
        throw new StoreConflictError('HANDLER_VERSION_CONFLICT');
      }
      let row: Row;
      try {
        row = this.q.updateHandler.get({
          id,
          agencyCode: actor.agencyCode,
          serial: input.serial,
          name: input.name,
          nameKey: input.name.toLowerCase(),
          nationalId: input.nationalId,
          permissions: JSON.stringify(input.permissions),
          at,
        }) as Row;
      } catch (error) {
        this.handlerConflict(error);
      }
      if (before.name !== input.name) {
        this.q.deleteGrams.run([id]);
        this.writeGrams(actor.agencyCode, id, input.name);
      }
      const after = handlerFrom(row);
      const receipt = this.handlerReceipt('handler-updated', after, at);
      this.audit(audit);
      return { before, after, receipt };
    });
  }

  deleteHandler(
    actor: ManagerActor,
    id: number,
    audit: AuditInput,
  ): { handler: HandlerRecord; receipt: ReceiptRecord } {
    return this.driver.transaction(() => {
      this.requireManager(actor);
      const row = this.q.deleteHandler.get([id, actor.agencyCode]) as Row | undefined;
      if (!row) throw new StoreConflictError('HANDLER_NOT_FOUND');
      const handler = handlerFrom(row);
      const receipt = this.handlerReceipt('handler-deleted', handler, audit.at);
      this.audit(audit);
      return { handler, receipt };
    });
  }

  // ── certificates seen ─────────────────────────────────────────────────────────────────────

  recordCertificate(certificate: SeenCertificateInput, at: string): void {
    this.q.recordCertificate.run({ ...certificate, at });
  }

  findCertificates(serials: readonly string[]): SeenCertificate[] {
    const out: SeenCertificate[] = [];
    for (const serial of new Set(serials)) {
      for (const row of this.q.certificatesBySerial.all([serial]) as Row[]) out.push(seenFrom(row));
    }
    return out;
  }

  // ── permission templates ──────────────────────────────────────────────────────────────────

  listTemplates(agencyCode: string): PermissionTemplateRecord[] {
    return (this.q.listTemplates.all([agencyCode]) as Row[]).map(templateFrom);
  }

  getTemplate(agencyCode: string, id: number): PermissionTemplateRecord | undefined {
    const row = this.q.getTemplate.get([id, agencyCode]) as Row | undefined;
    return row ? templateFrom(row) : undefined;
  }

  private templateConflict(error: unknown): never {
    throw this.conflictOf(error, (message) =>
      message.includes('name') ? 'TEMPLATE_DUPLICATE_NAME' : undefined,
    );
  }

  createTemplate(
    actor: ManagerActor,
    input: TemplateInputRecord,
    at: string,
    audit: AuditInput,
  ): PermissionTemplateRecord {
    return this.driver.transaction(() => {
      this.requireManager(actor);
      let row: Row;
      try {
        row = this.q.insertTemplate.get({
          agencyCode: actor.agencyCode,
          name: input.name,
          permissions: JSON.stringify(input.permissions),
          at,
        }) as Row;
      } catch (error) {
        this.templateConflict(error);
      }
      const template = templateFrom(row);
      this.audit({ ...audit, target: `template:${template.id}` });
      return template;
    });
  }

  updateTemplate(
    actor: ManagerActor,
    id: number,
    input: TemplateInputRecord,
    expectedVersion: number | undefined,
    at: string,
    audit: AuditInput,
  ): PermissionTemplateRecord {
    return this.driver.transaction(() => {
      this.requireManager(actor);
      const current = this.getTemplate(actor.agencyCode, id);
      if (!current) throw new StoreConflictError('TEMPLATE_NOT_FOUND');
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw new StoreConflictError('TEMPLATE_VERSION_CONFLICT');
      }
      let row: Row;
      try {
        row = this.q.updateTemplate.get({
          id,
          agencyCode: actor.agencyCode,
          name: input.name,
          permissions: JSON.stringify(input.permissions),
          at,
        }) as Row;
      } catch (error) {
        this.templateConflict(error);
      }
      this.audit(audit);
      return templateFrom(row);
    });
  }

  deleteTemplate(actor: ManagerActor, id: number, audit: AuditInput): PermissionTemplateRecord {
    return this.driver.transaction(() => {
      this.requireManager(actor);
      const row = this.q.deleteTemplate.get([id, actor.agencyCode]) as Row | undefined;
      if (!row) throw new StoreConflictError('TEMPLATE_NOT_FOUND');
      this.audit(audit);
      return templateFrom(row);
    });
  }

  // ── receipts and audit ────────────────────────────────────────────────────────────────────

  listReceipts(agencyCode: string): ReceiptRecord[] {
    return (this.q.listReceipts.all([agencyCode]) as Row[]).map(receiptFrom);
  }

  listAudit(options: { agencyCode?: string; before?: number; limit: number }): AuditRecord[] {
    const rows = this.q.listAudit.all({
      agency: options.agencyCode ?? null,
      before: options.before ?? Number.MAX_SAFE_INTEGER,
      limit: options.limit,
    }) as Row[];
    return rows.map(auditFrom);
  }

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  isSeeded(): boolean {
    return this.q.getMeta.get(['seeded']) !== undefined;
  }

  seed(data: SeedData, audit: AuditInput): void {
    this.driver.transaction(() => {
      if (this.isSeeded()) return;
      for (const agency of data.agencies) this.q.insertAgency.run({ ...agency });
      for (const person of data.people) this.q.insertPerson.run({ ...person });
      for (const registration of data.registrations) {
        this.q.insertRegistration.run({
          ...this.registrationParams(registration),
          registeredAt: registration.registeredAt,
        });
      }
      for (const handler of data.handlers) {
        const row = this.q.insertHandler.get({
          agencyCode: handler.agencyCode,
          serial: handler.serial,
          name: handler.name,
          nameKey: handler.name.toLowerCase(),
          nationalId: handler.nationalId,
          permissions: JSON.stringify(handler.permissions),
          at: handler.at,
        }) as Row;
        this.writeGrams(handler.agencyCode, Number(row.id), handler.name);
      }
      for (const review of data.reviews) this.q.insertReview.get(this.reviewParams(review));
      for (const receipt of data.receipts)
        this.q.insertReceipt.get([receipt.agencyCode, receipt.item, receipt.receivedAt]);
      for (const certificate of data.certificates ?? [])
        this.q.recordCertificate.run({ ...certificate, at: audit.at });
      this.q.setMeta.run(['seeded', audit.at]);
      this.audit(audit);
    });
  }

  dump(): Record<string, unknown[]> {
    const tables = [
      'agencies',
      'people',
      'registrations',
      'handlers',
      'handler_grams',
      'reviews',
      'receipts',
      'seen_certificates',
      'permission_templates',
      'audit_log',
      'idempotency_keys',
      'meta',
    ];
    const out: Record<string, unknown[]> = {};
    // Table names come from the fixed list above, never from input.
    for (const table of tables)
      out[table] = this.driver.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
    for (const [name, rows] of Object.entries(this.auth.dump())) out[`auth.${name}`] = rows;
    return out;
  }

  /**
   * Writes many handlers in one transaction, bypassing the manager check: for benchmarks and
   * load tests that need 100,000 rows quickly. Not reachable through the API.
   */
  bulkInsertHandlers(agencyCode: string, handlers: HandlerInputRecord[], at: string): void {
    this.driver.transaction(() => {
      for (const h of handlers) {
        const row = this.q.insertHandler.get({
          agencyCode,
          serial: h.serial,
          name: h.name,
          nameKey: h.name.toLowerCase(),
          nationalId: h.nationalId,
          permissions: JSON.stringify(h.permissions),
          at,
        }) as Row;
        this.writeGrams(agencyCode, Number(row.id), h.name);
      }
    });
  }

  close(): void {
    this.driver.close();
  }
}
