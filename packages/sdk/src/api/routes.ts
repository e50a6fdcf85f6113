// The light half of the route table: what the client needs to send a request (method, path, whether
// there is a body, what kind of answer comes back), without zod. The route table (endpoints.ts)
// takes each endpoint's method and path from here and is checked to agree on the rest, so the two
// never differ; the client imports only this module and loads the response schemas when it sends
// its first request. The page sizes of lists live here too, for the same reason.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteDefinition {
  method: HttpMethod;
  /** OpenAPI-style path, parameters in braces. */
  path: string;
  /** The request takes a JSON body (the endpoint's `body` schema says which). */
  body?: true;
  /**
   * A success's answer: `json`, checked against the endpoint's response schema; `text` of
   * `contentType`; or `empty` (204).
   */
  response: 'json' | 'text' | 'empty';
  contentType?: string;
}

export const routes = {
  health: { method: 'GET', path: '/api/v1/health', response: 'json' },
  permissions: { method: 'GET', path: '/api/v1/permissions', response: 'json' },
  contacts: { method: 'GET', path: '/api/v1/contacts', response: 'json' },
  terms: { method: 'GET', path: '/api/v1/terms', response: 'json' },
  crls: { method: 'GET', path: '/api/v1/crls', response: 'json' },
  createChallenge: { method: 'POST', path: '/api/v1/challenges', body: true, response: 'json' },
  checkOrgCard: { method: 'POST', path: '/api/v1/card-checks/org', body: true, response: 'empty' },
  orgSignIn: { method: 'POST', path: '/api/v1/sign-ins/org', body: true, response: 'json' },
  citizenSignIn: { method: 'POST', path: '/api/v1/sign-ins/citizen', body: true, response: 'json' },
  getSession: { method: 'GET', path: '/api/v1/session', response: 'json' },
  endSession: { method: 'DELETE', path: '/api/v1/session', response: 'empty' },
  extendSession: { method: 'POST', path: '/api/v1/session/extend', response: 'json' },
  submitReview: { method: 'POST', path: '/api/v1/reviews', body: true, response: 'json' },
  register: { method: 'POST', path: '/api/v1/registrations', body: true, response: 'json' },
  swapOrg: { method: 'POST', path: '/api/v1/swaps/org', body: true, response: 'json' },
  swapManager: { method: 'POST', path: '/api/v1/swaps/manager', body: true, response: 'json' },
  swapBoth: { method: 'POST', path: '/api/v1/swaps/both', body: true, response: 'json' },
  listHandlers: { method: 'GET', path: '/api/v1/handlers', response: 'json' },
  createHandler: { method: 'POST', path: '/api/v1/handlers', body: true, response: 'json' },
  getHandler: { method: 'GET', path: '/api/v1/handlers/{id}', response: 'json' },
  updateHandler: { method: 'PUT', path: '/api/v1/handlers/{id}', body: true, response: 'json' },
  deleteHandler: { method: 'DELETE', path: '/api/v1/handlers/{id}', response: 'json' },
  listTemplates: { method: 'GET', path: '/api/v1/permission-templates', response: 'json' },
  createTemplate: { method: 'POST', path: '/api/v1/permission-templates', body: true, response: 'json' },
  updateTemplate: {
    method: 'PUT',
    path: '/api/v1/permission-templates/{id}',
    body: true,
    response: 'json',
  },
  deleteTemplate: { method: 'DELETE', path: '/api/v1/permission-templates/{id}', response: 'json' },
  listReceipts: { method: 'GET', path: '/api/v1/receipts', response: 'json' },
  orgOid: { method: 'GET', path: '/api/v1/queries/org-oid', response: 'json' },
  citizenSerial: { method: 'GET', path: '/api/v1/queries/citizen-serial', response: 'json' },
  applications: { method: 'GET', path: '/api/v1/queries/applications', response: 'json' },
  authorizedList: { method: 'GET', path: '/api/v1/authorized', response: 'json' },
  authorizedCsv: {
    method: 'GET',
    path: '/api/v1/authorized.csv',
    response: 'text',
    contentType: 'text/csv; charset=utf-8',
  },
  adminListReviews: { method: 'GET', path: '/api/v1/admin/reviews', response: 'json' },
  adminApproveReview: {
    method: 'POST',
    path: '/api/v1/admin/reviews/{id}/approve',
    body: true,
    response: 'json',
  },
  adminRejectReview: {
    method: 'POST',
    path: '/api/v1/admin/reviews/{id}/reject',
    body: true,
    response: 'json',
  },
  adminAudit: { method: 'GET', path: '/api/v1/admin/audit', response: 'json' },
  adminLoadCrls: { method: 'POST', path: '/api/v1/admin/crls', body: true, response: 'json' },
} as const satisfies Record<string, RouteDefinition>;

export type RouteId = keyof typeof routes;

/** Page sizes the lists offer (顯示筆數). */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** An `Idempotency-Key` header value: 1 to 255 visible ASCII characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Whether the API honours an `Idempotency-Key` on this endpoint (replaying the stored answer to a
 * repeat): every call that changes something, except the sign-ins, whose proof is single-use and
 * whose answer carries a new session token, so they are never replayed. The org card check is a
 * POST (a certificate is too long for a query) that changes nothing: repeated as it is.
 */
export function acceptsIdempotencyKey(id: RouteId): boolean {
  return routes[id].method !== 'GET' && id !== 'orgSignIn' && id !== 'citizenSignIn' && id !== 'checkOrgCard';
}
