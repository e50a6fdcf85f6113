// createRegistrationApi(): the registration API as a web-standard `fetch` handler on Hono, so the
// same code serves Node (node.ts) and the browser (browser.ts). Each endpoint of the contract's
// route table is mounted with the same pipeline: request id → CORS → authorization (session or
// reviewer token) → rate limit (sign-in endpoints) → params, query and body validated by the
// contract's schemas → the route. Anything that goes wrong becomes a problem document; an
// unexpected error is logged with its request id and answered 500 without internals.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { buildOpenApiDocument, endpoints } from '@gepi/sdk/api';
import type { EndpointDefinition, EndpointId } from '@gepi/sdk/api';
import { loadDemoDataset } from '@gepi/sdk/testing';
import { DEFAULT_LIMITS, indexPermissions } from './context.js';
import type { ApiContext, Logger, RegistrationApiOptions } from './context.js';
import { docsHtml } from './docs.js';
import { readJsonBody, readQuery, validate } from './http/input.js';
import { ProblemError, problemResponse } from './http/problem.js';
import { routes } from './routes/index.js';
import { json } from './routes/types.js';
import { BusinessCalendar } from './services/business-days.js';
import { RateLimiter } from './services/rate-limit.js';
import { resolveSession } from './services/sessions.js';
import type { ActiveSession } from './services/sessions.js';
import { CertificateVerifier } from './services/verifier.js';
import type { Store } from './store/types.js';
import { nextRequestId, secretsEqual, webSha256 } from './util/crypto.js';

export interface RegistrationApi {
  fetch(request: Request, env?: unknown): Promise<Response>;
  store: Store;
  /** Settles when the trust configuration has been verified; rejects if it is unusable. */
  ready: Promise<void>;
  /** Allows one more origin (e.g. the server's own, once its port is known). */
  allowOrigin(origin: string): void;
  /** The OpenAPI document this instance serves. */
  openapi(): Record<string, unknown>;
  close(): void;
}

type Env = { Variables: { requestId: string } };

const RATE_LIMITED: ReadonlySet<EndpointId> = new Set(['createChallenge', 'orgSignIn', 'citizenSignIn']);
const PURGE_INTERVAL_MS = 60_000;

const consoleLogger: Logger = {
  warn: (message, fields) => console.warn(message, fields ?? ''),
  error: (message, fields) => console.error(message, fields ?? ''),
};

function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function pathPattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
}

export function createRegistrationApi(options: RegistrationApiOptions): RegistrationApi {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const bodyLimits = { maxBytes: limits.maxBodyBytes, maxDepth: limits.maxJsonDepth };
  const logger = options.logger ?? consoleLogger;
  const ctx: ApiContext = {
    store: options.store,
    // Set once the trust configuration is verified; every request waits for `ready` first.
    verifier: undefined as unknown as CertificateVerifier,
    origins: new Set(options.origins),
    clock: options.clock ?? (() => new Date()),
    calendar: new BusinessCalendar(options.holidays ?? []),
    limits,
    permissions: indexPermissions(options.permissions ?? loadDemoDataset().permissions),
    adminToken: options.adminToken === '' ? undefined : options.adminToken,
    rateLimiter: new RateLimiter(limits.signInsPerMinute),
    demoPki: options.demoPki,
    logger,
    sha256: options.sha256 ?? webSha256,
    version: options.version ?? '0.1.0',
  };
  const ready = CertificateVerifier.create(
    options.trust,
    { warn: (m) => logger.warn(m) },
    options.signatureChecks,
  ).then((verifier) => {
    ctx.verifier = verifier;
  });
  // A rejected `ready` is reported to whoever awaits it (startServer); do not also crash here.
  ready.catch(() => undefined);

  let openapi: Record<string, unknown> | undefined;
  const openapiDocument = () => (openapi ??= buildOpenApiDocument({ version: ctx.version }));
  let lastPurge = 0;

  const clientKey = (request: Request, env: unknown): string => {
    if (options.clientIdHeader) {
      const value = request.headers.get(options.clientIdHeader);
      if (value) return `h:${value.slice(0, 200)}`;
    }
    return options.clientKey?.(request, env) ?? 'anonymous';
  };

  const requireAdmin = async (request: Request): Promise<void> => {
    if (ctx.adminToken === undefined) throw new ProblemError('ADMIN_DISABLED');
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer (.{1,512})$/.exec(header.trim());
    if (!match?.[1] || !(await secretsEqual(ctx.sha256, match[1], ctx.adminToken)))
      throw new ProblemError('ADMIN_UNAUTHORIZED');
  };

  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    const requestId = nextRequestId();
    c.set('requestId', requestId);
    const now = ctx.clock().getTime();
    if (now - lastPurge > PURGE_INTERVAL_MS) {
      lastPurge = now;
      ctx.store.purgeExpired(new Date(now).toISOString());
    }
    await next();
    c.res.headers.set('x-content-type-options', 'nosniff');
    if (!c.res.headers.has('x-request-id')) c.res.headers.set('x-request-id', requestId);
  });

  app.use(
    '*',
    cors({
      origin: (origin) => (ctx.origins.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type'],
      exposeHeaders: ['X-Request-Id', 'Retry-After', 'Content-Disposition'],
      maxAge: 600,
    }),
  );

  for (const [id, def] of Object.entries(endpoints) as [EndpointId, EndpointDefinition][]) {
    app.on(def.method, honoPath(def.path), async (c) => {
      const requestId = c.get('requestId');
      const request = c.req.raw;
      let session: ActiveSession | undefined;
      if (def.auth === 'admin') await requireAdmin(request);
      if (def.auth === 'session') session = await resolveSession(ctx, request, def.purposes);
      if (def.auth === 'optional-session' && request.headers.has('authorization')) {
        session = await resolveSession(ctx, request, undefined);
      }
      if (RATE_LIMITED.has(id)) {
        const decision = ctx.rateLimiter.take(clientKey(request, c.env), ctx.clock().getTime());
        if (!decision.allowed) {
          throw new ProblemError('RATE_LIMITED', {
            headers: { 'retry-after': String(decision.retryAfterSeconds) },
            details: { retryAfterSeconds: decision.retryAfterSeconds },
          });
        }
      }
      const params = def.params ? validate(def.params, c.req.param()) : {};
      const query = def.query ? validate(def.query, readQuery(new URL(request.url))) : {};
      const body = def.body
        ? validate(def.body, await readJsonBody(request, bodyLimits, def.bodyOptional === true))
        : undefined;
      const handler = routes[id] as (ctx: ApiContext, input: unknown) => Response | Promise<Response>;
      return handler(ctx, { request, requestId, params, query, body, session });
    });
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
      c.get('requestId'),
    ),
  );
  app.get('/openapi.json', (c) => json(openapiDocument(), 200, c.get('requestId')));
  app.get('/docs', (c) =>
    c.html(docsHtml(openapiDocument()), 200, {
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    }),
  );
  app.get('/demo/pki', (c) => {
    if (!ctx.demoPki) throw new ProblemError('ROUTE_NOT_FOUND');
    return json(ctx.demoPki, 200, c.get('requestId'));
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
      return problemResponse('METHOD_NOT_ALLOWED', c.get('requestId'), {
        headers: { allow: allowed.join(', ') },
        details: { allowed },
      });
    }
    return problemResponse('ROUTE_NOT_FOUND', c.get('requestId'));
  });

  app.onError((error, c) => {
    const requestId = c.get('requestId') ?? nextRequestId();
    if (error instanceof ProblemError) return problemResponse(error.code, requestId, error.options);
    // Bodies are never logged: they can hold national IDs.
    logger.error('Unexpected error', {
      requestId,
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return problemResponse('INTERNAL', requestId);
  });

  return {
    async fetch(request: Request, env?: unknown): Promise<Response> {
      await ready;
      return app.fetch(request, env);
    },
    store: options.store,
    ready,
    openapi: openapiDocument,
    allowOrigin(origin: string) {
      ctx.origins.add(origin);
    },
    close() {
      options.store.close();
    },
  };
}
