// @gepi/mock-server: the registration API, runtime-neutral. The SQLite store and the Node server
// are in ./node.js; the browser setup is in ./browser.js.
export { createRegistrationApi } from './app.js';
export type { RegistrationApi } from './app.js';
export { DEFAULT_LIMITS, NO_RATE_LIMITS } from './context.js';
export { DEFAULT_PERMISSIONS } from './data/permissions.js';
export type { DemoPkiExport, Limits, Logger, RegistrationApiOptions } from './context.js';
export { SqlStore } from './store/sqlite.js';
export type { SqlDriver } from './store/driver.js';
export { StoreConflictError } from './store/types.js';
export type * from './store/types.js';
export { BusinessCalendar } from './services/business-days.js';
export { webCryptoSignatureChecks } from './services/verifier.js';
export type { SignatureCheck, SignatureCheckFactory, TrustConfig } from './services/verifier.js';
export { demoSeed, exportDemoPki, trustFromPki, cardDetailsFromPki } from './demo.js';
