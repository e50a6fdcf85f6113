// CORS for the allowed origins (the portal's own and GEPI_ORIGINS). Simple requests get the
// allow-origin and the headers a browser script may read; preflights are answered here, before
// routing, for any path. A disallowed origin gets no CORS headers at all, so its browser blocks
// the call.

const ALLOW_METHODS = 'GET, POST, PUT, DELETE';
const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key';
const EXPOSE_HEADERS = 'X-Request-Id, Retry-After, Idempotent-Replayed, Content-Disposition';
const MAX_AGE_SECONDS = '600';

/** The headers to add to an answer for an allowed origin. */
export function corsHeaders(origin: string): Array<[string, string]> {
  return [
    ['access-control-allow-origin', origin],
    ['access-control-expose-headers', EXPOSE_HEADERS],
  ];
}

/** The answer to a preflight (any OPTIONS request); `origin` is undefined when not allowed. */
export function preflightResponse(origin: string | undefined, requestId: string): Response {
  const headers: Record<string, string> = {
    vary: 'Origin',
    'x-content-type-options': 'nosniff',
    'x-request-id': requestId,
  };
  if (origin !== undefined) {
    headers['access-control-allow-origin'] = origin;
    headers['access-control-allow-methods'] = ALLOW_METHODS;
    headers['access-control-allow-headers'] = ALLOW_HEADERS;
    headers['access-control-max-age'] = MAX_AGE_SECONDS;
  }
  return new Response(null, { status: 204, headers });
}
