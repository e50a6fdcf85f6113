// The one door to @peculiar/x509 (heavy: UIs load this folder lazily). reflect-metadata must be
// evaluated before @peculiar/x509 (its dependency injection needs it at import time), so it is
// imported first here, and every other module imports x509 through this file.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

/** The WebCrypto the kit hands to @peculiar/x509 explicitly: Node ≥ 20 and browsers have it. */
export function webCrypto(): Crypto {
  return globalThis.crypto;
}

let ready = false;

/**
 * Gives @peculiar/x509 a default crypto provider. Called from functions, not at import time, so
 * that bundlers honouring `sideEffects: false` cannot drop it; a provider someone else set is kept
 * (the kit's own calls pass {@link webCrypto} explicitly anyway).
 */
export function useX509(): typeof x509 {
  if (!ready) {
    if (!x509.cryptoProvider.has(x509.CryptoProvider.DEFAULT)) x509.cryptoProvider.set(webCrypto());
    ready = true;
  }
  return x509;
}

export { x509 };
