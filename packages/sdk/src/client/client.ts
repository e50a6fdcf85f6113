// GepiClient: the registration API as typed methods, all derived from the shared route table
// (api/endpoints.ts). One generic `call(id, input, options)` builds the request from the table's
// light half (api/routes.ts: method, path, body, kind of answer; no zod), sends it through the
// transport's retry policy and validates the answer with the table's zod schema. The table with its
// schemas and zod (some 50 KB minified) is a lazy chunk: its loading starts with the first
// request, alongside the network, and is awaited only to check an answer. The named
// methods are one-line views of `call`, so a change to the contract changes their types with it.
// List endpoints get async iterators that walk the pages.
import type { $ZodType, input as ZodInput, output as ZodOutput } from 'zod/v4/core';
import type { EndpointId, endpoints } from '../api/endpoints.js';
import type * as Wire from './send.js';
import { PAGE_SIZES, routes } from '../api/routes.js';
import type { RouteDefinition } from '../api/routes.js';
import { ApiError, TransportError } from './errors.js';
import type { RetryPolicy } from './retry.js';
import { Transport } from './transport.js';
import { adminOf, handlersOf, queriesOf } from './resources.js';
import type { AdminResource, HandlersResource, QueriesResource } from './resources.js';
import type { TransportOptions } from './transport.js';

/**
 * How each endpoint may be retried. A new endpoint in the table is a compile error here until
 * someone decides: sign-ins consume a single-use nonce and are never repeated; POSTs that change the
 * registry are repeated only with the Idempotency-Key made once per call.
 */
export const retryPolicies = {
  health: 'idempotent',
  permissions: 'idempotent',
  contacts: 'idempotent',
  terms: 'idempotent',
  crls: 'idempotent',
  // A repeat only mints another nonce; the unused one expires on its own.
  createChallenge: 'with-key',
  checkOrgCard: 'idempotent',
  orgSignIn: 'never',
  citizenSignIn: 'never',
  getSession: 'idempotent',
  // Every call that changes something carries one key across its retries, so that a repeat after a
  // lost answer gets the first answer back instead of a conflict for a change that was applied.
  endSession: 'with-key',
  extendSession: 'with-key',
  submitReview: 'with-key',
  register: 'with-key',
  swapOrg: 'with-key',
  swapManager: 'with-key',
  swapBoth: 'with-key',
  listHandlers: 'idempotent',
  createHandler: 'with-key',
  getHandler: 'idempotent',
  updateHandler: 'with-key',
  deleteHandler: 'with-key',
  listTemplates: 'idempotent',
  createTemplate: 'with-key',
  updateTemplate: 'with-key',
  deleteTemplate: 'with-key',
  listReceipts: 'idempotent',
  orgOid: 'idempotent',
  citizenSerial: 'idempotent',
  applications: 'idempotent',
  authorizedList: 'idempotent',
  authorizedCsv: 'idempotent',
  adminListReviews: 'idempotent',
  adminApproveReview: 'with-key',
  adminRejectReview: 'with-key',
  adminAudit: 'idempotent',
  adminLoadCrls: 'with-key',
} as const satisfies Record<EndpointId, RetryPolicy>;

// ── types derived from the route table ───────────────────────────────────────────────────────────

type Endpoints = typeof endpoints;
type Def<K extends EndpointId> = Endpoints[K];

/** Path and query values as callers hold them: the wire strings, or the numbers those stand for. */
type Loose<S extends $ZodType> = {
  [P in keyof ZodInput<S>]: ZodInput<S>[P] | Extract<ZodOutput<S>[P & keyof ZodOutput<S>], number>;
};

export type ParamsOf<K extends EndpointId> =
  Def<K> extends { params: infer S extends $ZodType } ? Loose<S> : never;
export type QueryOf<K extends EndpointId> =
  Def<K> extends { query: infer S extends $ZodType } ? Loose<S> : never;
export type BodyOf<K extends EndpointId> =
  Def<K> extends { body: infer S extends $ZodType } ? ZodInput<S> : never;
/** What a call resolves with: the response schema's output, the text of a non-JSON answer, or nothing (204). */
export type ResultOf<K extends EndpointId> = Def<K>['response'] extends { schema: infer S extends $ZodType }
  ? ZodOutput<S>
  : Def<K>['response'] extends { contentType: string }
    ? string
    : undefined;

type AllOptional<T> = Partial<T> extends T ? true : false;

/** The `{ params, query, body }` of a call, each present exactly when the endpoint has it. */
export type InputOf<K extends EndpointId> = (Def<K> extends { params: $ZodType }
  ? { params: ParamsOf<K> }
  : { params?: undefined }) &
  (Def<K> extends { query: $ZodType }
    ? AllOptional<QueryOf<K>> extends true
      ? { query?: QueryOf<K> }
      : { query: QueryOf<K> }
    : { query?: undefined }) &
  (Def<K> extends { body: $ZodType }
    ? Def<K> extends { bodyOptional: true }
      ? { body?: BodyOf<K> }
      : { body: BodyOf<K> }
    : { body?: undefined });

export interface CallOptions {
  /** Cancels the call, including waits between retries; the call then fails with `ABORTED`. */
  signal?: AbortSignal;
  /** Per attempt, in ms; overrides the client's (default 15 000). */
  timeout?: number;
  /** Added to this request only, after the client's headers hook. */
  headers?: HeadersInit;
  /** Reuse a key you keep (e.g. to repeat a registration after a page reload); else one is made per call. */
  idempotencyKey?: string;
  /** Retry limit for this call; `false` or 0 for none. Cannot enable retries of a `never` endpoint. */
  retry?: number | false;
}

export type CallArgs<K extends EndpointId> =
  AllOptional<InputOf<K>> extends true
    ? [input?: InputOf<K>, options?: CallOptions]
    : [input: InputOf<K>, options?: CallOptions];

interface PageShape {
  items: readonly unknown[];
  total: number;
  page: number;
  pageSize: number;
}

/** Endpoints answering with `items` and `total` (page numbers from 1, page sizes 10/25/50/100). */
export type PagedEndpointId = {
  [K in EndpointId]: ResultOf<K> extends PageShape ? K : never;
}[EndpointId];
export type ItemOf<K extends EndpointId> = ResultOf<K> extends { items: readonly (infer I)[] } ? I : never;

export type GepiClientOptions = TransportOptions;

/** Page size of the iterators unless the query says otherwise: the largest, for the fewest requests. */
export const DEFAULT_ITERATION_PAGE_SIZE = 100;

interface LooseInput {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

const JSON_ACCEPT = 'application/json, application/problem+json';

// ── the client ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The registration API client. Browser and Node ≥ 20.
 *
 * ```ts
 * let token: string | undefined;
 * const client = new GepiClient({
 *   baseUrl: 'https://gepi.example',
 *   headers: () => (token ? { authorization: `Bearer ${token}` } : undefined),
 * });
 * const { nonce } = await client.createChallenge({ purpose: 'assignment', agencyCode: '10002' });
 * for await (const handler of client.iterateHandlers({ q: '王' }, { signal })) render(handler);
 * ```
 */
export class GepiClient {
  readonly #transport: Transport;

  constructor(options: GepiClientOptions = {}) {
    this.#transport = new Transport(options);
  }

  /** Calls any endpoint of the route table by id; the named methods below are shorthands of this. */
  call<K extends EndpointId>(id: K, ...args: CallArgs<K>): Promise<ResultOf<K>> {
    const [input, options] = args as [LooseInput | undefined, CallOptions | undefined];
    return this.#send(id, input ?? {}, options ?? {}) as Promise<ResultOf<K>>;
  }

  /**
   * The pages of a list, from `query.page` (default 1) until `total` is reached. Stops as soon as the
   * consumer breaks; `options.signal` cancels between and during pages.
   */
  async *pages<K extends PagedEndpointId>(
    id: K,
    ...args: CallArgs<K>
  ): AsyncGenerator<ResultOf<K>, void, undefined> {
    const [input = {}, options = {}] = args as [LooseInput | undefined, CallOptions | undefined];
    const query = { ...input.query };
    const pageSize = Number(query['pageSize'] ?? DEFAULT_ITERATION_PAGE_SIZE);
    if (!(PAGE_SIZES as readonly number[]).includes(pageSize)) {
      throw new RangeError(
        `GepiClient: pageSize must be one of ${PAGE_SIZES.join(', ')}, got ${String(query['pageSize'])}`,
      );
    }
    let page = Number(query['page'] ?? 1);
    if (!Number.isInteger(page) || page < 1) {
      throw new RangeError(`GepiClient: page must be a whole number from 1, got ${String(query['page'])}`);
    }
    for (;;) {
      const result = (await this.#send(
        id,
        { ...input, query: { ...query, page, pageSize } },
        options,
      )) as PageShape;
      yield result as ResultOf<K>;
      // Counting by the pages asked for, not the server's `page`, so a server ignoring `page` cannot
      // keep this loop going forever.
      if (result.items.length === 0 || page * pageSize >= result.total) return;
      page += 1;
    }
  }

  /** Every item of a list, page after page; see {@link pages}. */
  async *paginate<K extends PagedEndpointId>(
    id: K,
    ...args: CallArgs<K>
  ): AsyncGenerator<ItemOf<K>, void, undefined> {
    for await (const page of this.pages(id, ...args)) {
      yield* (page as PageShape).items as readonly ItemOf<K>[];
    }
  }

  // ── meta and catalogs ──

  health(options?: CallOptions): Promise<ResultOf<'health'>> {
    return this.call('health', {}, options);
  }
  permissions(options?: CallOptions): Promise<ResultOf<'permissions'>> {
    return this.call('permissions', {}, options);
  }
  /** The CAs' and the bank's contacts; pass them to explainError() to name who unlocks a card. */
  contacts(options?: CallOptions): Promise<ResultOf<'contacts'>> {
    return this.call('contacts', {}, options);
  }
  terms(options?: CallOptions): Promise<ResultOf<'terms'>> {
    return this.call('terms', {}, options);
  }
  /**
   * The CRLs the API checks cards against (DER, base64), one per CA; a card flow reads them to
   * refuse a revoked card before its PIN is asked.
   */
  crls(options?: CallOptions): Promise<ResultOf<'crls'>> {
    return this.call('crls', {}, options);
  }

  // ── sign-in ──

  /** The challenge names what the sign-in is for (purpose, agency code): the server checks it at sign-in. */
  createChallenge(
    body: BodyOf<'createChallenge'>,
    options?: CallOptions,
  ): Promise<ResultOf<'createChallenge'>> {
    return this.call('createChallenge', { body }, options);
  }
  /**
   * Asks, before the card's PIN, whether an org sign-in with this certificate for this function of
   * this agency would be refused (expired, revoked, another agency's card, not the registered one…):
   * resolves when it would not, else throws the problem the sign-in would answer with.
   */
  checkOrgCard(body: BodyOf<'checkOrgCard'>, options?: CallOptions): Promise<ResultOf<'checkOrgCard'>> {
    return this.call('checkOrgCard', { body }, options);
  }
  /** Never retried: the signed nonce is single use. */
  orgSignIn(body: BodyOf<'orgSignIn'>, options?: CallOptions): Promise<ResultOf<'orgSignIn'>> {
    return this.call('orgSignIn', { body }, options);
  }
  /** Never retried: the signed nonce is single use. */
  citizenSignIn(body: BodyOf<'citizenSignIn'>, options?: CallOptions): Promise<ResultOf<'citizenSignIn'>> {
    return this.call('citizenSignIn', { body }, options);
  }
  getSession(options?: CallOptions): Promise<ResultOf<'getSession'>> {
    return this.call('getSession', {}, options);
  }
  /**
   * Ends the session. A repeat after a lost answer finds the session already gone (the server keeps
   * no answer for a signed-out session): SESSION_INVALID or SESSION_EXPIRED on a retry means done.
   */
  async endSession(options?: CallOptions): Promise<ResultOf<'endSession'>> {
    try {
      return await this.call('endSession', {}, options);
    } catch (error) {
      if (
        error instanceof ApiError &&
        (error.code === 'SESSION_INVALID' || error.code === 'SESSION_EXPIRED') &&
        Number(error.details['attempts']) > 1
      ) {
        return undefined;
      }
      throw error;
    }
  }

  /**
   * 延長: restarts the session's idle time, never past its `maxExpiresAt` (then
   * SESSION_EXTENSION_LIMIT). Needs no card: the session's sign-in already proved both cards.
   */
  extendSession(options?: CallOptions): Promise<ResultOf<'extendSession'>> {
    return this.call('extendSession', {}, options);
  }

  // ── registration and swaps ──

  submitReview(body: BodyOf<'submitReview'>, options?: CallOptions): Promise<ResultOf<'submitReview'>> {
    return this.call('submitReview', { body }, options);
  }
  register(body: BodyOf<'register'>, options?: CallOptions): Promise<ResultOf<'register'>> {
    return this.call('register', { body }, options);
  }
  swapOrg(body: BodyOf<'swapOrg'>, options?: CallOptions): Promise<ResultOf<'swapOrg'>> {
    return this.call('swapOrg', { body }, options);
  }
  swapManager(body: BodyOf<'swapManager'>, options?: CallOptions): Promise<ResultOf<'swapManager'>> {
    return this.call('swapManager', { body }, options);
  }
  swapBoth(body: BodyOf<'swapBoth'>, options?: CallOptions): Promise<ResultOf<'swapBoth'>> {
    return this.call('swapBoth', { body }, options);
  }

  // ── handlers ──

  listHandlers(query?: QueryOf<'listHandlers'>, options?: CallOptions): Promise<ResultOf<'listHandlers'>> {
    return this.call('listHandlers', { query }, options);
  }
  iterateHandlers(
    query?: QueryOf<'listHandlers'>,
    options?: CallOptions,
  ): AsyncGenerator<ItemOf<'listHandlers'>> {
    return this.paginate('listHandlers', { query }, options);
  }
  createHandler(body: BodyOf<'createHandler'>, options?: CallOptions): Promise<ResultOf<'createHandler'>> {
    return this.call('createHandler', { body }, options);
  }
  getHandler(id: number | string, options?: CallOptions): Promise<ResultOf<'getHandler'>> {
    return this.call('getHandler', { params: { id } }, options);
  }
  updateHandler(
    id: number | string,
    body: BodyOf<'updateHandler'>,
    options?: CallOptions,
  ): Promise<ResultOf<'updateHandler'>> {
    return this.call('updateHandler', { params: { id }, body }, options);
  }
  deleteHandler(id: number | string, options?: CallOptions): Promise<ResultOf<'deleteHandler'>> {
    return this.call('deleteHandler', { params: { id } }, options);
  }
  /** 權限範本 of the signed-in manager's agency. */
  listTemplates(options?: CallOptions): Promise<ResultOf<'listTemplates'>> {
    return this.call('listTemplates', {}, options);
  }
  createTemplate(body: BodyOf<'createTemplate'>, options?: CallOptions): Promise<ResultOf<'createTemplate'>> {
    return this.call('createTemplate', { body }, options);
  }
  updateTemplate(
    id: number | string,
    body: BodyOf<'updateTemplate'>,
    options?: CallOptions,
  ): Promise<ResultOf<'updateTemplate'>> {
    return this.call('updateTemplate', { params: { id }, body }, options);
  }
  deleteTemplate(id: number | string, options?: CallOptions): Promise<ResultOf<'deleteTemplate'>> {
    return this.call('deleteTemplate', { params: { id } }, options);
  }

  // ── queries ──

  listReceipts(query: QueryOf<'listReceipts'>, options?: CallOptions): Promise<ResultOf<'listReceipts'>> {
    return this.call('listReceipts', { query }, options);
  }
  iterateReceipts(
    query: QueryOf<'listReceipts'>,
    options?: CallOptions,
  ): AsyncGenerator<ItemOf<'listReceipts'>> {
    return this.paginate('listReceipts', { query }, options);
  }
  orgOid(options?: CallOptions): Promise<ResultOf<'orgOid'>> {
    return this.call('orgOid', {}, options);
  }
  citizenSerial(options?: CallOptions): Promise<ResultOf<'citizenSerial'>> {
    return this.call('citizenSerial', {}, options);
  }
  /** 申請及審核情形: the review applications of the session's agency filed with its organization card. */
  applications(options?: CallOptions): Promise<ResultOf<'applications'>> {
    return this.call('applications', {}, options);
  }
  authorizedList(
    query?: QueryOf<'authorizedList'>,
    options?: CallOptions,
  ): Promise<ResultOf<'authorizedList'>> {
    return this.call('authorizedList', { query }, options);
  }
  iterateAuthorized(
    query?: QueryOf<'authorizedList'>,
    options?: CallOptions,
  ): AsyncGenerator<ItemOf<'authorizedList'>> {
    return this.paginate('authorizedList', { query }, options);
  }
  /** The authorized list as CSV text (UTF-8). */
  authorizedCsv(query?: QueryOf<'authorizedCsv'>, options?: CallOptions): Promise<ResultOf<'authorizedCsv'>> {
    return this.call('authorizedCsv', { query }, options);
  }

  // ── administration (reviewer token in the headers hook) ──

  adminListReviews(
    query?: QueryOf<'adminListReviews'>,
    options?: CallOptions,
  ): Promise<ResultOf<'adminListReviews'>> {
    return this.call('adminListReviews', { query }, options);
  }
  iterateReviews(
    query?: QueryOf<'adminListReviews'>,
    options?: CallOptions,
  ): AsyncGenerator<ItemOf<'adminListReviews'>> {
    return this.paginate('adminListReviews', { query }, options);
  }
  adminApproveReview(id: number | string, options?: CallOptions): Promise<ResultOf<'adminApproveReview'>> {
    return this.call('adminApproveReview', { params: { id } }, options);
  }
  adminRejectReview(
    id: number | string,
    body?: BodyOf<'adminRejectReview'>,
    options?: CallOptions,
  ): Promise<ResultOf<'adminRejectReview'>> {
    return this.call('adminRejectReview', { params: { id }, body }, options);
  }
  /**
   * Loads CRLs into the running server (base64 DER), or without `crls` makes it re-read the CRL files
   * and URLs it was configured with. Answers what became of each and the CRL now in use per CA.
   */
  adminLoadCrls(body?: BodyOf<'adminLoadCrls'>, options?: CallOptions): Promise<ResultOf<'adminLoadCrls'>> {
    return this.call('adminLoadCrls', { body }, options);
  }
  adminAudit(query?: QueryOf<'adminAudit'>, options?: CallOptions): Promise<ResultOf<'adminAudit'>> {
    return this.call('adminAudit', { query }, options);
  }
  /** Every audit entry, newest first, following the `nextBefore` cursor. */
  async *iterateAudit(
    query: Omit<QueryOf<'adminAudit'>, 'before'> = {},
    options?: CallOptions,
  ): AsyncGenerator<ResultOf<'adminAudit'>['items'][number], void, undefined> {
    let before: number | undefined;
    for (;;) {
      const result = await this.adminAudit(before === undefined ? query : { ...query, before }, options);
      yield* result.items;
      const next = result.nextBefore;
      // A cursor that does not move back would repeat the same page forever.
      if (next === null || result.items.length === 0 || (before !== undefined && next >= before)) return;
      before = next;
    }
  }

  // ── resource namespaces (views of the methods above) ──

  #handlers: HandlersResource | undefined;
  #queries: QueriesResource | undefined;
  #admin: AdminResource | undefined;
  /** `client.handlers.list/iterate/get/create/update/delete`: 授權經辦人 (manager session). */
  get handlers(): HandlersResource {
    return (this.#handlers ??= handlersOf(this));
  }
  /** `client.queries.receipts/orgOid/citizenSerial/applications/authorized…`: 查詢作業. */
  get queries(): QueriesResource {
    return (this.#queries ??= queriesOf(this));
  }
  /** `client.admin.reviews.list/iterate/approve/reject`, `client.admin.audit.list/iterate` (reviewer token). */
  get admin(): AdminResource {
    return (this.#admin ??= adminOf(this));
  }

  // ── machinery ──

  async #send(id: EndpointId, input: LooseInput, options: CallOptions): Promise<unknown> {
    const route: RouteDefinition = routes[id];
    const path = fillPath(route.path, input.params);
    // Started now, so the schemas load while the request is on the network.
    const schemas = route.response === 'json' ? loadContract() : undefined;
    // A request that changes the registry or uses up a nonce goes out only once its answer can be
    // checked: schemas that cannot be loaded then fail the call before the server acts on it.
    if (schemas !== undefined && retryPolicies[id] !== 'idempotent') {
      await contractOrThrow(schemas, route.method, path, 0);
    }
    const response = await this.#transport.request({
      method: route.method,
      path,
      query: toQuery(input.query),
      body: route.body ? input.body : undefined,
      policy: retryPolicies[id],
      accept:
        route.response === 'text' && route.contentType !== undefined
          ? `${route.contentType}, application/problem+json`
          : JSON_ACCEPT,
      // Picked one by one: the policy comes from the table alone, whatever an untyped caller passes.
      signal: options.signal,
      timeout: options.timeout,
      headers: options.headers,
      idempotencyKey: options.idempotencyKey,
      retry: options.retry,
    });
    if (schemas !== undefined) {
      const wire = await contractOrThrow(schemas, route.method, path, response.attempts);
      const schema = wire.responseSchemas[id];
      if (schema !== undefined) return wire.decode(id, schema, response);
    }
    if (route.response === 'text') return response.text;
    return undefined;
  }
}

let contract: Promise<typeof Wire> | undefined;

/**
 * The endpoints' response schemas (not the whole contract: api/responses.ts), loaded once per page
 * with the transport's lazy half (send.ts), which re-exports them.
 * A load that failed (a chunk lost to a flaky network) is tried again by the next request rather
 * than failing every call after it.
 */
function loadContract(): Promise<typeof Wire> {
  if (contract === undefined) {
    const loading = import('./send.js');
    contract = loading;
    // Also marks the promise handled: a request that fails first never awaits it.
    loading.catch(() => {
      if (contract === loading) contract = undefined;
    });
  }
  return contract;
}

/** The loaded schemas (and decode), or NETWORK_ERROR: its chunk is fetched from the host's server like any request. */
async function contractOrThrow(
  loading: Promise<typeof Wire>,
  method: RouteDefinition['method'],
  path: string,
  attempts: number,
): Promise<typeof Wire> {
  try {
    return await loading;
  } catch (cause) {
    throw new TransportError({
      code: 'NETWORK_ERROR',
      method,
      path,
      attempts,
      cause,
      details: { reason: 'schemas-not-loaded' },
    });
  }
}

function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`GepiClient: missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
}

function toQuery(query: Record<string, unknown> | undefined): Record<string, string> | undefined {
  if (!query) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) out[key] = String(value);
  }
  return out;
}

type AssertNever<T extends never> = T;
/** A compile error naming any endpoint of the table that has no method of the same name. */
type _EveryEndpointHasAMethod = AssertNever<Exclude<EndpointId, keyof GepiClient>>;
