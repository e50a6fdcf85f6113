// POST /api/v1/card-checks/org: before a card's PIN is asked, whether an org sign-in with this
// certificate for this function of this agency would be refused: the certificate's validity and
// revocation, its kind, the agency, its registered card, a pending review. Public (the certificate
// is public data), rate-limited with the handler look-ups, and it opens nothing: a later sign-in is checked
// in full again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { problemCatalog } from '@gepi/sdk/api';
import { expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const cert = (id: string) => Buffer.from(server.card(id).signing.certificate).toString('base64');

async function check(cardId: string, purpose: string, agencyCode: string) {
  return server.request('POST', '/api/v1/card-checks/org', {
    json: { certificate: cert(cardId), purpose, agencyCode },
  });
}

async function refused(cardId: string, purpose: string, agencyCode: string, code: string) {
  const res = await check(cardId, purpose, agencyCode);
  return expectProblem(assert, res, problemCatalog[code as keyof typeof problemCatalog].status, code);
}

describe('POST /api/v1/card-checks/org', () => {
  it('accepts the card each function of each agency takes, with 204 and no body', async () => {
    for (const [card, purpose, code] of [
      ['ORG-10002', 'assignment', '10002'],
      ['ORG-10002', 'query-authorized', '10002'],
      ['ORG-10002', 'swap-manager', '10002'],
      ['ORG-10002-RENEWED', 'swap-org', '10002'],
      ['ORG-10001', 'first-registration', '10001'],
      ['ORG-10001', 'query-org-oid', '10002'],
    ] as const) {
      const res = await check(card, purpose, code);
      assert.equal(res.status, 204, `${card} ${purpose} ${code}: ${res.text}`);
      assert.equal(res.text, '');
    }
  });

  it('refuses another agency’s card, a card that is not the registered one, and an unchanged card', async () => {
    const wrong = await refused('ORG-10001', 'assignment', '10002', 'AGENCY_MISMATCH');
    assert.equal(wrong.field, 'agencyCode');
    await refused('ORG-10002-RENEWED', 'assignment', '10002', 'ORG_CARD_NOT_REGISTERED');
    await refused('ORG-10002', 'swap-org', '10002', 'CARD_UNCHANGED');
    await refused('ORG-10002', 'first-registration', '10002', 'ALREADY_REGISTERED');
    await refused('ORG-50006', 'first-registration', '50006', 'REVIEW_PENDING');
    await refused('ORG-10001', 'assignment', '10001', 'AGENCY_NOT_REGISTERED');
    await refused('ORG-10001', 'assignment', '99999', 'AGENCY_UNKNOWN');
  });

  it('refuses what the certificate itself rules out: expired, revoked, a citizen card', async () => {
    await refused('ORG-10001-EXPIRED', 'first-registration', '10001', 'CERT_EXPIRED');
    await refused('CIT-CHENG-REVOKED', 'assignment', '10002', 'CERT_REVOKED');
    await refused('CIT-WANG', 'assignment', '10002', 'CERT_WRONG_KIND');
    const res = await server.request('POST', '/api/v1/card-checks/org', {
      json: { certificate: 'AAAA', purpose: 'assignment', agencyCode: '10002' },
    });
    assert.equal(res.status, 400);
    const field = await server.request('POST', '/api/v1/card-checks/org', {
      json: { certificate: cert('ORG-10002'), purpose: 'assignment', agencyCode: '1000' },
    });
    assert.equal(expectProblem(assert, field, 400, 'AGENCY_CODE_INVALID').field, 'agencyCode');
  });

  it('opens no session and proves nothing: the answer has no token', async () => {
    const res = await check('ORG-10002', 'assignment', '10002');
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('set-cookie'), null);
    const session = await server.request('GET', '/api/v1/session');
    expectProblem(assert, session, 401, 'SESSION_REQUIRED');
  });
});
