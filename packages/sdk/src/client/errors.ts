// Errors of the registration API client. An answer the API refused becomes an ApiError carrying the
// problem's code, status, request id, field and words in both languages; a call that got no usable
// answer becomes a TransportError (network, timeout, caller abort). Both are GepiErrors, so a UI
// handles them like card and input errors: branch on `code`, read `details`, word with explainError().
import { GepiError } from '../errors.js';
import type { LocalizedText } from '../errors.js';
import type { ProblemCode, ProblemDefinition } from '../api/problems.js';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-TW': zh, en });

/**
 * Codes the client raises itself, beside the API's problem codes. Stable like those.
 *
 * | code | class | when |
 * |---|---|---|
 * | `RESPONSE_INVALID` | ApiError | a 2xx answer that is not JSON or does not match the contract's schema |
 * | `HTTP_ERROR` | ApiError | an error status without a problem document (a proxy, a gateway) |
 * | `NETWORK_ERROR` | TransportError | no connection, DNS failure, connection reset (after retries) |
 * | `TIMEOUT` | TransportError | no complete answer within the timeout |
 * | `ABORTED` | TransportError | the caller's `AbortSignal` fired |
 */
export const ClientErrorCode = {
  RESPONSE_INVALID: 'RESPONSE_INVALID',
  HTTP_ERROR: 'HTTP_ERROR',
  NETWORK_ERROR: 'NETWORK_ERROR',
  TIMEOUT: 'TIMEOUT',
  ABORTED: 'ABORTED',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

export type TransportErrorCode = 'NETWORK_ERROR' | 'TIMEOUT' | 'ABORTED';

/**
 * The code of an ApiError: a catalog problem code, a client code, or a code a newer server sent
 * that this SDK does not know yet (its words then come from the problem document).
 */
// `string & {}` keeps editor completion for the known codes while admitting unknown ones.
export type ApiErrorCode = ProblemCode | 'RESPONSE_INVALID' | 'HTTP_ERROR' | (string & {});

export interface ErrorWords {
  title: LocalizedText;
  detail: LocalizedText;
}

/** Title and detail of the client's own codes, in the catalog's shape. */
export const clientErrorCatalog: Readonly<Record<ClientErrorCode, ErrorWords>> = {
  RESPONSE_INVALID: {
    title: t('伺服器回應格式錯誤', 'Invalid response'),
    detail: t(
      '伺服器的回應內容不符合預期格式，請稍後再試；如持續發生，請與本部聯絡。',
      'The server answered with data in an unexpected format. Try again later; if it persists, contact us.',
    ),
  },
  HTTP_ERROR: {
    title: t('伺服器回應錯誤', 'Server error'),
    detail: t(
      '伺服器無法處理此請求，請稍後再試。',
      'The server could not handle the request. Try again later.',
    ),
  },
  NETWORK_ERROR: {
    title: t('網路連線失敗', 'Network error'),
    detail: t(
      '無法連線至伺服器，請確認網路連線後再試。',
      'Could not reach the server. Check your network connection and try again.',
    ),
  },
  TIMEOUT: {
    title: t('連線逾時', 'Request timed out'),
    detail: t('伺服器未在時限內回應，請稍後再試。', 'The server did not answer in time. Try again later.'),
  },
  ABORTED: {
    title: t('已取消', 'Cancelled'),
    detail: t('此作業已取消。', 'The request was cancelled.'),
  },
};

/** One offending input field of a 400 answer (the problem document's `errors`). */
export interface FieldProblem {
  code: string;
  field: string;
  title: LocalizedText;
  text: LocalizedText;
  /** The domain validator's reason (a ValidationCode), when the server gave one. */
  reason?: string;
}

export interface ApiErrorInit {
  status: number;
  code: ApiErrorCode;
  title: LocalizedText;
  /** The explanation (the problem's `detail`). */
  text: LocalizedText;
  field?: string;
  requestId?: string;
  /** The problem's `details`, plus `retryAfter` (seconds) when the server sent Retry-After. */
  details?: Record<string, unknown>;
  fieldErrors?: readonly FieldProblem[];
  cause?: unknown;
}

/** An answer of the API that is not a success: the RFC 9457 problem, or what could be made of it. */
export class ApiError extends GepiError {
  override name = 'ApiError';
  declare readonly code: ApiErrorCode;
  readonly status: number;
  readonly title: LocalizedText;
  /** The server's request id (X-Request-Id): quote it when contacting the bank. */
  readonly requestId: string | undefined;
  readonly fieldErrors: readonly FieldProblem[];

  constructor(init: ApiErrorInit) {
    super({
      code: init.code,
      text: init.text,
      field: init.field,
      details: init.details,
      cause: init.cause,
    });
    this.status = init.status;
    this.title = init.title;
    this.requestId = init.requestId;
    this.fieldErrors = init.fieldErrors ?? [];
  }

  /** Seconds the server asked to wait before trying again (Retry-After), when it said. */
  get retryAfter(): number | undefined {
    const value = this.details['retryAfter'];
    return typeof value === 'number' ? value : undefined;
  }
}

/** 400, 413, 415, 422: the request itself is wrong; `field`/`fieldErrors` say where. */
export class ValidationProblem extends ApiError {
  override name = 'ValidationProblem';
}
/** 401, 403: no session, a wrong card, a refused signature or origin. */
export class AuthProblem extends ApiError {
  override name = 'AuthProblem';
}
/** 404, 405: no such agency, handler, review or route. */
export class NotFoundProblem extends ApiError {
  override name = 'NotFoundProblem';
}
/** 409: the request clashes with the registry's state (already registered, review pending, stale version). */
export class ConflictProblem extends ApiError {
  override name = 'ConflictProblem';
}
/** 429: too many attempts; `retryAfter` says how long to wait. */
export class RateLimited extends ApiError {
  override name = 'RateLimited';
}
/** 5xx: the server or something in front of it failed. */
export class ServerProblem extends ApiError {
  override name = 'ServerProblem';
}

/** The ApiError subclass for a status, so callers can `catch (e) { if (e instanceof ConflictProblem) … }`. */
export function createApiError(init: ApiErrorInit): ApiError {
  const s = init.status;
  if (s === 400 || s === 413 || s === 415 || s === 422) return new ValidationProblem(init);
  if (s === 401 || s === 403) return new AuthProblem(init);
  if (s === 404 || s === 405) return new NotFoundProblem(init);
  if (s === 409) return new ConflictProblem(init);
  if (s === 429) return new RateLimited(init);
  if (s >= 500) return new ServerProblem(init);
  return new ApiError(init);
}

export interface TransportErrorInit {
  code: TransportErrorCode;
  method: string;
  /** The path only: queries may hold search text (names, national IDs) and stay out of errors and logs. */
  path: string;
  attempts: number;
  cause?: unknown;
  details?: Record<string, unknown>;
}

/** A call that got no usable answer: see {@link ClientErrorCode} for the three codes. */
export class TransportError extends GepiError {
  override name = 'TransportError';
  declare readonly code: TransportErrorCode;
  readonly title: LocalizedText;
  /** Always undefined (no answer, no request id); present so every client error has the same shape. */
  readonly requestId: undefined = undefined;
  readonly status: undefined = undefined;
  readonly attempts: number;

  constructor(init: TransportErrorInit) {
    const words = clientErrorCatalog[init.code];
    super({
      code: init.code,
      text: words.detail,
      details: { method: init.method, path: init.path, attempts: init.attempts, ...init.details },
      cause: init.cause,
    });
    this.title = words.title;
    this.attempts = init.attempts;
  }
}

export function isApiError(value: unknown, code?: ApiErrorCode): value is ApiError {
  return value instanceof ApiError && (code === undefined || value.code === code);
}

export function isTransportError(value: unknown, code?: TransportErrorCode): value is TransportError {
  return value instanceof TransportError && (code === undefined || value.code === code);
}

/**
 * The stable code of anything a call may throw: a GepiError's code, `ABORTED`/`TIMEOUT` for a bare
 * DOMException from an AbortSignal, else `UNKNOWN`. For `switch`es that must not crash on foreign errors.
 */
export function errorCode(error: unknown): string {
  if (error instanceof GepiError) return error.code;
  if (isRecord(error) && typeof error['code'] === 'string' && typeof error['name'] === 'string') {
    // A GepiError from another copy of the SDK fails instanceof but has the same shape.
    if (isLocalizedText(error['text'])) return error['code'];
  }
  const name = isRecord(error) ? error['name'] : undefined;
  if (name === 'AbortError') return 'ABORTED';
  if (name === 'TimeoutError') return 'TIMEOUT';
  return 'UNKNOWN';
}

// ── problem documents ────────────────────────────────────────────────────────────────────────────
// Reading one (apiErrorFromDocument) is in problem-document.ts, loaded with the first request.

/** @internal A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isLocalizedText(value: unknown): value is LocalizedText {
  return isRecord(value) && typeof value['zh-TW'] === 'string' && typeof value['en'] === 'string';
}

/**
 * A code's title and detail in both languages, or undefined for a code the lookup does not know:
 * the words a problem document lacks, taken from the host's own catalog. `problemWords` of
 * `@gepi/sdk/api` is the SDK's problem catalog in this shape; GepiClient asks it only when it is
 * given one (`GepiClientOptions.problemWords`), since this API's server sends `i18n` words in
 * both languages in every problem document.
 */
export type ProblemWords = (code: string) => ErrorWords | undefined;

export interface ErrorResponse {
  status: number;
  /** The parsed JSON body, or undefined when there was none or it was not JSON. */
  body: unknown;
  requestId: string | undefined;
  /** Seconds from Retry-After, when the response had a usable one. */
  retryAfter?: number;
}

/** What {@link apiErrorFromDefinition} adds to a catalog entry. */
export interface ProblemExtras {
  field?: string;
  requestId?: string;
  details?: Record<string, unknown>;
}

/** The ApiError for a catalog entry, as the server would send it. */
export function apiErrorFromDefinition(
  code: ProblemCode,
  definition: ProblemDefinition,
  extra: ProblemExtras = {},
): ApiError {
  return createApiError({
    status: definition.status,
    code,
    title: definition.title,
    text: definition.detail,
    ...extra,
  });
}
