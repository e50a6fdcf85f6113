// `@gepi/pkcs11`: the Node-only part of the kit, in a package of its own so that only Node users
// install its native addon (pkcs11js, built with node-gyp): smart cards through a PKCS#11 module,
// and SoftHSM2 tokens holding the demo cards. The rest comes from `@gepi/sdk` and
// `@gepi/sdk/testing`, which never import this package.
/**
 * Node only: smart cards through a PKCS#11 module ({@link Pkcs11TokenProvider}) and SoftHSM2
 * tokens holding the demo cards ({@link provisionSoftHsm}). Installs the native addon `pkcs11js`
 * (compiled with node-gyp); `@gepi/sdk` and `@gepi/elements` do not depend on it.
 *
 * @module @gepi/pkcs11
 */
export { Pkcs11TokenProvider } from './provider.js';
export type { Pkcs11TokenProviderOptions } from './provider.js';
export {
  CKR,
  PKCS11_ERROR_TABLE,
  SlotFlags,
  TokenFlags,
  mapPkcs11Error,
  pkcs11ReturnValue,
  triesLeftFromTokenFlags,
} from './errors.js';
export type { CkrName, Pkcs11ErrorContext, Pkcs11ReturnValue } from './errors.js';
export { SOFTHSM_LIBRARY_PATHS, findSoftHsmLibrary, provisionSoftHsm, writeTrustFiles } from './softhsm.js';
export type { ProvisionSoftHsmOptions, ProvisionedToken, SoftHsmProvision, TrustFile } from './softhsm.js';
