// Every fact about Taiwan's government PKI that this kit relies on, in one place, so that a fact
// found to be wrong can be corrected here without touching parsers, flows or the test PKI.
// Tags follow PKI-PROFILE.md: [src] was seen in public sources or public code, [choice] is this
// project's decision where no public source settles the question.
import type { LocalizedText } from '../errors.js';

/** The five certification authorities whose cards the kit accepts. */
export type CaKind = 'MOICA' | 'GCA' | 'XCA' | 'MOEACA' | 'HCA';
/** The authorities that issue organization certificates (機關憑證). */
export type OrgCaKind = Exclude<CaKind, 'MOICA'>;

export const CA_KINDS: readonly CaKind[] = ['MOICA', 'GCA', 'XCA', 'MOEACA', 'HCA'];
export const ORG_CA_KINDS: readonly OrgCaKind[] = ['GCA', 'XCA', 'MOEACA', 'HCA'];

export function isOrgCaKind(kind: CaKind): kind is OrgCaKind {
  return kind !== 'MOICA';
}

/** Object identifiers used in Taiwanese certificates and card messages. */
export const OID = {
  /** [src] X.509 subjectDirectoryAttributes extension, where the Taiwan-specific data lives. */
  subjectDirectoryAttributes: '2.5.29.9',
  /** [src] Last 4 characters of the holder's national ID (citizen certificates). */
  idLast4: '2.16.886.1.100.2.51',
  /** [src] Certificate type; its value is one of {@link CERT_TYPE}. */
  certType: '2.16.886.1.100.2.1',
  /** [src] 正卡/附卡 (primary/secondary card), seen on MOEACA certificates. */
  cardRole: '2.16.886.1.100.2.2',
  /** [src] 統一編號 (8-digit business identifier), MOEACA certificates. */
  businessId: '2.16.886.1.100.2.101',
  /** [src] Agency OID (GCA/XCA); [choice] also the HCA medical institution code. */
  orgIdentifier: '2.16.886.1.100.2.102',
  /** [src] Card number as a signed attribute of real signed messages (not in the certificate). */
  cardNumberSignedAttribute: '2.16.886.1.100.2.204',
  /** X.520 serialNumber name attribute (citizen: 16 digits; MOEACA: 統一編號). */
  subjectSerialNumber: '2.5.4.5',
} as const;

/** [src] Values of the certificate-type attribute {@link OID.certType}. */
export const CERT_TYPE = {
  naturalPerson: '2.16.886.1.100.3.1.1',
  agency: '2.16.886.1.100.3.2.1.1',
  governmentUnit: '2.16.886.1.100.3.2.1.2',
  company: '2.16.886.1.100.3.2.2.1.1',
} as const;

/**
 * [choice] Assurance level 3, the value verified on MOEACA certificates; assumed for every CA
 * until a public source gives another CA's policy. Correct the per-CA list in {@link CA_PROFILES}.
 */
export const POLICY_ASSURANCE_LEVEL_3 = '2.16.886.101.0.3.3';

/** [src] Agency OIDs hang under this arc; schools under {@link SCHOOL_OID_ARC}. */
export const AGENCY_OID_ARC = '2.16.886.101.';
export const SCHOOL_OID_ARC = '2.16.886.111.';

/** [src] 卡號: two uppercase letters and 14 digits. */
export const CARD_NUMBER_PATTERN = /^[A-Z]{2}\d{14}$/;
/** [src] The 16 digits in a citizen certificate's subject serialNumber (not the national ID). */
export const CITIZEN_SUBJECT_SERIAL_PATTERN = /^\d{16}$/;
/** [choice] 10-digit medical institution code carried by HCA certificates. */
export const HCA_CODE_PATTERN = /^\d{10}$/;

/** [src] Card roles as written in {@link OID.cardRole}. */
export type CardRole = 'primary' | 'secondary';
export const CARD_ROLE_LABEL: Record<CardRole, LocalizedText> = {
  primary: { 'zh-TW': '正卡', en: 'primary card' },
  secondary: { 'zh-TW': '附卡', en: 'secondary card' },
};

/** [src] The Government Root Certification Authority G3, root of every CA below. */
export const ROOT_SUBJECT = 'C=TW, O=行政院, CN=Government Root Certification Authority - G3';
export const ROOT_NAME = {
  country: 'TW',
  organization: '行政院',
  commonName: 'Government Root Certification Authority - G3',
} as const;

/** [src] Subordinate CAs are named `C=TW, O=行政院, OU=<name>`. */
export const CA_SUBJECT_BASE = { country: 'TW', organization: '行政院' } as const;

/**
 * [src] Test certificates must say so. The test PKI adds this OU to every name it issues (and
 * "TEST" to the root's CN); the parser reports `isTest` when it sees it and ignores it otherwise.
 */
export const TEST_MARKER_OU = '測試用';
export const TEST_MARKER_CN_SUFFIX = ' TEST';

/** Which name attributes an end-entity subject has, in encoding order. */
export type SubjectAttribute = 'C' | 'O' | 'CN' | 'serialNumber';

/** Where the value the registration screen calls 機關(組織)OID comes from. */
export type OrgIdSource = 'agencyOid' | 'businessId' | 'hcaCode';

export interface CaProfile {
  kind: CaKind;
  holder: 'citizen' | 'org';
  /**
   * Issuer OU values that identify this CA. MOICA G2/G3 share their subject (tell them apart by
   * the Authority Key Identifier), so one OU covers both generations; add renamed ones here.
   */
  issuerOus: readonly string[];
  /** The CA's name as 卡別 shows it. */
  displayName: LocalizedText;
  /**
   * Accepted values of {@link OID.certType}; the first is what the test PKI issues. Empty: not
   * known, so the test PKI writes none and the parser accepts any but the natural person's.
   */
  certTypes: readonly string[];
  /** Policies the CA's end-entity certificates carry. */
  policies: readonly string[];
  /** End-entity subject layout. */
  subject: readonly SubjectAttribute[];
  /** Org CAs: which attribute is the 機關(組織)OID. */
  orgIdSource?: OrgIdSource;
  /** Whether the CA writes {@link OID.cardRole}; when it does not, a card reads as primary. */
  writesCardRole: boolean;
}

export const CA_PROFILES: Readonly<Record<CaKind, CaProfile>> = {
  MOICA: {
    kind: 'MOICA',
    holder: 'citizen',
    issuerOus: ['內政部憑證管理中心'], // [src]
    displayName: {
      'zh-TW': '內政部憑證管理中心',
      en: 'Ministry of the Interior Certification Authority (MOICA)',
    },
    certTypes: [CERT_TYPE.naturalPerson], // [src]
    policies: [POLICY_ASSURANCE_LEVEL_3], // [choice]
    subject: ['C', 'CN', 'serialNumber'], // [src]
    writesCardRole: false,
  },
  GCA: {
    kind: 'GCA',
    holder: 'org',
    issuerOus: ['政府憑證管理中心'], // [src]
    displayName: { 'zh-TW': '政府憑證管理中心', en: 'Government Certification Authority (GCA)' },
    certTypes: [CERT_TYPE.agency, CERT_TYPE.governmentUnit], // [src]
    policies: [POLICY_ASSURANCE_LEVEL_3], // [choice]
    subject: ['C', 'O'], // [choice]
    orgIdSource: 'agencyOid', // [src]
    writesCardRole: false, // [choice] not seen in the public GCA/XCA code
  },
  XCA: {
    kind: 'XCA',
    holder: 'org',
    issuerOus: ['組織及團體憑證管理中心'], // [src]
    displayName: {
      'zh-TW': '組織及團體憑證管理中心',
      en: 'Certification Authority for Organizations and Groups (XCA)',
    },
    certTypes: [CERT_TYPE.agency, CERT_TYPE.governmentUnit], // [src] same codebase as GCA
    policies: [POLICY_ASSURANCE_LEVEL_3], // [choice]
    subject: ['C', 'O'], // [choice]
    orgIdSource: 'agencyOid', // [src]
    writesCardRole: false, // [choice]
  },
  MOEACA: {
    kind: 'MOEACA',
    holder: 'org',
    issuerOus: ['工商憑證管理中心'], // [src]
    displayName: {
      'zh-TW': '經濟部工商憑證管理中心',
      en: 'Ministry of Economic Affairs Certification Authority (MOEACA)',
    },
    certTypes: [CERT_TYPE.company], // [src]
    policies: [POLICY_ASSURANCE_LEVEL_3], // [src]
    subject: ['C', 'O', 'serialNumber'], // [src]
    orgIdSource: 'businessId', // [src]
    writesCardRole: true, // [src]
  },
  HCA: {
    kind: 'HCA',
    holder: 'org',
    issuerOus: ['醫事憑證管理中心'], // [src]
    displayName: { 'zh-TW': '醫事憑證管理中心', en: 'Healthcare Certification Authority (HCA)' },
    certTypes: [], // [choice] no public source names an HCA type value, so none is issued or required
    policies: [POLICY_ASSURANCE_LEVEL_3], // [choice]
    subject: ['C', 'O'], // [choice]
    orgIdSource: 'hcaCode', // [choice]
    writesCardRole: false, // [choice]
  },
};

/** The CA whose OU appears among an issuer's OU values, if any. */
export function caKindFromIssuerOus(ous: readonly string[]): CaKind | undefined {
  return CA_KINDS.find((kind) => CA_PROFILES[kind].issuerOus.some((ou) => ous.includes(ou)));
}

/**
 * [choice] How attribute values are encoded in subjectDirectoryAttributes by the test PKI: the
 * type attribute as an OBJECT IDENTIFIER, every other value as a PrintableString (all of them
 * are ASCII digits, dots or letters). The parser accepts any string type or an OBJECT IDENTIFIER
 * for every attribute, because real cards are not documented down to the ASN.1 tag.
 */
// Marked pure so that a bundler drops it from a page (only the test PKI uses it).
export const ATTRIBUTE_ENCODING = /* @__PURE__ */ (() =>
  ({
    [OID.certType]: 'objectIdentifier',
    [OID.idLast4]: 'printableString',
    [OID.cardRole]: 'printableString',
    [OID.businessId]: 'printableString',
    [OID.orgIdentifier]: 'printableString',
  }) as const satisfies Record<string, 'objectIdentifier' | 'printableString' | 'utf8String'>)();

/** Key usages by their RFC 5280 names, in bit order. */
export const KEY_USAGE_NAMES = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;
export type KeyUsageName = (typeof KEY_USAGE_NAMES)[number];

/**
 * [src] A card holds a signing certificate (digitalSignature; sign in with it) and an encryption
 * certificate (keyEncipherment|dataEncipherment). [choice] The signing one also asserts
 * nonRepudiation.
 */
export const SIGNING_KEY_USAGES: readonly KeyUsageName[] = ['digitalSignature', 'nonRepudiation'];
export const ENCRYPTION_KEY_USAGES: readonly KeyUsageName[] = ['keyEncipherment', 'dataEncipherment'];

/** [src] Key and signature algorithm of end-entity certificates: RSA-2048, sha256WithRSAEncryption. */
export const END_ENTITY_KEY = { algorithm: 'RSA', modulusLength: 2048, hash: 'SHA-256' } as const;
