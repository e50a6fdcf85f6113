// Card fixtures for token tests: RSA-2048 keys from WebCrypto with self-signed test certificates
// (@peculiar/x509), shaped like the test PKI's IssuedCard so tests exercise the real hand-over.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(globalThis.crypto);

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

export interface TestKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  certificate: Uint8Array;
}

export interface TestKeyOptions {
  usage: 'signing' | 'encryption';
  /** Extractable keys can be re-imported by the virtual card for other hashes and RSA-PSS. */
  extractable?: boolean;
  commonName?: string;
}

let serial = 1;

export async function makeTestKey(options: TestKeyOptions): Promise<TestKey> {
  const keys = await crypto.subtle.generateKey(
    { ...RS256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    options.extractable ?? false,
    ['sign', 'verify'],
  );
  const usages =
    options.usage === 'signing'
      ? x509.KeyUsageFlags.digitalSignature
      : x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.dataEncipherment;
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: (serial++).toString(16).padStart(2, '0'),
    name: `C=TW, OU=測試用, CN=${options.commonName ?? 'TEST 王小明'}`,
    notBefore: new Date(now - 86_400_000),
    notAfter: new Date(now + 5 * 365 * 86_400_000),
    signingAlgorithm: RS256,
    keys,
    extensions: [new x509.KeyUsagesExtension(usages, true)],
  });
  return {
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
    certificate: new Uint8Array(cert.rawData),
  };
}

/** The shape the test PKI (src/testing/pki.ts) exports for a card, with every field filled. */
export interface TestIssuedCard {
  id: string;
  label: string;
  kind: 'org' | 'citizen';
  ca: 'MOICA' | 'GCA' | 'XCA' | 'MOEACA' | 'HCA';
  serial: string;
  cardNumber: string;
  pin: string;
  pinTriesLeft: number;
  revoked: boolean;
  name: string;
  notBefore: Date;
  notAfter: Date;
  signing: TestKey;
  encryption?: TestKey;
  person?: string;
}

export function issuedCard(
  keys: { signing: TestKey; encryption?: TestKey },
  overrides: Partial<TestIssuedCard> = {},
): TestIssuedCard {
  return {
    id: 'card-moica-1',
    label: '王小明的自然人憑證',
    kind: 'citizen',
    ca: 'MOICA',
    serial: '100048210DD2DF2E128096A9282B5EC5',
    cardNumber: 'TP03000000000001',
    pin: '480613',
    pinTriesLeft: 3,
    revoked: false,
    name: '王小明',
    notBefore: new Date('2024-01-01T00:00:00Z'),
    notAfter: new Date('2029-01-01T00:00:00Z'),
    person: 'A123456789',
    ...keys,
    ...overrides,
  };
}

/** Verifies a signature with the public key taken from the certificate itself, as a server would. */
export async function verifyWithCertificate(
  der: Uint8Array,
  data: Uint8Array,
  signature: Uint8Array,
  algorithm: { name: 'RSASSA-PKCS1-v1_5' | 'RSA-PSS'; hash: string; saltLength?: number },
): Promise<boolean> {
  const cert = new x509.X509Certificate(new Uint8Array(der));
  const publicKey = await cert.publicKey.export({ name: algorithm.name, hash: algorithm.hash }, ['verify']);
  const params =
    algorithm.name === 'RSA-PSS'
      ? { name: algorithm.name, saltLength: algorithm.saltLength ?? 32 }
      : algorithm;
  return crypto.subtle.verify(params, publicKey, new Uint8Array(signature), new Uint8Array(data));
}
