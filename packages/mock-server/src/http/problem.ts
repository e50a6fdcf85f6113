// Problems: the one way this API says no. Services throw a ProblemError with a catalog code; the
// app turns it into an RFC 9457 application/problem+json response in both languages.
import { problemCatalog, problemType } from '@gepi/sdk/api';
import type { LocalizedText } from '@gepi/sdk';
import type { Problem, ProblemCode } from '@gepi/sdk/api';
import { textResponse } from './response.js';

export interface FieldProblem {
  code: ProblemCode;
  field: string;
  /** The validator's own words for this field, when it gave some. */
  text?: LocalizedText;
  reason?: string;
}

export interface ProblemOptions {
  field?: string;
  /** Replaces the catalog's detail (e.g. a validator's message for the field). */
  detail?: LocalizedText;
  details?: Record<string, unknown>;
  errors?: FieldProblem[];
  headers?: Record<string, string>;
}

export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(
    readonly code: ProblemCode,
    readonly options: ProblemOptions = {},
  ) {
    super(code);
  }

  get status(): number {
    return problemCatalog[this.code].status;
  }
}

export function problemBody(code: ProblemCode, requestId: string, options: ProblemOptions = {}): Problem {
  const def = problemCatalog[code];
  const detail = options.detail ?? def.detail;
  const body: Problem = {
    type: problemType(code),
    title: def.title.en,
    status: def.status,
    detail: detail.en,
    code,
    i18n: {
      'zh-TW': { title: def.title['zh-TW'], detail: detail['zh-TW'] },
      en: { title: def.title.en, detail: detail.en },
    },
    requestId,
  };
  if (options.field !== undefined) body.field = options.field;
  if (options.errors && options.errors.length > 0) {
    body.errors = options.errors.map((e) => {
      const d = problemCatalog[e.code];
      const text = e.text ?? d.detail;
      return {
        code: e.code,
        field: e.field,
        i18n: {
          'zh-TW': { title: d.title['zh-TW'], detail: text['zh-TW'] },
          en: { title: d.title.en, detail: text.en },
        },
        ...(e.reason ? { reason: e.reason } : {}),
      };
    });
  }
  if (options.details && Object.keys(options.details).length > 0) body.details = options.details;
  return body;
}

/**
 * [choice] What a 503 without its own Retry-After suggests: long enough not to hammer a server
 * waiting for a fresh CRL, short enough for the SDK's retry (it gives up beyond 30 s).
 */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

export function problemResponse(
  code: ProblemCode,
  requestId: string,
  options: ProblemOptions = {},
): Response {
  const body = problemBody(code, requestId, options);
  return textResponse(JSON.stringify(body), {
    status: body.status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      vary: 'Origin',
      'x-request-id': requestId,
      ...(body.status === 503 ? { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS) } : {}),
      // An oversized body is refused before it is read to its end: the connection cannot carry
      // another request (the Node server would drop it a moment later under a client that reuses
      // it), so the answer says so and the client opens a new one.
      ...(code === 'BODY_TOO_LARGE' ? { connection: 'close' } : {}),
      ...options.headers,
    },
  });
}
