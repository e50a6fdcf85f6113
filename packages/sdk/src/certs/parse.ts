// The full certificate reader on @peculiar/x509, for the server, the verifier and tools: it hands
// the certificate's fields to the profile rules in card-info.ts. The browser's card step uses the
// small DER reader (read.ts) instead; tests hold both to the same output.
import { useX509, x509 } from './x509.js';
import { AsnConvert } from '@peculiar/asn1-schema';
import { SubjectDirectoryAttributes } from '@peculiar/asn1-x509';
import { decodeAttributeValue } from './der.js';
import { OID, KEY_USAGE_NAMES } from './profile.js';
import type { KeyUsageName } from './profile.js';
import { certInfoOf, expectKind, malformed, toCertificateDer } from './card-info.js';
import type {
  CertificateFields,
  CertificateInput,
  CertificateName,
  CertInfo,
  CitizenCertInfo,
  OrgCertInfo,
  ParseCertificateOptions,
} from './card-info.js';

export { formatSerial, toCertificateDer } from './card-info.js';
export type {
  CertificateInput,
  CertInfo,
  CertUsage,
  CitizenCertInfo,
  OrgCertInfo,
  ParseCertificateOptions,
} from './card-info.js';

/** Values of each subjectDirectoryAttributes attribute, decoded to text. */
function directoryAttributes(cert: x509.X509Certificate): Map<string, string[]> {
  const attributes = new Map<string, string[]>();
  const extension = cert.getExtension(OID.subjectDirectoryAttributes);
  if (!extension) return attributes;
  for (const attribute of AsnConvert.parse(extension.value, SubjectDirectoryAttributes)) {
    const values = attributes.get(attribute.type) ?? [];
    values.push(...attribute.values.map((value) => decodeAttributeValue(value).trim()));
    attributes.set(attribute.type, values);
  }
  return attributes;
}

function keyUsageNames(cert: x509.X509Certificate): KeyUsageName[] {
  const extension = cert.getExtension(x509.KeyUsagesExtension);
  if (!extension) return [];
  return KEY_USAGE_NAMES.filter((_name, bit) => (extension.usages & (1 << bit)) !== 0);
}

function nameOf(name: x509.Name): CertificateName {
  // @peculiar/x509 knows no short name for serialNumber; without one it prints the bare OID.
  const text = new x509.Name(name.toArrayBuffer(), { serialNumber: OID.subjectSerialNumber }).toString();
  return { field: (oid) => name.getField(oid), text };
}

function fieldsOf(der: Uint8Array<ArrayBuffer>): CertificateFields {
  try {
    const cert = new x509.X509Certificate(der);
    return {
      serialHex: cert.serialNumber,
      notBefore: cert.notBefore,
      notAfter: cert.notAfter,
      subject: nameOf(cert.subjectName),
      issuer: nameOf(cert.issuerName),
      policies: [...(cert.getExtension(x509.CertificatePolicyExtension)?.policies ?? [])],
      keyUsage: keyUsageNames(cert),
      authorityKeyId: cert.getExtension(x509.AuthorityKeyIdentifierExtension)?.keyId,
      directoryAttributes: () => directoryAttributes(cert),
    };
  } catch (error) {
    malformed('not-a-certificate', error);
  }
}

/**
 * Reads a Taiwanese card certificate. The CA is identified by the issuer's OU; MOICA certificates
 * are citizen certificates, the others organization certificates.
 * @throws CertificateProfileError CERT_MALFORMED, CERT_UNRECOGNISED_PROFILE or CERT_WRONG_KIND
 */
export function parseCertificate(input: CertificateInput, options: { expect: 'citizen' }): CitizenCertInfo;
export function parseCertificate(input: CertificateInput, options: { expect: 'org' }): OrgCertInfo;
export function parseCertificate(input: CertificateInput, options?: ParseCertificateOptions): CertInfo;
export function parseCertificate(input: CertificateInput, options: ParseCertificateOptions = {}): CertInfo {
  useX509();
  return expectKind(certInfoOf(fieldsOf(toCertificateDer(input))), options);
}
