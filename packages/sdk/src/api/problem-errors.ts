// ApiErrors with the problem catalog's words. Here, not in the SDK's main entry, because they need
// the whole catalog at once. The client never loads the catalog by itself (this API's server sends
// the words in every problem document); a host whose server sends bare codes passes `problemWords`
// to GepiClient (its `problemWords` option).
import { apiErrorFromDefinition } from '../client/errors.js';
import { apiErrorFromDocument } from '../client/problem-document.js';
import type { ApiError, ErrorResponse, ErrorWords } from '../client/errors.js';
import { isProblemCode, problemCatalog } from './problems.js';
import type { ProblemCode } from './problems.js';

/**
 * The catalog's title and detail of a code, or undefined for a code this SDK does not know. Pass it
 * to a client whose server sends problem documents without words:
 * `new GepiClient({ baseUrl, problemWords })`.
 */
export function problemWords(code: string): ErrorWords | undefined {
  return isProblemCode(code) ? problemCatalog[code] : undefined;
}

/**
 * The ApiError for an error response, as GepiClient given `problemWords` makes it: words from the
 * problem document, else from the catalog, else a generic text. Tolerant on purpose: an error answer is never
 * rejected for its shape, since the status and whatever code it carries are still the best
 * explanation we have.
 */
export function apiErrorFromResponse(response: ErrorResponse): ApiError {
  return apiErrorFromDocument(response, problemWords);
}

/** The ApiError for a catalog code, as the server would send it (tests, stored codes, offline UIs). */
export function apiErrorFromCode(
  code: ProblemCode,
  extra: { field?: string; requestId?: string; details?: Record<string, unknown> } = {},
): ApiError {
  return apiErrorFromDefinition(code, problemCatalog[code], extra);
}
