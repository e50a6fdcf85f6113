// The client-side revocation list (flows/revocation.ts, what a card step loads before asking for a
// PIN) reads the API's published CRLs with the small DER reader: it must find exactly the serials
// @peculiar/x509 finds in every demo CRL, match a certificate to its own CA's CRL only, and call
// revoked exactly the demo cards the dataset marks revoked.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import { webCrypto, x509 } from '../src/certs/x509.js';
import { readCrl, readIssuerAndSerial, revocationList } from '../src/flows/revocation.js';

const base64 = (der: Uint8Array) => Buffer.from(der).toString('base64');
const normal = (hex: string) => hex.toUpperCase().replace(/^0+(?=.)/, '');

let pki: DemoPki;
before(async () => {
  pki = await issueDemoPki();
});

const crlsOf = () =>
  [pki.root, ...Object.values(pki.cas)].flatMap((ca) => (ca.crl ? [{ crl: base64(ca.crl) }] : []));

describe('client revocation list (small DER reader)', () => {
  it('reads the same issuer and serials as @peculiar/x509 from every demo CRL', () => {
    const crls = [pki.root, ...Object.values(pki.cas)].filter((ca) => ca.crl);
    assert.ok(crls.length >= 4, `CRLs: ${crls.length}`);
    let listed = 0;
    for (const ca of crls) {
      const mine = readCrl(ca.crl!);
      const theirs = new x509.X509Crl(new Uint8Array(ca.crl!));
      assert.deepEqual(mine.serials.toSorted(), theirs.entries.map((e) => normal(e.serialNumber)).toSorted());
      assert.equal(mine.issuer, Buffer.from(theirs.issuerName.toArrayBuffer()).toString('hex').toUpperCase());
      listed += mine.serials.length;
    }
    assert.ok(listed >= 1, 'the demo PKI revokes at least one card');
  });

  it('reads a certificate’s serial and issuer as @peculiar/x509 does', () => {
    for (const card of pki.cards) {
      const cert = new x509.X509Certificate(new Uint8Array(card.signing.certificate));
      const mine = readIssuerAndSerial(new Uint8Array(card.signing.certificate));
      assert.equal(mine.serial, normal(cert.serialNumber), card.id);
      assert.equal(mine.issuer, Buffer.from(cert.issuerName.toArrayBuffer()).toString('hex').toUpperCase());
    }
  });

  it('calls revoked exactly the cards the dataset revokes', () => {
    const list = revocationList(crlsOf());
    const revoked = pki.cards
      .filter((c) => list.isRevoked(new Uint8Array(c.signing.certificate)))
      .map((c) => c.id);
    assert.deepEqual(
      revoked.toSorted(),
      pki.cards
        .filter((c) => c.revoked)
        .map((c) => c.id)
        .toSorted(),
    );
    assert.ok(revoked.length >= 1);
  });

  it('skips what is not a CRL and matches a serial only under its own issuer', () => {
    const target = pki.cards.find((c) => c.revoked)!;
    const own = pki.cas[target.ca].crl!;
    const others = [pki.root, ...Object.values(pki.cas)].filter((ca) => ca.crl && ca.crl !== own);
    const withoutOwn = revocationList([
      { crl: 'bm90IGEgQ1JM' },
      ...others.map((ca) => ({ crl: base64(ca.crl!) })),
    ]);
    assert.equal(withoutOwn.isRevoked(new Uint8Array(target.signing.certificate)), false);
    const withOwn = revocationList([{ crl: 'bm90IGEgQ1JM' }, { crl: base64(own) }]);
    assert.equal(withOwn.isRevoked(new Uint8Array(target.signing.certificate)), true);
  });

  it('does not call a card revoked because another CA’s CRL lists the same serial', async () => {
    const target = pki.cards.find((c) => !c.revoked)!;
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    const keys = await webCrypto().subtle.generateKey(
      { ...algorithm, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
      false,
      ['sign', 'verify'],
    );
    const serial = new x509.X509Certificate(new Uint8Array(target.signing.certificate)).serialNumber;
    const foreign = await x509.X509CrlGenerator.create(
      {
        issuer: 'C=TW, O=Another CA',
        thisUpdate: new Date(),
        signingKey: keys.privateKey,
        signingAlgorithm: algorithm,
        entries: [{ serialNumber: serial, revocationDate: new Date() }],
      },
      webCrypto(),
    );
    assert.deepEqual(readCrl(new Uint8Array(foreign.rawData)).serials, [normal(serial)]);
    const list = revocationList([...crlsOf(), { crl: base64(new Uint8Array(foreign.rawData)) }]);
    assert.equal(list.isRevoked(new Uint8Array(target.signing.certificate)), false);
  });
});
