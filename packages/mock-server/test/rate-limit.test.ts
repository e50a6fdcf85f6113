// Rate limits on every endpoint that can be abused at speed, per client address: public receipt
// look-ups (agency enumeration), reviewer endpoints (token guessing, counted before the token is
// checked), and handler searches. X-Forwarded-For counts only from a configured trusted proxy.
// Real HTTP on 127.0.0.1; the servers here tell clients apart by socket address, not by the test
// header the other suites use.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN_TOKEN, expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

let server: TestServer;
let proxied: TestServer;

before(async () => {
  const limits = { receiptsPerMinute: 5, adminPerMinute: 3, searchPerMinute: 4 };
  // clientIdHeader '' : the peer address decides, as in production.
  server = await startTestServer({ clientIdHeader: '', limits });
  proxied = await startTestServer({ clientIdHeader: '', limits, trustedProxies: ['127.0.0.1', '::1'] });
});
after(async () => {
  await server.close();
  await proxied.close();
});

const receipts = (s: TestServer, code: string, headers: Record<string, string> = {}) =>
  s.request('GET', `/api/v1/receipts?agencyCode=${code}`, { headers });

describe('public receipts', () => {
  it('answers 429 problem+json with Retry-After once one address has asked too often, whatever the agency code', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 8; i++) {
      // A different agency code each time: enumerating codes is what the limit is for.
      last = await receipts(server, String(10001 + i));
      statuses.push(last.status);
    }
    assert.deepEqual(
      statuses.map((s) => (s === 429 ? 429 : 'answered')),
      ['answered', 'answered', 'answered', 'answered', 'answered', 429, 429, 429],
    );
    const problem = expectProblem(assert, last!, 429, 'RATE_LIMITED');
    assert.ok(Number(last!.headers.get('retry-after')) >= 1);
    assert.equal(problem.details.limit, 'receipts');
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    // The budget of 127.0.0.1 is spent above; a made-up forwarded address does not buy a new one.
    const r = await receipts(server, '10002', { 'x-forwarded-for': '203.0.113.9' });
    expectProblem(assert, r, 429, 'RATE_LIMITED');
  });

  it('behind a trusted proxy, counts the forwarded client address; prepended addresses change nothing', async () => {
    for (let i = 0; i < 5; i++) {
      assert.equal((await receipts(proxied, '10002', { 'x-forwarded-for': '198.51.100.1' })).status, 200);
    }
    expectProblem(
      assert,
      await receipts(proxied, '10002', { 'x-forwarded-for': '198.51.100.1' }),
      429,
      'RATE_LIMITED',
    );
    // The client can write what it likes in front of the address the proxy appended.
    expectProblem(
      assert,
      await receipts(proxied, '10002', { 'x-forwarded-for': '192.0.2.77, 198.51.100.1' }),
      429,
      'RATE_LIMITED',
    );
    // Another client behind the same proxy has its own budget.
    assert.equal((await receipts(proxied, '10002', { 'x-forwarded-for': '198.51.100.2' })).status, 200);
  });
});

describe('reviewer endpoints', () => {
  it('limits token guessing: after the budget even the right token waits', async () => {
    const guess = (token: string) =>
      server.request('GET', '/api/v1/admin/reviews', { headers: { authorization: `Bearer ${token}` } });
    for (let i = 0; i < 3; i++) expectProblem(assert, await guess(`wrong-${i}`), 401, 'ADMIN_UNAUTHORIZED');
    const r = await guess(ADMIN_TOKEN);
    const problem = expectProblem(assert, r, 429, 'RATE_LIMITED');
    assert.equal(problem.details.limit, 'admin');
  });
});

describe('handler search', () => {
  it('limits handler lists and searches per client', async () => {
    const token = await proxied.managerSession('10002');
    const search = (q: string) =>
      proxied.request('GET', `/api/v1/handlers?q=${encodeURIComponent(q)}`, {
        token,
        headers: { 'x-forwarded-for': '198.51.100.3' },
      });
    for (const q of ['張', '謝', '吳', 'A']) assert.equal((await search(q)).status, 200);
    const problem = expectProblem(assert, await search('B'), 429, 'RATE_LIMITED');
    assert.equal(problem.details.limit, 'search');
  });
});
