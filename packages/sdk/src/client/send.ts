// The transport's lazy half, loaded with the first request (transport.ts keeps the attempt loop and
// its retry policy, which a page constructs up front): ky, which builds the URL, the query string
// and the JSON body and calls the injected fetch; reading the answer's body; turning an error
// answer into an ApiError (its problem document, and the host's lookup for words it lacks); and
// the response schemas with decode(), which checks a 2xx answer against its endpoint's schema.
import ky from 'ky';
import type { KyInstance } from 'ky';
import type { ApiError, ErrorResponse, ProblemWords } from './errors.js';
import type { $ZodType } from 'zod/v4/core';
import type { EndpointId } from '../api/endpoints.js';
import { apiErrorFromDocument, responseInvalid } from './problem-document.js';

// The endpoints' response schemas, which GepiClient loads with the first request too: one chunk, not two.
export { responseSchemas } from '../api/responses.js';
import type { FetchLike, TransportRequest, TransportResponse } from './transport.js';

/** What a Transport lends this module: its fetch, its base URL, and the ky instance made from them. */
export interface Exchange {
  readonly fetch: FetchLike;
  readonly prefix: string | undefined;
  ky?: KyInstance;
}

/** An answer with its whole body, so the attempt loop can decide before building errors. */
export interface Answer {
  response: Response;
  text: string;
}

function kyInstance(exchange: Exchange): KyInstance {
  exchange.ky ??= ky.create({
    // ky 1's `prefixUrl` (ky 2 renamed it `prefix`): joined with the path by a single slash.
    ...(exchange.prefix === undefined ? {} : { prefixUrl: exchange.prefix }),
    fetch: exchange.fetch,
    // One attempt per ky call; the transport's loop owns retries and timeouts.
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
  });
  return exchange.ky;
}

/** One request and its whole body; throws what fetch or ky threw (the loop tells them apart). */
export async function exchange(
  exchange: Exchange,
  req: TransportRequest,
  headers: Headers,
  signal: AbortSignal,
): Promise<Answer> {
  // With a prefix, ky 1 wants the path without its leading slash (ky 2 trims it itself).
  const path = exchange.prefix === undefined ? req.path : req.path.replace(/^\/+/, '');
  const response = await kyInstance(exchange)(path, {
    method: req.method,
    headers,
    signal,
    ...(req.query && Object.keys(req.query).length > 0 ? { searchParams: req.query } : {}),
    ...(req.body === undefined ? {} : { json: req.body }),
  });
  // Read inside the caller's timer: a server that sends headers and then stalls is a timeout too.
  const text = await readBody(response);
  return { response, text };
}

/**
 * The ApiError for an error answer; words its problem document lacks come from `words` (the
 * client's `problemWords` option), else generic ones. The problem catalog is never loaded here:
 * this API's server sends the words, and a page should not pay for every code's in two languages.
 */
export function apiError(
  answer: Answer,
  retryAfterMs: number | undefined,
  attempts: number,
  words: ProblemWords | undefined,
): ApiError {
  const { response, text } = answer;
  let body: unknown;
  if (text !== '' && /json/i.test(response.headers.get('content-type') ?? '')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  const problem: ErrorResponse = {
    status: response.status,
    body,
    // transport.ts's REQUEST_ID_HEADER, not imported: a runtime import of transport.ts from this lazy
    // chunk would split it out of the main chunk.
    requestId: response.headers.get('x-request-id') ?? undefined,
    ...(retryAfterMs === undefined ? {} : { retryAfter: Math.ceil(retryAfterMs / 1000) }),
  };
  const error = apiErrorFromDocument(problem, words);
  error.details['attempts'] = attempts;
  return error;
}

const CSV_TYPE = /^text\/csv\s*(?:;|$)/i;

/**
 * The body as text. `Response.text()` drops a leading byte-order mark, but a CSV export needs it:
 * without one, Excel reads the file in the ANSI code page and garbles the Chinese. So CSV is
 * decoded here with the mark kept; everything else (JSON) as `text()` does.
 */
async function readBody(response: Response): Promise<string> {
  if (!CSV_TYPE.test(response.headers.get('content-type') ?? '')) return response.text();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** The answer as the schema's output; anything else is RESPONSE_INVALID, never passed on. */
export async function decode(
  id: EndpointId,
  schema: $ZodType,
  response: TransportResponse,
): Promise<unknown> {
  let data: unknown;
  try {
    data = JSON.parse(response.text);
  } catch (cause) {
    throw responseInvalid(response.status, response.requestId, { endpoint: id, reason: 'not-json' }, cause);
  }
  // The Standard Schema entry point: works for classic zod and zod/mini schemas alike, so the
  // contract can move to zod/mini for size without touching the client.
  const result = await schema['~standard'].validate(data);
  if (result.issues) {
    const issues = result.issues.slice(0, 10).map((issue) => ({
      path: (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.'),
      message: issue.message,
    }));
    throw responseInvalid(response.status, response.requestId, { endpoint: id, reason: 'schema', issues });
  }
  return result.value;
}
