// What the registration screens show about a card certificate (CitizenCertInfo / OrgCertInfo), worked
// out from the certificate's fields by the profile rules. Two readers hand it those fields: the full
// one on @peculiar/x509 (parse.ts: server, verifier, tools) and the small DER reader (read.ts: the
// browser's card step). Only facts of the real profiles are relied on (issuer OU, subject names,
// subjectDirectoryAttributes); the test PKI's marker only sets `isTest`.
import { CertificateProfileError, CERT_ERROR_CODES } from './errors.js';
import {
  CA_PROFILES,
  CERT_TYPE,
  ENCRYPTION_KEY_USAGES,
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

function fromText(text: string): Uint8Array<ArrayBuffer> {
  const pem = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(text);
  if (!pem && text.includes('-----BEGIN')) malformed('not-a-certificate');
  const body = (pem?.[1] ?? text).replace(/\s+/g, '');
  if (body.length === 0 || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    malformed('not-a-certificate');
  }
  return Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
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

/** A distinguished name as a reader sees it. */
export interface CertificateName {
  /** Values of the attributes of this type (an OID), as text, in encoding order. */
  field(oid: string): string[];
  /** The name in @peculiar/x509's text form, with `serialNumber` for 2.5.4.5. */
  text: string;
}

/** The fields of a certificate the profile rules look at, as one reader extracted them. */
export interface CertificateFields {
  /** Hex of the serialNumber INTEGER's content bytes. */
  serialHex: string;
  notBefore: Date;
  notAfter: Date;
  subject: CertificateName;
  issuer: CertificateName;
  policies: string[];
  keyUsage: KeyUsageName[];
  /** Lowercase or uppercase hex of the authorityKeyIdentifier's keyIdentifier. */
  authorityKeyId: string | undefined;
  /** subjectDirectoryAttributes: values per attribute type, decoded to text; throws when undecodable. */
  directoryAttributes(): Map<string, string[]>;
}

export interface ParseCertificateOptions {
  /** Fail with CERT_WRONG_KIND unless the certificate is of this kind. */
  expect?: 'citizen' | 'org';
}

export function malformed(reason: 'not-a-certificate' | 'bad-attribute-encoding', cause?: unknown): never {
  throw new CertificateProfileError(CERT_ERROR_CODES.malformed, reason, {}, cause);
}

function unrecognised(
  reason: 'unknown-issuer' | 'missing-attribute' | 'unexpected-type',
  details: Record<string, unknown>,
): never {
  throw new CertificateProfileError(CERT_ERROR_CODES.unrecognisedProfile, reason, details);
}

function usageOf(keyUsage: readonly KeyUsageName[]): CertUsage {
  if (SIGNING_KEY_USAGES.some((u) => keyUsage.includes(u))) return 'signing';
  if (ENCRYPTION_KEY_USAGES.some((u) => keyUsage.includes(u))) return 'encryption';
  return 'other';
}

function cardRoleOf(value: string | undefined): CardRole | undefined {
  if (value === undefined) return 'primary';
  const v = value.toLowerCase();
  if (v === 'primary' || v === '正卡') return 'primary';
  if (v === 'secondary' || v === '附卡') return 'secondary';
  return undefined;
}

/** Applies the profile rules to a certificate's fields. */
export function certInfoOf(fields: CertificateFields): CertInfo {
  const { subject, issuer } = fields;
  const issuerOus = issuer.field(OID_OU);
  const base: Omit<CertInfoBase, 'ca'> = {
    serial: formatSerial(fields.serialHex),
    notBefore: fields.notBefore,
    notAfter: fields.notAfter,
    subjectDn: subject.text,
    issuerDn: issuer.text,
    policies: fields.policies,
    keyUsage: fields.keyUsage,
    usage: usageOf(fields.keyUsage),
    isTest:
      issuerOus.includes(TEST_MARKER_OU) ||
      subject.field(OID_OU).includes(TEST_MARKER_OU) ||
      issuer.field(OID_CN).some((cn) => cn.endsWith(TEST_MARKER_CN_SUFFIX)),
    authorityKeyId: fields.authorityKeyId?.toUpperCase(),
  };

  const ca = caKindFromIssuerOus(issuerOus);
  if (!ca) unrecognised('unknown-issuer', { issuerDn: base.issuerDn });
  const profile = CA_PROFILES[ca];
  let attributes: Map<string, string[]>;
  try {
    attributes = fields.directoryAttributes();
  } catch (error) {
    malformed('bad-attribute-encoding', error);
  }
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
      name: required(subject.field(OID_CN)[0], 'CN'),
      idLast4: required(attr(OID.idLast4), OID.idLast4),
      certType: certType ?? CERT_TYPE.naturalPerson,
      subjectSerialNumber: required(subject.field(OID.subjectSerialNumber)[0], 'serialNumber'),
    };
  }

  const organizationName = required(subject.field(OID_O)[0], 'O');
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
        attr(OID.businessId) ?? subject.field(OID.subjectSerialNumber)[0],
        OID.businessId,
      );
      break;
    case 'hcaCode':
      info.hcaCode = info.orgId = required(attr(OID.orgIdentifier), OID.orgIdentifier);
      break;
  }
  return info;
}

/** Checks `options.expect` against what was read. */
export function expectKind(info: CertInfo, options: ParseCertificateOptions): CertInfo {
  if (options.expect && info.kind !== options.expect) {
    throw new CertificateProfileError(
      CERT_ERROR_CODES.wrongKind,
      options.expect === 'citizen' ? 'expected-citizen' : 'expected-org',
      { expected: options.expect, actual: info.kind, ca: info.ca },
    );
  }
  return info;
}

const OID_CN = '2.5.4.3';
const OID_O = '2.5.4.10';
const OID_OU = '2.5.4.11';
