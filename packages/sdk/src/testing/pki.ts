// The test PKI: a GRCA-G3-like root, the five subordinate CAs and every card of the demo dataset,
// issued fresh (new keys each time, never shipped) in the shapes of PKI-PROFILE.md, plus one CRL
// per CA. Every name it issues carries the test marker so nothing here passes for a real card.
import { useX509, webCrypto, x509 } from '../certs/x509.js';
import { AsnConvert, AsnObjectIdentifierConverter } from '@peculiar/asn1-schema';
import {
  Attribute,
  AttributeValue,
  CRLNumber,
  SubjectDirectoryAttributes,
  id_ce_cRLNumber,
} from '@peculiar/asn1-x509';
import {
  ATTRIBUTE_ENCODING,
  CA_KINDS,
  CA_PROFILES,
  CA_SUBJECT_BASE,
  CARD_NUMBER_PATTERN,
  ENCRYPTION_KEY_USAGES,
  KEY_USAGE_NAMES,
  OID,
  ROOT_NAME,
  SIGNING_KEY_USAGES,
  TEST_MARKER_CN_SUFFIX,
  TEST_MARKER_OU,
} from '../certs/profile.js';
import type { CaKind, KeyUsageName, SubjectAttribute } from '../certs/profile.js';
import { loadDemoDataset } from './dataset.js';
import type { DemoCard, DemoDataset } from './dataset.js';

export type { CaKind };

export interface IssuedKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** DER. */
  certificate: Uint8Array;
}

export interface IssuedCard {
  id: string;
  label: string;
  kind: 'org' | 'citizen';
  ca: CaKind;
  serial: string;
  cardNumber: string;
  pin: string;
  /** The dataset's value, or {@link DEFAULT_PIN_TRIES}. */
  pinTriesLeft: number;
  revoked: boolean;
  /** Org cards: 機關代號 of the holder. */
  agency?: string;
  /** Citizen cards: national ID of the holder. */
  person?: string;
  /** Org cards: the 機關(組織)OID in the certificate. */
  orgId?: string;
  /** Holder: the person's name or the agency's name. */
  name: string;
  notBefore: Date;
  notAfter: Date;
  /** The certificate to sign in with. */
  signing: IssuedKey;
  /** Citizen cards only. */
  encryption?: IssuedKey;
}

export interface IssuedCa {
  kind: CaKind | 'ROOT';
  certificate: Uint8Array;
  crl?: Uint8Array;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

export interface DemoPki {
  /** Issuance time, rounded down to the second (X.509 times carry whole seconds). */
  issuedAt: Date;
  root: IssuedCa;
  cas: Record<CaKind, IssuedCa>;
  cards: IssuedCard[];
  /** The card with this dataset id; throws for an unknown id. */
  card(id: string): IssuedCard;
  dataset: DemoDataset;
}

export interface IssueDemoPkiOptions {
  /** Issuance time; validity periods are relative to it. Default: now. */
  now?: Date;
  /** Default: {@link loadDemoDataset}. */
  dataset?: DemoDataset;
  /** When set, certificates carry a CRL distribution point `<crlBaseUrl>/<CA kind>.crl`. */
  crlBaseUrl?: string;
  /**
   * The WebCrypto that generates the keys and signs, hashes and exports for the certificates.
   * Default: `globalThis.crypto`. The Node server passes one whose signing, hashing and exports
   * run at once on node:crypto (`@gepi/mock-server/node`), so that certificates are issued while
   * the remaining keys are still being generated instead of queueing behind them in Node's thread pool.
   */
  crypto?: Crypto;
}

/** Tries a card allows when the dataset does not say otherwise. */
export const DEFAULT_PIN_TRIES = 3;

const DAY_MS = 86_400_000;
/** How far CA validity reaches beyond the earliest and latest card, so that CAs cover every card. */
const CA_MARGIN_DAYS = 365;
const CRL_VALID_DAYS = 30;

const RSA_2048 = { modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
const SIGNING_KEY: RsaHashedKeyGenParams = { name: 'RSASSA-PKCS1-v1_5', ...RSA_2048 };
const ENCRYPTION_KEY: RsaHashedKeyGenParams = { name: 'RSA-OAEP', ...RSA_2048 };
const SIGNATURE_ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

const NAME_OID: Record<SubjectAttribute | 'OU', string> = {
  C: '2.5.4.6',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  serialNumber: OID.subjectSerialNumber,
};

type NameEntry = [SubjectAttribute | 'OU', string];

// C and serialNumber must be PrintableString (X.520); [choice] UTF8String for the Chinese names.
function makeName(entries: NameEntry[]): x509.Name {
  return new x509.Name(
    entries.map(([type, value]) => ({
      [NAME_OID[type]]: [
        type === 'C' || type === 'serialNumber' ? { printableString: value } : { utf8String: value },
      ],
    })),
  );
}

// Private keys are extractable on purpose: this is a test PKI, and its keys are later imported
// into SoftHSM2 tokens that stand in for the cards.
async function generateKey(crypto: Crypto, params: RsaHashedKeyGenParams): Promise<CryptoKeyPair> {
  const usages: KeyUsage[] = params.name === 'RSA-OAEP' ? ['encrypt', 'decrypt'] : ['sign', 'verify'];
  return (await crypto.subtle.generateKey(params, true, usages)) as CryptoKeyPair;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function keyUsageFlags(names: readonly KeyUsageName[]): number {
  return names.reduce((flags, name) => flags | (1 << KEY_USAGE_NAMES.indexOf(name)), 0);
}

/**
 * [choice] The citizen subject serialNumber: 16 digits derived from the card number (whose 14
 * digits it keeps): the two letters become two digits, (26·L1 + L2) mod 100 with A = 0. The
 * real value's meaning is not public; this only has to be stable and 16 digits long.
 */
export function citizenSubjectSerial(cardNumber: string): string {
  if (!CARD_NUMBER_PATTERN.test(cardNumber))
    throw new Error(`Card number ${cardNumber} is not 2 letters + 14 digits`);
  const letters = (cardNumber.charCodeAt(0) - 65) * 26 + (cardNumber.charCodeAt(1) - 65);
  return String(letters % 100).padStart(2, '0') + cardNumber.slice(2);
}

/**
 * [choice] Serial of a citizen card's encryption certificate: the signing serial (the one the
 * dataset gives and handlers are registered with) with the top bit of its first hex digit flipped.
 */
export function encryptionSerial(signingSerial: string): string {
  const first = parseInt(signingSerial[0] ?? '0', 16) ^ 8;
  return (first.toString(16) + signingSerial.slice(1)).toUpperCase().replace(/^0+(?=.)/, '');
}

function attributeValue(type: string, value: string): ArrayBuffer {
  const encoding = (ATTRIBUTE_ENCODING as Record<string, string>)[type];
  if (encoding === 'objectIdentifier') return AsnObjectIdentifierConverter.toASN(value).toBER(false);
  return AsnConvert.serialize(
    new AttributeValue(encoding === 'utf8String' ? { utf8String: value } : { printableString: value }),
  );
}

function subjectDirectoryAttributes(attributes: [type: string, value: string][]): x509.Extension {
  const sequence = new SubjectDirectoryAttributes(
    attributes.map(([type, value]) => new Attribute({ type, values: [attributeValue(type, value)] })),
  );
  return new x509.Extension(OID.subjectDirectoryAttributes, false, AsnConvert.serialize(sequence));
}

interface Authority {
  kind: CaKind | 'ROOT';
  name: x509.Name;
  keys: CryptoKeyPair;
  keyId: string;
  certificate?: x509.X509Certificate;
}

async function keyId(crypto: Crypto, publicKey: CryptoKey): Promise<string> {
  return (await x509.SubjectKeyIdentifierExtension.create(publicKey, false, crypto)).keyId;
}

async function issue(
  crypto: Crypto,
  issuer: Authority,
  subject: x509.Name,
  publicKey: CryptoKey,
  serialNumber: string | undefined,
  notBefore: Date,
  notAfter: Date,
  extensions: x509.Extension[],
): Promise<x509.X509Certificate> {
  return x509.X509CertificateGenerator.create(
    {
      serialNumber,
      subject,
      issuer: issuer.name,
      notBefore,
      notAfter,
      publicKey,
      signingKey: issuer.keys.privateKey,
      signingAlgorithm: SIGNATURE_ALGORITHM,
      extensions: [
        ...extensions,
        new x509.SubjectKeyIdentifierExtension(await keyId(crypto, publicKey)),
        new x509.AuthorityKeyIdentifierExtension(issuer.keyId),
      ],
    },
    crypto,
  );
}

function caExtensions(pathLength: number | undefined): x509.Extension[] {
  return [
    new x509.BasicConstraintsExtension(true, pathLength, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
  ];
}

/** The end-entity subject in the CA's layout, with the test marker after C/O. */
function cardSubject(card: DemoCard, holderName: string): x509.Name {
  const layout = CA_PROFILES[card.ca].subject;
  const entries: NameEntry[] = [];
  for (const attribute of layout) {
    if (attribute === 'C') entries.push(['C', 'TW']);
    if (attribute === 'O' || attribute === 'CN') entries.push([attribute, holderName]);
    if (attribute === 'serialNumber') {
      entries.push([
        'serialNumber',
        card.kind === 'citizen' ? citizenSubjectSerial(card.cardNumber) : card.orgId,
      ]);
    }
  }
  const afterOrg = entries.findLastIndex(([type]) => type === 'C' || type === 'O') + 1;
  entries.splice(afterOrg, 0, ['OU', TEST_MARKER_OU]);
  return makeName(entries);
}

function cardAttributes(card: DemoCard, nationalId: string | undefined): [string, string][] {
  const profile = CA_PROFILES[card.ca];
  const attributes: [string, string][] = [];
  const certType = profile.certTypes[0];
  if (certType) attributes.push([OID.certType, certType]);
  if (card.kind === 'citizen') {
    attributes.push([OID.idLast4, (nationalId ?? '').slice(-4)]);
    return attributes;
  }
  if (profile.writesCardRole) attributes.push([OID.cardRole, 'primary']);
  if (profile.orgIdSource === 'businessId') attributes.push([OID.businessId, card.orgId]);
  else attributes.push([OID.orgIdentifier, card.orgId]);
  return attributes;
}

/** Issues the whole demo dataset: root, five CAs with CRLs, and every card's certificates. */
export async function issueDemoPki(options: IssueDemoPkiOptions = {}): Promise<DemoPki> {
  useX509();
  const dataset = options.dataset ?? loadDemoDataset();
  const issuedAt = new Date(Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000);
  const people = new Map(dataset.people.map((p) => [p.nationalId, p]));
  const agencies = new Map(dataset.agencies.map((a) => [a.code, a]));

  const holders = dataset.cards.map((card) => {
    const holder = card.kind === 'citizen' ? people.get(card.person)?.name : agencies.get(card.agency)?.name;
    if (holder === undefined) throw new Error(`Demo card ${card.id} names a holder missing from the dataset`);
    return holder;
  });
  const serials = dataset.cards.flatMap((c) =>
    c.kind === 'citizen' ? [c.serial, encryptionSerial(c.serial)] : [c.serial],
  );
  if (new Set(serials.map((s) => s.toUpperCase())).size !== serials.length) {
    throw new Error('Demo dataset serials (or derived encryption serials) collide');
  }

  // RSA key generation dominates the run time: start every key at once so that WebCrypto spreads
  // them over all cores (Node's thread pool, Chromium's crypto workers), the authorities' first.
  // Each certificate and CRL is made as soon as its keys and its issuer are there, while the
  // remaining keys are still being generated.
  const crypto = options.crypto ?? webCrypto();
  const rootKeys = generateKey(crypto, SIGNING_KEY);
  const caKeyList = CA_KINDS.map(() => generateKey(crypto, SIGNING_KEY));
  const cardKeyList = dataset.cards.map(
    (card) =>
      [
        generateKey(crypto, SIGNING_KEY),
        card.kind === 'citizen' ? generateKey(crypto, ENCRYPTION_KEY) : undefined,
      ] as const,
  );

  const from = Math.min(...dataset.cards.map((c) => c.validDays[0])) - CA_MARGIN_DAYS;
  const to = Math.max(...dataset.cards.map((c) => c.validDays[1])) + CA_MARGIN_DAYS;

  const rootName = makeName([
    ['C', ROOT_NAME.country],
    ['O', ROOT_NAME.organization],
    ['OU', TEST_MARKER_OU],
    ['CN', ROOT_NAME.commonName + TEST_MARKER_CN_SUFFIX],
  ]);
  const rootAuthority = (async (): Promise<Authority> => {
    const keys = await rootKeys;
    const root: Authority = {
      kind: 'ROOT',
      name: rootName,
      keys,
      keyId: await keyId(crypto, keys.publicKey),
    };
    root.certificate = await issue(
      crypto,
      root,
      root.name,
      keys.publicKey,
      undefined,
      addDays(issuedAt, from - CA_MARGIN_DAYS),
      addDays(issuedAt, to + CA_MARGIN_DAYS),
      caExtensions(undefined),
    );
    return root;
  })();

  const authorityList = CA_KINDS.map(async (kind, i): Promise<Authority> => {
    const keys = await caKeyList[i]!;
    const authority: Authority = {
      kind,
      name: makeName([
        ['C', CA_SUBJECT_BASE.country],
        ['O', CA_SUBJECT_BASE.organization],
        ['OU', CA_PROFILES[kind].issuerOus[0]!],
        ['OU', TEST_MARKER_OU],
      ]),
      keys,
      keyId: await keyId(crypto, keys.publicKey),
    };
    authority.certificate = await issue(
      crypto,
      await rootAuthority,
      authority.name,
      keys.publicKey,
      undefined,
      addDays(issuedAt, from),
      addDays(issuedAt, to),
      // The CA asserts its cards' policies, so that path validation with an explicit policy passes.
      [...caExtensions(0), new x509.CertificatePolicyExtension([...CA_PROFILES[kind].policies])],
    );
    return authority;
  });
  const authorityOf = (kind: CaKind): Promise<Authority> => authorityList[CA_KINDS.indexOf(kind)]!;

  const cardList = dataset.cards.map(async (card, i): Promise<IssuedCard> => {
    const [signingKeys, encryptionKeys] = cardKeyList[i]!;
    const name = holders[i]!;
    const notBefore = addDays(issuedAt, card.validDays[0]);
    const notAfter = addDays(issuedAt, card.validDays[1]);
    const subject = cardSubject(card, name);
    const nationalId = card.kind === 'citizen' ? card.person : undefined;
    const common = [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.CertificatePolicyExtension([...CA_PROFILES[card.ca].policies]),
      subjectDirectoryAttributes(cardAttributes(card, nationalId)),
      ...(options.crlBaseUrl
        ? [new x509.CRLDistributionPointsExtension([`${options.crlBaseUrl}/${card.ca}.crl`])]
        : []),
    ];
    const certify = async (
      pending: Promise<CryptoKeyPair>,
      serial: string,
      usages: readonly KeyUsageName[],
    ): Promise<IssuedKey> => {
      const usage = new x509.KeyUsagesExtension(keyUsageFlags(usages), true);
      const [ca, keys] = await Promise.all([authorityOf(card.ca), pending]);
      const cert = await issue(crypto, ca, subject, keys.publicKey, serial, notBefore, notAfter, [
        usage,
        ...common,
      ]);
      return {
        privateKey: keys.privateKey,
        publicKey: keys.publicKey,
        certificate: new Uint8Array(cert.rawData),
      };
    };
    const [signing, encryption] = await Promise.all([
      certify(signingKeys, card.serial, SIGNING_KEY_USAGES),
      encryptionKeys
        ? certify(encryptionKeys, encryptionSerial(card.serial), ENCRYPTION_KEY_USAGES)
        : undefined,
    ]);
    return {
      id: card.id,
      label: card.label,
      kind: card.kind,
      ca: card.ca,
      serial: card.serial,
      cardNumber: card.cardNumber,
      pin: card.pin,
      pinTriesLeft: card.pinTriesLeft ?? DEFAULT_PIN_TRIES,
      revoked: card.revoked === true,
      ...(card.kind === 'org' ? { agency: card.agency, orgId: card.orgId } : { person: card.person }),
      name,
      notBefore,
      notAfter,
      signing,
      ...(encryption ? { encryption } : {}),
    };
  });

  // A CRL needs its authority and the dataset's revoked cards, not their keys: made before them.
  const crlFor = async (authority: Authority, revoked: DemoCard[]): Promise<Uint8Array> => {
    const crl = await x509.X509CrlGenerator.create(
      {
        issuer: authority.name,
        thisUpdate: issuedAt,
        nextUpdate: addDays(issuedAt, CRL_VALID_DAYS),
        signingKey: authority.keys.privateKey,
        signingAlgorithm: SIGNATURE_ALGORITHM,
        extensions: [
          new x509.AuthorityKeyIdentifierExtension(authority.keyId),
          new x509.Extension(id_ce_cRLNumber, false, AsnConvert.serialize(new CRLNumber(1))),
        ],
        // Only the signing serial: that is the card serial the dataset and the registry know.
        entries: revoked.map((card) => ({
          serialNumber: card.serial,
          revocationDate: new Date(
            Math.max(addDays(issuedAt, card.validDays[0]).getTime(), issuedAt.getTime() - DAY_MS),
          ),
        })),
      },
      crypto,
    );
    return new Uint8Array(crl.rawData);
  };

  const toIssuedCa = async (pending: Promise<Authority>): Promise<IssuedCa> => {
    const authority = await pending;
    const revoked = dataset.cards.filter((card) => card.revoked === true && card.ca === authority.kind);
    return {
      kind: authority.kind,
      certificate: new Uint8Array(authority.certificate!.rawData),
      crl: await crlFor(authority, revoked),
      privateKey: authority.keys.privateKey,
      publicKey: authority.keys.publicKey,
    };
  };

  const [[issuedRoot, ...issuedCas], cards] = await Promise.all([
    Promise.all([toIssuedCa(rootAuthority), ...authorityList.map(toIssuedCa)]),
    Promise.all(cardList),
  ]);
  const cas = Object.fromEntries(CA_KINDS.map((kind, i) => [kind, issuedCas[i]!])) as Record<
    CaKind,
    IssuedCa
  >;
  const byId = new Map(cards.map((card) => [card.id, card]));

  return {
    issuedAt,
    root: issuedRoot!,
    cas,
    cards,
    card(id: string): IssuedCard {
      const card = byId.get(id);
      if (!card) throw new Error(`No demo card with id ${id}`);
      return card;
    },
    dataset,
  };
}
