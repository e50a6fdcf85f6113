// Fortify's failures as the SDK's card error codes. The client throws `CryptoServerError`s carrying
// the server's ErrorProto (`code`, `message`); PKCS#11 failures name their CKR in the message. What
// cannot be recognised becomes TOKEN_ERROR with the original as `cause`. No PIN ever passes through
// here: under Fortify the page never has one.
import { TokenError } from '../tokens/errors.js';
import type { TokenErrorCode } from '../tokens/errors.js';

/** ErrorProto codes with a meaning of their own. */
export const FORTIFY_CODES = {
  /** The person refused this site in Fortify's approval window. */
  approvalRefused: 11,
  /** A call before the site was approved ("404: Not authorized"). */
  notAuthorized: 404,
} as const;

const BY_MESSAGE: [RegExp, TokenErrorCode][] = [
  [/CKR_PIN_INCORRECT|CKR_PIN_INVALID|CKR_PIN_LEN_RANGE/, 'PIN_INCORRECT'],
  [/CKR_PIN_LOCKED|CKR_PIN_EXPIRED/, 'PIN_LOCKED'],
  [
    /CKR_TOKEN_NOT_PRESENT|CKR_DEVICE_REMOVED|CKR_TOKEN_NOT_RECOGNIZED|CKR_SESSION_HANDLE_INVALID|CKR_SESSION_CLOSED/,
    'TOKEN_NOT_PRESENT',
  ],
  [/CKR_USER_NOT_LOGGED_IN/, 'NOT_LOGGED_IN'],
  [/CKR_FUNCTION_CANCELED|cancel/i, 'USER_CANCELLED'],
  [/not approved|refused|denied/i, 'APPROVAL_REFUSED'],
];

/** The parts of a client error the mapping reads (CryptoServerError, or a plain Error). */
interface ServerErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
}

/**
 * Maps anything the Fortify client threw to a TokenError. `readerId` goes into `details` of
 * card errors.
 */
export function mapFortifyError(error: unknown, readerId?: string): TokenError {
  if (error instanceof TokenError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ServerErrorLike;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const details: Record<string, unknown> = readerId === undefined ? {} : { readerId };
  if (e.code === FORTIFY_CODES.approvalRefused) return new TokenError('APPROVAL_REFUSED', { cause: error });
  if (e.code === FORTIFY_CODES.notAuthorized || /not authori[sz]ed/i.test(message)) {
    return new TokenError('PROVIDER_UNAVAILABLE', { details: { state: 'pairing' }, cause: error });
  }
  for (const [pattern, code] of BY_MESSAGE) {
    if (pattern.test(message)) return new TokenError(code, { details, cause: error });
  }
  if (
    /Socket connection is not open|Session was closed|socket is not initialized|cipher is not initialized/i.test(
      message,
    )
  ) {
    return new TokenError('PROVIDER_UNAVAILABLE', { details: { state: 'disconnected' }, cause: error });
  }
  if (/Failed to fetch|fetch failed|ECONNREFUSED|wellknown/i.test(message)) {
    return new TokenError('PROVIDER_UNAVAILABLE', { details: { state: 'not-running' }, cause: error });
  }
  return new TokenError('TOKEN_ERROR', { details: { ...details, reason: message }, cause: error });
}
