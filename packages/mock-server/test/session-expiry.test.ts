// An expired session is answered SESSION_EXPIRED, also after the periodic purge has removed it
// (the store keeps a tombstone of its hash for a day, none of its data), and also on every
// later request, not only the first; a signed-out or used-up session is SESSION_INVALID.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

const MINUTE = 60_000;

let server: TestServer;
let now: Date;

before(async () => {
  now = new Date();
  server = await startTestServer({ clock: () => now });
  now = new Date(server.pki.issuedAt.getTime() + MINUTE);
});
after(() => server.close());

it('stays SESSION_EXPIRED after the purge has run, on every request, for a day', async () => {
  const token = await server.managerSession('20003');
  assert.equal(server.store.dump()['auth.sessions']!.length, 1);

  // Past the 10-minute idle limit and past the purge interval: the first request of this minute
  // purges expired sessions before it looks its own up.
  now = new Date(now.getTime() + 10 * MINUTE + 2 * MINUTE);
  for (let i = 0; i < 2; i++) {
    expectProblem(assert, await server.request('GET', '/api/v1/session', { token }), 401, 'SESSION_EXPIRED');
  }
  const dump = server.store.dump();
  assert.equal(dump['auth.sessions']!.length, 0, 'the expired session and its personal data are gone');
  assert.equal(dump['auth.expired_sessions']!.length, 1);
  assert.ok(!JSON.stringify(dump['auth.expired_sessions']).includes('20003'));

  now = new Date(now.getTime() + 23 * 60 * MINUTE);
  expectProblem(assert, await server.request('GET', '/api/v1/handlers', { token }), 401, 'SESSION_EXPIRED');
  now = new Date(now.getTime() + 2 * 60 * MINUTE);
  expectProblem(assert, await server.request('GET', '/api/v1/handlers', { token }), 401, 'SESSION_INVALID');
});

it('an expired session found before any purge is expired once, and stays so', async () => {
  const token = await server.managerSession('20003');
  now = new Date(now.getTime() + 10 * MINUTE + 1);
  expectProblem(assert, await server.request('GET', '/api/v1/handlers', { token }), 401, 'SESSION_EXPIRED');
  expectProblem(assert, await server.request('GET', '/api/v1/handlers', { token }), 401, 'SESSION_EXPIRED');
});

it('a signed-out session is SESSION_INVALID, not expired', async () => {
  const token = await server.managerSession('20003');
  assert.equal((await server.request('DELETE', '/api/v1/session', { token })).status, 204);
  now = new Date(now.getTime() + 15 * MINUTE);
  expectProblem(assert, await server.request('GET', '/api/v1/session', { token }), 401, 'SESSION_INVALID');
});
