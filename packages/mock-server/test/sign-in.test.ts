// Card sign-in over real HTTP: challenges, both card steps, and every way a sign-in is refused
// (nonce, origin, certificate, signature, algorithm, registry rules, sessions).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_BINDING, expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';
import { foreignPki } from './support/pki.js';
import { reissue } from './support/crl.js';
import { validateNationalId } from '@gepi/sdk';

const DAY = 86_400_000;

let server: TestServer;
let now: Date;

before(async () => {
  now = new Date();
  server = await startTestServer({ clock: () => now });
  now = new Date(server.pki.issuedAt.getTime() + 60_000);
});
after(() => server.close());

/** proof() options for the citizen-serial query, the one sign-in without a session or agency. */
const QUERY = { binding: { purpose: 'query-citizen-serial' } };

describe('challenges', () => {
  it('issues a 32-byte base64url nonce bound to an allowed origin, valid 5 minutes', async () => {
    const r = await server.request('POST', '/api/v1/challenges', {
      json: { origin: server.origin, ...DEFAULT_BINDING },
    });
    assert.equal(r.status, 201);
    assert.match(r.body.nonce, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(r.body.origin, server.origin);
    assert.equal(Date.parse(r.body.expiresAt) - now.getTime(), 5 * 60_000);
  });

  it('takes the origin from the Origin header of a browser', async () => {
    const r = await server.request('POST', '/api/v1/challenges', {
      json: DEFAULT_BINDING,
      headers: { origin: server.origin },
    });
    assert.equal(r.status, 201);
    assert.equal(r.body.origin, server.origin);
  });

  it('refuses an origin that is not allowed (ORIGIN_NOT_ALLOWED)', async () => {
    const r = await server.request('POST', '/api/v1/challenges', {
      json: { origin: 'https://evil.example', ...DEFAULT_BINDING },
    });
    expectProblem(assert, r, 403, 'ORIGIN_NOT_ALLOWED');
    const none = await server.request('POST', '/api/v1/challenges', { json: DEFAULT_BINDING });
    expectProblem(assert, none, 403, 'ORIGIN_NOT_ALLOWED');
  });

  it('refuses a body origin that contradicts the Origin header (ORIGIN_MISMATCH)', async () => {
    const r = await server.request('POST', '/api/v1/challenges', {
      json: { origin: 'https://evil.example', ...DEFAULT_BINDING },
      headers: { origin: server.origin },
    });
    expectProblem(assert, r, 403, 'ORIGIN_MISMATCH');
  });
});

describe('challenge binding (purpose and agency)', () => {
  it('asks what the challenge is for: purpose always, agency code except for the citizen-serial query', async () => {
    const post = (json: unknown) => server.request('POST', '/api/v1/challenges', { json });
    const noPurpose = expectProblem(assert, await post({ origin: server.origin }), 400, 'FIELD_REQUIRED');
    assert.equal(noPurpose.field, 'purpose');
    const noAgency = expectProblem(
      assert,
      await post({ origin: server.origin, purpose: 'assignment' }),
      400,
      'FIELD_REQUIRED',
    );
    assert.equal(noAgency.field, 'agencyCode');
    const extra = expectProblem(
      assert,
      await post({ origin: server.origin, purpose: 'query-citizen-serial', agencyCode: '10002' }),
      400,
      'FIELD_INVALID',
    );
    assert.equal(extra.field, 'agencyCode');
    const ok = await post({ origin: server.origin, purpose: 'swap-org', agencyCode: '10002' });
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.body.purpose, 'swap-org');
    assert.equal(ok.body.agencyCode, '10002');
  });

  it('refuses a card signature made for another purpose or agency (CHALLENGE_MISMATCH), and the nonce is spent', async () => {
    // Signed for assignment of 10002 …
    const proof = await server.proof(server.card('ORG-10002'));
    // … presented for the OID query of the same agency.
    const body = { ...proof, agencyCode: '10002', purpose: 'query-org-oid' };
    const r = await server.request('POST', '/api/v1/sign-ins/org', { json: body });
    const problem = expectProblem(assert, r, 401, 'CHALLENGE_MISMATCH');
    assert.deepEqual(problem.details, {
      challenge: { purpose: 'assignment', agencyCode: '10002' },
      signIn: { purpose: 'query-org-oid', agencyCode: '10002' },
    });
    // The nonce was taken: the right body cannot follow with the same signature.
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/sign-ins/org', {
        json: { ...proof, agencyCode: '10002', purpose: 'assignment' },
      }),
      401,
      'NONCE_REUSED',
    );
    // Signed for 10002, presented for 20003 (same purpose).
    const other = await server.proof(server.card('ORG-20003'));
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/sign-ins/org', {
        json: { ...other, agencyCode: '20003', purpose: 'assignment' },
      }),
      401,
      'CHALLENGE_MISMATCH',
    );
  });

  it('binds the citizen step to its session: a citizen-serial-query signature cannot complete a manager session', async () => {
    const org = await server.orgSignIn('ORG-10002', '10002', 'assignment');
    assert.equal(org.status, 201, org.text);
    const query = await server.proof(server.card('CIT-LIN'), QUERY);
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/sign-ins/citizen', {
        json: { ...query, nationalId: 'F223456786' },
        token: org.body.token,
      }),
      401,
      'CHALLENGE_MISMATCH',
    );
    // And an assignment signature cannot open the citizen-serial query.
    const assignment = await server.proof(server.card('CIT-LIN'));
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/sign-ins/citizen', {
        json: { ...assignment, nationalId: 'F223456786', purpose: 'query-citizen-serial' },
      }),
      401,
      'CHALLENGE_MISMATCH',
    );
    // The session's own binding completes it.
    const ok = await server.citizenSignIn('CIT-LIN', 'F223456786', org.body.token);
    assert.equal(ok.status, 200, ok.text);
  });
});

describe('org sign-in', () => {
  it('opens a session and shows the org card panel', async () => {
    const r = await server.orgSignIn('ORG-10002', '10002', 'assignment');
    assert.equal(r.status, 201, r.text);
    assert.match(r.body.token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(r.body.purpose, 'assignment');
    assert.equal(r.body.next, 'citizen-sign-in');
    assert.deepEqual(r.body.agency, { code: '10002', name: '國立臺灣測試大學', region: '臺北市' });
    assert.equal(r.body.org.orgId, '2.16.886.111.90010.90003.10002');
    assert.equal(r.body.org.serial, '6B7F3E25C4A898E1997D48295BDA0002');
    assert.equal(r.body.org.cardNumber, 'XC00000000010002');
    assert.equal(r.body.org.ca, 'XCA');
    assert.equal(r.body.org.caName['zh-TW'], '組織及團體憑證管理中心');
    // 卡別 is 正卡/附卡 from the certificate, not the authority's name.
    assert.deepEqual(r.body.org.cardType, { 'zh-TW': '正卡', en: 'primary card' });
    assert.match(r.body.org.subjectDn, /國立臺灣測試大學/);
    assert.equal(r.body.managerName, '林美惠');
  });

  it('accepts RSA-PSS and SHA-384/512 signatures', async () => {
    for (const algorithm of [
      { name: 'RSA-PSS', hash: 'SHA-256' },
      { name: 'RSA-PSS', hash: 'SHA-512', saltLength: 64 },
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' },
    ] as const) {
      const proof = await server.proof(server.card('ORG-20003'), {
        algorithm,
        binding: { purpose: 'assignment', agencyCode: '20003' },
      });
      const r = await server.request('POST', '/api/v1/sign-ins/org', {
        json: { ...proof, agencyCode: '20003', purpose: 'assignment' },
      });
      assert.equal(r.status, 201, `${algorithm.name}/${algorithm.hash}: ${r.text}`);
    }
  });

  it('refuses a replayed nonce (NONCE_REUSED) and an unknown one (NONCE_UNKNOWN)', async () => {
    const proof = await server.proof(server.card('ORG-10002'));
    const body = { ...proof, agencyCode: '10002', purpose: 'assignment' };
    assert.equal((await server.request('POST', '/api/v1/sign-ins/org', { json: body })).status, 201);
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/sign-ins/org', { json: body }),
      401,
      'NONCE_REUSED',
    );
    const unknown = await server.proof(server.card('ORG-10002'), { nonce: 'A'.repeat(43) });
    const r = await server.request('POST', '/api/v1/sign-ins/org', {
      json: { ...unknown, agencyCode: '10002', purpose: 'assignment' },
    });
    expectProblem(assert, r, 401, 'NONCE_UNKNOWN');
  });

  it('refuses a nonce older than 5 minutes (NONCE_EXPIRED)', async () => {
    const proof = await server.proof(server.card('ORG-10002'));
    const saved = now;
    now = new Date(now.getTime() + 5 * 60_000 + 1);
    try {
      const r = await server.request('POST', '/api/v1/sign-ins/org', {
        json: { ...proof, agencyCode: '10002', purpose: 'assignment' },
      });
      expectProblem(assert, r, 401, 'NONCE_EXPIRED');
    } finally {
      now = saved;
    }
  });

  it('refuses a signature for another origin (ORIGIN_MISMATCH)', async () => {
    // The card signed for the page it was on; the request claims a different origin.
    const nonce = await server.challenge();
    const proof = await server.proof(server.card('ORG-10002'), { nonce, origin: 'http://127.0.0.1:1' });
    const r = await server.request('POST', '/api/v1/sign-ins/org', {
      json: { ...proof, agencyCode: '10002', purpose: 'assignment' },
    });
    expectProblem(assert, r, 403, 'ORIGIN_MISMATCH');
    // …or the browser's Origin header says another page is relaying it.
    const relayed = await server.proof(server.card('ORG-10002'));
    const r2 = await server.request('POST', '/api/v1/sign-ins/org', {
      json: { ...relayed, agencyCode: '10002', purpose: 'assignment' },
      headers: { origin: 'https://evil.example' },
    });
    expectProblem(assert, r2, 403, 'ORIGIN_MISMATCH');
  });

  it('refuses a signature made over a different origin than the challenge (SIGNATURE_INVALID)', async () => {
    const proof = await server.proof(server.card('ORG-10002'), { signedOrigin: 'https://evil.example' });
    const r = await server.request('POST', '/api/v1/sign-ins/org', {
      json: { ...proof, agencyCode: '10002', purpose: 'assignment' },
    });
    expectProblem(assert, r, 401, 'SIGNATURE_INVALID');
  });

  it('refuses a tampered signature (SIGNATURE_INVALID)', async () => {
    const proof = await server.proof(server.card('ORG-10002'));
    const sig = Buffer.from(proof.signature, 'base64');
    sig[10] = (sig[10] ?? 0) ^ 0x01;
    const r = await server.request('POST', '/api/v1/sign-ins/org', {
      json: { ...proof, signature: sig.toString('base64'), agencyCode: '10002', purpose: 'assignment' },
    });
    const problem = expectProblem(assert, r, 401, 'SIGNATURE_INVALID');
    assert.equal(problem.field, 'signature');
  });

  it('refuses a signature by another card’s key (SIGNATURE_INVALID)', async () => {
    const other = await server.proof(server.card('ORG-20003'));
    const mine = Buffer.from(server.card('ORG-10002').signing.certificate).toString('base64');
    const r = await server.request('POST', '/api/v1/sign-ins/org', {
      json: { ...other, certificate: mine, agencyCode: '10002', purpose: 'assignment' },
    });
    expectProblem(assert, r, 401, 'SIGNATURE_INVALID');
  });

  it('refuses an expired org card (CERT_EXPIRED: ORG-10001-EXPIRED)', async () => {
    const r = await server.orgSignIn('ORG-10001-EXPIRED', '10001', 'first-registration');
    expectProblem(assert, r, 401, 'CERT_EXPIRED');
  });

  it('refuses a card before its validity (CERT_NOT_YET_VALID)', async () => {
    const proof = await server.proof(server.card('ORG-10002-RENEWED'), {
      binding: { purpose: 'swap-org', agencyCode: '10002' },
    });
    const saved = now;
    now = new Date(server.card('ORG-10002-RENEWED').notBefore.getTime() - 1000);
    try {
      const r = await server.request('POST', '/api/v1/sign-ins/org', {
        json: { ...proof, agencyCode: '10002', purpose: 'swap-org' },
      });
      expectProblem(assert, r, 401, 'CERT_NOT_YET_VALID');
    } finally {
      now = saved;
    }
  });

  it('refuses a certificate from another PKI with the same CA names (CERT_UNKNOWN_CA)', async () => {
    const foreign = (await foreignPki()).card('CIT-WANG');
    const proof = await server.proof(foreign, QUERY);
    const r = await server.request('POST', '/api/v1/sign-ins/citizen', {
      json: { ...proof, nationalId: 'A123456789', purpose: 'query-citizen-serial' },
    });
    expectProblem(assert, r, 401, 'CERT_UNKNOWN_CA');
  });

  it('refuses garbage as a certificate (CERT_MALFORMED)', async () => {
    const proof = await server.proof(server.card('ORG-10002'));
    const r = await server.request('POST', '/api/v1/sign-ins/org', {
      json: {
        ...proof,
        certificate: Buffer.from('not a certificate').toString('base64'),
        agencyCode: '10002',
        purpose: 'assignment',
      },
    });
    expectProblem(assert, r, 400, 'CERT_MALFORMED');
  });

  it('refuses a citizen card at the org step (CERT_WRONG_KIND)', async () => {
    const proof = await server.proof(server.card('CIT-LIN'));
    const r = await server.request('POST', '/api/v1/sign-ins/org', {
      json: { ...proof, agencyCode: '10002', purpose: 'assignment' },
    });
    expectProblem(assert, r, 422, 'CERT_WRONG_KIND');
  });

  it('refuses a certificate from a trusted CA without the expected policy (CERT_POLICY)', async () => {
    // Re-issue 王大明's signing certificate under the real MOICA test key, minus its policy.
    const { useX509 } = await import('@gepi/sdk/certs');
    const x509 = useX509();
    const card = server.card('CIT-WANG');
    const original = new x509.X509Certificate(new Uint8Array(card.signing.certificate));
    const ca = new x509.X509Certificate(new Uint8Array(server.pki.cas.MOICA.certificate));
    const reissued = await x509.X509CertificateGenerator.create({
      serialNumber: '7FFF0001',
      subject: original.subjectName,
      issuer: ca.subjectName,
      notBefore: original.notBefore,
      notAfter: original.notAfter,
      publicKey: card.signing.publicKey,
      signingKey: server.pki.cas.MOICA.privateKey,
      signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      extensions: original.extensions.filter((e) => e.type !== '2.5.29.32'),
    });
    const proof = await server.proof(card, QUERY);
    const r = await server.request('POST', '/api/v1/sign-ins/citizen', {
      json: {
        ...proof,
        certificate: Buffer.from(reissued.rawData).toString('base64'),
        nationalId: 'A123456789',
        purpose: 'query-citizen-serial',
      },
    });
    expectProblem(assert, r, 401, 'CERT_POLICY');
  });

  it('refuses the encryption certificate of a card (CERT_KEY_USAGE)', async () => {
    const card = server.card('CIT-LIN');
    const proof = await server.proof(card, QUERY);
    const r = await server.request('POST', '/api/v1/sign-ins/citizen', {
      json: {
        ...proof,
        certificate: Buffer.from(card.encryption!.certificate).toString('base64'),
        nationalId: 'F223456786',
        purpose: 'query-citizen-serial',
      },
    });
    expectProblem(assert, r, 401, 'CERT_KEY_USAGE');
  });

  it('refuses algorithms outside the allow-list (ALGORITHM_NOT_ALLOWED)', async () => {
    const proof = await server.proof(server.card('ORG-10002'));
    const bad = await server.request('POST', '/api/v1/sign-ins/org', {
      json: {
        ...proof,
        algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' },
        agencyCode: '10002',
        purpose: 'assignment',
      },
    });
    expectProblem(assert, bad, 400, 'ALGORITHM_NOT_ALLOWED');
    const proof2 = await server.proof(server.card('ORG-10002'), {
      algorithm: { name: 'RSA-PSS', hash: 'SHA-256', saltLength: 20 },
    });
    const salt = await server.request('POST', '/api/v1/sign-ins/org', {
      json: { ...proof2, agencyCode: '10002', purpose: 'assignment' },
    });
    expectProblem(assert, salt, 400, 'ALGORITHM_NOT_ALLOWED');
  });

  it('refuses an unknown agency code (AGENCY_UNKNOWN) and a malformed one (AGENCY_CODE_INVALID)', async () => {
    expectProblem(assert, await server.orgSignIn('ORG-10002', '99999', 'assignment'), 404, 'AGENCY_UNKNOWN');
    const proof = await server.proof(server.card('ORG-10002'));
    const r = await server.request('POST', '/api/v1/sign-ins/org', {
      json: { ...proof, agencyCode: '1234', purpose: 'assignment' },
    });
    const problem = expectProblem(assert, r, 400, 'AGENCY_CODE_INVALID');
    assert.equal(problem.field, 'agencyCode');
    assert.equal(problem.i18n['zh-TW'].detail, '機關代號須為5位數字');
  });

  it('refuses another agency’s card (AGENCY_MISMATCH)', async () => {
    expectProblem(assert, await server.orgSignIn('ORG-20003', '10002', 'assignment'), 403, 'AGENCY_MISMATCH');
  });

  it('refuses a renewed but not yet swapped org card for assignment (ORG_CARD_NOT_REGISTERED)', async () => {
    expectProblem(
      assert,
      await server.orgSignIn('ORG-10002-RENEWED', '10002', 'assignment'),
      403,
      'ORG_CARD_NOT_REGISTERED',
    );
  });

  it('matches the registered card by issuer and serial: another CA’s card with the same serial and OID is not it', async () => {
    // A GCA-issued twin of 10002's registered XCA card: same subject, OID, key and serial.
    const card = server.card('ORG-10002');
    const twin = await reissue(card.signing.certificate, server.pki.cas.GCA.privateKey, {
      issuer: server.pki.cas.GCA.certificate,
    });
    const proof = await server.proof({ ...card, signing: { ...card.signing, certificate: twin } });
    const body = { ...proof, agencyCode: '10002', purpose: 'assignment' };
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/sign-ins/org', { json: body }),
      403,
      'ORG_CARD_NOT_REGISTERED',
    );
    // For a swap it is a new card (another issuer), not CARD_UNCHANGED.
    const swap = await server.proof(
      { ...card, signing: { ...card.signing, certificate: twin } },
      { binding: { purpose: 'swap-org', agencyCode: '10002' } },
    );
    const r = await server.request('POST', '/api/v1/sign-ins/org', {
      json: { ...swap, agencyCode: '10002', purpose: 'swap-org' },
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.org.ca, 'GCA');
  });

  it('refuses assignment for an agency that has not registered (AGENCY_NOT_REGISTERED)', async () => {
    expectProblem(
      assert,
      await server.orgSignIn('ORG-30004', '30004', 'assignment'),
      409,
      'AGENCY_NOT_REGISTERED',
    );
  });

  it('refuses a swap to the card already registered (CARD_UNCHANGED)', async () => {
    expectProblem(assert, await server.orgSignIn('ORG-10002', '10002', 'swap-org'), 409, 'CARD_UNCHANGED');
  });
});

describe('citizen sign-in', () => {
  it('completes the session with the registered manager', async () => {
    const org = await server.orgSignIn('ORG-10002', '10002', 'assignment');
    const r = await server.citizenSignIn('CIT-LIN', 'F223456786', org.body.token);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.next, 'ready');
    assert.equal(r.body.token, undefined);
    assert.equal(r.body.citizen.name, '林美惠');
    assert.equal(r.body.citizen.nationalIdMasked, 'F22****786');
    assert.equal(r.body.citizen.serial, '100048210DD2DF2E128096A9282B0002');
    assert.ok(!r.text.includes('F223456786'), 'the full national ID is never echoed');
  });

  it('refuses a second citizen step (SESSION_STEP_DONE)', async () => {
    const token = await server.managerSession('10002');
    expectProblem(
      assert,
      await server.citizenSignIn('CIT-LIN', 'F223456786', token),
      409,
      'SESSION_STEP_DONE',
    );
  });

  it('refuses someone else’s card as the manager (NOT_REGISTERED_MANAGER)', async () => {
    const org = await server.orgSignIn('ORG-10002', '10002', 'assignment');
    const r = await server.citizenSignIn('CIT-CHANG', 'E224567894', org.body.token);
    expectProblem(assert, r, 403, 'NOT_REGISTERED_MANAGER');
  });

  it('refuses a typed national ID that does not match the card (NATIONAL_ID_MISMATCH)', async () => {
    const org = await server.orgSignIn('ORG-10002', '10002', 'assignment');
    // A valid ID, but not 林美惠's: its last four differ from the card's.
    const r = await server.citizenSignIn('CIT-LIN', 'A123456789', org.body.token);
    const problem = expectProblem(assert, r, 422, 'NATIONAL_ID_MISMATCH');
    assert.equal(problem.field, 'nationalId');
  });

  it('checks the full ID against the registry where it knows the person (NATIONAL_ID_MISMATCH)', async () => {
    // Two valid IDs ending like 陳志豪's (B120112236): one the registry gives to someone else,
    // one it does not know (then only the card's last four can be checked, and they match).
    const candidates = Array.from({ length: 10_000 }, (_, i) => `A1${String(i).padStart(4, '0')}2236`).filter(
      (id) => validateNationalId(id).ok,
    );
    const [someoneElses, unknown] = candidates;
    assert.ok(someoneElses && unknown);
    server.store.db.prepare('INSERT INTO people (national_id, name) VALUES (?, ?)').run(someoneElses, '別人');
    const mismatch = await server.citizenSignIn('CIT-CHEN', someoneElses, undefined, {
      purpose: 'query-citizen-serial',
    });
    expectProblem(assert, mismatch, 422, 'NATIONAL_ID_MISMATCH');
    const accepted = await server.citizenSignIn('CIT-CHEN', unknown, undefined, {
      purpose: 'query-citizen-serial',
    });
    assert.equal(accepted.status, 201, accepted.text);
  });

  it('refuses a malformed national ID with the validator’s words (NATIONAL_ID_INVALID)', async () => {
    const org = await server.orgSignIn('ORG-10002', '10002', 'assignment');
    const r = await server.citizenSignIn('CIT-LIN', 'F223456787', org.body.token);
    const problem = expectProblem(assert, r, 400, 'NATIONAL_ID_INVALID');
    assert.equal(problem.field, 'nationalId');
    assert.equal(problem.details.reason, 'NATIONAL_ID_CHECKSUM');
  });

  it('refuses expired (CIT-TSAI-EXPIRED) and revoked (CIT-CHENG-REVOKED) cards', async () => {
    const expired = await server.citizenSignIn('CIT-TSAI-EXPIRED', 'D228765439', undefined, {
      purpose: 'query-citizen-serial',
    });
    expectProblem(assert, expired, 401, 'CERT_EXPIRED');
    const revoked = await server.citizenSignIn('CIT-CHENG-REVOKED', 'T299887769', undefined, {
      purpose: 'query-citizen-serial',
    });
    expectProblem(assert, revoked, 401, 'CERT_REVOKED');
  });

  it('refuses an org card at the citizen step (CERT_WRONG_KIND)', async () => {
    const org = await server.orgSignIn('ORG-10002', '10002', 'assignment');
    const proof = await server.proof(server.card('ORG-10002'));
    const r = await server.request('POST', '/api/v1/sign-ins/citizen', {
      json: { ...proof, nationalId: 'F223456786' },
      token: org.body.token,
    });
    expectProblem(assert, r, 422, 'CERT_WRONG_KIND');
  });

  it('needs a session unless it opens the serial query (SESSION_REQUIRED)', async () => {
    expectProblem(assert, await server.citizenSignIn('CIT-LIN', 'F223456786'), 401, 'SESSION_REQUIRED');
  });

  it('fails closed when the CRL is out of date (CRL_UNAVAILABLE, with Retry-After)', async () => {
    const saved = now;
    now = new Date(server.pki.issuedAt.getTime() + 31 * DAY);
    try {
      const fresh = await server.proof(server.card('CIT-LIN'), QUERY);
      const r = await server.request('POST', '/api/v1/sign-ins/citizen', {
        json: { ...fresh, nationalId: 'F223456786', purpose: 'query-citizen-serial' },
      });
      expectProblem(assert, r, 503, 'CRL_UNAVAILABLE');
      assert.equal(r.headers.get('retry-after'), '30', 'a 503 says when to try again');
    } finally {
      now = saved;
    }
  });
});

describe('sessions', () => {
  it('shows the session, and ends it on DELETE', async () => {
    const token = await server.managerSession('20003');
    const view = await server.request('GET', '/api/v1/session', { token });
    assert.equal(view.status, 200);
    assert.equal(view.body.agency.code, '20003');
    assert.equal(view.body.next, 'ready');
    assert.equal((await server.request('DELETE', '/api/v1/session', { token })).status, 204);
    expectProblem(assert, await server.request('GET', '/api/v1/session', { token }), 401, 'SESSION_INVALID');
  });

  it('expires after 10 idle minutes (SESSION_EXPIRED)', async () => {
    const token = await server.managerSession('20003');
    const saved = now;
    now = new Date(now.getTime() + 10 * 60_000 + 1);
    try {
      expectProblem(
        assert,
        await server.request('GET', '/api/v1/handlers', { token }),
        401,
        'SESSION_EXPIRED',
      );
    } finally {
      now = saved;
    }
  });

  it('is extended by use but ends 30 minutes after it opened', async () => {
    const token = await server.managerSession('20003');
    const saved = now;
    try {
      for (let minute = 8; minute <= 32; minute += 8) {
        now = new Date(saved.getTime() + minute * 60_000);
        const r = await server.request('GET', '/api/v1/handlers', { token });
        if (minute < 30) assert.equal(r.status, 200, `minute ${minute}: ${r.text}`);
        else expectProblem(assert, r, 401, 'SESSION_EXPIRED');
      }
    } finally {
      now = saved;
    }
  });

  it('refuses missing, malformed and unknown tokens', async () => {
    expectProblem(assert, await server.request('GET', '/api/v1/session'), 401, 'SESSION_REQUIRED');
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/session', { headers: { authorization: 'Basic abc' } }),
      401,
      'SESSION_INVALID',
    );
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/session', { token: 'x'.repeat(43) }),
      401,
      'SESSION_INVALID',
    );
  });

  it('keeps each session to its purpose (SESSION_PURPOSE_MISMATCH) and steps (SESSION_INCOMPLETE)', async () => {
    const token = await server.managerSession('10002', 'query-authorized');
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/handlers', { token }),
      403,
      'SESSION_PURPOSE_MISMATCH',
    );
    const org = await server.orgSignIn('ORG-10002', '10002', 'assignment');
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/handlers', { token: org.body.token }),
      403,
      'SESSION_INCOMPLETE',
    );
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client exceeds its sign-in attempts', async () => {
    const limited = await startTestServer({ limits: { signInsPerMinute: 5 }, clock: () => now });
    try {
      const statuses: number[] = [];
      let last;
      for (let i = 0; i < 7; i++) {
        last = await limited.request('POST', '/api/v1/challenges', {
          json: { origin: limited.origin, ...DEFAULT_BINDING },
          headers: { 'x-test-client': 'greedy' },
        });
        statuses.push(last.status);
      }
      assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429, 429]);
      const problem = expectProblem(assert, last!, 429, 'RATE_LIMITED');
      assert.ok(Number(last!.headers.get('retry-after')) >= 1);
      assert.ok(problem.details.retryAfterSeconds >= 1);
      // Another client is not affected.
      const other = await limited.request('POST', '/api/v1/challenges', {
        json: { origin: limited.origin, ...DEFAULT_BINDING },
        headers: { 'x-test-client': 'polite' },
      });
      assert.equal(other.status, 201);
    } finally {
      await limited.close();
    }
  });
});
