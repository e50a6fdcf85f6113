// The SDK types the contexts and the provider carry. Kept under these two names so that every use
// in this package goes through one file; type-only, so nothing of the SDK is bundled by it.
import type { GepiClient, TokenProvider } from '@gepi/sdk';

/** The registration API client (`@gepi/sdk`'s `GepiClient`). */
export type GepiClientLike = GepiClient;

/** A token provider: virtual card, PKCS#11 or Fortify (`@gepi/sdk`'s `TokenProvider`). */
export type TokenProviderLike = TokenProvider;
