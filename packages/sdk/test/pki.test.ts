// The test PKI issues the demo dataset in the Taiwan card profiles, and the parser reads it back;
// chains and CRLs verify; certificates outside the profiles fail with the documented codes.
// Runs in Node and (through pki.browser.test.ts) in Chromium.
import { assert, beforeAll, describe, it } from '#harness';
import { Convert } from 'pvtsutils';
import { citizenSubjectSerial, encryptionSerial, issueDemoPki, loadDemoDataset } from '@gepi/sdk/testing';
import type { DemoPki, IssuedCard } from '@gepi/sdk/testing';
import {
  CA_KINDS,
  CERT_TYPE,
  CertificateProfileError,
  OID,
  formatSerial,
  parseCertificate,
} from '../src/certs/index.js';
import type { CertificateProfileErrorCode, CertificateProfileReason } from '../src/certs/index.js';
import { webCrypto, x509 } from '../src/certs/x509.js';
import { oidValue, sda, stringValue } from './support/cert-parts.js';

const DAY_MS = 86_400_000;
const NOW = new Date('2025-03-14T05:06:07.890Z');
const POLICY = '2.16.886.101.0.3.3';

let pki: DemoPki;

beforeAll(async () => {
  pki = await issueDemoPki({ now: NOW });
});

function cert(der: Uint8Array): x509.X509Certificate {
  return new x509.X509Certificate(der.slice());
}

function near(actual: Date, expected: Date, what: string): void {
  assert.ok(
    Math.abs(actual.getTime() - expected.getTime()) <= 1000,
    `${what}: ${actual.toISOString()} is not ${expected.toISOString()}`,
  );
}

function profileError(code: CertificateProfileErrorCode, reason?: CertificateProfileReason) {
  return (error: unknown): boolean =>
    error instanceof CertificateProfileError &&
    error.code === code &&
    (reason === undefined || error.reason === reason) &&
    error.text['zh-TW'].length > 0 &&
    error.text.en.length > 0;
}

/** A certificate signed by one of the test CAs' keys, with any names and extensions. */
async function craft(
  issuerCa: keyof DemoPki['cas'],
  issuer: string,
  subject: x509.JsonNameParams,
  extensions: x509.Extension[],
): Promise<Uint8Array> {
  const created = await x509.X509CertificateGenerator.create(
    {
      serialNumber: '0123ABCD',
      issuer: new x509.Name(issuer),
      subject: new x509.Name(subject),
      notBefore: NOW,
      notAfter: new Date(NOW.getTime() + 365 * DAY_MS),
      publicKey: pki.card('CIT-WANG').signing.publicKey,
      signingKey: pki.cas[issuerCa].privateKey,
      signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      extensions,
    },
    webCrypto(),
  );
  return new Uint8Array(created.rawData);
}

describe('test PKI: issuance', () => {
  it('issues every dataset card with its id, label, serial, card number and PIN unchanged', () => {
    assert.equal(pki.issuedAt.toISOString(), '2025-03-14T05:06:07.000Z');
    assert.deepEqual(
      pki.cards.map((c) => c.id),
      pki.dataset.cards.map((c) => c.id),
    );
    for (const card of pki.dataset.cards) {
      const issued = pki.card(card.id);
      assert.deepEqual(
        [issued.label, issued.serial, issued.cardNumber, issued.pin, issued.kind, issued.ca],
        [card.label, card.serial, card.cardNumber, card.pin, card.kind, card.ca],
      );
      assert.equal(issued.pinTriesLeft, card.pinTriesLeft ?? 3);
      assert.equal(issued.revoked, card.revoked === true);
      assert.equal(issued.encryption !== undefined, card.kind === 'citizen', `${card.id} encryption key`);
    }
    assert.equal(pki.card('CIT-HSU-LOCKED').pinTriesLeft, 0);
    assert.throws(() => pki.card('NO-SUCH-CARD'));
  });

  it('reads back every signing certificate with the dataset values', () => {
    const people = new Map(pki.dataset.people.map((p) => [p.nationalId, p.name]));
    const agencies = new Map(pki.dataset.agencies.map((a) => [a.code, a.name]));
    for (const card of pki.dataset.cards) {
      const issued = pki.card(card.id);
      const info = parseCertificate(issued.signing.certificate);
      assert.equal(info.kind, card.kind, card.id);
      assert.equal(info.ca, card.ca, card.id);
      assert.equal(info.serial, formatSerial(card.serial), card.id);
      near(
        info.notBefore,
        new Date(pki.issuedAt.getTime() + card.validDays[0] * DAY_MS),
        `${card.id} notBefore`,
      );
      near(
        info.notAfter,
        new Date(pki.issuedAt.getTime() + card.validDays[1] * DAY_MS),
        `${card.id} notAfter`,
      );
      assert.deepEqual([info.notBefore, info.notAfter], [issued.notBefore, issued.notAfter]);
      assert.deepEqual(info.policies, [POLICY], card.id);
      assert.deepEqual(info.keyUsage, ['digitalSignature', 'nonRepudiation'], card.id);
      assert.equal(info.usage, 'signing');
      assert.equal(info.isTest, true);
      assert.match(info.issuerDn, /OU=測試用/);
      if (card.kind === 'citizen') {
        assert.equal(info.kind, 'citizen');
        assert.equal(info.name, people.get(card.person), card.id);
        assert.equal(issued.name, info.name);
        assert.equal(info.idLast4, card.person.slice(-4), card.id);
        assert.equal(info.certType, CERT_TYPE.naturalPerson);
        assert.match(info.subjectSerialNumber, /^\d{16}$/);
        assert.equal(info.subjectSerialNumber, citizenSubjectSerial(card.cardNumber));
        assert.equal(
          info.subjectDn,
          `C=TW, OU=測試用, CN=${info.name}, serialNumber=${info.subjectSerialNumber}`,
        );
      } else {
        assert.equal(info.kind, 'org');
        assert.equal(info.organizationName, agencies.get(card.agency), card.id);
        assert.equal(issued.name, info.organizationName);
        assert.equal(info.orgId, card.orgId, card.id);
        assert.equal(info.cardRole, 'primary');
        const byCa = { agencyOid: info.agencyOid, businessId: info.businessId, hcaCode: info.hcaCode };
        const expected = {
          GCA: { agencyOid: card.orgId, businessId: undefined, hcaCode: undefined },
          XCA: { agencyOid: card.orgId, businessId: undefined, hcaCode: undefined },
          MOEACA: { agencyOid: undefined, businessId: card.orgId, hcaCode: undefined },
          HCA: { agencyOid: undefined, businessId: undefined, hcaCode: card.orgId },
        }[card.ca];
        assert.deepEqual(byCa, expected, card.id);
      }
    }
  });

  it('gives org certificates the subject and type of their CA', () => {
    const moeaca = parseCertificate(pki.card('ORG-30004').signing.certificate, { expect: 'org' });
    assert.equal(moeaca.subjectDn, 'C=TW, O=臺灣測試公用事業股份有限公司, OU=測試用, serialNumber=04595252');
    assert.equal(moeaca.certType, CERT_TYPE.company);
    const gca = parseCertificate(pki.card('ORG-10001').signing.certificate, { expect: 'org' });
    assert.equal(gca.subjectDn, 'C=TW, O=臺北市政府人事處, OU=測試用');
    assert.equal(gca.certType, CERT_TYPE.agency);
    assert.equal(gca.issuerDn, 'C=TW, O=行政院, OU=政府憑證管理中心, OU=測試用');
    const mismatch = parseCertificate(pki.card('ORG-40005-MISMATCH').signing.certificate);
    assert.equal(mismatch.kind === 'org' && mismatch.orgId, '2.16.886.101.20003.20066.49999');
  });

  it('gives citizen cards an encryption certificate on a second key', async () => {
    for (const card of pki.cards.filter((c) => c.kind === 'citizen')) {
      const enc = parseCertificate(card.encryption!.certificate, { expect: 'citizen' });
      const sig = parseCertificate(card.signing.certificate, { expect: 'citizen' });
      assert.deepEqual(enc.keyUsage, ['keyEncipherment', 'dataEncipherment'], card.id);
      assert.equal(enc.usage, 'encryption');
      assert.equal(enc.serial, encryptionSerial(card.serial));
      assert.deepEqual([enc.name, enc.idLast4, enc.subjectDn], [sig.name, sig.idLast4, sig.subjectDn]);
      assert.notEqual(
        Convert.ToHex(cert(card.encryption!.certificate).publicKey.rawData),
        Convert.ToHex(cert(card.signing.certificate).publicKey.rawData),
      );
    }
  });

  it('issues a dataset of its own, with CRL distribution points when asked', async () => {
    const dataset = pki.dataset;
    const small = await issueDemoPki({
      now: NOW,
      dataset: { ...dataset, cards: dataset.cards.filter((c) => c.id === 'ORG-20003') },
      crlBaseUrl: 'http://pki.gepi.test/crl',
    });
    assert.deepEqual(
      small.cards.map((c) => c.id),
      ['ORG-20003'],
    );
    const leaf = cert(small.card('ORG-20003').signing.certificate);
    const points = [...(leaf.getExtension(x509.CRLDistributionPointsExtension)?.distributionPoints ?? [])];
    assert.deepEqual(
      points.map((p) => p.distributionPoint?.fullName?.[0]?.uniformResourceIdentifier),
      ['http://pki.gepi.test/crl/HCA.crl'],
    );
    assert.equal(parseCertificate(leaf.rawData).kind, 'org');
    // Nothing is shared between issuances: new keys, new CAs.
    assert.notEqual(Convert.ToHex(small.cas.HCA.certificate), Convert.ToHex(pki.cas.HCA.certificate));
  });

  it('hands out extractable keys that belong to their certificates', async () => {
    const subtle = webCrypto().subtle;
    const data = new TextEncoder().encode('challenge');
    const check = async (card: IssuedCard) => {
      const spki = new Uint8Array(await subtle.exportKey('spki', card.signing.publicKey));
      assert.equal(Convert.ToHex(spki), Convert.ToHex(cert(card.signing.certificate).publicKey.rawData));
      assert.equal(card.signing.privateKey.extractable, true);
      const signature = await subtle.sign('RSASSA-PKCS1-v1_5', card.signing.privateKey, data);
      assert.ok(await subtle.verify('RSASSA-PKCS1-v1_5', card.signing.publicKey, signature, data), card.id);
      if (card.encryption) {
        const sealed = await subtle.encrypt({ name: 'RSA-OAEP' }, card.encryption.publicKey, data);
        const opened = await subtle.decrypt({ name: 'RSA-OAEP' }, card.encryption.privateKey, sealed);
        assert.deepEqual(new Uint8Array(opened), data);
      }
    };
    await Promise.all(pki.cards.map(check));
  });
});

/**
 * WebCrypto that holds back the last key issueDemoPki asks for until `signed` signatures have been
 * made: issuance that waits for every key before signing anything never gets it.
 */
function holdingLastKey(base: Crypto, keys: number, signed: number) {
  let asked = 0;
  let signatures = 0;
  let signedBeforeRelease: number | undefined;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const subtle = new Proxy(base.subtle, {
    get(target, property) {
      if (property === 'generateKey') {
        return async (...args: Parameters<SubtleCrypto['generateKey']>) => {
          asked += 1;
          if (asked === keys) await released;
          return target.generateKey(...args);
        };
      }
      if (property === 'sign') {
        return async (...args: Parameters<SubtleCrypto['sign']>) => {
          const signature = await target.sign(...args);
          signatures += 1;
          if (signatures === signed) {
            signedBeforeRelease = signatures;
            release();
          }
          return signature;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const crypto = { subtle, getRandomValues: base.getRandomValues.bind(base) } as Crypto;
  return { crypto, signedBeforeRelease: () => signedBeforeRelease, asked: () => asked };
}

describe('test PKI: issuance while keys are generated', () => {
  it('signs every other certificate and every CRL before the last key is generated', async () => {
    const dataset = loadDemoDataset();
    const citizens = dataset.cards.filter((card) => card.kind === 'citizen').length;
    const keys = 1 + CA_KINDS.length + dataset.cards.length + citizens;
    // Root and CA certificates, one CRL per authority, every card certificate: all but the held one.
    const others = 1 + CA_KINDS.length + (1 + CA_KINDS.length) + (dataset.cards.length + citizens - 1);
    const held = holdingLastKey(webCrypto(), keys, others);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stuck = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error('issueDemoPki signed nothing more while its last key was held back')),
        60_000,
      );
    });
    try {
      const issued = await Promise.race([issueDemoPki({ now: NOW, crypto: held.crypto }), stuck]);
      assert.equal(held.asked(), keys);
      assert.equal(held.signedBeforeRelease(), others);
      // The held key is the last card's last key; its certificate is made, and chains to its CA.
      const last = issued.cards.at(-1)!;
      const leaf = cert((last.encryption ?? last.signing).certificate);
      const ca = cert(issued.cas[last.ca].certificate);
      assert.ok(await leaf.verify({ publicKey: ca.publicKey, signatureOnly: true }, webCrypto()));
    } finally {
      clearTimeout(timer);
    }
  });
});

describe('test PKI: chains and CRLs', () => {
  it('has a self-signed, visibly test root', async () => {
    const root = cert(pki.root.certificate);
    assert.ok(await root.isSelfSigned(webCrypto()));
    assert.match(root.subject, /OU=測試用/);
    assert.match(root.subject, /CN=Government Root Certification Authority - G3 TEST/);
    assert.equal(pki.root.kind, 'ROOT');
  });

  it('chains every CA to the root and every card certificate to its CA', async () => {
    const root = cert(pki.root.certificate);
    for (const kind of CA_KINDS) {
      const ca = cert(pki.cas[kind].certificate);
      assert.equal(pki.cas[kind].kind, kind);
      assert.equal(ca.issuer, root.subject);
      assert.ok(await ca.verify({ publicKey: root.publicKey, signatureOnly: true }, webCrypto()), kind);
      assert.ok(ca.notBefore >= root.notBefore && ca.notAfter <= root.notAfter, `${kind} inside the root`);
    }
    for (const card of pki.cards) {
      const ca = cert(pki.cas[card.ca].certificate);
      const other = cert(pki.cas[card.ca === 'GCA' ? 'XCA' : 'GCA'].certificate);
      for (const key of [card.signing, card.encryption]) {
        if (!key) continue;
        const leaf = cert(key.certificate);
        assert.equal(leaf.issuer, ca.subject, card.id);
        assert.ok(await leaf.verify({ publicKey: ca.publicKey, signatureOnly: true }, webCrypto()), card.id);
        assert.equal(
          await leaf.verify({ publicKey: other.publicKey, signatureOnly: true }, webCrypto()),
          false,
        );
        const aki = parseCertificate(key.certificate).authorityKeyId;
        const ski = ca.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId.toUpperCase();
        assert.equal(aki, ski, card.id);
      }
      assert.ok(ca.notBefore <= card.notBefore && ca.notAfter >= card.notAfter, `${card.id} inside its CA`);
    }
  });

  it('publishes a CRL per CA that lists exactly the revoked cards', async () => {
    const revokedIds: string[] = [];
    for (const kind of CA_KINDS) {
      const ca = cert(pki.cas[kind].certificate);
      const crl = new x509.X509Crl(pki.cas[kind].crl!.slice());
      assert.ok(await crl.verify({ publicKey: ca.publicKey }, webCrypto()), kind);
      assert.equal(crl.issuer, ca.subject);
      assert.equal(crl.thisUpdate.getTime(), pki.issuedAt.getTime());
      const listed = crl.entries.map((e) => formatSerial(e.serialNumber)).sort();
      const expected = pki.cards.filter((c) => c.ca === kind && c.revoked);
      assert.deepEqual(listed, expected.map((c) => c.serial).sort(), kind);
      revokedIds.push(...expected.map((c) => c.id));
    }
    assert.deepEqual(revokedIds, ['CIT-CHENG-REVOKED']);
    const moica = new x509.X509Crl(pki.cas.MOICA.crl!.slice());
    assert.deepEqual(
      moica.entries.map((e) => formatSerial(e.serialNumber)),
      ['100048210DD2DF2E128096A9282B000B'],
    );
    const rootCrl = new x509.X509Crl(pki.root.crl!.slice());
    assert.ok(await rootCrl.verify({ publicKey: cert(pki.root.certificate).publicKey }, webCrypto()));
    assert.equal(rootCrl.entries.length, 0);
  });
});

describe('parseCertificate: inputs and errors', () => {
  it('accepts DER, PEM (text or bytes) and bare base64', () => {
    const der = pki.card('CIT-WANG').signing.certificate;
    const base64 = Convert.ToBase64(der);
    const pem = `-----BEGIN CERTIFICATE-----\n${base64.replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
    const expected = parseCertificate(der);
    assert.deepEqual(parseCertificate(der.slice().buffer), expected);
    assert.deepEqual(parseCertificate(pem), expected);
    assert.deepEqual(parseCertificate(new TextEncoder().encode(pem)), expected);
    assert.deepEqual(parseCertificate(base64), expected);
  });

  it('reads a certificate shaped like a real card (no test markers, other string types)', async () => {
    const der = await craft(
      'MOICA',
      'C=TW, O=行政院, OU=內政部憑證管理中心',
      [{ C: ['TW'] }, { CN: [{ bmpString: '王小明' }] }, { '2.5.4.5': ['1234567890123456'] }],
      [
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        sda([
          [OID.certType, oidValue(CERT_TYPE.naturalPerson)],
          [OID.idLast4, stringValue(0x16, '5678')],
        ]),
      ],
    );
    const info = parseCertificate(der, { expect: 'citizen' });
    assert.deepEqual(
      [
        info.name,
        info.idLast4,
        info.subjectSerialNumber,
        info.serial,
        info.isTest,
        info.usage,
        info.policies,
      ],
      ['王小明', '5678', '1234567890123456', '123ABCD', false, 'signing', []],
    );

    const org = await craft(
      'GCA',
      'C=TW, O=行政院, OU=政府憑證管理中心',
      [{ C: ['TW'] }, { O: ['臺北市政府'] }],
      [sda([[OID.orgIdentifier, stringValue(0x0c, '2.16.886.101.20003.20065')]])],
    );
    const orgInfo = parseCertificate(org, { expect: 'org' });
    assert.deepEqual(
      [orgInfo.ca, orgInfo.orgId, orgInfo.agencyOid, orgInfo.certType, orgInfo.cardRole, orgInfo.isTest],
      ['GCA', '2.16.886.101.20003.20065', '2.16.886.101.20003.20065', undefined, 'primary', false],
    );
  });

  it('rejects bytes and text that are not a certificate with CERT_MALFORMED', () => {
    const malformed = profileError('CERT_MALFORMED', 'not-a-certificate');
    assert.throws(() => parseCertificate(new Uint8Array([0x30, 0x03, 0x01, 0x02, 0x03])), malformed);
    assert.throws(() => parseCertificate(new Uint8Array(0)), malformed);
    assert.throws(() => parseCertificate('this is not base64!'), malformed);
    assert.throws(
      () => parseCertificate('-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----'),
      malformed,
    );
    assert.throws(() => parseCertificate(pki.cas.MOICA.crl!), malformed);
  });

  it('rejects certificates outside the profiles with CERT_UNRECOGNISED_PROFILE', async () => {
    const wang = pki.card('CIT-WANG').signing;
    const selfSigned = await x509.X509CertificateGenerator.createSelfSigned(
      {
        serialNumber: '01',
        name: 'C=TW, CN=Self Signed',
        keys: { privateKey: wang.privateKey, publicKey: wang.publicKey },
        signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      },
      webCrypto(),
    );
    assert.throws(
      () => parseCertificate(new Uint8Array(selfSigned.rawData)),
      profileError('CERT_UNRECOGNISED_PROFILE', 'unknown-issuer'),
    );
    // The CA certificates themselves are not card certificates.
    assert.throws(
      () => parseCertificate(pki.cas.MOICA.certificate),
      profileError('CERT_UNRECOGNISED_PROFILE', 'unknown-issuer'),
    );

    const moica = 'C=TW, O=行政院, OU=內政部憑證管理中心';
    const noIdLast4 = await craft(
      'MOICA',
      moica,
      [{ C: ['TW'] }, { CN: ['王小明'] }, { '2.5.4.5': ['1234567890123456'] }],
      [sda([[OID.certType, oidValue(CERT_TYPE.naturalPerson)]])],
    );
    assert.throws(
      () => parseCertificate(noIdLast4),
      profileError('CERT_UNRECOGNISED_PROFILE', 'missing-attribute'),
    );

    const citizenTypeFromGca = await craft(
      'GCA',
      'C=TW, O=行政院, OU=政府憑證管理中心',
      [{ C: ['TW'] }, { O: ['某機關'] }],
      [
        sda([
          [OID.certType, oidValue(CERT_TYPE.naturalPerson)],
          [OID.orgIdentifier, stringValue(0x13, '2.16.886.101.1')],
        ]),
      ],
    );
    assert.throws(
      () => parseCertificate(citizenTypeFromGca),
      profileError('CERT_UNRECOGNISED_PROFILE', 'unexpected-type'),
    );
  });

  it('rejects an undecodable subjectDirectoryAttributes value with CERT_MALFORMED', async () => {
    const der = await craft(
      'MOICA',
      'C=TW, O=行政院, OU=內政部憑證管理中心',
      [{ C: ['TW'] }, { CN: ['王小明'] }, { '2.5.4.5': ['1234567890123456'] }],
      [sda([[OID.idLast4, new Uint8Array([0x02, 0x01, 0x05]).buffer]])],
    );
    assert.throws(() => parseCertificate(der), profileError('CERT_MALFORMED', 'bad-attribute-encoding'));
  });

  it('tells a citizen card from an org card when one is expected (CERT_WRONG_KIND)', () => {
    assert.throws(
      () => parseCertificate(pki.card('CIT-WANG').signing.certificate, { expect: 'org' }),
      profileError('CERT_WRONG_KIND', 'expected-org'),
    );
    assert.throws(
      () => parseCertificate(pki.card('ORG-10001').signing.certificate, { expect: 'citizen' }),
      profileError('CERT_WRONG_KIND', 'expected-citizen'),
    );
    try {
      parseCertificate(pki.card('CIT-WANG').signing.certificate, { expect: 'org' });
    } catch (error) {
      assert.ok(error instanceof CertificateProfileError);
      assert.equal(error.messageIn('zh-TW'), '此卡為自然人憑證，請放入機關憑證IC卡。');
      assert.deepEqual(error.details, {
        reason: 'expected-org',
        expected: 'org',
        actual: 'citizen',
        ca: 'MOICA',
      });
    }
  });
});
