// @gepi/sdk, browser-safe public surface. Node-only additions (PKCS#11) live in `@gepi/sdk/node`;
// the test PKI and demo dataset in `@gepi/sdk/testing`; certificate parsing (heavy) in its own module.
export * from './errors.js';
export * from './domain/index.js';
export * from './tokens/index.js';
export * from './client/index.js';
export * from './flows/index.js';
