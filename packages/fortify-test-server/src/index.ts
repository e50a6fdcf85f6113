// Test and demo tooling only (private package, never published or bundled): a Fortify-protocol
// server over SoftHSM2 tokens. See docs/fortify.md.
export { FORTIFY_ERROR, FortifyTestServer } from './server.js';
export type { FortifyTestServerOptions, FortifyTokens, PairingRequest, PinRequest } from './server.js';
export { selfSignedTls } from './tls.js';
export type { TlsMaterial } from './tls.js';
