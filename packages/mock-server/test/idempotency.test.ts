// Idempotency-Key over real HTTP: a repeated registration or handler creation is answered from the
// first answer (same status and body, `Idempotent-Replayed: true`) and changes nothing; the same
// key with another body is refused; keys are validated and scoped to their sender. The request
// that is still running when its repeat arrives is tested in-process, where the test can hold it.
// Also CORS for the headers the SDK sends and reads.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { validateNationalId } from '@gepi/sdk';
import { signInMessage } from '@gepi/sdk/api';
import type { Sha256 } from '@gepi/sdk/api';
import { createRegistrationApi } from '../src/app.js';
import { NO_RATE_LIMITS } from '../src/context.js';
import { cardDetailsFromPki, demoSeed, trustFromPki } from '../src/demo.js';
import { SqliteStore } from '../src/store/driver-node.js';
import { webAesGcm } from '../src/util/crypto.js';
import { nodeAesGcm } from '../src/util/crypto-node.js';
import { sharedPki } from './support/pki.js';
import { DEFAULT_BINDING, expectProblem, startTestServer } from './support/server.js';
import type { HttpResult, TestServer } from './support/server.js';

const contact = {
  name: '王大明',
  email: 'wang.daming@example.org',
  phone: '02-2701-3411',
  extension: '123',
  remarks: '測試',
};
const handler = {
  serial: '100048210DD2DF2E128096A9282B0003',
  name: '陳志豪',
  nationalId: 'B120112236',
  permissions: ['premium.submit'],
};

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const keyed = (key: string) => ({ 'idempotency-key': key });

/** POST /api/v1/<path> with this Idempotency-Key and JSON body (and the session's token, if any). */
function postKeyed(path: string, key: string, json: unknown, token?: string) {
  return server.request('POST', `/api/v1/${path}`, {
    ...(token === undefined ? {} : { token }),
    json,
    headers: keyed(key),
  });
}

/** `again` is `first` replayed: the same body, byte for byte, marked Idempotent-Replayed. */
function assertReplayed(again: HttpResult, first: HttpResult): void {
  assert.equal(again.status, first.status, again.text);
  assert.equal(again.text, first.text, 'the same body, byte for byte');
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
}

/** The national ID with these first nine characters and a valid check digit. */
function validId(first9: string): string {
  for (let d = 0; d <= 9; d++) if (validateNationalId(`${first9}${d}`).ok) return `${first9}${d}`;
  throw new Error('unreachable');
}

describe('Idempotency-Key', () => {
  it('a retried registration registers once, leaves one receipt, and gets the first answer again', async () => {
    const token = await server.session('first-registration', '10001', 'ORG-10001', 'CIT-WANG', 'A123456789');
    const key = randomUUID();
    const first = await postKeyed('registrations', key, contact, token);
    assert.equal(first.status, 201, first.text);
    assert.equal(first.headers.get('idempotent-replayed'), null);

    // The registration used the session up; the repeat (same token, key and body) still gets its answer.
    const again = await postKeyed('registrations', key, contact, token);
    assertReplayed(again, first);
    assert.equal(again.headers.get('content-type'), first.headers.get('content-type'));
    assert.notEqual(again.headers.get('x-request-id'), first.headers.get('x-request-id'));

    assert.equal(server.store.listReceipts('10001').length, 1);
    const registrations = server.store
      .listAudit({ agencyCode: '10001', limit: 100 })
      .filter((a) => a.action === 'registration.created');
    assert.equal(registrations.length, 1);

    // Without the key, the same request is a new one, refused as it should be.
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/registrations', { token, json: contact }),
      401,
      'SESSION_INVALID',
    );
  });

  it('a replayed handler creation creates one handler', async () => {
    const token = await server.managerSession('10002');
    const before = server.store.listHandlers('10002', { offset: 0, limit: 100 }).total;
    const key = randomUUID();
    const first = await postKeyed('handlers', key, handler, token);
    assert.equal(first.status, 201, first.text);
    const again = await postKeyed('handlers', key, handler, token);
    assertReplayed(again, first);
    assert.equal(server.store.listHandlers('10002', { offset: 0, limit: 100 }).total, before + 1);

    // A refusal is an answer too: a new key for the same handler hears the duplicate, and so do its repeats.
    const otherKey = randomUUID();
    const duplicate = await postKeyed('handlers', otherKey, handler, token);
    assert.equal(duplicate.status, 409, duplicate.text);
    assert.match(duplicate.body.code, /^HANDLER_DUPLICATE_/);
    const duplicateAgain = await postKeyed('handlers', otherKey, handler, token);
    assertReplayed(duplicateAgain, duplicate);
  });

  it('checks authorization first: after sign-out a replay gets 401, not the stored answer with the full national ID', async () => {
    const token = await server.managerSession('20003');
    const key = randomUUID();
    const person = {
      ...handler,
      serial: '100048210DD2DF2E128096A9282B0C01',
      nationalId: validId('B12011230'),
    };
    const first = await postKeyed('handlers', key, person, token);
    assert.equal(first.status, 201, first.text);
    assert.equal(first.body.handler.nationalId, person.nationalId);
    assert.equal((await server.request('DELETE', '/api/v1/session', { token })).status, 204);
    const replay = await postKeyed('handlers', key, person, token);
    expectProblem(assert, replay, 401, 'SESSION_INVALID');
    assert.ok(!replay.text.includes(person.nationalId));
  });

  it('keeps no full national ID in a stored answer: sealed under the session token, and expiring with the session', async () => {
    const token = await server.managerSession('20003');
    const key = randomUUID();
    const person = {
      ...handler,
      serial: '100048210DD2DF2E128096A9282B0C02',
      nationalId: validId('B12011231'),
    };
    const first = await postKeyed('handlers', key, person, token);
    assert.equal(first.status, 201, first.text);
    const rows = server.store.dump().idempotency_keys as Record<string, unknown>[];
    const text = JSON.stringify(rows);
    assert.ok(!text.includes(person.nationalId), 'no full national ID at rest');
    assert.ok(!text.includes(person.nationalId.slice(-4) + '"'), 'nor the plaintext answer');
    const mine = rows.filter(
      (r) => String(r['route']).startsWith('createHandler ') && String(r['body']).startsWith('enc1:'),
    );
    assert.ok(mine.length > 0, 'sealed answers are stored');
    const session = server.store.getSession(createHash('sha256').update(token).digest('hex'));
    const sessionEnds = Date.parse(session!.createdAt) + 30 * 60_000;
    for (const row of mine) assert.ok(Date.parse(String(row['expires_at'])) <= sessionEnds, 'not 24 h');
    // The holder of the token still gets the answer back, byte for byte.
    const again = await postKeyed('handlers', key, person, token);
    assertReplayed(again, first);
  });

  it('seals answers alike in Node and in browsers: each AES-GCM opens the other’s, and a changed byte opens in neither', async () => {
    const key = createHash('sha256').update('a bearer token').digest();
    const iv = new Uint8Array(12).fill(7);
    const plain = new TextEncoder().encode(JSON.stringify({ handler }));
    const byNode = await nodeAesGcm.seal(key, iv, plain);
    const byWeb = await webAesGcm.seal(key, iv, plain);
    assert.deepEqual(Buffer.from(byNode), Buffer.from(byWeb), 'the same bytes: ciphertext, then the tag');
    assert.equal(byNode.length, plain.length + 16);
    assert.deepEqual(Buffer.from(await webAesGcm.open(key, iv, byNode)), Buffer.from(plain));
    assert.deepEqual(Buffer.from(await nodeAesGcm.open(key, iv, byWeb)), Buffer.from(plain));
    for (const at of [0, byNode.length - 1]) {
      const changed = Uint8Array.from(byNode);
      changed[at]! ^= 1;
      await assert.rejects(async () => nodeAesGcm.open(key, iv, changed));
      await assert.rejects(async () => webAesGcm.open(key, iv, changed));
    }
    const otherKey = createHash('sha256').update('another token').digest();
    await assert.rejects(async () => nodeAesGcm.open(otherKey, iv, byNode));
  });

  it('a used-up session (after a registration) lets in the repeat only, and not after sign-out', async () => {
    const token = await server.session('first-registration', '30004', 'ORG-30004', 'CIT-CHEN', 'B120112236');
    const key = randomUUID();
    const first = await postKeyed('registrations', key, contact, token);
    assert.equal(first.status, 201, first.text);
    // Another request on the used-up session, even with a key of its own, is not let in.
    expectProblem(
      assert,
      await postKeyed('registrations', randomUUID(), contact, token),
      401,
      'SESSION_INVALID',
    );
    expectProblem(
      assert,
      await server.request('DELETE', '/api/v1/session', { token }),
      401,
      'SESSION_INVALID',
    );
    // Signed out: the repeat is refused too.
    expectProblem(assert, await postKeyed('registrations', key, contact, token), 401, 'SESSION_INVALID');
  });

  it('the same key with another body → 422 IDEMPOTENCY_KEY_REUSED, and nothing is written', async () => {
    const token = await server.managerSession('20003');
    const key = randomUUID();
    const first = await server.request('POST', '/api/v1/handlers', {
      token,
      json: { ...handler, nationalId: 'B120112236', serial: '100048210DD2DF2E128096A9282B0009' },
      headers: keyed(key),
    });
    assert.equal(first.status, 201, first.text);
    const count = server.store.listHandlers('20003', { offset: 0, limit: 100 }).total;
    const other = await server.request('POST', '/api/v1/handlers', {
      token,
      json: { ...handler, nationalId: 'A123456789', serial: '100048210DD2DF2E128096A9282B000A' },
      headers: keyed(key),
    });
    const problem = expectProblem(assert, other, 422, 'IDEMPOTENCY_KEY_REUSED');
    assert.equal(problem.field, 'Idempotency-Key');
    assert.equal(server.store.listHandlers('20003', { offset: 0, limit: 100 }).total, count);
  });

  it('keys belong to their sender: another session’s request with the same key is its own', async () => {
    const key = randomUUID();
    const body = { ...handler, nationalId: validId('C10000000'), serial: 'ABCDEF01' };
    const a = await server.request('POST', '/api/v1/handlers', {
      token: await server.managerSession('10002'),
      json: body,
      headers: keyed(key),
    });
    assert.equal(a.status, 201, a.text);
    const b = await server.request('POST', '/api/v1/handlers', {
      token: await server.managerSession('20003'),
      json: body,
      headers: keyed(key),
    });
    assert.equal(b.status, 201, b.text);
    assert.equal(b.headers.get('idempotent-replayed'), null);
    assert.notEqual(b.body.handler.id, a.body.handler.id);
  });

  it('refuses malformed keys (FIELD_INVALID, field Idempotency-Key) before doing anything', async () => {
    const token = await server.managerSession('10002');
    for (const bad of ['', 'has space', 'x'.repeat(256), 'tab\there']) {
      const r = await postKeyed('handlers', bad, handler, token);
      const problem = expectProblem(assert, r, 400, 'FIELD_INVALID');
      assert.equal(problem.field, 'Idempotency-Key');
    }
    const longest = await postKeyed('handlers', '~'.repeat(255), handler, token);
    assert.notEqual(longest.status, 400, longest.text);
  });

  it('checks authentication before the key: an anonymous caller with a malformed key gets 401, not 400', async () => {
    const bad = keyed('has space');
    const signOut = await server.request('DELETE', '/api/v1/session', { headers: bad });
    expectProblem(assert, signOut, 401, 'SESSION_REQUIRED');
    const wrongToken = await server.request('POST', '/api/v1/handlers', {
      token: 'not-a-session',
      json: handler,
      headers: bad,
    });
    expectProblem(assert, wrongToken, 401, 'SESSION_INVALID');
    const reviewer = await server.request('POST', '/api/v1/admin/reviews/1/approve', {
      token: 'not-the-reviewer-token',
      json: {},
      headers: bad,
    });
    expectProblem(assert, reviewer, 401, 'ADMIN_UNAUTHORIZED');
    // Let in, the same key is refused for its syntax.
    const token = await server.managerSession('10002');
    const signedIn = await server.request('DELETE', '/api/v1/session', { token, headers: bad });
    assert.equal(expectProblem(assert, signedIn, 400, 'FIELD_INVALID').field, 'Idempotency-Key');
  });

  it('replays a challenge (the same nonce) but keeps it with the sign-in state, not in the database', async () => {
    const key = randomUUID();
    const body = { origin: server.origin, ...DEFAULT_BINDING };
    const first = await postKeyed('challenges', key, body);
    const again = await postKeyed('challenges', key, body);
    assert.equal(first.status, 201);
    assertReplayed(again, first);
    assert.equal(
      server.store.dump().idempotency_keys!.length > 0,
      true,
      'durable answers exist from the tests above',
    );
    assert.ok(
      !JSON.stringify(server.store.dump().idempotency_keys).includes(first.body.nonce),
      'no nonce on disk',
    );
    // The nonce is still single-use: the replayed answer does not make it valid twice.
    const proof = await server.proof(server.card('ORG-10002'), { nonce: first.body.nonce });
    const signIn = (nonce: string) =>
      server.request('POST', '/api/v1/sign-ins/org', {
        json: { ...proof, nonce, agencyCode: '10002', purpose: 'assignment' },
      });
    assert.equal((await signIn(first.body.nonce)).status, 201);
    expectProblem(assert, await signIn(first.body.nonce), 401, 'NONCE_REUSED');
  });

  it('is not honoured on sign-ins: their proofs are single-use and their answers carry new tokens', async () => {
    const proof = await server.proof(server.card('ORG-10002'));
    const key = randomUUID();
    const signIn = () =>
      server.request('POST', '/api/v1/sign-ins/org', {
        json: { ...proof, agencyCode: '10002', purpose: 'assignment' },
        headers: keyed(key),
      });
    assert.equal((await signIn()).status, 201);
    expectProblem(assert, await signIn(), 401, 'NONCE_REUSED');
  });
});

describe('a repeat while the first request is still running', () => {
  it('→ 409 IDEMPOTENCY_IN_PROGRESS with Retry-After; once the first is answered, repeats get its answer', async () => {
    const pki = await sharedPki();
    const origin = 'http://portal.test';
    // The browser build hashes asynchronously (WebCrypto); this hash can be held. Once armed, the
    // first hash of 66 bytes ("gepi idempotent answer", NUL, the 43-character token) is the first
    // request deriving the key that seals its answer: it has claimed its key and done its work, and
    // waits there, still in flight, until released.
    const nodeHash: Sha256 = (data) => createHash('sha256').update(data).digest();
    let armed = false;
    let tokenHashes = 0;
    let reached!: () => void;
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const sha256: Sha256 = async (data) => {
      if (armed && data.byteLength === 66 && ++tokenHashes === 1) {
        reached();
        await released;
      }
      return nodeHash(data);
    };
    const store = new SqliteStore({ path: ':memory:' });
    const seed = demoSeed(new Date(), cardDetailsFromPki(pki));
    store.seed(seed.data, seed.audit);
    const api = createRegistrationApi({
      store,
      trust: trustFromPki(pki),
      origins: [origin],
      sha256,
      logger: { warn: () => undefined, error: () => undefined },
      limits: { ...NO_RATE_LIMITS },
    });
    await api.ready;
    const call = (path: string, json: unknown, headers: Record<string, string> = {}) =>
      api.fetch(
        new Request(`http://api.test${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(json),
        }),
      );
    const sign = async (cardId: string) => {
      const card = pki.card(cardId);
      // Both steps are for assignment of 10002.
      const binding = { purpose: 'assignment', agencyCode: '10002' };
      const { nonce } = (await (await call('/api/v1/challenges', { origin, ...binding })).json()) as {
        nonce: string;
      };
      const signature = await crypto.subtle.sign(
        'RSASSA-PKCS1-v1_5',
        card.signing.privateKey,
        await signInMessage(origin, nonce),
      );
      return {
        nonce,
        origin,
        certificate: Buffer.from(card.signing.certificate).toString('base64'),
        signature: Buffer.from(signature).toString('base64'),
        algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      };
    };
    const org = (await (
      await call('/api/v1/sign-ins/org', {
        ...(await sign('ORG-10002')),
        agencyCode: '10002',
        purpose: 'assignment',
      })
    ).json()) as any;
    const auth = { authorization: `Bearer ${org.token}` };
    const citizen = await call(
      '/api/v1/sign-ins/citizen',
      { ...(await sign('CIT-LIN')), nationalId: 'F223456786' },
      auth,
    );
    assert.equal(citizen.status, 200, await citizen.clone().text());

    armed = true;
    const headers = { ...auth, 'idempotency-key': 'in-flight-1' };
    const first = call('/api/v1/handlers', handler, headers);
    await arrived;
    const during = await call('/api/v1/handlers', handler, headers);
    assert.equal(during.status, 409);
    assert.equal(((await during.json()) as any).code, 'IDEMPOTENCY_IN_PROGRESS');
    assert.equal(during.headers.get('retry-after'), '1');
    const differentBody = await call('/api/v1/handlers', { ...handler, name: '陳志明' }, headers);
    assert.equal(differentBody.status, 422);
    armed = false;
    release();
    const answered = await first;
    assert.equal(answered.status, 201);
    const firstText = await answered.text();
    const after = await call('/api/v1/handlers', handler, headers);
    assert.equal(after.status, 201);
    assert.equal(after.headers.get('idempotent-replayed'), 'true');
    assert.equal(await after.text(), firstText);
    assert.equal(
      store.listHandlers('10002', { offset: 0, limit: 100 }).items.filter((h) => h.name === '陳志豪').length,
      1,
    );
    api.close();
  });
});

describe('CORS', () => {
  it('lets allowed origins send Idempotency-Key and read the headers the SDK needs', async () => {
    const preflight = await fetch(`${server.url}/api/v1/handlers`, {
      method: 'OPTIONS',
      headers: {
        origin: server.origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), server.origin);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
    for (const header of ['authorization', 'content-type', 'idempotency-key'])
      assert.ok(allowed.includes(header), header);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);

    const simple = await server.request('GET', '/api/v1/health', { headers: { origin: server.origin } });
    assert.equal(simple.headers.get('access-control-allow-origin'), server.origin);
    const exposed = (simple.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/,\s*/);
    for (const header of ['x-request-id', 'retry-after', 'idempotent-replayed'])
      assert.ok(exposed.includes(header), header);
    assert.match(simple.headers.get('vary') ?? '', /Origin/i);

    const foreign = await server.request('GET', '/api/v1/health', {
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    assert.equal(foreign.headers.get('access-control-expose-headers'), null);
  });
});
