// The retry policy as pure functions: which answers are worth another attempt, how long to wait
// (full-jitter exponential backoff, or the server's Retry-After), and how each kind of call may be
// retried. Pure so that the timing rules are tested without clocks.

/**
 * How a call may be retried.
 * - `idempotent`: a read (GET); repeating it cannot change anything.
 * - `with-key`: a call that changes something (POST, PUT, DELETE), sent with an Idempotency-Key made
 *   once per call, so the server recognises a repeat and answers it with the first answer (a PUT or
 *   DELETE repeated without one would meet its own change: a version conflict, or not found).
 * - `never`: consumes something single-use (a sign-in nonce); a repeat would fail or do harm.
 */
export type RetryPolicy = 'idempotent' | 'with-key' | 'never';

export interface RetryOptions {
  /** Retries after the first attempt (default 2, so at most 3 attempts). */
  limit?: number;
  /** Backoff of the first retry before jitter, in ms (default 250); doubles per retry. */
  baseDelay?: number;
  /** Ceiling of any backoff, in ms (default 5 000). */
  maxDelay?: number;
  /**
   * The longest Retry-After the client waits, in ms (default 30 000). A server asking for more is
   * not retried early: the error comes back at once with `retryAfter`, so the UI can say how long.
   */
  maxRetryAfter?: number;
}

export const DEFAULT_RETRY: Readonly<Required<RetryOptions>> = {
  limit: 2,
  baseDelay: 250,
  maxDelay: 5_000,
  maxRetryAfter: 30_000,
};

/** Statuses that say "not now" rather than "no": 408, 429 and the gateway/overload 5xx. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * Full-jitter backoff ("Exponential Backoff And Jitter", AWS architecture blog): a uniform wait in
 * [0, min(cap, base·2^(retry-1))]. Spreading waits over the whole range keeps clients that failed
 * together from coming back together.
 * @param retry 1 for the first retry.
 * @param random a source in [0, 1]; values outside are clamped.
 */
export function backoffDelay(
  retry: number,
  random: () => number,
  baseDelay: number,
  maxDelay: number,
): number {
  const ceiling = Math.min(maxDelay, baseDelay * 2 ** Math.max(0, retry - 1));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(r * ceiling);
}

const DELTA_SECONDS = /^\s*(\d{1,10})\s*$/;

/**
 * Retry-After (RFC 9110 §10.2.3) in ms: delay-seconds or an HTTP-date, relative to `now`.
 * Undefined when absent or unreadable; a date in the past counts as 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const seconds = DELTA_SECONDS.exec(value);
  if (seconds?.[1] !== undefined) return Number(seconds[1]) * 1000;
  // An HTTP-date always names a weekday or a month; refusing bare numbers keeps Date.parse from
  // reading "1.5" or "-1" as a year.
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
