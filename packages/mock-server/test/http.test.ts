// The HTTP layer: problem documents for every kind of bad request (malformed, too large, too
// deep, wrong media type, wrong method, unknown path), CORS for allowed origins, request ids,
// unexpected errors (500 without internals), the OpenAPI document and the docs page, and
// responses conforming to the contract schemas the SDK validates with.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { endpoints, problemCatalog, problemSchema } from '@gepi/sdk/api';
import { createRegistrationApi } from '../src/app.js';
import { trustFromPki } from '../src/demo.js';
import { SqliteStore } from '../src/store/driver-node.js';
import { sharedPki } from './support/pki.js';
import { expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('bad requests are 4xx problems', () => {
  it('unknown path → 404 ROUTE_NOT_FOUND; known path, wrong method → 405 with Allow', async () => {
    expectProblem(assert, await server.request('GET', '/api/v1/nothing'), 404, 'ROUTE_NOT_FOUND');
    const r = await server.request('PATCH', '/api/v1/handlers/1');
    expectProblem(assert, r, 405, 'METHOD_NOT_ALLOWED');
    assert.equal(r.headers.get('allow'), 'GET, PUT, DELETE');
  });

  it('malformed JSON, invalid UTF-8 and non-objects', async () => {
    const post = (body: BodyInit, type = 'application/json') =>
      server.request('POST', '/api/v1/challenges', { body, headers: { 'content-type': type } });
    expectProblem(assert, await post('{"origin":'), 400, 'JSON_MALFORMED');
    expectProblem(assert, await post("{'origin': 1}"), 400, 'JSON_MALFORMED');
    expectProblem(
      assert,
      await post(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
      400,
      'JSON_MALFORMED',
    );
    const array = expectProblem(assert, await post('[1,2]'), 400, 'FIELD_INVALID');
    assert.equal(array.field, '(body)');
    expectProblem(assert, await post('"text"'), 400, 'FIELD_INVALID');
    expectProblem(assert, await post('{"origin":42}'), 400, 'FIELD_INVALID');
    expectProblem(assert, await post('{"origin":"x"}', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectProblem(
      assert,
      await post('{"purpose":"query-citizen-serial","__proto__":{"admin":true}}'),
      400,
      'FIELD_UNKNOWN',
    );
  });

  it('bodies over 64 KiB → 413, whether declared or streamed', async () => {
    const big = JSON.stringify({ origin: 'x'.repeat(70 * 1024) });
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/challenges', {
        body: big,
        headers: { 'content-type': 'application/json' },
      }),
      413,
      'BODY_TOO_LARGE',
    );
    const declared = await fetch(`${server.url}/api/v1/challenges`, {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(declared.status, 413);
    assert.equal(declared.headers.get('connection'), 'close');
    await server.checkAnswer('POST', '/api/v1/challenges', 413, declared.headers, await declared.text());
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${server.url}/api/v1/challenges`, {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    assert.equal(response.status, 413);
    const text = await response.text();
    await server.checkAnswer('POST', '/api/v1/challenges', response.status, response.headers, text);
    assert.equal(JSON.parse(text).code, 'BODY_TOO_LARGE');
    // The refused body was not read to its end, so that connection is closed rather than reused
    // (the Node server drops it half a second later: a client reusing it got UND_ERR_SOCKET).
    assert.equal(response.headers.get('connection'), 'close');
  });

  it('deeply nested bodies → 400 BODY_TOO_DEEP', async () => {
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/challenges', {
        body: deep,
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'BODY_TOO_DEEP',
    );
    let value: unknown = 1;
    for (let i = 0; i < 20; i++) value = { a: value };
    const nested = JSON.stringify({ origin: value });
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/challenges', {
        body: nested,
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'BODY_TOO_DEEP',
    );
  });

  it('every problem carries the request id of its response', async () => {
    const r = await server.request('GET', '/api/v1/nothing');
    assert.equal(r.body.requestId, r.headers.get('x-request-id'));
    assert.equal(r.headers.get('cache-control'), 'no-store');
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  });
});

describe('CORS', () => {
  it('answers preflights from allowed origins only', async () => {
    const allowed = await fetch(`${server.url}/api/v1/handlers`, {
      method: 'OPTIONS',
      headers: {
        origin: server.origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), server.origin);
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
    const denied = await fetch(`${server.url}/api/v1/handlers`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(denied.headers.get('access-control-allow-origin'), null);
  });
});

describe('unexpected errors', () => {
  it('→ 500 INTERNAL with no internals, logged with the request id', async () => {
    const pki = await sharedPki();
    const store = new SqliteStore({ path: ':memory:' });
    store.getAgency = () => {
      throw new Error('disk on fire at /secret/path');
    };
    const logged: unknown[] = [];
    const api = createRegistrationApi({
      store,
      trust: trustFromPki(pki),
      origins: [],
      logger: { warn: () => undefined, error: (message, fields) => logged.push({ message, ...fields }) },
    });
    const http = serve({ fetch: api.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => http.once('listening', resolve));
    try {
      const port = (http.address() as AddressInfo).port;
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/receipts?agencyCode=10001`);
      assert.equal(response.status, 500);
      const text = await response.text();
      const body = JSON.parse(text);
      assert.equal(body.code, 'INTERNAL');
      assert.ok(!text.includes('disk on fire') && !text.includes('/secret/path') && !text.includes('at '));
      assert.equal((logged[0] as any).requestId, body.requestId);
      assert.match((logged[0] as any).error, /disk on fire/);
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });
});

describe('demo PKI for the demo portal', () => {
  it('serves the CA certificates, CRLs and every card with its PKCS#8 keys, marked demo-only', async () => {
    const r = await server.request('GET', '/demo/pki');
    assert.equal(r.status, 200);
    assert.match(r.body.notice, /DEMO ONLY/);
    assert.deepEqual(Object.keys(r.body.cas).sort(), ['GCA', 'HCA', 'MOEACA', 'MOICA', 'XCA']);
    assert.equal(r.body.cards.length, server.pki.cards.length);
    const lin = r.body.cards.find((c: any) => c.id === 'CIT-LIN');
    assert.equal(lin.serial, '100048210DD2DF2E128096A9282B0002');
    assert.equal(lin.pin, '123456');
    const key = await crypto.subtle.importKey(
      'pkcs8',
      Buffer.from(lin.signing.privateKeyPkcs8, 'base64'),
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    assert.equal(key.type, 'private');
    assert.ok(lin.encryption.certificate);
  });

  it('is not served without the demo seed', async () => {
    const api = createRegistrationApi({
      store: new SqliteStore({ path: ':memory:' }),
      trust: trustFromPki(await sharedPki()),
      origins: [],
    });
    const response = await api.fetch(new Request('http://api/demo/pki'));
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as any).code, 'ROUTE_NOT_FOUND');
  });
});

describe('the contract', () => {
  it('serves an OpenAPI 3.1 document covering every endpoint, with every $ref resolvable', async () => {
    const r = await server.request('GET', '/openapi.json');
    assert.equal(r.status, 200);
    const doc = r.body;
    assert.equal(doc.openapi, '3.1.0');
    for (const def of Object.values(endpoints)) {
      assert.ok(doc.paths[def.path]?.[def.method.toLowerCase()], `${def.method} ${def.path}`);
    }
    const refs = new Set<string>();
    JSON.stringify(doc, (key, value) => {
      if (key === '$ref') refs.add(value);
      return value;
    });
    for (const ref of refs) {
      const [, kind, id] = /^#\/components\/(schemas|headers)\/(.+)$/.exec(ref) ?? [];
      assert.ok(kind && doc.components[kind][id!], `unresolved ${ref}`);
    }
    // Its server is the origin it was asked from (a configured public URL wins: see below).
    assert.deepEqual(doc.servers, [{ url: server.url, description: 'This server.' }]);
    const viaLocalhost = await fetch(`${server.origin}/openapi.json`);
    assert.equal(((await viaLocalhost.json()) as any).servers[0].url, server.origin);
    const body = doc.paths['/api/v1/handlers'].post.requestBody.content['application/json'].schema;
    assert.deepEqual(body, { $ref: '#/components/schemas/HandlerInput' });
    assert.equal(doc.components.schemas.HandlerInput.additionalProperties, false);
    assert.ok(
      doc.paths['/api/v1/handlers'].post.responses['409']['x-problem-codes'].includes(
        'HANDLER_DUPLICATE_SERIAL',
      ),
    );
  });

  it('lists a configured public URL as its server (behind a proxy), whatever the Host', async () => {
    const proxied = await startTestServer({ publicUrl: 'https://gepi.example.gov.tw/' });
    try {
      const r = await proxied.request('GET', '/openapi.json');
      assert.deepEqual(r.body.servers, [{ url: 'https://gepi.example.gov.tw', description: 'This server.' }]);
      assert.deepEqual(proxied.server.api.openapi()['servers'], r.body.servers);
    } finally {
      await proxied.close();
    }
  });

  it('serves a self-contained docs page', async () => {
    const r = await server.request('GET', '/docs');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /text\/html/);
    assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    for (const def of Object.values(endpoints)) assert.ok(r.text.includes(def.path), def.path);
    for (const code of Object.keys(problemCatalog)) assert.ok(r.text.includes(`id="${code}"`), code);
    assert.ok(!/(src|href)="https?:/.test(r.text), 'no external assets');
    assert.ok(!r.text.includes('<script'), 'no script');
    // Each operation with its statuses, headers and examples from the document.
    for (const id of Object.keys(endpoints)) assert.ok(r.text.includes(`id="op-${id}"`), id);
    const create = r.text.slice(
      r.text.indexOf('id="op-createHandler"'),
      r.text.indexOf('id="op-getHandler"'),
    );
    assert.match(create, /Example request/);
    assert.match(create, /陳志豪/);
    assert.match(create, /href="#IDEMPOTENCY_KEY_REUSED"/);
    assert.match(create, /<code>Idempotent-Replayed<\/code>/);
    assert.match(create, /pattern <code>\^\[0: \]\*/, 'the serial rule');
    assert.match(r.text, new RegExp(`Server: <code>${server.url}</code>`));
  });

  it('responses conform to the schemas the SDK validates them with', async () => {
    const check = (id: keyof typeof endpoints, body: unknown) => {
      const schema = (endpoints[id].response as { schema?: { safeParse(v: unknown): any } }).schema!;
      const parsed = schema.safeParse(body);
      assert.ok(parsed.success, `${id}: ${JSON.stringify(parsed.error?.issues)}`);
    };
    check('health', (await server.request('GET', '/api/v1/health')).body);
    check('permissions', (await server.request('GET', '/api/v1/permissions')).body);
    check('contacts', (await server.request('GET', '/api/v1/contacts')).body);
    check('terms', (await server.request('GET', '/api/v1/terms')).body);
    check('crls', (await server.request('GET', '/api/v1/crls')).body);
    check(
      'createChallenge',
      (
        await server.request('POST', '/api/v1/challenges', {
          json: { origin: server.origin, purpose: 'assignment', agencyCode: '10002' },
        })
      ).body,
    );
    const org = await server.orgSignIn('ORG-10002', '10002', 'assignment');
    check('orgSignIn', org.body);
    const citizen = await server.citizenSignIn('CIT-LIN', 'F223456786', org.body.token);
    check('citizenSignIn', citizen.body);
    const token = org.body.token;
    check('getSession', (await server.request('GET', '/api/v1/session', { token })).body);
    check('listHandlers', (await server.request('GET', '/api/v1/handlers', { token })).body);
    const created = await server.request('POST', '/api/v1/handlers', {
      token,
      json: { serial: 'ABCDEF01', name: '陳志豪', nationalId: 'B120112236', permissions: ['query.general'] },
    });
    check('createHandler', created.body);
    const id = created.body.handler.id;
    check('getHandler', (await server.request('GET', `/api/v1/handlers/${id}`, { token })).body);
    check(
      'updateHandler',
      (
        await server.request('PUT', `/api/v1/handlers/${id}`, {
          token,
          json: {
            serial: 'ABCDEF02',
            name: '陳志豪',
            nationalId: 'B120112236',
            permissions: ['query.general'],
          },
        })
      ).body,
    );
    check('deleteHandler', (await server.request('DELETE', `/api/v1/handlers/${id}`, { token })).body);
    check('listReceipts', (await server.request('GET', '/api/v1/receipts?agencyCode=10002')).body);
    const authorized = await server.managerSession('10002', 'query-authorized');
    check('authorizedList', (await server.request('GET', '/api/v1/authorized', { token: authorized })).body);
    check('adminListReviews', (await server.admin('GET', '/reviews')).body);
    check('adminAudit', (await server.admin('GET', '/audit')).body);
    const problem = await server.request('GET', '/api/v1/handlers');
    assert.ok(problemSchema.safeParse(problem.body).success);
  });
});
