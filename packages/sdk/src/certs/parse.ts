// Reads a card certificate into what the registration screens show (CitizenCertInfo / OrgCertInfo).
// Only facts of the real profiles are relied on (issuer OU, subject names, subjectDirectoryAttributes);
// the test PKI's marker only sets `isTest`.
import { useX509, x509 } from './x509.js';
import { AsnConvert } from '@peculiar/asn1-schema';
import { SubjectDirectoryAttributes } from '@peculiar/asn1-x509';
import { Convert } from 'pvtsutils';
import { decodeAttributeValue } from './der.js';
import { CertificateProfileError, CERT_ERROR_CODES } from './errors.js';
import {
  CA_PROFILES,
  CERT_TYPE,
  ENCRYPTION_KEY_USAGES,
  KEY_USAGE_NAMES,
  OID,
  SIGNING_KEY_USAGES,
  TEST_MARKER_CN_SUFFIX,
  TEST_MARKER_OU,
  caKindFromIssuerOus,
} from './profile.js';
import type { CaKind, CardRole, KeyUsageName, OrgCaKind } from './profile.js';

/** DER bytes, or PEM / bare base64 text. */
export type CertificateInput = Uint8Array | ArrayBuffer | string;

/** What the key of a certificate is for, from its keyUsage. */
export type CertUsage = 'signing' | 'encryption' | 'other';

interface CertInfoBase {
  ca: CaKind;
  /** 憑證序號: uppercase hex without leading zeros. */
  serial: string;
  notBefore: Date;
  notAfter: Date;
  /** 憑證DN, attributes in encoding order, e.g. `C=TW, CN=王大明, serialNumber=…`. */
  subjectDn: string;
  issuerDn: string;
  policies: string[];
  keyUsage: KeyUsageName[];
  usage: CertUsage;
  /** Issued by this kit's test PKI (its names carry the test marker). */
  isTest: boolean;
  /** Uppercase hex; tells CA generations with the same name apart (MOICA G2/G3). */
  authorityKeyId: string | undefined;
}

export interface CitizenCertInfo extends CertInfoBase {
  kind: 'citizen';
  ca: 'MOICA';
  name: string;
  /** Last 4 characters of the national ID: the only ID data in the certificate. */
  idLast4: string;
  /** Value of the certificate-type attribute (natural person). */
  certType: string;
  /** The 16 digits of the subject serialNumber (not the national ID). */
  subjectSerialNumber: string;
}

export interface OrgCertInfo extends CertInfoBase {
  kind: 'org';
  ca: OrgCaKind;
  organizationName: string;
  /** What the screen calls 機關(組織)OID: agency OID (GCA/XCA), 統一編號 (MOEACA), institution code (HCA). */
  orgId: string;
  agencyOid?: string;
  businessId?: string;
  hcaCode?: string;
  /** Value of the certificate-type attribute, when the CA writes one. */
  certType: string | undefined;
  /** 正卡/附卡; a card whose CA does not write the attribute reads as primary. */
  cardRole: CardRole;
}

export type CertInfo = CitizenCertInfo | OrgCertInfo;

export interface ParseCertificateOptions {
  /** Fail with CERT_WRONG_KIND unless the certificate is of this kind. */
  expect?: 'citizen' | 'org';
}

function malformed(reason: 'not-a-certificate' | 'bad-attribute-encoding', cause?: unknown): never {
  throw new CertificateProfileError(CERT_ERROR_CODES.malformed, reason, {}, cause);
}

function unrecognised(
  reason: 'unknown-issuer' | 'missing-attribute' | 'unexpected-type',
  details: Record<string, unknown>,
): never {
  throw new CertificateProfileError(CERT_ERROR_CODES.unrecognisedProfile, reason, details);
}

function fromText(text: string): Uint8Array<ArrayBuffer> {
  const pem = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(text);
  if (!pem && text.includes('-----BEGIN')) malformed('not-a-certificate');
  const body = (pem?.[1] ?? text).replace(/\s+/g, '');
  if (body.length === 0 || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    malformed('not-a-certificate');
  }
  return new Uint8Array(Convert.FromBase64(body));
}

/** DER bytes of a certificate given as DER, PEM or base64 (PEM may also come as bytes). */
export function toCertificateDer(input: CertificateInput): Uint8Array<ArrayBuffer> {
  if (typeof input === 'string') return fromText(input);
  // A copy, so that later changes to the caller's buffer cannot reach parsed data.
  const bytes = ArrayBuffer.isView(input)
    ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength).slice()
    : new Uint8Array(input).slice();
  // A DER certificate starts with a SEQUENCE tag; PEM read from a file starts with '-'.
  if (bytes[0] === 0x2d) return fromText(new TextDecoder().decode(bytes));
  return bytes;
}

export function formatSerial(hex: string): string {
  return hex.toUpperCase().replace(/^0+(?=.)/, '');
}

/** Values of each subjectDirectoryAttributes attribute, decoded to text. */
function directoryAttributes(cert: x509.X509Certificate): Map<string, string[]> {
  const attributes = new Map<string, string[]>();
  const extension = cert.getExtension(OID.subjectDirectoryAttributes);
  if (!extension) return attributes;
  try {
    for (const attribute of AsnConvert.parse(extension.value, SubjectDirectoryAttributes)) {
      const values = attributes.get(attribute.type) ?? [];
      values.push(...attribute.values.map((value) => decodeAttributeValue(value).trim()));
      attributes.set(attribute.type, values);
    }
  } catch (error) {
    malformed('bad-attribute-encoding', error);
  }
  return attributes;
}

function keyUsageNames(cert: x509.X509Certificate): KeyUsageName[] {
  const extension = cert.getExtension(x509.KeyUsagesExtension);
  if (!extension) return [];
  return KEY_USAGE_NAMES.filter((_name, bit) => (extension.usages & (1 << bit)) !== 0);
}

function usageOf(keyUsage: readonly KeyUsageName[]): CertUsage {
  if (SIGNING_KEY_USAGES.some((u) => keyUsage.includes(u))) return 'signing';
  if (ENCRYPTION_KEY_USAGES.some((u) => keyUsage.includes(u))) return 'encryption';
  return 'other';
}

function formatName(name: x509.Name): string {
  // @peculiar/x509 knows no short name for serialNumber; without one it prints the bare OID.
  return new x509.Name(name.toArrayBuffer(), { serialNumber: OID.subjectSerialNumber }).toString();
}

function cardRoleOf(value: string | undefined): CardRole | undefined {
  if (value === undefined) return 'primary';
  const v = value.toLowerCase();
  if (v === 'primary' || v === '正卡') return 'primary';
  if (v === 'secondary' || v === '附卡') return 'secondary';
  return undefined;
}

function read(der: Uint8Array<ArrayBuffer>): CertInfo {
  let cert: x509.X509Certificate;
  let base: Omit<CertInfoBase, 'ca'>;
  let issuerOus: string[];
  try {
    cert = new x509.X509Certificate(der);
    const keyUsage = keyUsageNames(cert);
    issuerOus = cert.issuerName.getField('OU');
    const isTest =
      issuerOus.includes(TEST_MARKER_OU) ||
      cert.subjectName.getField('OU').includes(TEST_MARKER_OU) ||
      cert.issuerName.getField('CN').some((cn) => cn.endsWith(TEST_MARKER_CN_SUFFIX));
    base = {
      serial: formatSerial(cert.serialNumber),
      notBefore: cert.notBefore,
      notAfter: cert.notAfter,
      subjectDn: formatName(cert.subjectName),
      issuerDn: formatName(cert.issuerName),
      policies: [...(cert.getExtension(x509.CertificatePolicyExtension)?.policies ?? [])],
      keyUsage,
      usage: usageOf(keyUsage),
      isTest,
      authorityKeyId: cert.getExtension(x509.AuthorityKeyIdentifierExtension)?.keyId?.toUpperCase(),
    };
  } catch (error) {
    malformed('not-a-certificate', error);
  }

  const ca = caKindFromIssuerOus(issuerOus);
  if (!ca) unrecognised('unknown-issuer', { issuerDn: base.issuerDn });
  const profile = CA_PROFILES[ca];
  const attributes = directoryAttributes(cert);
  const attr = (oid: string): string | undefined => attributes.get(oid)?.find((v) => v !== '');
  const required = <T>(value: T | undefined, what: string): T =>
    value === undefined || value === '' ? unrecognised('missing-attribute', { ca, attribute: what }) : value;

  const certType = attr(OID.certType);
  // A CA whose type values are unknown may write any type but the natural person's.
  const typeAccepted =
    certType === undefined ||
    (profile.certTypes.length > 0
      ? profile.certTypes.includes(certType)
      : certType !== CERT_TYPE.naturalPerson);
  if (!typeAccepted) {
    unrecognised('unexpected-type', { ca, certType });
  }

  if (ca === 'MOICA') {
    return {
      kind: 'citizen',
      ca,
      ...base,
      name: required(cert.subjectName.getField('CN')[0], 'CN'),
      idLast4: required(attr(OID.idLast4), OID.idLast4),
      certType: certType ?? CERT_TYPE.naturalPerson,
      subjectSerialNumber: required(cert.subjectName.getField(OID.subjectSerialNumber)[0], 'serialNumber'),
    };
  }

  const organizationName = required(cert.subjectName.getField('O')[0], 'O');
  const cardRole = cardRoleOf(attr(OID.cardRole));
  if (!cardRole) unrecognised('unexpected-type', { ca, cardRole: attr(OID.cardRole) });
  const info: OrgCertInfo = {
    kind: 'org',
    ca,
    ...base,
    organizationName,
    orgId: '',
    certType,
    cardRole,
  };
  switch (profile.orgIdSource) {
    case 'agencyOid':
      info.agencyOid = info.orgId = required(attr(OID.orgIdentifier), OID.orgIdentifier);
      break;
    case 'businessId':
      // The subject serialNumber repeats the 統一編號, so either place will do.
      info.businessId = info.orgId = required(
        attr(OID.businessId) ?? cert.subjectName.getField(OID.subjectSerialNumber)[0],
        OID.businessId,
      );
      break;
    case 'hcaCode':
      info.hcaCode = info.orgId = required(attr(OID.orgIdentifier), OID.orgIdentifier);
      break;
  }
  return info;
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
  const info = read(toCertificateDer(input));
  if (options.expect && info.kind !== options.expect) {
    throw new CertificateProfileError(
      CERT_ERROR_CODES.wrongKind,
      options.expect === 'citizen' ? 'expected-citizen' : 'expected-org',
      { expected: options.expect, actual: info.kind, ca: info.ca },
    );
  }
  return info;
}
