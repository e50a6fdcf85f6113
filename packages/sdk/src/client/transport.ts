// The HTTP transport of the client: one ky instance for URL building, query strings, JSON bodies
// and the injected fetch, wrapped in this kit's own attempt loop. ky, reading the answers and the
// error documents (send.ts) are loaded with the first request (like the response schemas), so a
// page pays nothing for them before it talks to the API. The loop is
// ours rather than ky's `retry` because the policy needs things ky's cannot give: the wait goes through an injectable `sleep` and `random`
// (tests record delays instead of timing them), the retry decision is per endpoint (sign-ins never,
// POSTs only with an Idempotency-Key made once per call), a too-long Retry-After gives up instead of
// hammering, and every failure leaves as an ApiError or TransportError with both languages.
// Browser-safe: no Node imports, only fetch, AbortSignal, Headers and crypto.
import type { HttpMethod } from '../api/routes.js';
import { TransportError } from './errors.js';
import type { ProblemWords, TransportErrorCode } from './errors.js';
import { DEFAULT_RETRY, backoffDelay, isRetryableStatus, parseRetryAfter } from './retry.js';
import type { RetryOptions, RetryPolicy } from './retry.js';
import type * as Send from './send.js';
import type { Answer, Exchange } from './send.js';

/** `typeof fetch` or anything with its signature (a wrapper for logging, an SSR framework's fetch). */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Headers to add to a request, e.g. `Authorization: Bearer <session token>`; may be async. */
export type HeadersHook = (request: {
  method: HttpMethod;
  path: string;
}) => HeadersInit | undefined | Promise<HeadersInit | undefined>;

export interface RetryEvent {
  /** 1 for the first retry. */
  retry: number;
  /** The wait before it, in ms. */
  delay: number;
  /** The status that caused it, or `network` for a failed connection. */
  reason: number | 'network';
  method: HttpMethod;
  path: string;
  idempotencyKey: string | undefined;
}

export interface TransportOptions {
  /**
   * Where the API lives: an origin, optionally with a path the API is mounted under
   * (`https://gepi.example/portal`). Endpoint paths (`/api/v1/…`) are appended to it. Optional in a
   * browser (the page's origin); required in Node.
   */
  baseUrl?: string | URL;
  /** Default `globalThis.fetch`, looked up at call time (so polyfills and test doubles installed later count). */
  fetch?: FetchLike;
  /** Per attempt, in ms, covering the answer and its body (default 15 000). */
  timeout?: number;
  /** Retry tuning, or a number for `limit`, or `false` for none. */
  retry?: RetryOptions | number | false;
  headers?: HeadersHook;
  /** Called before each retry's wait; for logging and tests. */
  onRetry?: (event: RetryEvent) => void;
  /** Randomness for jitter, in [0, 1] (default Math.random). */
  random?: () => number;
  /** How to wait between attempts (default setTimeout, cut short by the call's signal). */
  sleep?: Sleep;
  /** The clock for HTTP-date Retry-After values (default Date.now). */
  now?: () => number;
  /** Makes Idempotency-Keys (default crypto.randomUUID). */
  idempotencyKey?: () => string;
  /**
   * Words for the codes of an error answer that come without them (a problem document with no
   * `i18n` title or detail in a language, or a field error without): `problemWords` of
   * `@gepi/sdk/api` for the SDK's problem catalog, or a lookup of the host's own. Only for a server
   * that sends bare codes: this API's server sends both languages in every problem document (the
   * contract requires it). Without it such words are generic (`HTTP_ERROR`'s, with the status); the
   * code, status, field, details and the field errors' codes and fields are the same either way.
   *
   * ```ts
   * import { problemWords } from '@gepi/sdk/api';
   * const client = new GepiClient({ baseUrl, problemWords });
   * ```
   */
  problemWords?: ProblemWords;
}

export interface TransportRequest {
  method: HttpMethod;
  /** Path with parameters filled in, e.g. `/api/v1/handlers/12`. */
  path: string;
  query?: Record<string, string>;
  /** Sent as JSON when not undefined. */
  body?: unknown;
  policy: RetryPolicy;
  /** The Accept header (default `application/json`). */
  accept?: string;
  signal?: AbortSignal;
  timeout?: number;
  headers?: HeadersInit;
  /** Reuse a key the caller keeps (e.g. across a page reload); otherwise one is made for `with-key` calls. */
  idempotencyKey?: string;
  /** Per-call retry limit; `false` or 0 for none. */
  retry?: number | false;
}

export interface TransportResponse {
  status: number;
  headers: Headers;
  /** The body as text ('' when empty). */
  text: string;
  requestId: string | undefined;
  attempts: number;
}

export const DEFAULT_TIMEOUT = 15_000;
export const REQUEST_ID_HEADER = 'x-request-id';
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

type Outcome =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'network'; cause: unknown }
  | { kind: 'stop'; code: TransportErrorCode; cause: unknown };

/** Errors that came out of fetch itself: the only ones that mean "the network failed". */
const fromFetch = new WeakSet<object>();

let sendLoading: Promise<typeof Send> | undefined;

/**
 * The transport's other half (send.ts: ky, reading answers and problem documents), loaded once per
 * page with the first request. A load that failed (a chunk lost to a flaky network) is tried again
 * by the next attempt rather than failing every call after it.
 */
function loadSend(): Promise<typeof Send> {
  if (sendLoading === undefined) {
    const loading = import('./send.js');
    sendLoading = loading;
    loading.catch(() => {
      if (sendLoading === loading) sendLoading = undefined;
    });
  }
  return sendLoading;
}

export class Transport {
  /** The injected fetch and the base URL (without one, paths resolve against the page), for send.ts. */
  readonly #exchange: Exchange;
  readonly #timeout: number;
  readonly #retry: Required<RetryOptions>;
  readonly #headers: HeadersHook | undefined;
  readonly #onRetry: ((event: RetryEvent) => void) | undefined;
  readonly #random: () => number;
  readonly #sleep: Sleep;
  readonly #now: () => number;
  readonly #newKey: () => string;
  readonly #problemWords: ProblemWords | undefined;

  constructor(options: TransportOptions = {}) {
    const prefix = options.baseUrl === undefined ? undefined : String(options.baseUrl);
    if (prefix === undefined && typeof globalThis.location?.origin !== 'string') {
      // Outside a page a relative URL has nothing to resolve against; fail here, not as a
      // mysterious NETWORK_ERROR on the first call.
      throw new TypeError('GepiClient: `baseUrl` is required outside a browser page.');
    }
    if (prefix !== undefined && !/^https?:\/\//i.test(prefix) && !prefix.startsWith('/')) {
      throw new TypeError(`GepiClient: \`baseUrl\` must be an http(s) URL or a path, got ${prefix}`);
    }
    const userFetch = options.fetch;
    const fetchOnce: FetchLike = async (input, init) => {
      try {
        return await (userFetch ? userFetch(input, init) : globalThis.fetch(input, init));
      } catch (error) {
        if (typeof error === 'object' && error !== null) fromFetch.add(error);
        throw error;
      }
    };
    this.#exchange = { fetch: fetchOnce, prefix };
    this.#timeout = checkTimeout(options.timeout ?? DEFAULT_TIMEOUT);
    this.#retry = normalizeRetry(options.retry);
    this.#headers = options.headers;
    this.#onRetry = options.onRetry;
    this.#random = options.random ?? Math.random;
    this.#sleep = options.sleep ?? abortableSleep;
    this.#now = options.now ?? Date.now;
    this.#newKey = options.idempotencyKey ?? randomUuid;
    this.#problemWords = options.problemWords;
  }

  /** Sends a request under the retry policy; resolves with a 2xx answer, else throws ApiError or TransportError. */
  async request(req: TransportRequest): Promise<TransportResponse> {
    const limit =
      req.policy === 'never' || req.retry === false
        ? 0
        : req.retry === undefined
          ? this.#retry.limit
          : checkLimit(req.retry);
    // Made once, before the first attempt, so every retry carries the same key and the server can
    // tell a repeat from a second request.
    const idempotencyKey =
      req.policy === 'with-key' || req.idempotencyKey !== undefined
        ? (req.idempotencyKey ?? this.#newKey())
        : undefined;
    const headers = new Headers(await this.#headers?.({ method: req.method, path: req.path }));
    new Headers(req.headers).forEach((value, name) => headers.set(name, value));
    headers.set('accept', req.accept ?? 'application/json, application/problem+json');
    if (idempotencyKey !== undefined) headers.set(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
    const timeout = checkTimeout(req.timeout ?? this.#timeout);

    for (let attempt = 1; ; attempt++) {
      this.#throwIfAborted(req, attempt - 1);
      const outcome = await this.#attempt(req, headers, timeout);

      if (outcome.kind === 'stop') {
        throw this.#transportError(req, outcome.code, attempt, outcome.cause, timeout);
      }
      if (outcome.kind === 'answer' && outcome.answer.response.ok) {
        const { response, text } = outcome.answer;
        return {
          status: response.status,
          headers: response.headers,
          text,
          requestId: requestIdOf(response),
          attempts: attempt,
        };
      }

      const retryAfterMs =
        outcome.kind === 'answer'
          ? parseRetryAfter(outcome.answer.response.headers.get('retry-after'), this.#now())
          : undefined;
      const retryable = outcome.kind === 'network' || isRetryableStatus(outcome.answer.response.status);
      const tooLong = retryAfterMs !== undefined && retryAfterMs > this.#retry.maxRetryAfter;
      if (!retryable || attempt > limit || tooLong) {
        if (outcome.kind === 'answer') {
          throw (await loadSend()).apiError(outcome.answer, retryAfterMs, attempt, this.#problemWords);
        }
        throw this.#transportError(req, 'NETWORK_ERROR', attempt, outcome.cause);
      }

      const delay =
        retryAfterMs ?? backoffDelay(attempt, this.#random, this.#retry.baseDelay, this.#retry.maxDelay);
      this.#onRetry?.({
        retry: attempt,
        delay,
        reason: outcome.kind === 'answer' ? outcome.answer.response.status : 'network',
        method: req.method,
        path: req.path,
        idempotencyKey,
      });
      try {
        await this.#sleep(delay, req.signal);
      } catch (cause) {
        if (req.signal?.aborted) throw this.#transportError(req, abortCode(req.signal), attempt, cause);
        throw cause;
      }
    }
  }

  /** One attempt: the answer with its whole body, or why there is none. Never throws. */
  async #attempt(req: TransportRequest, headers: Headers, timeout: number): Promise<Outcome> {
    const timer = new AbortController();
    const id = setTimeout(
      () => timer.abort(new DOMException('The request timed out.', 'TimeoutError')),
      timeout,
    );
    const signal = req.signal ? anySignal([req.signal, timer.signal]) : timer.signal;
    try {
      let send: typeof Send;
      try {
        send = await loadSend();
      } catch (cause) {
        // The chunk is fetched from the host's server like any request: a lost chunk is the network.
        if (req.signal?.aborted) return { kind: 'stop', code: abortCode(req.signal), cause };
        return { kind: 'network', cause };
      }
      const answer = await send.exchange(this.#exchange, req, headers, signal);
      return { kind: 'answer', answer };
    } catch (cause) {
      if (req.signal?.aborted) return { kind: 'stop', code: abortCode(req.signal), cause };
      if (timer.signal.aborted) return { kind: 'stop', code: 'TIMEOUT', cause };
      if (isFetchFailure(cause)) return { kind: 'network', cause };
      // Not the network: a bug in an injected fetch or hook. Not retried; kept as the cause.
      return { kind: 'stop', code: 'NETWORK_ERROR', cause };
    } finally {
      clearTimeout(id);
    }
  }

  #transportError(
    req: TransportRequest,
    code: TransportErrorCode,
    attempts: number,
    cause: unknown,
    timeout?: number,
  ): TransportError {
    return new TransportError({
      code,
      method: req.method,
      path: req.path,
      attempts,
      cause,
      ...(code === 'TIMEOUT' && timeout !== undefined ? { details: { timeout } } : {}),
    });
  }

  #throwIfAborted(req: TransportRequest, attempts: number): void {
    if (req.signal?.aborted)
      throw this.#transportError(req, abortCode(req.signal), attempts, req.signal.reason);
  }
}

function requestIdOf(response: Response): string | undefined {
  return response.headers.get(REQUEST_ID_HEADER) ?? undefined;
}

/** A caller's `AbortSignal.timeout()` is a timeout to the user, not a cancellation. */
function abortCode(signal: AbortSignal): TransportErrorCode {
  const reason: unknown = signal.reason;
  return typeof reason === 'object' &&
    reason !== null &&
    (reason as { name?: unknown }).name === 'TimeoutError'
    ? 'TIMEOUT'
    : 'ABORTED';
}

function isFetchFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (fromFetch.has(error)) return true;
  // ky wraps fetch's TypeError in its NetworkError, keeping the original as the cause.
  const cause = (error as { cause?: unknown }).cause;
  return typeof cause === 'object' && cause !== null && fromFetch.has(cause);
}

function normalizeRetry(option: TransportOptions['retry']): Required<RetryOptions> {
  if (option === false) return { ...DEFAULT_RETRY, limit: 0 };
  const o = typeof option === 'number' ? { limit: option } : (option ?? {});
  const retry = { ...DEFAULT_RETRY, ...o };
  checkLimit(retry.limit);
  return retry;
}

function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 0 || limit > 10) {
    throw new RangeError(`GepiClient: retry limit must be an integer from 0 to 10, got ${limit}`);
  }
  return limit;
}

function checkTimeout(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0 || ms > 2_147_483_647) {
    throw new RangeError(`GepiClient: timeout must be a positive number of ms, got ${ms}`);
  }
  return ms;
}

/** AbortSignal.any where it exists (Node ≥ 20.3, current browsers), else the same by hand. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

/** setTimeout as a promise that rejects with the signal's reason as soon as it aborts. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(id);
      reject(signal?.reason);
    };
    const id = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * A v4 UUID. crypto.randomUUID exists only in secure contexts; an http:// intranet page still gets
 * a key from getRandomValues, which every browser has everywhere.
 */
export function randomUuid(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
