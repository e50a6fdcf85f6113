// The storage interface of the registration API. Every write method is one business operation
// and one transaction, with its audit entry, so a caller can never leave half a change behind. The
// registration rules are not repeated here: the database's constraints refuse what they cover, and
// the service runs its own checks and the write in one `transaction()`. One implementation
// (sqlite.ts), on better-sqlite3 in Node and on SQLite WebAssembly in the browser; one contract test
// suite runs against both.
import type { CaKind, OrgCaKind } from '@gepi/sdk/certs';
import type { ReceiptItem, SessionPurpose } from '@gepi/sdk/api';

export interface AgencyRecord {
  code: string;
  name: string;
  region: string;
  orgCa: OrgCaKind;
  /** 機關(組織)OID on file. */
  orgId: string;
  createdAt: string;
}

export interface PersonRecord {
  nationalId: string;
  name: string;
}

/** The registered org card: identified by serial, since keys may be reissued (demo PKI). */
export interface OrgCardRef {
  serial: string;
  ca: OrgCaKind;
  orgId: string;
  subjectDn: string;
  notAfter: string;
}

export interface ManagerCardRef {
  serial: string;
  nationalId: string;
  certName: string;
  subjectDn: string;
  notAfter: string;
}

export interface Contact {
  name: string;
  email: string;
  phone: string;
  extension: string;
  remarks: string;
}

export interface RegistrationRecord {
  agencyCode: string;
  org: OrgCardRef;
  manager: ManagerCardRef;
  contact: Contact;
  registeredAt: string;
  updatedAt: string;
  version: number;
}

export interface HandlerRecord {
  id: number;
  agencyCode: string;
  serial: string;
  name: string;
  nationalId: string;
  permissions: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type ReviewStatus = 'pending' | 'approved' | 'rejected';

export interface ReviewRecord {
  id: number;
  agencyCode: string;
  applicantName: string;
  phone: string;
  card: { serial: string; ca: OrgCaKind; orgId: string; organizationName: string };
  status: ReviewStatus;
  submittedAt: string;
  decidedAt: string | null;
  /** YYYY-MM-DD (Asia/Taipei): approved reviews count from this business day on. */
  effectiveFrom: string | null;
  reason: string | null;
}

/** Which handler a handler change's receipt is about, as the change left it: never the full ID. */
export interface ReceiptHandler {
  id: number;
  name: string;
  nationalIdMasked: string;
}

export interface ReceiptRecord {
  id: number;
  agencyCode: string;
  item: ReceiptItem;
  receivedAt: string;
  /** Handler changes only (`handler-*` items); null for registrations and swaps. */
  handler: ReceiptHandler | null;
}

export interface AuditActor {
  kind: 'cards' | 'reviewer' | 'system';
  orgSerial: string | null;
  citizenSerial: string | null;
}

/** One audit entry. `changes` must never hold a PIN or a full national ID (callers mask them). */
export interface AuditInput {
  at: string;
  action: string;
  agencyCode: string | null;
  actor: AuditActor;
  target: string | null;
  changes: Record<string, unknown>;
  requestId: string | null;
}

export interface AuditRecord extends AuditInput {
  id: number;
}

export interface ChallengeRecord {
  nonce: string;
  origin: string;
  /** What the sign-in that uses it is for: checked at sign-in. */
  purpose: SessionPurpose;
  /** The agency it is for; null for query-citizen-serial. */
  agencyCode: string | null;
  createdAt: string;
  expiresAt: string;
}

export type TakeChallengeResult =
  | { status: 'ok'; challenge: ChallengeRecord }
  | { status: 'expired' }
  | { status: 'reused' }
  | { status: 'unknown' };

export interface OrgSignIn {
  serial: string;
  ca: OrgCaKind;
  orgId: string;
  organizationName: string;
  subjectDn: string;
  notBefore: string;
  notAfter: string;
  cardNumber: string | null;
  /** 卡別: 正卡 or 附卡, as the certificate says (primary when its CA does not write it). */
  cardRole?: 'primary' | 'secondary';
  /** The org card's OID differs from the agency on file and no approved review covers it. */
  reviewRequired: boolean;
}

export interface CitizenSignIn {
  serial: string;
  name: string;
  /** The typed national ID, checked against the card; needed to register a manager. */
  nationalId: string;
  subjectDn: string;
  notBefore: string;
  notAfter: string;
  cardNumber: string | null;
}

export interface SessionRecord {
  /** SHA-256 of the bearer token, hex; the token itself is never stored. */
  tokenHash: string;
  purpose: SessionPurpose;
  agencyCode: string | null;
  org: OrgSignIn | null;
  citizen: CitizenSignIn | null;
  reviewSubmitted: boolean;
  createdAt: string;
  expiresAt: string;
}

/** Who sent an Idempotency-Key, to which route, and the key: a stored answer belongs to all three. */
export interface IdempotencyScope {
  /** `session:<token hash>`, `admin:<token hash>` or `client:<client key>`. */
  principal: string;
  /** Method and path, e.g. `POST /api/v1/registrations`. */
  route: string;
  key: string;
}

/** The first answer to a request with an Idempotency-Key, replayed to its repeats. */
export interface StoredResponse {
  /** SHA-256 (hex) of the request body that got this answer. */
  fingerprint: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  createdAt: string;
  expiresAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ListOptions {
  q?: string;
  offset: number;
  limit: number;
}

/** Who acts on a registered agency: both cards must still be the registered ones when the write commits. */
export interface ManagerActor {
  agencyCode: string;
  orgSerial: string;
  managerSerial: string;
}

export type RegistrationInput = Omit<RegistrationRecord, 'updatedAt' | 'version'>;

export interface SwapInput {
  agencyCode: string;
  item: Exclude<ReceiptItem, 'first-registration'>;
  /** The registration the session saw; the swap fails if it changed meanwhile. */
  expected: { orgSerial: string; managerSerial: string; version: number };
  org: OrgCardRef;
  manager: ManagerCardRef;
  contact: Contact;
  at: string;
}

/** Where the API first saw a certificate. */
export type CertificateSource = 'sign-in' | 'card-read' | 'seed';

/** A card certificate the API has verified (or the demo seed issued): what the health list knows of it. */
export interface SeenCertificateInput {
  ca: CaKind;
  /** As CRLs list it: uppercase hex, no leading zeros. */
  serial: string;
  kind: 'org' | 'citizen';
  subjectDn: string;
  notBefore: string;
  notAfter: string;
  source: CertificateSource;
}

export interface SeenCertificate extends SeenCertificateInput {
  firstSeenAt: string;
  lastSeenAt: string;
}

/** 權限範本: a named set of functions of one agency. */
export interface PermissionTemplateRecord {
  id: number;
  agencyCode: string;
  name: string;
  permissions: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface TemplateInputRecord {
  name: string;
  permissions: string[];
}

export interface HandlerInputRecord {
  serial: string;
  name: string;
  nationalId: string;
  permissions: string[];
}

const STORE_CONFLICTS = [
  'ALREADY_REGISTERED',
  'REVIEW_PENDING',
  'REVIEW_NOT_FOUND',
  'REVIEW_ALREADY_DECIDED',
  'AGENCY_UNKNOWN',
  'NOT_REGISTERED_MANAGER',
  'REGISTRATION_CHANGED',
  'HANDLER_NOT_FOUND',
  'HANDLER_DUPLICATE_NATIONAL_ID',
  'HANDLER_DUPLICATE_SERIAL',
  'HANDLER_VERSION_CONFLICT',
  'TEMPLATE_NOT_FOUND',
  'TEMPLATE_DUPLICATE_NAME',
  'TEMPLATE_VERSION_CONFLICT',
  'SESSION_STEP_DONE',
  'SESSION_INVALID',
] as const;

/** Failures a write can end in; the service maps each to its problem code. */
export type StoreConflict = (typeof STORE_CONFLICTS)[number];

/** Whether a text (a rule trigger's RAISE message) names a StoreConflict. */
export function isStoreConflict(text: string): text is StoreConflict {
  return (STORE_CONFLICTS as readonly string[]).includes(text);
}

export class StoreConflictError extends Error {
  override name = 'StoreConflictError';
  constructor(readonly conflict: StoreConflict) {
    super(conflict);
  }
}

export interface SeedData {
  agencies: AgencyRecord[];
  people: PersonRecord[];
  registrations: RegistrationInput[];
  handlers: (HandlerInputRecord & { agencyCode: string; at: string })[];
  reviews: Omit<ReviewRecord, 'id'>[];
  receipts: Omit<ReceiptRecord, 'id' | 'handler'>[];
  /** Certificates the seed issued (the demo PKI's cards), for the health list. */
  certificates?: SeenCertificateInput[];
}

export interface Store {
  readonly kind: 'sqlite';

  /**
   * Runs `fn` as one transaction (nested calls are savepoints): the service's checks and the write
   * they guard see the same data, also when another process writes to the same file.
   */
  transaction<T>(fn: () => T): T;

  // ── challenges ────────────────────────────────────────────────────────────────────────────
  createChallenge(challenge: ChallengeRecord): void;
  /** Looks the nonce up and deletes it in one step; a used nonce leaves a tombstone until it would have expired. */
  takeChallenge(nonce: string, now: string): TakeChallengeResult;

  // ── sessions ──────────────────────────────────────────────────────────────────────────────
  createSession(session: SessionRecord): void;
  getSession(tokenHash: string): SessionRecord | undefined;
  /** Adds the citizen step; fails with SESSION_STEP_DONE if another request added it first. */
  setSessionCitizen(tokenHash: string, citizen: CitizenSignIn, expiresAt: string): void;
  markReviewSubmitted(tokenHash: string): void;
  touchSession(tokenHash: string, expiresAt: string): void;
  /** Ends a session that was signed out or used up: its token is then unknown. */
  deleteSession(tokenHash: string): void;
  /** Ends a session that expired: its token is then known to have expired (for a day). */
  expireSession(tokenHash: string): void;
  sessionExpired(tokenHash: string): boolean;
  /**
   * Deletes expired challenges, tombstones and idempotent answers, and expires sessions past
   * their time (keeping a tombstone, so that their holders still hear SESSION_EXPIRED).
   */
  purgeExpired(now: string): void;

  // ── idempotency ───────────────────────────────────────────────────────────────────────────
  /** The stored answer for this scope, if there is one that has not expired. */
  getIdempotentResponse(scope: IdempotencyScope, now: string): StoredResponse | undefined;
  /**
   * Stores the first answer for a scope. `durable: false` keeps it with the authentication state
   * (answers that mean nothing after a restart, such as a challenge nonce).
   */
  saveIdempotentResponse(scope: IdempotencyScope, response: StoredResponse, durable: boolean): void;

  // ── agencies and people ───────────────────────────────────────────────────────────────────
  getAgency(code: string): AgencyRecord | undefined;
  getPerson(nationalId: string): PersonRecord | undefined;
  getRegistration(agencyCode: string): RegistrationRecord | undefined;

  // ── registration, reviews, swaps ──────────────────────────────────────────────────────────
  /** Registers the agency's manager (one per agency, enforced by the database) and writes a receipt. */
  register(
    input: RegistrationInput,
    options: { orgIdOnFile?: string; audit: AuditInput },
  ): { registration: RegistrationRecord; receipt: ReceiptRecord };
  createReview(review: Omit<ReviewRecord, 'id'>, audit: AuditInput): ReviewRecord;
  /** The agency's open review (pending) or, failing that, its most recent approved one. */
  getActiveReview(agencyCode: string): ReviewRecord | undefined;
  getReview(id: number): ReviewRecord | undefined;
  /** Newest first. Reviews are few (a handful per agency), so callers filter and page them. */
  listReviews(status?: ReviewStatus): ReviewRecord[];
  decideReview(
    id: number,
    decision: {
      status: 'approved' | 'rejected';
      at: string;
      effectiveFrom: string | null;
      reason: string | null;
    },
    audit: AuditInput,
  ): ReviewRecord;
  swap(input: SwapInput, audit: AuditInput): { registration: RegistrationRecord; receipt: ReceiptRecord };

  // ── handlers ──────────────────────────────────────────────────────────────────────────────
  listHandlers(agencyCode: string, options: ListOptions): Page<HandlerRecord>;
  getHandler(agencyCode: string, id: number): HandlerRecord | undefined;
  // Each handler change writes its receipt (handler-created / -updated / -deleted) in its transaction.
  createHandler(
    actor: ManagerActor,
    input: HandlerInputRecord,
    at: string,
    audit: AuditInput,
  ): { handler: HandlerRecord; receipt: ReceiptRecord };
  updateHandler(
    actor: ManagerActor,
    id: number,
    input: HandlerInputRecord,
    expectedVersion: number | undefined,
    at: string,
    audit: AuditInput,
  ): { before: HandlerRecord; after: HandlerRecord; receipt: ReceiptRecord };
  deleteHandler(
    actor: ManagerActor,
    id: number,
    audit: AuditInput,
  ): { handler: HandlerRecord; receipt: ReceiptRecord };

  // ── certificates seen ─────────────────────────────────────────────────────────────────────
  /** Records a verified certificate (or refreshes when it was last seen); the first source stays. */
  recordCertificate(certificate: SeenCertificateInput, at: string): void;
  /** The certificates seen with one of these serials (normalised as CRLs list them), any CA. */
  findCertificates(serials: readonly string[]): SeenCertificate[];

  // ── permission templates ──────────────────────────────────────────────────────────────────
  /** The agency's templates, by name. */
  listTemplates(agencyCode: string): PermissionTemplateRecord[];
  getTemplate(agencyCode: string, id: number): PermissionTemplateRecord | undefined;
  createTemplate(
    actor: ManagerActor,
    input: TemplateInputRecord,
    at: string,
    audit: AuditInput,
  ): PermissionTemplateRecord;
  updateTemplate(
    actor: ManagerActor,
    id: number,
    input: TemplateInputRecord,
    expectedVersion: number | undefined,
    at: string,
    audit: AuditInput,
  ): PermissionTemplateRecord;
  deleteTemplate(actor: ManagerActor, id: number, audit: AuditInput): PermissionTemplateRecord;

  // ── receipts and audit ────────────────────────────────────────────────────────────────────
  /** Oldest first. One per registration, swap and handler change. */
  listReceipts(agencyCode: string): ReceiptRecord[];
  listAudit(options: { agencyCode?: string; before?: number; limit: number }): AuditRecord[];

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────
  /** Whether the demo (or any) seed has been applied. */
  isSeeded(): boolean;
  /** Loads seed data in one transaction; only on an empty store. */
  seed(data: SeedData, audit: AuditInput): void;
  /** Every persistent row, in a stable order (tests compare dumps). */
  dump(): Record<string, unknown[]>;
  close(): void;
}

export type { CaKind };
