// @gepi/sdk, browser-safe public surface. The Node-only PKCS#11 provider is the `@gepi/pkcs11` package;
// the test PKI and demo dataset in `@gepi/sdk/testing`; the virtual card reader in
// `@gepi/sdk/virtual`; the zod contract and problem catalog in `@gepi/sdk/api` (the client loads
// what it needs of them lazily); certificate parsing (heavy) in its own module.
/**
 * The browser-safe SDK: the typed registration API client ({@link GepiClient}), the headless flows
 * of every screen (`createFirstRegistrationFlow`, `createAssignmentFlow`, `createSwapFlow`, the
 * four query flows), the token provider contract, and the domain rules (national IDs, agency
 * codes, phones, ROC dates) the forms and the server share. The virtual card reader is
 * `@gepi/sdk/virtual`.
 *
 * @module @gepi/sdk
 */
export * from './errors.js';
export * from './domain/index.js';
export * from './tokens/index.js';
export * from './client/index.js';
export * from './flows/index.js';
