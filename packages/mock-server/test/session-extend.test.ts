// Visible sessions over real HTTP: 延長 (POST /api/v1/session/extend) restarts the idle time but never
// past the session's maximum lifetime (SESSION_EXTENSION_LIMIT once there), a short session set by
// the server's limits really expires, and 結束作業 (DELETE /api/v1/session) ends the session and
// nothing else: the agency's registration, handlers and receipts stay as they were.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

const SECOND = 1_000;
const IDLE = 60 * SECOND;
const MAX = 150 * SECOND;

let server: TestServer;
let now: Date;

before(async () => {
  now = new Date();
  // Short sessions, as a test (or a strict deployment) sets them: 1 minute idle, 2½ minutes in all.
  server = await startTestServer({ clock: () => now, limits: { sessionIdleMs: IDLE, sessionMaxMs: MAX } });
  now = new Date(server.pki.issuedAt.getTime() + 60_000);
});
after(() => server.close());

const later = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

describe('延長 (POST /api/v1/session/extend)', () => {
  it('restarts the idle time from now and says the session’s latest end', async () => {
    const token = await server.managerSession('10002');
    const opened = now.getTime();
    const view = await server.request('GET', '/api/v1/session', { token });
    assert.equal(Date.parse(view.body.expiresAt), opened + IDLE);
    assert.equal(Date.parse(view.body.maxExpiresAt), opened + MAX);

    later(40 * SECOND);
    const extended = await server.request('POST', '/api/v1/session/extend', { token });
    assert.equal(extended.status, 200, extended.text);
    assert.equal(Date.parse(extended.body.expiresAt), now.getTime() + IDLE);
    assert.equal(Date.parse(extended.body.maxExpiresAt), opened + MAX);
    assert.equal(extended.body.agency.code, '10002');
    assert.equal(extended.body.token, undefined, 'the token is never sent again');
    assert.equal(extended.headers.get('cache-control'), 'no-store');

    // Past the idle time it would have had without 延長, the session still answers.
    later(30 * SECOND);
    assert.equal((await server.request('GET', '/api/v1/handlers', { token })).status, 200);
  });

  it('never goes past the maximum lifetime, and refuses with SESSION_EXTENSION_LIMIT once there', async () => {
    const token = await server.managerSession('10002');
    const opened = now.getTime();
    later(50 * SECOND);
    assert.equal((await server.request('POST', '/api/v1/session/extend', { token })).status, 200);
    later(50 * SECOND);
    // 100 s in: now + 60 s = 160 s would pass the 150 s limit, so the expiry stops at the limit.
    const capped = await server.request('POST', '/api/v1/session/extend', { token });
    assert.equal(capped.status, 200, capped.text);
    assert.equal(Date.parse(capped.body.expiresAt), opened + MAX);
    later(10 * SECOND);
    const refused = expectProblem(
      assert,
      await server.request('POST', '/api/v1/session/extend', { token }),
      409,
      'SESSION_EXTENSION_LIMIT',
    );
    assert.equal(refused.details.maxExpiresAt, new Date(opened + MAX).toISOString());
    assert.match(refused.i18n['zh-TW'].title, /作業時間已達上限/);
    // Refused, not ended: the session goes on to its limit, and not a millisecond longer.
    assert.equal((await server.request('GET', '/api/v1/session', { token })).status, 200);
    now = new Date(opened + MAX);
    expectProblem(assert, await server.request('GET', '/api/v1/session', { token }), 401, 'SESSION_EXPIRED');
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/session/extend', { token }),
      401,
      'SESSION_EXPIRED',
    );
  });

  it('cannot bring back an expired session, nor extend without one', async () => {
    const token = await server.managerSession('20003');
    later(IDLE + 1);
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/session/extend', { token }),
      401,
      'SESSION_EXPIRED',
    );
    expectProblem(assert, await server.request('POST', '/api/v1/session/extend'), 401, 'SESSION_REQUIRED');
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/session/extend', { token: 'x'.repeat(43) }),
      401,
      'SESSION_INVALID',
    );
  });

  it('extends a session that has only its org card so far (the card steps of a swap)', async () => {
    const org = await server.orgSignIn('ORG-10002', '10002', 'swap-manager');
    assert.equal(org.status, 201, org.text);
    later(30 * SECOND);
    const extended = await server.request('POST', '/api/v1/session/extend', { token: org.body.token });
    assert.equal(extended.status, 200, extended.text);
    assert.equal(extended.body.next, 'citizen-sign-in');
    assert.equal(Date.parse(extended.body.expiresAt), now.getTime() + IDLE);
  });
});

describe('a short session (server limits) expires', () => {
  it('answers SESSION_EXPIRED on every kind of call once the idle time is over', async () => {
    const token = await server.managerSession('10002');
    later(IDLE - SECOND);
    assert.equal((await server.request('GET', '/api/v1/session', { token })).status, 200);
    later(IDLE + SECOND);
    for (const [method, path] of [
      ['GET', '/api/v1/handlers'],
      ['GET', '/api/v1/authorized'],
      ['POST', '/api/v1/session/extend'],
      ['DELETE', '/api/v1/session'],
    ] as const) {
      expectProblem(assert, await server.request(method, path, { token }), 401, 'SESSION_EXPIRED');
    }
  });
});

describe('結束作業 (DELETE /api/v1/session)', () => {
  it('ends the session and removes nothing else: registration, handlers and receipts remain', async () => {
    const token = await server.managerSession('10002');
    const before = await server.request('GET', '/api/v1/handlers?pageSize=100', { token });
    assert.equal(before.status, 200);
    assert.ok(before.body.total > 0, 'the seeded agency has handlers');
    const receiptsBefore = await server.request('GET', '/api/v1/receipts?agencyCode=10002&pageSize=100');
    assert.equal(receiptsBefore.status, 200);
    const registrationBefore = JSON.stringify(server.store.getRegistration('10002'));
    const dumpBefore = server.store.dump();

    assert.equal((await server.request('DELETE', '/api/v1/session', { token })).status, 204);
    expectProblem(assert, await server.request('GET', '/api/v1/handlers', { token }), 401, 'SESSION_INVALID');

    const dumpAfter = server.store.dump();
    for (const table of Object.keys(dumpBefore)) {
      if (table.startsWith('auth.') || table === 'audit_log' || table === 'idempotency_keys') continue;
      assert.deepEqual(dumpAfter[table], dumpBefore[table], `table ${table} unchanged`);
    }
    assert.equal(JSON.stringify(server.store.getRegistration('10002')), registrationBefore);
    const again = await server.managerSession('10002');
    const after = await server.request('GET', '/api/v1/handlers?pageSize=100', { token: again });
    assert.deepEqual(after.body.items, before.body.items);
    assert.equal(after.body.total, before.body.total);
    const receiptsAfter = await server.request('GET', '/api/v1/receipts?agencyCode=10002&pageSize=100');
    assert.deepEqual(receiptsAfter.body, receiptsBefore.body);
  });
});
