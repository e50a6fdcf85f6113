// Public surface of the certificate module: Taiwan PKI profile facts, the certificate parser and
// its errors. Pulls in @peculiar/x509 (through parse.ts), so UIs should load it lazily.
/**
 * Reading Taiwanese card certificates (MOICA, GCA, XCA, MOEACA, HCA): {@link parseCertificate}
 * (on `@peculiar/x509`, heavy), {@link readCertificate} (a small DER reader with the same result, for
 * pages) and the certificate profiles.
 *
 * @module @gepi/sdk/certs
 */
export * from './profile.js';
export * from './errors.js';
export {
  parseCertificate,
  toCertificateDer,
  formatSerial,
  type CertificateInput,
  type CertInfo,
  type CertUsage,
  type CitizenCertInfo,
  type OrgCertInfo,
  type ParseCertificateOptions,
} from './parse.js';
// The small reader (no @peculiar/x509): the same result, for pages.
export { readCertificate } from './read.js';
export type { CertificateFields, CertificateName } from './card-info.js';
// The configured @peculiar/x509 namespace, for code that verifies chains or CRLs, so that the
// library is imported (and given its crypto provider) from this folder only.
export { useX509, webCrypto, x509 } from './x509.js';
