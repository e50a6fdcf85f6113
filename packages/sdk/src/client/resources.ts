// Resource namespaces over GepiClient's methods, in the style of the well-known API clients:
// `client.handlers.list()`, `client.queries.receipts()`, `client.admin.reviews.approve(id)`. Each
// is a thin view of the flat method of the same endpoint (which stay: the flows and elements use
// them), so both take the same arguments and return the same types. Also the named types of every
// resource and result.
import type { CallOptions, GepiClient, ItemOf, QueryOf, ResultOf, BodyOf } from './client.js';

// ── named types of resources and results ──

/** One handler (授權經辦人) as lists show it: national ID masked. */
export type Handler = ItemOf<'listHandlers'>;
/** One handler with the full national ID (the edit form's read). */
export type HandlerDetail = ResultOf<'getHandler'>;
export type HandlerList = ResultOf<'listHandlers'>;
export type HandlerCreate = BodyOf<'createHandler'>;
export type HandlerUpdate = BodyOf<'updateHandler'>;
export type HandlerSaved = ResultOf<'createHandler'>;
export type HandlerDeleted = ResultOf<'deleteHandler'>;
/** A receipt record (憑證註冊收件紀錄). */
export type Receipt = ItemOf<'listReceipts'>;
export type ReceiptList = ResultOf<'listReceipts'>;
export type AuthorizedHandler = ItemOf<'authorizedList'>;
export type AuthorizedList = ResultOf<'authorizedList'>;
export type OrgOidAnswer = ResultOf<'orgOid'>;
export type CitizenSerialAnswer = ResultOf<'citizenSerial'>;
/** An OID-mismatch review application as its agency sees it (申請及審核情形). */
export type Application = ItemOf<'applications'>;
export type ApplicationList = ResultOf<'applications'>;
/** A registration waiting for (or past) the bank's review. */
export type Review = ItemOf<'adminListReviews'>;
export type ReviewList = ResultOf<'adminListReviews'>;
export type ReviewDecision = ResultOf<'adminApproveReview'>;
export type AuditEntry = ResultOf<'adminAudit'>['items'][number];
export type AuditPage = ResultOf<'adminAudit'>;
/** The session as the server describes it (no token). */
export type SessionInfo = ResultOf<'getSession'>;
export type PermissionCatalog = ResultOf<'permissions'>;
export type Challenge = ResultOf<'createChallenge'>;
export type RegistrationResult = ResultOf<'register'>;
export type SwapResult = ResultOf<'swapOrg'>;

// ── namespaces ──

export interface HandlersResource {
  list(query?: QueryOf<'listHandlers'>, options?: CallOptions): Promise<HandlerList>;
  /** Every handler, page after page. */
  iterate(query?: QueryOf<'listHandlers'>, options?: CallOptions): AsyncGenerator<Handler>;
  get(id: number | string, options?: CallOptions): Promise<HandlerDetail>;
  create(body: HandlerCreate, options?: CallOptions): Promise<HandlerSaved>;
  update(id: number | string, body: HandlerUpdate, options?: CallOptions): Promise<HandlerSaved>;
  delete(id: number | string, options?: CallOptions): Promise<HandlerDeleted>;
}

export interface QueriesResource {
  receipts(query: QueryOf<'listReceipts'>, options?: CallOptions): Promise<ReceiptList>;
  iterateReceipts(query: QueryOf<'listReceipts'>, options?: CallOptions): AsyncGenerator<Receipt>;
  orgOid(options?: CallOptions): Promise<OrgOidAnswer>;
  citizenSerial(options?: CallOptions): Promise<CitizenSerialAnswer>;
  /** 申請及審核情形 (an org-card `query-org-oid` session): the agency's applications filed with that card. */
  applications(options?: CallOptions): Promise<ApplicationList>;
  authorized(query?: QueryOf<'authorizedList'>, options?: CallOptions): Promise<AuthorizedList>;
  iterateAuthorized(
    query?: QueryOf<'authorizedList'>,
    options?: CallOptions,
  ): AsyncGenerator<AuthorizedHandler>;
  authorizedCsv(query?: QueryOf<'authorizedCsv'>, options?: CallOptions): Promise<string>;
}

export interface AdminResource {
  reviews: {
    list(query?: QueryOf<'adminListReviews'>, options?: CallOptions): Promise<ReviewList>;
    iterate(query?: QueryOf<'adminListReviews'>, options?: CallOptions): AsyncGenerator<Review>;
    approve(id: number | string, options?: CallOptions): Promise<ReviewDecision>;
    reject(
      id: number | string,
      body?: BodyOf<'adminRejectReview'>,
      options?: CallOptions,
    ): Promise<ResultOf<'adminRejectReview'>>;
  };
  audit: {
    list(query?: QueryOf<'adminAudit'>, options?: CallOptions): Promise<AuditPage>;
    /** Every entry, newest first. */
    iterate(query?: Omit<QueryOf<'adminAudit'>, 'before'>, options?: CallOptions): AsyncGenerator<AuditEntry>;
  };
}

export function handlersOf(c: GepiClient): HandlersResource {
  return {
    list: (query, options) => c.listHandlers(query, options),
    iterate: (query, options) => c.iterateHandlers(query, options),
    get: (id, options) => c.getHandler(id, options),
    create: (body, options) => c.createHandler(body, options),
    update: (id, body, options) => c.updateHandler(id, body, options),
    delete: (id, options) => c.deleteHandler(id, options),
  };
}

export function queriesOf(c: GepiClient): QueriesResource {
  return {
    receipts: (query, options) => c.listReceipts(query, options),
    iterateReceipts: (query, options) => c.iterateReceipts(query, options),
    orgOid: (options) => c.orgOid(options),
    citizenSerial: (options) => c.citizenSerial(options),
    applications: (options) => c.applications(options),
    authorized: (query, options) => c.authorizedList(query, options),
    iterateAuthorized: (query, options) => c.iterateAuthorized(query, options),
    authorizedCsv: (query, options) => c.authorizedCsv(query, options),
  };
}

export function adminOf(c: GepiClient): AdminResource {
  return {
    reviews: {
      list: (query, options) => c.adminListReviews(query, options),
      iterate: (query, options) => c.iterateReviews(query, options),
      approve: (id, options) => c.adminApproveReview(id, options),
      reject: (id, body, options) => c.adminRejectReview(id, body, options),
    },
    audit: {
      list: (query, options) => c.adminAudit(query, options),
      iterate: (query, options) => c.iterateAudit(query, options),
    },
  };
}
