// The small certificate reader (readCertificate, what pages load) against the full parser on
// @peculiar/x509 (parseCertificate): the same CertInfo for every demo card and for certificates shaped
// like each PKI-PROFILE case, and the same error (code, reason, details) for everything refused.
// Runs in Node and (through cert-reader.browser.test.ts) in Chromium.
import { assert, beforeAll, describe, it } from '#harness';
import { Convert } from 'pvtsutils';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import {
  CERT_TYPE,
  CertificateProfileError,
  OID,
  parseCertificate,
  readCertificate,
} from '../src/certs/index.js';
import type { CertificateInput, CertInfo, ParseCertificateOptions } from '../src/certs/index.js';
import { webCrypto, x509 } from '../src/certs/x509.js';
import { oidValue, sda, stringValue } from './support/cert-parts.js';

const DAY_MS = 86_400_000;
const NOW = new Date('2025-03-14T05:06:07.890Z');
const MOICA = 'C=TW, O=行政院, OU=內政部憑證管理中心';
const GCA = 'C=TW, O=行政院, OU=政府憑證管理中心';
const MOEACA = 'C=TW, O=行政院, OU=工商憑證管理中心';

let pki: DemoPki;

beforeAll(async () => {
  pki = await issueDemoPki({ now: NOW });
});

type Outcome = { info: CertInfo } | { error: { code: string; reason: string; details: unknown } };

function outcome(read: () => CertInfo): Outcome {
  try {
    return { info: read() };
  } catch (error) {
    if (!(error instanceof CertificateProfileError)) throw error;
    return { error: { code: error.code, reason: error.reason, details: error.details } };
  }
}

/** Both readers give the same result (or the same error); returns it. */
function same(input: CertificateInput, options?: ParseCertificateOptions): Outcome {
  const full = outcome(() => parseCertificate(input, options));
  const small = outcome(() => readCertificate(input, options));
  assert.deepEqual(small, full);
  return full;
}

function info(result: Outcome): CertInfo {
  if ('error' in result) throw new Error(`expected a certificate, got ${JSON.stringify(result.error)}`);
  return result.info;
}

function refused(result: Outcome, code: string, reason: string): void {
  assert.ok('error' in result, 'expected an error');
  assert.deepEqual([result.error.code, result.error.reason], [code, reason]);
}

/** A certificate signed by one of the test CAs' keys, with any names, validity and extensions. */
async function craft(
  issuer: string,
  subject: x509.JsonNameParams | string,
  extensions: x509.Extension[],
  { serialNumber = '0123ABCD', days = 365 }: { serialNumber?: string; days?: number } = {},
): Promise<Uint8Array> {
  const created = await x509.X509CertificateGenerator.create(
    {
      serialNumber,
      issuer: new x509.Name(issuer),
      subject: new x509.Name(subject),
      notBefore: NOW,
      notAfter: new Date(NOW.getTime() + days * DAY_MS),
      publicKey: pki.card('CIT-WANG').signing.publicKey,
      signingKey: pki.cas.MOICA.privateKey,
      signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      extensions,
    },
    webCrypto(),
  );
  return new Uint8Array(created.rawData);
}

const citizenAttributes = (): x509.Extension =>
  sda([
    [OID.certType, oidValue(CERT_TYPE.naturalPerson)],
    [OID.idLast4, stringValue(0x16, '5678')],
  ]);

describe('readCertificate: the same as parseCertificate', () => {
  it('reads every demo card (signing and encryption certificates) exactly as the full parser', () => {
    let count = 0;
    for (const card of pki.cards) {
      for (const key of [card.signing, card.encryption]) {
        if (!key) continue;
        const read = info(same(key.certificate));
        assert.equal(read.kind, card.kind, card.id);
        assert.equal(read.serial.length > 0, true);
        count++;
      }
      same(card.signing.certificate, { expect: card.kind });
      refused(
        same(card.signing.certificate, { expect: card.kind === 'org' ? 'citizen' : 'org' }),
        'CERT_WRONG_KIND',
        card.kind === 'org' ? 'expected-citizen' : 'expected-org',
      );
    }
    // Every card of the dataset, citizen cards twice (signing and encryption).
    assert.equal(count, pki.cards.length + pki.cards.filter((c) => c.kind === 'citizen').length);
    const wang = info(same(pki.card('CIT-WANG').signing.certificate));
    assert.equal(wang.kind === 'citizen' && wang.idLast4.length, 4);
  });

  it('reads DER, PEM (text or bytes) and base64 alike', () => {
    const der = pki.card('ORG-30004').signing.certificate;
    const base64 = Convert.ToBase64(der);
    const pem = `-----BEGIN CERTIFICATE-----\n${base64.replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
    const expected = info(same(der));
    for (const input of [der.slice().buffer, pem, new TextEncoder().encode(pem), base64]) {
      assert.deepEqual(info(same(input)), expected);
    }
  });

  it('reads a citizen certificate shaped like a real card (BMPString name, IA5String ID digits)', async () => {
    const der = await craft(
      MOICA,
      [{ C: ['TW'] }, { CN: [{ bmpString: '王小明' }] }, { '2.5.4.5': ['1234567890123456'] }],
      [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true), citizenAttributes()],
    );
    const read = info(same(der, { expect: 'citizen' }));
    assert.deepEqual(
      [read.kind === 'citizen' && read.name, read.subjectDn, read.serial, read.isTest, read.keyUsage],
      ['王小明', 'C=TW, CN=王小明, serialNumber=1234567890123456', '123ABCD', false, ['digitalSignature']],
    );
  });

  it('reads each organization profile: GCA agency OID, MOEACA 統一編號 and 附卡', async () => {
    const gca = await craft(
      GCA,
      [{ C: ['TW'] }, { O: ['臺北市政府'] }],
      [
        new x509.CertificatePolicyExtension(['2.16.886.101.0.3.3']),
        sda([[OID.orgIdentifier, stringValue(0x0c, '2.16.886.101.20003.20065')]]),
      ],
    );
    const gcaInfo = info(same(gca, { expect: 'org' }));
    assert.deepEqual(
      [gcaInfo.kind === 'org' && gcaInfo.orgId, gcaInfo.policies],
      ['2.16.886.101.20003.20065', ['2.16.886.101.0.3.3']],
    );

    const moeaca = await craft(
      MOEACA,
      [{ C: ['TW'] }, { O: ['範例股份有限公司'] }, { '2.5.4.5': ['12345675'] }],
      [
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
          true,
        ),
        sda([
          [OID.certType, oidValue(CERT_TYPE.company)],
          [OID.cardRole, stringValue(0x0c, '附卡')],
        ]),
      ],
    );
    const moeacaInfo = info(same(moeaca));
    assert.deepEqual(
      [moeacaInfo.kind === 'org' && moeacaInfo.businessId, moeacaInfo.kind === 'org' && moeacaInfo.cardRole],
      ['12345675', 'secondary'],
    );
  });

  it('prints names and times as the full parser does (escapes, multi-valued and other-typed values, GeneralizedTime)', async () => {
    const der = await craft(
      MOICA,
      'C=TW, CN=Lin\\, Jr.+OU=測試用, CN=\\#hash , 2.5.4.5=1234567890123456, 2.5.4.9=#120431323334',
      [citizenAttributes()],
      // After 2049 X.509 switches from UTCTime to GeneralizedTime.
      { days: 365 * 30, serialNumber: '00FF00' },
    );
    const read = info(same(der));
    assert.equal(read.notAfter.getUTCFullYear(), 2055);
    assert.equal(read.serial, 'FF00');
    assert.match(read.subjectDn, /CN=Lin\\, Jr\.\+OU=測試用/);
    assert.match(read.subjectDn, /2\.5\.4\.9=#120431323334/);
  });

  it('refuses what the full parser refuses, with the same code, reason and details', async () => {
    for (const input of [
      new Uint8Array([0x30, 0x03, 0x01, 0x02, 0x03]),
      new Uint8Array(0),
      'this is not base64!',
      pki.cas.MOICA.crl!,
    ]) {
      refused(same(input), 'CERT_MALFORMED', 'not-a-certificate');
    }
    refused(same(pki.cas.MOICA.certificate), 'CERT_UNRECOGNISED_PROFILE', 'unknown-issuer');
    refused(same(pki.root.certificate), 'CERT_UNRECOGNISED_PROFILE', 'unknown-issuer');
    const noIdLast4 = await craft(
      MOICA,
      [{ C: ['TW'] }, { CN: ['王小明'] }, { '2.5.4.5': ['1234567890123456'] }],
      [sda([[OID.certType, oidValue(CERT_TYPE.naturalPerson)]])],
    );
    refused(same(noIdLast4), 'CERT_UNRECOGNISED_PROFILE', 'missing-attribute');
    const citizenTypeFromGca = await craft(
      GCA,
      [{ C: ['TW'] }, { O: ['某機關'] }],
      [
        sda([
          [OID.certType, oidValue(CERT_TYPE.naturalPerson)],
          [OID.orgIdentifier, stringValue(0x13, '2.16.886.101.1')],
        ]),
      ],
    );
    refused(same(citizenTypeFromGca), 'CERT_UNRECOGNISED_PROFILE', 'unexpected-type');
    const badAttribute = await craft(
      MOICA,
      [{ C: ['TW'] }, { CN: ['王小明'] }, { '2.5.4.5': ['1234567890123456'] }],
      [sda([[OID.idLast4, new Uint8Array([0x02, 0x01, 0x05]).buffer]])],
    );
    refused(same(badAttribute), 'CERT_MALFORMED', 'bad-attribute-encoding');
    // A real certificate cut short, or with its outer length corrupted.
    const wang = pki.card('CIT-WANG').signing.certificate;
    refused(same(wang.slice(0, wang.length - 10)), 'CERT_MALFORMED', 'not-a-certificate');
  });
});
