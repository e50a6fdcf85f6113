// Context checks every provider makes before touching a card (STYLE.md convention 11): a browser
// page must be a secure context, and WebCrypto must be there.
import { TokenError } from './errors.js';

/** The part of a global scope the checks read; tests pass a stand-in. */
export interface ContextScope {
  isSecureContext?: boolean;
}

/** Throws INSECURE_CONTEXT on a page served over plain http (Node has no `isSecureContext`: allowed). */
export function assertSecureContext(scope: ContextScope = globalThis as ContextScope): void {
  if (scope.isSecureContext === false) throw new TokenError('INSECURE_CONTEXT');
}

/**
 * The SubtleCrypto to use: INSECURE_CONTEXT first (browsers hide `crypto.subtle` on http pages, and
 * that is the real cause to report), then PROVIDER_UNAVAILABLE when there is still no WebCrypto.
 */
export function requireSubtle(
  crypto: Crypto | undefined = globalThis.crypto,
  scope: ContextScope = globalThis as ContextScope,
): SubtleCrypto {
  assertSecureContext(scope);
  const subtle = crypto?.subtle;
  if (!subtle) throw new TokenError('PROVIDER_UNAVAILABLE', { details: { reason: 'no-webcrypto' } });
  return subtle;
}
