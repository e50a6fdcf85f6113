// createRegistrationApi(): the registration API as a web-standard `fetch` handler on Hono, so the
// same code serves Node (node.ts) and the browser (browser.ts). Each endpoint of the contract's
// route table is mounted with the same pipeline: request id → CORS → rate limit per client address
// (sign-ins, public receipts, handler searches, reviewer endpoints) → authorization (session or
// reviewer token) → Idempotency-Key (a stored answer is replayed) → params, query and body
// validated by the contract's schemas → the route. Anything
// that goes wrong becomes a problem document; an unexpected error is logged with its request id
// and answered 500 without internals.
//
// The sign-in path is the hot one (every card confirmation is two requests), so the pipeline is
// one function per request rather than a chain of middleware: responses are built once with all
// their headers (CORS adds its own for allowed origins only), the body is read once, and nothing
// is cloned.
import { Hono } from 'hono';
import { acceptsIdempotencyKey, buildOpenApiDocument, endpoints } from '@gepi/sdk/api';
import type { EndpointDefinition, EndpointId } from '@gepi/sdk/api';
import { DEFAULT_LIMITS, indexPermissions } from './context.js';
import type { ApiContext, Logger, RateClass, RegistrationApiOptions } from './context.js';
import { DEFAULT_PERMISSIONS } from './data/permissions.js';
import { docsHtml } from './docs.js';
import { corsHeaders, preflightResponse } from './http/cors.js';
import { parseJsonBody, readBody, readQuery, validate } from './http/input.js';
import { ProblemError, problemResponse } from './http/problem.js';
import { routes } from './routes/index.js';
import { json } from './routes/types.js';
import { BusinessCalendar } from './services/business-days.js';
import { IdempotencyKeys, idempotencyKeyOf, replayResponse } from './services/idempotency.js';
import type { Claim } from './services/idempotency.js';
import { RateLimiter } from './services/rate-limit.js';
import { bearerToken, resolveSession, tokenHashOf } from './services/sessions.js';
import type { ActiveSession } from './services/sessions.js';
import { CrlRefresher, fetchCrlSource } from './services/crl-refresh.js';
import { CertificateVerifier } from './services/verifier.js';
import type { CrlOutcome } from './services/verifier.js';
import type { Store } from './store/types.js';
import { nextRequestId, secretsEqual, webAesGcm, webSha256 } from './util/crypto.js';

export interface RegistrationApi {
  fetch(request: Request, env?: unknown): Promise<Response>;
  store: Store;
  /** Settles when the trust configuration has been verified; rejects if it is unusable. */
  ready: Promise<void>;
  /** Allows one more origin (e.g. the server's own, once its port is known). */
  allowOrigin(origin: string): void;
  /**
   * Loads newer CRLs (DER) of the configured CAs: each is used only if it verifies with its CA's
   * key and is not older than the one in use. Resolves with how many were taken into use.
   */
  updateCrls(crls: readonly Uint8Array[]): Promise<number>;
  /** Re-reads the configured CRL sources now (what SIGHUP does in the CLI); what became of each CRL. */
  reloadCrls(): Promise<CrlOutcome[]>;
  /**
   * The OpenAPI document this instance serves, with `serverUrl` (default: the configured public
   * URL; without either, `/`) as its server.
   */
  openapi(serverUrl?: string): Record<string, unknown>;
  /**
   * Stops the CRL refresh and closes the store. A request after this is refused the way a stopped
   * server refuses it, as a network failure (`fetch` rejects with a TypeError), never a 500.
   */
  close(): void;
}

/** What the app hands every route: its request id, and the runtime's own bindings (node: the socket). */
type Env = { Bindings: { requestId: string; runtime: unknown } };

/** Endpoints that can be abused at speed, and the budget each one draws on. */
const RATE_CLASSES: Partial<Record<EndpointId, RateClass>> = {
  createChallenge: 'sign-in',
  // A read before the PIN (no nonce, no session): with the look-ups, not on the sign-ins' budget.
  checkOrgCard: 'search',
  orgSignIn: 'sign-in',
  citizenSignIn: 'sign-in',
  // Public: anyone may ask which receipts an agency code has.
  listReceipts: 'receipts',
  listHandlers: 'search',
  authorizedList: 'search',
  authorizedCsv: 'search',
  adminListReviews: 'admin',
  adminApproveReview: 'admin',
  adminRejectReview: 'admin',
  adminAudit: 'admin',
  adminLoadCrls: 'admin',
};
/** Where an Idempotency-Key is honoured: the contract's rule (every change, not the sign-ins). */
const IDEMPOTENT: ReadonlySet<EndpointId> = new Set(
  (Object.keys(endpoints) as EndpointId[]).filter((id) => acceptsIdempotencyKey(id)),
);
/** A challenge's answer is a nonce of the in-memory authentication state: kept with it, not on disk. */
const EPHEMERAL_ANSWERS: ReadonlySet<EndpointId> = new Set(['createChallenge']);
const PURGE_INTERVAL_MS = 60_000;
const EMPTY = new Uint8Array(0);

const consoleLogger: Logger = {
  warn: (message, fields) => console.warn(message, fields ?? ''),
  error: (message, fields) => console.error(message, fields ?? ''),
};

/** An address as proxies and sockets write it: IPv4-mapped IPv6 (::ffff:1.2.3.4) as plain IPv4. */
function normalAddress(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : lower;
}

function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * The path of an absolute URL when it is plain (no percent-encoding, which the router decodes);
 * undefined otherwise. Cheaper than `new URL()` on every request.
 */
function plainPath(url: string): string | undefined {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start < 0) return undefined;
  let end = url.length;
  for (let i = start; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x3f /* ? */ || c === 0x23 /* # */) {
      end = i;
      break;
    }
    if (c === 0x25 /* % */) return undefined;
  }
  return url.slice(start, end);
}

function pathPattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
}

export function createRegistrationApi(options: RegistrationApiOptions): RegistrationApi {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const logger = options.logger ?? consoleLogger;
  const ctx: ApiContext = {
    store: options.store,
    // Set once the trust configuration is verified; every request waits for `ready` first.
    verifier: undefined as unknown as CertificateVerifier,
    crls: undefined as unknown as CrlRefresher,
    origins: new Set(options.origins),
    clock: options.clock ?? (() => new Date()),
    calendar: new BusinessCalendar(options.holidays ?? []),
    limits,
    permissions: indexPermissions(options.permissions ?? [...DEFAULT_PERMISSIONS]),
    adminToken: options.adminToken === '' ? undefined : options.adminToken,
    rateLimits: {
      'sign-in': new RateLimiter(limits.signInsPerMinute),
      receipts: new RateLimiter(limits.receiptsPerMinute),
      admin: new RateLimiter(limits.adminPerMinute),
      search: new RateLimiter(limits.searchPerMinute),
    },
    demoPki: options.demoPki,
    logger,
    sha256: options.sha256 ?? webSha256,
    aesGcm: options.aesGcm ?? webAesGcm,
    version: options.version ?? '0.1.0',
  };
  ctx.crls = new CrlRefresher(
    () => ctx.verifier,
    {
      sources: options.crlSources ?? [],
      read: options.readCrlSource ?? fetchCrlSource,
      refreshMs: limits.crlRefreshMs,
      leadMs: limits.crlRefreshLeadMs,
    },
    ctx.clock,
    logger,
  );
  // Checked before awaiting `ready`: awaiting a settled promise still costs every request a turn.
  let isReady = false;
  const ready = CertificateVerifier.create(
    options.trust,
    { warn: (m) => logger.warn(m) },
    options.signatureChecks,
  ).then(async (verifier) => {
    ctx.verifier = verifier;
    if (ctx.crls.hasSources) await ctx.crls.reload();
    ctx.crls.start();
    isReady = true;
  });
  // A rejected `ready` is reported to whoever awaits it (startServer); do not also crash here.
  ready.catch(() => undefined);

  const publicUrl = options.publicUrl?.replace(/\/+$/, '');
  let openapi: Record<string, unknown> | undefined;
  /** The document with its server: built once, the server filled in per request (no cache per Host). */
  const openapiDocument = (serverUrl = publicUrl): Record<string, unknown> => {
    openapi ??= buildOpenApiDocument({ version: ctx.version });
    return serverUrl === undefined
      ? openapi
      : { ...openapi, servers: [{ url: serverUrl, description: 'This server.' }] };
  };
  const requestOrigin = (request: Request) => publicUrl ?? new URL(request.url).origin;
  let lastPurge = 0;
  const idempotency = new IdempotencyKeys(ctx);

  const trustedProxies = new Set((options.trustedProxies ?? []).map(normalAddress));
  const clientKey = (request: Request, env: unknown): string => {
    if (options.clientIdHeader) {
      const value = request.headers.get(options.clientIdHeader);
      if (value) return `h:${value.slice(0, 200)}`;
    }
    const peer = options.clientKey?.(request, env);
    if (peer === undefined) return 'anonymous';
    let address = normalAddress(peer);
    if (trustedProxies.has(address)) {
      // Walk the proxies' header from the right: each trusted proxy appended the address it saw.
      const hops = (request.headers.get('x-forwarded-for') ?? '')
        .split(',')
        .map((hop) => normalAddress(hop.trim()))
        .filter((hop) => hop !== '');
      for (let i = hops.length - 1; i >= 0; i--) {
        address = hops[i]!;
        if (!trustedProxies.has(address)) break;
      }
    }
    return `a:${address.slice(0, 100)}`;
  };

  const requireAdmin = async (request: Request): Promise<void> => {
    if (ctx.adminToken === undefined) throw new ProblemError('ADMIN_DISABLED');
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer (.{1,512})$/.exec(header.trim());
    if (!match?.[1] || !(await secretsEqual(ctx.sha256, match[1], ctx.adminToken)))
      throw new ProblemError('ADMIN_UNAUTHORIZED');
  };

  /** Who is asking, for the scope of an Idempotency-Key: known only after authorization. */
  const principalOf = (
    def: EndpointDefinition,
    tokenHash: string | undefined,
    runtime: unknown,
    request: Request,
  ) => {
    if (def.auth === 'admin') return 'admin';
    if (tokenHash !== undefined) return `session:${tokenHash}`;
    return `client:${clientKey(request, runtime)}`;
  };

  const handle = async (
    id: EndpointId,
    def: EndpointDefinition,
    request: Request,
    { requestId, runtime }: Env['Bindings'],
    pathParams: () => Record<string, string>,
  ): Promise<Response> => {
    // First of all, so that nothing behind it (the reviewer token check, a stored answer, the
    // database) can be asked at speed.
    const rateClass = RATE_CLASSES[id];
    if (rateClass !== undefined) {
      const decision = ctx.rateLimits[rateClass].take(clientKey(request, runtime), ctx.clock().getTime());
      if (!decision.allowed) {
        throw new ProblemError('RATE_LIMITED', {
          headers: { 'retry-after': String(decision.retryAfterSeconds) },
          details: { retryAfterSeconds: decision.retryAfterSeconds, limit: rateClass },
        });
      }
    }
    if (def.auth === 'admin') await requireAdmin(request);
    // Whether a key was sent; its syntax is checked only once the caller is let in, so that an
    // anonymous caller learns nothing but 401 (authentication before the key's syntax).
    const keyed = IDEMPOTENT.has(id) && request.headers.has('idempotency-key');
    // Authorization before any stored answer is read: a live session, or (for the repeat of a
    // request that used its session up, e.g. a registration) that used-up session's own token.
    let session: ActiveSession | undefined;
    let usedUp: string | undefined;
    if (def.auth === 'session') {
      try {
        session = await resolveSession(ctx, request, def.purposes);
      } catch (error) {
        const token =
          error instanceof ProblemError && error.code === 'SESSION_INVALID'
            ? bearerToken(request)
            : undefined;
        const hash = token === undefined ? undefined : await tokenHashOf(ctx, token);
        if (hash !== undefined && id === 'endSession') idempotency.forgetSession(hash);
        if (!keyed || hash === undefined || !idempotency.wasUsedUp(hash)) throw error;
        usedUp = hash;
      }
    }
    if (def.auth === 'optional-session' && request.headers.has('authorization')) {
      session = await resolveSession(ctx, request, undefined);
    }
    const key = keyed ? idempotencyKeyOf(request) : undefined;
    let body: Uint8Array<ArrayBuffer> | undefined;
    let claim: Extract<Claim, { kind: 'claimed' }> | undefined;
    const tokenHash = session?.tokenHash ?? usedUp;
    // A session's answers are sealed under its bearer token (which the server does not keep).
    const secret = tokenHash === undefined ? undefined : bearerToken(request);
    if (key !== undefined) {
      const principal = principalOf(def, tokenHash, runtime, request);
      body = def.body ? await readBody(request, ctx.limits.maxBodyBytes) : EMPTY;
      // Scoped to the operation: the endpoint and its path (a key reused on another call is another key).
      const route = `${id} ${def.method} ${new URL(request.url).pathname}`;
      const claimed = idempotency.claim({ principal, route, key }, await idempotency.fingerprint(body));
      if (claimed.kind === 'replay') {
        const opened = await idempotency.open(claimed.answer.body, secret);
        if (opened === undefined) throw new ProblemError('SESSION_INVALID');
        return replayResponse(claimed.answer, opened, requestId);
      }
      // Nothing stored for a used-up session: it lets in repeats only, not new requests.
      if (usedUp !== undefined) {
        claimed.release();
        throw new ProblemError('SESSION_INVALID');
      }
      claim = claimed;
    }
    if (id === 'endSession' && session) idempotency.forgetSession(session.tokenHash);
    try {
      const run = async (): Promise<Response> => {
        const params = def.params ? validate(def.params, pathParams()) : {};
        const query = def.query ? validate(def.query, readQuery(new URL(request.url))) : {};
        let input: unknown;
        if (def.body) {
          body ??= await readBody(request, ctx.limits.maxBodyBytes);
          const json = parseJsonBody(
            body,
            request.headers.get('content-type'),
            ctx.limits.maxJsonDepth,
            def.bodyOptional === true,
          );
          input = validate(def.body, json);
        }
        const handler = routes[id] as (ctx: ApiContext, input: unknown) => Response | Promise<Response>;
        return handler(ctx, { request, requestId, params, query, body: input, session });
      };
      if (!claim) return await run();
      // From here on the request is answered, refusals included, and the answer is what repeats get.
      let response: Response;
      try {
        response = await run();
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        response = problemResponse(error.code, requestId, error.options);
      }
      // A request that ended its own session (a registration, a swap; not sign-out) may still be
      // repeated, with the same token and key, until the session would have ended anyway.
      if (session && id !== 'endSession' && response.ok && !ctx.store.getSession(session.tokenHash)) {
        idempotency.markUsedUp(
          session.tokenHash,
          Date.parse(session.record.createdAt) + ctx.limits.sessionMaxMs,
        );
      }
      return await idempotency.settle(
        claim,
        response,
        !EPHEMERAL_ANSWERS.has(id),
        session && secret !== undefined
          ? { secret, notAfterMs: Date.parse(session.record.createdAt) + ctx.limits.sessionMaxMs }
          : undefined,
      );
    } finally {
      claim?.release();
    }
  };

  const app = new Hono<Env>();
  // Endpoints without path parameters (the sign-in ones among them) are found by one map look-up
  // in fetch() below; the router takes the rest, and everything that is no endpoint.
  const fixedPaths = new Map<string, [EndpointId, EndpointDefinition]>();
  const noParams = () => ({});

  for (const [id, def] of Object.entries(endpoints) as [EndpointId, EndpointDefinition][]) {
    app.on(def.method, honoPath(def.path), (c) => handle(id, def, c.req.raw, c.env, () => c.req.param()));
    if (!def.path.includes('{')) fixedPaths.set(`${def.method} ${def.path}`, [id, def]);
  }

  app.get('/', (c) =>
    json(
      {
        name: 'GEPI registration API',
        version: ctx.version,
        docs: '/docs',
        openapi: '/openapi.json',
        health: endpoints.health.path,
        ...(ctx.demoPki ? { demoPki: '/demo/pki' } : {}),
      },
      200,
      c.env.requestId,
    ),
  );
  app.get('/openapi.json', (c) => json(openapiDocument(requestOrigin(c.req.raw)), 200, c.env.requestId));
  app.get('/docs', (c) =>
    c.html(docsHtml(openapiDocument(requestOrigin(c.req.raw))), 200, {
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'x-content-type-options': 'nosniff',
      vary: 'Origin',
      'x-request-id': c.env.requestId,
    }),
  );
  app.get('/demo/pki', (c) => {
    if (!ctx.demoPki) throw new ProblemError('ROUTE_NOT_FOUND');
    return json(ctx.demoPki, 200, c.env.requestId);
  });

  const known = [
    ...Object.values(endpoints).map((def) => ({
      method: def.method as string,
      pattern: pathPattern(def.path),
    })),
    ...['/', '/openapi.json', '/docs', '/demo/pki'].map((path) => ({
      method: 'GET',
      pattern: pathPattern(path),
    })),
  ];
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = [...new Set(known.filter((k) => k.pattern.test(path)).map((k) => k.method))];
    if (allowed.length > 0) {
      return problemResponse('METHOD_NOT_ALLOWED', c.env.requestId, {
        headers: { allow: allowed.join(', ') },
        details: { allowed },
      });
    }
    return problemResponse('ROUTE_NOT_FOUND', c.env.requestId);
  });

  const failure = (error: unknown, request: Request, requestId: string): Response => {
    if (error instanceof ProblemError) return problemResponse(error.code, requestId, error.options);
    // Bodies are never logged: they can hold national IDs.
    logger.error('Unexpected error', {
      requestId,
      method: request.method,
      path: new URL(request.url).pathname,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return problemResponse('INTERNAL', requestId);
  };
  app.onError((error, c) => failure(error, c.req.raw, c.env.requestId));

  const route = async (request: Request, bindings: Env['Bindings']): Promise<Response> => {
    const path = plainPath(request.url);
    const fixed = path === undefined ? undefined : fixedPaths.get(`${request.method} ${path}`);
    if (!fixed) return app.fetch(request, bindings);
    try {
      return await handle(fixed[0], fixed[1], request, bindings, noParams);
    } catch (error) {
      return failure(error, request, bindings.requestId);
    }
  };

  let closed = false;
  return {
    async fetch(request: Request, env?: unknown): Promise<Response> {
      if (closed) throw new TypeError('The registration API is closed');
      if (!isReady) await ready;
      const requestId = nextRequestId();
      const now = ctx.clock().getTime();
      if (now - lastPurge > PURGE_INTERVAL_MS) {
        lastPurge = now;
        ctx.store.purgeExpired(new Date(now).toISOString());
      }
      const origin = request.headers.get('origin');
      const allowed = origin !== null && ctx.origins.has(origin) ? origin : undefined;
      if (request.method === 'OPTIONS') return preflightResponse(allowed, requestId);
      const response = await route(request, { requestId, runtime: env });
      if (allowed !== undefined) {
        for (const [name, value] of corsHeaders(allowed)) response.headers.set(name, value);
      }
      return response;
    },
    store: options.store,
    ready,
    openapi: openapiDocument,
    allowOrigin(origin: string) {
      ctx.origins.add(origin);
    },
    async updateCrls(crls: readonly Uint8Array[]) {
      await ready;
      return ctx.verifier.updateCrls(crls);
    },
    async reloadCrls() {
      await ready;
      return ctx.crls.reload();
    },
    close() {
      closed = true;
      ctx.crls.stop();
      options.store.close();
    },
  };
}
