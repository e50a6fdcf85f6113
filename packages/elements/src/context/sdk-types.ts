// Stand-ins for the SDK's client and token-provider types while @gepi/sdk is being written. Every
// use in this package goes through these two names, so switching to the SDK's own types is a change
// to this file alone. `object` accepts any client or provider the SDK will produce and lets nothing
// here call methods whose signatures are not settled yet.

/** The registration API client (`@gepi/sdk` api/client). */
export type GepiClientLike = object;

/** A token provider: virtual card, PKCS#11 or Fortify (`@gepi/sdk` tokens/provider). */
export type TokenProviderLike = object;
