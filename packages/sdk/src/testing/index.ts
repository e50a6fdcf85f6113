// `@gepi/sdk/testing`: the test PKI and the demo dataset, for demos, Storybook, tests and
// developers without cards. Never part of the default bundle (it generates RSA keys and pulls in
// @peculiar/x509).
/**
 * The test PKI and the demo dataset: demo cards without hardware, for demos, Storybook, tests and
 * developers of systems that call the kit.
 *
 * @module @gepi/sdk/testing
 */
export {
  issueDemoPki,
  citizenSubjectSerial,
  encryptionSerial,
  DEFAULT_PIN_TRIES,
  type CaKind,
  type DemoPki,
  type IssueDemoPkiOptions,
  type IssuedCa,
  type IssuedCard,
  type IssuedKey,
} from './pki.js';
export {
  demoCardFacts,
  demoCardsFromExport,
  type DemoCardFacts,
  type DemoCardExport,
  type DemoKeyExport,
  type DemoPkiExport,
} from './pki-export.js';
export { DEMO_PKI_FORMAT, demoPkiCrlsValidUntil, restoreDemoPki, saveDemoPki } from './pki-store.js';
export {
  loadDemoDataset,
  type AgencyState,
  type DemoAgency,
  type DemoCard,
  type DemoCitizenCard,
  type DemoDataset,
  type DemoHandler,
  type DemoManager,
  type DemoOrgCard,
  type DemoPermission,
  type DemoPerson,
  type OrgCaKind,
} from './dataset.js';
