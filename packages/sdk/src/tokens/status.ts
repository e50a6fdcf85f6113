// Connection status helpers shared by the providers (see ProviderStatus in provider.ts).
import { TokenError } from './errors.js';
import type { ProviderStatus } from './provider.js';

/** The status of a provider that needs no connection (virtual, PKCS#11). Frozen, shared. */
export const READY_STATUS: ProviderStatus = /* @__PURE__ */ Object.freeze({ state: 'ready' });

/** The status of a closed provider. */
export const CLOSED_STATUS: ProviderStatus = /* @__PURE__ */ Object.freeze({ state: 'closed' });

/**
 * The error a card call gets while the provider is not `ready`: APPROVAL_REFUSED when the person
 * refused the site, PROVIDER_UNAVAILABLE with `details.state` otherwise; undefined when ready.
 */
export function statusError(status: ProviderStatus): TokenError | undefined {
  if (status.state === 'ready') return undefined;
  if (status.state === 'denied') return new TokenError('APPROVAL_REFUSED', { details: { state: 'denied' } });
  return new TokenError('PROVIDER_UNAVAILABLE', {
    details: { state: status.state, ...(status.state === 'closed' ? { reason: 'closed' } : {}) },
  });
}
