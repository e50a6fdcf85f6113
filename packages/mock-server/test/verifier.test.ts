// The certificate verifier's chain and revocation policy, checked directly on CertificateVerifier
// with really signed certificates and CRLs: the shared demo PKI's CAs sign the CRLs each case needs,
// the root re-issues CA certificates with other dates or constraints. Every path below the root
// must be covered by a current CRL of its issuer; only complete CRLs with cRLNumber and nextUpdate
// are used, newer ones must be newer, and a revocation stays.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { useX509, x509 } from '@gepi/sdk/certs';
import type { DemoPki } from '@gepi/sdk/testing';
import { trustFromPki } from '../src/demo.js';
import { ProblemError } from '../src/http/problem.js';
import { CertificateVerifier } from '../src/services/verifier.js';
import type { TrustConfig } from '../src/services/verifier.js';
import { DAY, crlSerials, deltaIndicator, makeCrl, reissue } from './support/crl.js';
import { sharedPki } from './support/pki.js';

let pki: DemoPki;
let now: Date;
const warnings: string[] = [];
const quiet = { warn: (m: string) => void warnings.push(m) };

before(async () => {
  useX509();
  pki = await sharedPki();
  now = new Date(pki.issuedAt.getTime() + 60_000);
});

const verifierOf = (trust: TrustConfig) => CertificateVerifier.create(trust, quiet);
const der = (id: string) => new Uint8Array(pki.card(id).signing.certificate);
const serialOf = (cert: Uint8Array) =>
  new x509.X509Certificate(new Uint8Array(cert)).serialNumber.toUpperCase();

/** The code (and details) a verification fails with; 'ok' when it passes. */
async function outcome(verifier: CertificateVerifier, id: string | Uint8Array<ArrayBuffer>, at = now) {
  try {
    await verifier.verifyCertificate(typeof id === 'string' ? der(id) : id, at);
    return { code: 'ok' };
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return { code: error.code, details: error.options.details };
  }
}

describe('CRLs', () => {
  it('refuses a delta CRL: it cannot un-revoke a card (CIT-CHENG-REVOKED stays revoked)', async () => {
    const verifier = await verifierOf(trustFromPki(pki));
    assert.equal((await outcome(verifier, 'CIT-CHENG-REVOKED')).code, 'CERT_REVOKED');
    const delta = await makeCrl(pki.cas.MOICA, {
      thisUpdate: new Date(now.getTime() + 1000),
      number: 2,
      entries: [],
      extensions: [deltaIndicator(1)],
    });
    const [result] = await verifier.loadCrls([delta]);
    assert.equal(result?.status, 'refused');
    assert.equal(result?.reason, 'delta-crl');
    assert.equal((await outcome(verifier, 'CIT-CHENG-REVOKED')).code, 'CERT_REVOKED');
  });

  it('refuses a CRL with an issuing distribution point or any critical extension it does not process', async () => {
    const verifier = await verifierOf(trustFromPki(pki));
    const idp = await makeCrl(pki.cas.MOICA, {
      thisUpdate: new Date(now.getTime() + 1000),
      number: 2,
      extensions: [new x509.Extension('2.5.29.28', true, new Uint8Array([0x30, 0x00]))],
    });
    const unknown = await makeCrl(pki.cas.MOICA, {
      thisUpdate: new Date(now.getTime() + 1000),
      number: 3,
      extensions: [new x509.Extension('1.2.3.4.5', true, new Uint8Array([0x05, 0x00]))],
    });
    const results = await verifier.loadCrls([idp, unknown]);
    assert.deepEqual(
      results.map((r) => [r.status, r.reason]),
      [
        ['refused', 'partitioned-crl'],
        ['refused', 'critical-extension 1.2.3.4.5'],
      ],
    );
    assert.equal((await outcome(verifier, 'CIT-CHENG-REVOKED')).code, 'CERT_REVOKED');
  });

  it('refuses a CRL without nextUpdate, which would never go stale', async () => {
    const trust = trustFromPki(pki);
    const verifier = await verifierOf({ ...trust, crls: trust.crls.filter((c) => c !== pki.cas.GCA.crl) });
    const crl = await makeCrl(pki.cas.GCA, { thisUpdate: pki.issuedAt, nextUpdate: null, number: 5 });
    const [result] = await verifier.loadCrls([crl]);
    assert.equal(result?.reason, 'no-next-update');
    // Still no CRL for GCA: its cards fail closed.
    assert.equal((await outcome(verifier, 'ORG-10001')).code, 'CRL_UNAVAILABLE');
  });

  it('keeps CRL numbers monotonic per CA: a CRL without one, or with a number not above the current, is refused', async () => {
    const verifier = await verifierOf(trustFromPki(pki));
    const later = new Date(now.getTime() + 1000);
    const none = await makeCrl(pki.cas.MOICA, { thisUpdate: later, number: null });
    const same = await makeCrl(pki.cas.MOICA, { thisUpdate: later, number: 1 });
    const results = await verifier.loadCrls([none, same]);
    assert.deepEqual(
      results.map((r) => r.reason),
      ['no-crl-number', 'crl-number-not-newer'],
    );
    assert.equal((await outcome(verifier, 'CIT-CHENG-REVOKED')).code, 'CERT_REVOKED');
  });

  it('never lets a newer CRL drop a serial revoked for good; a certificateHold may be lifted', async () => {
    const verifier = await verifierOf(trustFromPki(pki));
    const cheng = pki.card('CIT-CHENG-REVOKED').serial;
    const wang = pki.card('CIT-WANG').serial;
    const t1 = new Date(now.getTime() + 1000);
    const onHold = await makeCrl(pki.cas.MOICA, {
      thisUpdate: t1,
      number: 2,
      entries: [cheng, { serial: wang, reason: 6, revokedAt: pki.issuedAt }],
    });
    assert.equal(await verifier.updateCrls([onHold]), 1);
    assert.equal((await outcome(verifier, 'CIT-WANG')).code, 'CERT_REVOKED');

    // Number 3 lists neither: the hold is released, the revocation is not.
    const omits = await makeCrl(pki.cas.MOICA, { thisUpdate: new Date(t1.getTime() + 1000), number: 3 });
    assert.equal(await verifier.updateCrls([omits]), 1);
    assert.equal((await outcome(verifier, 'CIT-WANG')).code, 'ok');
    assert.equal((await outcome(verifier, 'CIT-CHENG-REVOKED')).code, 'CERT_REVOKED');
    assert.ok(warnings.some((w) => /stay revoked/.test(w)));
  });

  it('fails closed without a CRL for the card’s CA (missing CRL)', async () => {
    const trust = trustFromPki(pki);
    const verifier = await verifierOf({ ...trust, crls: trust.crls.filter((c) => c !== pki.cas.MOICA.crl) });
    const result = await outcome(verifier, 'CIT-WANG');
    assert.equal(result.code, 'CRL_UNAVAILABLE');
    assert.deepEqual(result.details, { ca: 'MOICA', which: 'certificate' });
    // Other CAs' cards are unaffected.
    assert.equal((await outcome(verifier, 'ORG-10001')).code, 'ok');
  });

  it('fails closed once the CRL in use is past its nextUpdate', async () => {
    const verifier = await verifierOf(trustFromPki(pki));
    const crl = new x509.X509Crl(new Uint8Array(pki.cas.MOICA.crl!));
    const after = new Date(crl.nextUpdate!.getTime() + 1000);
    const card = pki.card('CIT-WANG');
    assert.ok(after < card.notAfter, 'the card is still valid then');
    assert.equal((await outcome(verifier, 'CIT-WANG', after)).code, 'CRL_UNAVAILABLE');
  });
});

describe('the path: issuing CAs', () => {
  it('checks the issuing CA against the root’s CRL, and fails closed without one', async () => {
    const trust = trustFromPki(pki);
    const noRootCrl = await verifierOf({ ...trust, crls: trust.crls.filter((c) => c !== pki.root.crl) });
    const result = await outcome(noRootCrl, 'ORG-10001');
    assert.equal(result.code, 'CRL_UNAVAILABLE');
    assert.deepEqual(result.details, { ca: 'ROOT', which: 'issuer' });
  });

  it('refuses a card whose issuing CA the root has revoked (revoked intermediate)', async () => {
    const verifier = await verifierOf(trustFromPki(pki));
    assert.equal((await outcome(verifier, 'ORG-10001')).code, 'ok');
    const gcaSerial = serialOf(pki.cas.GCA.certificate);
    const rootCrl = await makeCrl(pki.root, {
      thisUpdate: new Date(now.getTime() + 1000),
      number: 2,
      entries: [gcaSerial],
    });
    assert.equal(await verifier.updateCrls([rootCrl]), 1);
    const result = await outcome(verifier, 'ORG-10001');
    assert.equal(result.code, 'CERT_REVOKED');
    assert.deepEqual(result.details, { which: 'issuer' });
    // Another CA's cards still pass.
    assert.equal((await outcome(verifier, 'CIT-WANG')).code, 'ok');
  });

  it('refuses a card whose issuing CA certificate has expired (expired intermediate)', async () => {
    const trust = trustFromPki(pki);
    const expired = await reissue(pki.cas.GCA.certificate, pki.root.privateKey, {
      notBefore: new Date(now.getTime() - 400 * DAY),
      notAfter: new Date(now.getTime() - DAY),
    });
    const verifier = await verifierOf({
      ...trust,
      intermediates: trust.intermediates.map((c) => (c === pki.cas.GCA.certificate ? expired : c)),
    });
    const result = await outcome(verifier, 'ORG-10001');
    assert.equal(result.code, 'CERT_EXPIRED');
    assert.deepEqual(result.details, { which: 'issuer' });
  });

  it('refuses a configured CA certificate without basicConstraints cA, or without keyCertSign', async () => {
    const trust = trustFromPki(pki);
    const withCa = (cert: Uint8Array) => ({
      ...trust,
      intermediates: trust.intermediates.map((c) => (c === pki.cas.GCA.certificate ? cert : c)),
    });
    const notCa = await reissue(pki.cas.GCA.certificate, pki.root.privateKey, {
      basicConstraints: { ca: false },
    });
    await assert.rejects(verifierOf(withCa(notCa)), /is not a CA: basicConstraints does not say cA/);
    const noConstraints = await reissue(pki.cas.GCA.certificate, pki.root.privateKey, {
      basicConstraints: null,
    });
    await assert.rejects(verifierOf(withCa(noConstraints)), /basicConstraints does not say cA/);
    const noCertSign = await reissue(pki.cas.GCA.certificate, pki.root.privateKey, {
      keyUsage: x509.KeyUsageFlags.cRLSign,
    });
    await assert.rejects(verifierOf(withCa(noCertSign)), /keyUsage lacks keyCertSign/);
  });

  it('refuses a root whose pathLenConstraint leaves no room for an issuing CA', async () => {
    const trust = trustFromPki(pki);
    const root = await reissue(pki.root.certificate, pki.root.privateKey, {
      basicConstraints: { ca: true, pathLength: 0 },
    });
    await assert.rejects(verifierOf({ ...trust, roots: [root] }), /pathLenConstraint 0/);
  });

  it('refuses a card certificate that is itself a CA (leaf with cA)', async () => {
    const verifier = await verifierOf(trustFromPki(pki));
    const leafCa = await reissue(der('ORG-10001'), pki.cas.GCA.privateKey, {
      basicConstraints: { ca: true },
      serial: '7E57CA0001',
    });
    const result = await outcome(verifier, leafCa);
    assert.equal(result.code, 'CERT_POLICY');
    assert.deepEqual(result.details, { reason: 'ca-certificate' });
  });

  it('still accepts the demo PKI as issued (the CRLs it ships are complete)', async () => {
    const verifier = await verifierOf(trustFromPki(pki));
    assert.equal((await outcome(verifier, 'ORG-10001')).code, 'ok');
    assert.deepEqual(
      crlSerials(pki.cas.MOICA.crl!).includes(pki.card('CIT-CHENG-REVOKED').serial.toUpperCase()),
      true,
    );
  });
});
