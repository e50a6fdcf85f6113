// `@gepi/sdk/node`: the Node-only additions — smart cards through a PKCS#11 module, and SoftHSM2
// tokens holding the demo cards. Import the rest of the SDK from `@gepi/sdk` and
// `@gepi/sdk/testing`; nothing reachable from those imports this file (it loads a native addon).
/**
 * Node only: smart cards through a PKCS#11 module ({@link Pkcs11TokenProvider}) and SoftHSM2
 * tokens holding the demo cards ({@link provisionSoftHsm}).
 *
 * @module @gepi/sdk/node
 */
export { Pkcs11TokenProvider } from './tokens/pkcs11.js';
export type { Pkcs11TokenProviderOptions } from './tokens/pkcs11.js';
export {
  CKR,
  PKCS11_ERROR_TABLE,
  SlotFlags,
  TokenFlags,
  mapPkcs11Error,
  pkcs11ReturnValue,
  triesLeftFromTokenFlags,
} from './tokens/pkcs11-errors.js';
export type { CkrName, Pkcs11ErrorContext, Pkcs11ReturnValue } from './tokens/pkcs11-errors.js';
export {
  SOFTHSM_LIBRARY_PATHS,
  findSoftHsmLibrary,
  provisionSoftHsm,
  writeTrustFiles,
} from './testing/softhsm.js';
export type {
  ProvisionSoftHsmOptions,
  ProvisionedToken,
  SoftHsmProvision,
  TrustFile,
} from './testing/softhsm.js';
