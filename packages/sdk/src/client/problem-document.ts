// Reading an error answer's problem document into an ApiError (the API's words first, then a
// lookup's — the client's `problemWords` option, the problem catalog in `@gepi/sdk/api` — then
// generic ones). Loaded with the first request (by the transport's lazy half, send.ts) and by
// `@gepi/sdk/api`, not with the SDK's main entry: a page pays for it when it talks to the API.
import { ApiError, ClientErrorCode, clientErrorCatalog, createApiError, isRecord } from './errors.js';
import type { ErrorResponse, ErrorWords, FieldProblem, ProblemWords } from './errors.js';

const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,63}$/;
const MAX_TEXT = 2_000;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.slice(0, MAX_TEXT) : undefined;
}

/** The `i18n[locale][key]` of a problem document (or of one of its `errors`). */
function i18n(
  doc: Record<string, unknown>,
  locale: 'zh-TW' | 'en',
  key: 'title' | 'detail',
): string | undefined {
  const all = doc['i18n'];
  const one = isRecord(all) ? all[locale] : undefined;
  return isRecord(one) ? text(one[key]) : undefined;
}

function genericWords(status: number): ErrorWords {
  const base = clientErrorCatalog.HTTP_ERROR;
  return {
    title: base.title,
    detail: {
      'zh-TW': `${base.detail['zh-TW']}(HTTP ${status})`,
      en: `${base.detail.en} (HTTP ${status})`,
    },
  };
}

/**
 * Words for a code: the problem document's own first (the server may have put a validator's message
 * there), else the lookup's (`catalog`), else a generic text. Never empty. `catalog` is asked only
 * for words the document lacks.
 */
function words(
  doc: Record<string, unknown>,
  code: string,
  status: number,
  catalog: ProblemWords | undefined,
): ErrorWords {
  let local: ErrorWords | undefined | null = null;
  const fallback = (key: 'title' | 'detail', locale: 'zh-TW' | 'en'): string => {
    // The client's own codes (HTTP_ERROR for a gateway's HTML page) have the client's own words.
    if (local === null) local = Object.hasOwn(clientErrorCatalog, code) ? undefined : catalog?.(code);
    return local ? local[key][locale] : genericWords(status)[key][locale];
  };
  const pick = (key: 'title' | 'detail', locale: 'zh-TW' | 'en'): string =>
    i18n(doc, locale, key) ??
    // RFC 9457 `title`/`detail` are English in this API.
    (locale === 'en' ? text(doc[key]) : undefined) ??
    fallback(key, locale);
  return {
    title: { 'zh-TW': pick('title', 'zh-TW'), en: pick('title', 'en') },
    detail: { 'zh-TW': pick('detail', 'zh-TW'), en: pick('detail', 'en') },
  };
}

function fieldProblems(
  doc: Record<string, unknown>,
  status: number,
  catalog: ProblemWords | undefined,
): FieldProblem[] {
  const list = doc['errors'];
  if (!Array.isArray(list)) return [];
  const out: FieldProblem[] = [];
  for (const entry of list.slice(0, 100)) {
    if (!isRecord(entry) || typeof entry['field'] !== 'string') continue;
    const code =
      typeof entry['code'] === 'string' && CODE_PATTERN.test(entry['code']) ? entry['code'] : 'FIELD_INVALID';
    const w = words(entry, code, status, catalog);
    const problem: FieldProblem = { code, field: entry['field'], title: w.title, text: w.detail };
    if (typeof entry['reason'] === 'string') problem.reason = entry['reason'];
    out.push(problem);
  }
  return out;
}

/**
 * The ApiError for an error response, words the document lacks taken from `catalog` (generic ones
 * without it, or for a code it does not know). Tolerant on purpose: an error answer is never
 * rejected for its shape, since the status and whatever code it carries are still the best
 * explanation we have. (`apiErrorFromResponse` of `@gepi/sdk/api` is this with the problem
 * catalog; GepiClient uses its `problemWords` option.)
 */
export function apiErrorFromDocument(response: ErrorResponse, catalog: ProblemWords | undefined): ApiError {
  const doc = isRecord(response.body) ? response.body : {};
  const rawCode = doc['code'];
  const code =
    typeof rawCode === 'string' && CODE_PATTERN.test(rawCode) ? rawCode : ClientErrorCode.HTTP_ERROR;
  const w = words(doc, code, response.status, catalog);
  const details: Record<string, unknown> = isRecord(doc['details']) ? { ...doc['details'] } : {};
  if (response.retryAfter !== undefined) details['retryAfter'] = response.retryAfter;
  const field = text(doc['field']);
  return createApiError({
    status: response.status,
    code,
    title: w.title,
    text: w.detail,
    field,
    requestId: response.requestId ?? text(doc['requestId']),
    details,
    fieldErrors: fieldProblems(doc, response.status, catalog),
  });
}

/** A 2xx answer the client cannot use: not JSON, or not what the contract's schema says. */
export function responseInvalid(
  status: number,
  requestId: string | undefined,
  details: Record<string, unknown>,
  cause?: unknown,
): ApiError {
  const w = clientErrorCatalog.RESPONSE_INVALID;
  return new ApiError({
    status,
    code: ClientErrorCode.RESPONSE_INVALID,
    title: w.title,
    text: w.detail,
    requestId,
    details,
    cause,
  });
}
