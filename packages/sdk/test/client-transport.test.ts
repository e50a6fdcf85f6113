// GepiClient's transport policy against a real, deliberately flaky HTTP server on 127.0.0.1: which
// answers are retried and how long it waits (recorded through an injected sleep, never timed),
// idempotency keys that stay the same across retries, problem documents turned into typed errors,
// timeouts and aborts that really cancel the request, schema checks, and page-walking iterators.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { endpoints } from '../src/api/endpoints.js';
import type { EndpointId } from '../src/api/endpoints.js';
import { apiErrorFromResponse, problemWords } from '../src/api/problem-errors.js';
import { problemCatalog } from '../src/api/problems.js';
import { routes } from '../src/api/routes.js';
import { apiErrorFromDocument } from '../src/client/problem-document.js';
import type { RouteDefinition } from '../src/api/routes.js';
import {
  ApiError,
  ConflictProblem,
  GepiClient,
  NotFoundProblem,
  RateLimited,
  ServerProblem,
  TransportError,
  ValidationProblem,
  abortableSleep,
  backoffDelay,
  parseRetryAfter,
} from '../src/client/index.js';
import type { CallOptions, GepiClientOptions, RetryEvent } from '../src/client/index.js';

// ── a scriptable server ──────────────────────────────────────────────────────────────────────────

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}
type Handler = (res: ServerResponse, req: Seen) => void;

let server: Server;
let base: string;
let script: Handler[] = [];
let seen: Seen[] = [];
/** Requests the client gave up on before the server answered them. */
let abandoned: Seen[] = [];
let onAbandoned: (() => void) | undefined;

before(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry: Seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(entry);
      res.on('close', () => {
        if (!res.writableEnded) {
          abandoned.push(entry);
          onAbandoned?.();
        }
      });
      // The last handler repeats, so "always 503" is one entry.
      const handler = script[Math.min(seen.length - 1, script.length - 1)];
      if (handler) handler(res, entry);
      else json(res, 500, { message: 'no handler scripted' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  script = [];
  seen = [];
  abandoned = [];
  onAbandoned = undefined;
});

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function problem(
  res: ServerResponse,
  status: number,
  doc: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': 'application/problem+json; charset=utf-8',
    'x-request-id': String(doc['requestId'] ?? 'req-x'),
    ...headers,
  });
  res.end(JSON.stringify(doc));
}

const never: Handler = () => {
  /* holds the request open until the client goes away */
};
const status =
  (code: number, headers: Record<string, string> = {}): Handler =>
  (res) =>
    json(res, code, { message: `status ${code}` }, headers);

const HEALTH = { status: 'ok', time: '2024-05-01T08:00:00.000Z', version: '0.1.0' };
const PERMISSIONS = { permissions: [{ id: 'query', label: '查詢' }] };
const TEXT = (zh: string, en: string) => ({ 'zh-TW': zh, en });
const RECEIPT = {
  id: 7,
  number: 'GEPI-1130501-000007',
  agencyCode: '10001',
  agencyName: '測試機關',
  receivedAt: '2024-05-01T08:00:00.000Z',
  receivedAtRoc: '113年05月01日16點00分00秒',
  item: 'first-registration',
  itemLabel: TEXT('首次註冊', 'First registration'),
};
const REGISTERED = {
  agencyCode: '10001',
  registeredAt: '2024-05-01T08:00:00.000Z',
  receipt: RECEIPT,
  message: TEXT('註冊成功', 'Registered'),
};
const CONTACT = { name: '王小明', email: 'wang@example.gov.tw', phone: '(02)2701-3411' };
const SIGN_IN = {
  nonce: 'n'.repeat(43),
  origin: 'https://portal.example',
  certificate: 'AAAA',
  signature: 'AAAA',
  algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  purpose: 'first-registration',
  agencyCode: '10001',
} as const;

// ── a client with recorded waits ─────────────────────────────────────────────────────────────────

interface Harness {
  client: GepiClient;
  delays: number[];
  retries: RetryEvent[];
}

function harness(options: GepiClientOptions = {}): Harness {
  const delays: number[] = [];
  const retries: RetryEvent[] = [];
  const client = new GepiClient({
    baseUrl: base,
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms);
    },
    onRetry: (e) => retries.push(e),
    ...options,
  });
  return { client, delays, retries };
}

async function caught(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to fail');
}

// ── retries ──────────────────────────────────────────────────────────────────────────────────────

describe('retries of idempotent calls', () => {
  it('retries a 503 and returns the validated answer of the second attempt', async () => {
    script = [status(503), (res) => json(res, 200, HEALTH)];
    const { client, delays, retries } = harness();
    assert.deepEqual(await client.health(), HEALTH);
    assert.equal(seen.length, 2);
    // Full jitter with random 0.5: half of the first backoff (250 ms).
    assert.deepEqual(delays, [125]);
    assert.equal(retries[0]?.reason, 503);
  });

  it('waits at least the Retry-After seconds of a 429', async () => {
    script = [status(429, { 'retry-after': '1' }), (res) => json(res, 200, PERMISSIONS)];
    const { client, delays } = harness();
    assert.deepEqual(await client.permissions(), PERMISSIONS);
    assert.equal(seen.length, 2);
    assert.equal(delays.length, 1);
    assert.ok(delays[0]! >= 1000, `waited ${delays[0]} ms`);
  });

  it('reads a Retry-After HTTP date against the injected clock', async () => {
    const now = Date.parse('2024-05-01T08:00:00Z');
    script = [
      status(503, { 'retry-after': 'Wed, 01 May 2024 08:00:03 GMT' }),
      (res) => json(res, 200, HEALTH),
    ];
    const { client, delays } = harness({ now: () => now });
    await client.health();
    assert.deepEqual(delays, [3000]);
  });

  it('gives up at once, with retryAfter, when the server asks for a longer wait than allowed', async () => {
    script = [status(429, { 'retry-after': '120' })];
    const { client, delays } = harness();
    const error = await caught(client.permissions());
    assert.ok(error instanceof RateLimited);
    assert.equal(error.retryAfter, 120);
    assert.equal(seen.length, 1);
    assert.deepEqual(delays, []);
  });

  it('retries at most `limit` times, then throws the last answer as an ApiError', async () => {
    script = [status(502)];
    const { client, delays } = harness({ retry: { limit: 3 } });
    const error = await caught(client.health());
    assert.ok(error instanceof ServerProblem);
    assert.equal(error.status, 502);
    assert.equal(error.code, 'HTTP_ERROR');
    assert.equal(error.details['attempts'], 4);
    assert.equal(seen.length, 4);
    assert.equal(delays.length, 3);
  });

  it('keeps full-jitter waits within [0, cap], doubling up to the cap', async () => {
    for (const [random, expected] of [
      [0, [0, 0, 0, 0, 0]],
      [1, [250, 500, 1000, 1000, 1000]],
    ] as const) {
      seen = [];
      script = [status(503)];
      const { client, delays } = harness({ random: () => random, retry: { limit: 5, maxDelay: 1000 } });
      await caught(client.health());
      assert.deepEqual(delays, expected);
    }
    for (let retry = 1; retry <= 12; retry++) {
      for (const r of [0, 0.25, 0.999, 1, -3, 7]) {
        const d = backoffDelay(retry, () => r, 250, 5000);
        assert.ok(d >= 0 && d <= 5000, `retry ${retry}, random ${r}: ${d}`);
      }
    }
    assert.equal(
      backoffDelay(20, () => 1, 250, 5000),
      5000,
    );
  });

  it('parses Retry-After seconds and dates, refusing the unreadable', () => {
    const now = Date.parse('2024-05-01T08:00:00Z');
    assert.equal(parseRetryAfter('7', now), 7000);
    assert.equal(parseRetryAfter('Wed, 01 May 2024 08:01:00 GMT', now), 60_000);
    assert.equal(parseRetryAfter('Wed, 01 May 2024 07:00:00 GMT', now), 0);
    for (const bad of ['-1', '1.5', 'soon', '', null, undefined])
      assert.equal(parseRetryAfter(bad, now), undefined);
  });
});

describe('POSTs and idempotency keys', () => {
  it('never retries a sign-in (it consumes a nonce), and sends it without a key', async () => {
    script = [status(500)];
    const { client, delays } = harness();
    const error = await caught(client.orgSignIn(SIGN_IN));
    assert.ok(error instanceof ServerProblem);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]?.headers['idempotency-key'], undefined);
    assert.deepEqual(delays, []);
  });

  it('keeps a sign-in unretried whatever the call options say', async () => {
    script = [status(503)];
    const { client } = harness();
    const sneaky = { retry: 2, policy: 'idempotent' } as CallOptions;
    await caught(client.orgSignIn(SIGN_IN, sneaky));
    assert.equal(seen.length, 1);
  });

  it('retries a POST carrying an Idempotency-Key with the same key every time', async () => {
    script = [status(503), status(502), (res) => json(res, 201, REGISTERED)];
    const { client } = harness();
    assert.deepEqual(await client.register(CONTACT), REGISTERED);
    assert.equal(seen.length, 3);
    const keys = seen.map((s) => s.headers['idempotency-key']);
    assert.match(String(keys[0]), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(keys, [keys[0], keys[0], keys[0]]);
    assert.deepEqual(
      seen.map((s) => JSON.parse(s.body) as unknown),
      [CONTACT, CONTACT, CONTACT],
    );
  });

  it('makes a new key per logical call, and uses a key the caller keeps', async () => {
    script = [(res) => json(res, 201, REGISTERED)];
    const { client } = harness();
    await client.register(CONTACT);
    await client.register(CONTACT);
    await client.register(CONTACT, { idempotencyKey: 'kept-key-1' });
    const keys = seen.map((s) => s.headers['idempotency-key']);
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'kept-key-1');
  });

  it('does not retry a POST when the call turns retries off', async () => {
    script = [status(503)];
    const { client } = harness();
    await caught(client.register(CONTACT, { retry: false }));
    assert.equal(seen.length, 1);
  });
});

// ── a dropped answer: the server acted, the client never heard ────────────────────────────────────

/** Reads the request, then closes the connection without answering: a lost answer. */
const drop: Handler = (res) => {
  res.socket?.destroy();
};

/**
 * A server that keeps its side of Idempotency-Key as the registration API does: the first request
 * under a key is acted on (here: a handler whose version goes up, or which is deleted) and its
 * answer stored; a repeat with the same key gets that answer. A repeat without a key meets its own
 * change: 409 HANDLER_VERSION_CONFLICT for an update, 404 HANDLER_NOT_FOUND for a delete.
 */
/** The receipt of a change to handler 12 (no full ID: the masked one). */
function handlerReceipt(item: 'handler-updated' | 'handler-deleted', id: number) {
  return {
    ...RECEIPT,
    id,
    number: `GEPI-1130501-${String(id).padStart(6, '0')}`,
    item,
    itemLabel:
      item === 'handler-updated'
        ? TEXT('修改授權經辦人', 'Handler changed')
        : TEXT('刪除授權經辦人', 'Handler deleted'),
    handler: { id: 12, name: '經辦人12', nationalIdMasked: 'A12****789' },
  };
}

function handlerServer(dropFirst: boolean) {
  let version = 1;
  let exists = true;
  const answers = new Map<string, { status: number; body: unknown }>();
  let calls = 0;
  const conflict = (code: string, status: number) => ({
    status,
    body: { type: 'about:blank', title: code, status, code, requestId: 'req-1' },
  });
  const handle: Handler = (res, req) => {
    calls++;
    const key = req.headers['idempotency-key'];
    const stored = typeof key === 'string' ? answers.get(key) : undefined;
    let answer = stored;
    if (!answer) {
      if (!exists) answer = conflict('HANDLER_NOT_FOUND', 404);
      else if (req.method === 'DELETE') {
        exists = false;
        answer = {
          status: 200,
          body: {
            id: 12,
            receipt: handlerReceipt('handler-deleted', 21),
            message: TEXT('刪除成功', 'Deleted'),
          },
        };
      } else if ((JSON.parse(req.body) as { version: number }).version !== version) {
        answer = conflict('HANDLER_VERSION_CONFLICT', 409);
      } else {
        version++;
        answer = {
          status: 200,
          body: {
            handler: { ...handler(12), nationalId: 'A123456789', version },
            receipt: handlerReceipt('handler-updated', 20 + version),
            message: TEXT('修改成功', 'Saved'),
          },
        };
      }
      if (typeof key === 'string') answers.set(key, answer);
    }
    if (dropFirst && calls === 1) {
      res.socket?.destroy();
      return;
    }
    if (answer.status >= 400) problem(res, answer.status, answer.body as Record<string, unknown>);
    else json(res, answer.status, answer.body, stored ? { 'idempotent-replayed': 'true' } : {});
  };
  return handle;
}

const HANDLER_UPDATE = {
  name: '經辦人12',
  nationalId: 'A123456789',
  serial: '0012',
  permissions: ['query'],
  version: 1,
};

describe('a dropped answer: every call that changes something repeats with the same key', () => {
  it('updateHandler: the repeat gets the applied change, not HANDLER_VERSION_CONFLICT', async () => {
    script = [handlerServer(true)];
    const { client, retries } = harness();
    const saved = await client.updateHandler(12, HANDLER_UPDATE);
    assert.equal(saved.handler.version, 2);
    // One change, one receipt: the repeat answers the first change's number.
    assert.equal(saved.receipt.number, 'GEPI-1130501-000022');
    assert.equal(seen.length, 2);
    assert.equal(retries[0]?.reason, 'network');
    const keys = seen.map((s) => s.headers['idempotency-key']);
    assert.ok(typeof keys[0] === 'string' && keys[0].length > 0, 'a key is sent');
    assert.equal(keys[1], keys[0]);
  });

  it('deleteHandler: the repeat gets the deletion’s answer, not HANDLER_NOT_FOUND', async () => {
    script = [handlerServer(true)];
    const { client } = harness();
    const deleted = await client.deleteHandler(12);
    assert.equal(deleted.id, 12);
    assert.equal(deleted.receipt.item, 'handler-deleted');
    assert.equal(seen.length, 2);
    assert.equal(seen[1]?.headers['idempotency-key'], seen[0]?.headers['idempotency-key']);
  });

  it('endSession: the repeat that finds the session gone counts as done', async () => {
    script = [
      drop,
      (res) => problem(res, 401, { type: 'about:blank', title: 'x', status: 401, code: 'SESSION_INVALID' }),
    ];
    const { client } = harness();
    assert.equal(await client.endSession(), undefined);
    assert.equal(seen.length, 2);
    assert.equal(seen[1]?.headers['idempotency-key'], seen[0]?.headers['idempotency-key']);
    // Without a retry, SESSION_INVALID is still an error.
    seen = [];
    script = [
      (res) => problem(res, 401, { type: 'about:blank', title: 'x', status: 401, code: 'SESSION_INVALID' }),
    ];
    const error = await caught(client.endSession());
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'SESSION_INVALID');
  });

  // Every method of every endpoint that changes something (all but the reads and the sign-ins):
  // the first attempt's answer is lost, the second carries the same key and the same body.
  const CALLS: Partial<Record<EndpointId, (client: GepiClient) => Promise<unknown>>> = {
    createChallenge: (c) => c.createChallenge({ purpose: 'assignment', agencyCode: '10001' }),
    endSession: (c) => c.endSession(),
    extendSession: (c) => c.extendSession(),
    submitReview: (c) => c.submitReview({ applicantName: '王小明', phone: '(02)2701-3411' }),
    register: (c) => c.register(CONTACT),
    swapOrg: (c) => c.swapOrg(CONTACT),
    swapManager: (c) => c.swapManager(CONTACT),
    swapBoth: (c) => c.swapBoth(CONTACT),
    createHandler: (c) =>
      c.createHandler({ name: '王小明', nationalId: 'A123456789', serial: '0012', permissions: ['query'] }),
    updateHandler: (c) => c.updateHandler(12, HANDLER_UPDATE),
    deleteHandler: (c) => c.deleteHandler(12),
    createTemplate: (c) => c.createTemplate({ name: '查詢', permissions: ['query'] }),
    updateTemplate: (c) => c.updateTemplate(4, { name: '查詢', permissions: ['query'], version: 1 }),
    deleteTemplate: (c) => c.deleteTemplate(4),
    adminApproveReview: (c) => c.adminApproveReview(3),
    adminRejectReview: (c) => c.adminRejectReview(3, { reason: '資料不符' }),
    adminLoadCrls: (c) => c.adminLoadCrls({ crls: ['MIIB'] }),
  };

  it('covers every endpoint that changes something', () => {
    const changing = (Object.keys(routes) as EndpointId[]).filter(
      (id) =>
        routes[id].method !== 'GET' && id !== 'orgSignIn' && id !== 'citizenSignIn' && id !== 'checkOrgCard',
    );
    assert.deepEqual(Object.keys(CALLS).sort(), [...changing].sort());
  });

  for (const [id, call] of Object.entries(CALLS) as [
    EndpointId,
    (client: GepiClient) => Promise<unknown>,
  ][]) {
    it(`${id}: retried after a dropped answer with one Idempotency-Key`, async () => {
      // The repeat is answered with a problem, so no answer body has to be made up per endpoint.
      script = [
        drop,
        (res) => problem(res, 422, { type: 'about:blank', title: 'x', status: 422, code: 'TEST_DONE' }),
      ];
      const { client } = harness();
      await caught(call(client));
      assert.equal(seen.length, 2, `${id} is retried after the lost answer`);
      const [first, second] = seen;
      assert.equal(first?.method, routes[id].method);
      assert.ok(typeof first?.headers['idempotency-key'] === 'string', `${id} sends a key`);
      assert.equal(second?.headers['idempotency-key'], first?.headers['idempotency-key']);
      assert.equal(second?.body, first?.body);
    });
  }
});

// ── answers that are errors ──────────────────────────────────────────────────────────────────────

describe('problem documents', () => {
  it('turns a 400 problem into a ValidationProblem with code, field, both languages and request id; not retried', async () => {
    script = [
      (res) =>
        problem(res, 400, {
          type: 'urn:gepi:problem:national-id-invalid',
          title: 'Invalid national ID',
          status: 400,
          detail: 'The national ID has a wrong check digit.',
          code: 'NATIONAL_ID_INVALID',
          i18n: {
            'zh-TW': { title: '身分證統一編號格式錯誤', detail: '身分證統一編號檢查碼不符' },
            en: { title: 'Invalid national ID', detail: 'The national ID has a wrong check digit.' },
          },
          field: 'nationalId',
          errors: [
            {
              code: 'NATIONAL_ID_INVALID',
              field: 'nationalId',
              reason: 'NATIONAL_ID_CHECKSUM',
              i18n: {
                'zh-TW': { title: '身分證統一編號格式錯誤', detail: '身分證統一編號檢查碼不符' },
                en: { title: 'Invalid national ID', detail: 'The national ID has a wrong check digit.' },
              },
            },
          ],
          requestId: 'req-400',
        }),
    ];
    const { client, delays } = harness();
    const error = await caught(
      client.createHandler({
        serial: 'ABCD',
        name: '王小明',
        nationalId: 'A123456788',
        permissions: ['query'],
      }),
    );
    assert.ok(error instanceof ValidationProblem);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'NATIONAL_ID_INVALID');
    assert.equal(error.field, 'nationalId');
    assert.equal(error.text['zh-TW'], '身分證統一編號檢查碼不符');
    assert.equal(error.text.en, 'The national ID has a wrong check digit.');
    assert.equal(error.title['zh-TW'], '身分證統一編號格式錯誤');
    assert.equal(error.requestId, 'req-400');
    assert.equal(error.fieldErrors[0]?.reason, 'NATIONAL_ID_CHECKSUM');
    assert.equal(seen.length, 1);
    assert.deepEqual(delays, []);
  });

  it('turns a 404 problem into a NotFoundProblem, filling in words missing from the document from problemWords', async () => {
    script = [(res) => problem(res, 404, { code: 'HANDLER_NOT_FOUND', status: 404, requestId: 'req-404' })];
    const { client } = harness({ problemWords });
    const error = await caught(client.getHandler(99));
    assert.ok(error instanceof NotFoundProblem);
    assert.equal(error.code, 'HANDLER_NOT_FOUND');
    assert.equal(error.text['zh-TW'], '貴機關查無此授權經辦人。');
    assert.equal(error.requestId, 'req-404');
    assert.equal(seen[0]?.url, '/api/v1/handlers/99');
    assert.equal(seen.length, 1);
  });

  const bareDuplicate: Handler = (res) =>
    problem(res, 409, {
      code: 'HANDLER_DUPLICATE_SERIAL',
      field: 'serial',
      requestId: 'req-409',
      details: { serial: 'AB' },
      errors: [{ code: 'SERIAL_INVALID', field: 'serial', reason: 'SERIAL_FORMAT' }],
    });

  it('without problemWords, words a document without words generically, keeping its code, field, details and field errors', async () => {
    script = [bareDuplicate];
    const { client } = harness();
    const error = await caught(
      client.createHandler({ serial: 'AB', name: '王', nationalId: 'A123456789', permissions: ['q'] }),
    );
    assert.ok(error instanceof ConflictProblem);
    assert.equal(error.status, 409);
    assert.equal(error.code, 'HANDLER_DUPLICATE_SERIAL');
    assert.equal(error.field, 'serial');
    assert.equal(error.requestId, 'req-409');
    assert.deepEqual(error.details, { serial: 'AB', attempts: 1 });
    const generic = {
      title: { 'zh-TW': '伺服器回應錯誤', en: 'Server error' },
      text: {
        'zh-TW': '伺服器無法處理此請求，請稍後再試。(HTTP 409)',
        en: 'The server could not handle the request. Try again later. (HTTP 409)',
      },
    };
    assert.deepEqual(error.title, generic.title);
    assert.deepEqual(error.text, generic.text);
    assert.deepEqual(error.fieldErrors, [
      { code: 'SERIAL_INVALID', field: 'serial', reason: 'SERIAL_FORMAT', ...generic },
    ]);
  });

  it('with problemWords, takes the words a document leaves out from it, for the problem and its fields', async () => {
    script = [bareDuplicate];
    const { client } = harness({ problemWords });
    const error = await caught(
      client.createHandler({ serial: 'AB', name: '王', nationalId: 'A123456789', permissions: ['q'] }),
    );
    assert.ok(error instanceof ConflictProblem);
    assert.equal(error.code, 'HANDLER_DUPLICATE_SERIAL');
    assert.deepEqual(error.title, problemCatalog.HANDLER_DUPLICATE_SERIAL.title);
    assert.deepEqual(error.text, problemCatalog.HANDLER_DUPLICATE_SERIAL.detail);
    assert.equal(error.fieldErrors[0]?.field, 'serial');
    assert.deepEqual(error.fieldErrors[0]?.title, problemCatalog.SERIAL_INVALID.title);
    assert.deepEqual(error.fieldErrors[0]?.text, problemCatalog.SERIAL_INVALID.detail);
  });

  it('makes the same ApiError as apiErrorFromResponse of @gepi/sdk/api with problemWords, and as apiErrorFromDocument without, whatever words the document has', async () => {
    const bodies: Record<string, unknown>[] = [
      { code: 'AGENCY_UNKNOWN', field: 'agencyCode' },
      { code: 'AGENCY_UNKNOWN', title: 'Server words', detail: 'Said by the server.' },
      {
        code: 'AGENCY_UNKNOWN',
        i18n: {
          'zh-TW': { title: '伺服器', detail: '伺服器說明' },
          en: { title: 'Server', detail: 'Explained' },
        },
      },
      { code: 'AGENCY_UNKNOWN', i18n: { en: { title: 'Only English' } } },
      { code: 'FROM_A_NEWER_SERVER' },
      { message: 'no code at all' },
      {
        code: 'FIELD_INVALID',
        errors: [{ field: 'q' }, { code: 'PHONE_INVALID', field: 'phone', title: 'Bad' }],
      },
    ];
    for (const body of bodies) {
      for (const words of [problemWords, undefined]) {
        script = [(res) => problem(res, 404, { ...body, requestId: 'req-same' })];
        seen = [];
        const { client } = harness(words ? { problemWords: words } : {});
        const error = await caught(client.listReceipts({ agencyCode: '99999' }));
        assert.ok(error instanceof ApiError);
        const response = { status: 404, body: { ...body, requestId: 'req-same' }, requestId: 'req-same' };
        const expected = words ? apiErrorFromResponse(response) : apiErrorFromDocument(response, undefined);
        const { attempts, ...details } = error.details;
        assert.equal(attempts, 1);
        assert.deepEqual(
          { ...error, details, name: error.name, message: error.message },
          { ...expected, name: expected.name, message: expected.message },
          `${JSON.stringify(body)}, problemWords ${words ? 'given' : 'not given'}`,
        );
      }
    }
  });

  it('explains a 404 without a problem document as HTTP_ERROR with its status', async () => {
    script = [
      (res) => {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<h1>Not Found</h1>');
      },
    ];
    const { client } = harness();
    const error = await caught(client.health());
    assert.ok(error instanceof NotFoundProblem);
    assert.equal(error.code, 'HTTP_ERROR');
    assert.match(error.text.en, /HTTP 404/);
    assert.equal(seen.length, 1);
  });

  it('does not retry a 409', async () => {
    script = [(res) => problem(res, 409, { code: 'HANDLER_VERSION_CONFLICT', requestId: 'req-409' })];
    const { client } = harness();
    const error = await caught(
      client.updateHandler(3, {
        serial: 'AB',
        name: '王',
        nationalId: 'A123456789',
        permissions: ['q'],
        version: 1,
      }),
    );
    assert.ok(error instanceof ConflictProblem);
    assert.equal(seen[0]?.method, 'PUT');
    assert.equal(seen.length, 1);
  });
});

describe('answers that break the contract', () => {
  it('rejects a 2xx body failing the schema as RESPONSE_INVALID, with the issues and request id', async () => {
    script = [(res) => json(res, 200, { status: 'ok', time: 'yesterday' }, { 'x-request-id': 'req-bad' })];
    const { client } = harness();
    const error = await caught(client.health());
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'RESPONSE_INVALID');
    assert.equal(error.status, 200);
    assert.equal(error.requestId, 'req-bad');
    const issues = error.details['issues'] as { path: string }[];
    assert.deepEqual(issues.map((i) => i.path).sort(), ['time', 'version']);
    assert.equal(seen.length, 1);
  });

  it('rejects a 2xx body that is not JSON as RESPONSE_INVALID', async () => {
    script = [
      (res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>portal</html>');
      },
    ];
    const { client } = harness();
    const error = await caught(client.terms());
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'RESPONSE_INVALID');
    assert.equal(error.details['reason'], 'not-json');
  });
});

// ── no answer ────────────────────────────────────────────────────────────────────────────────────

describe('timeouts, aborts and network failures', () => {
  it('times out after `timeout` ms with TIMEOUT, and really cancels the request', async () => {
    script = [never];
    const gone = new Promise<void>((resolve) => (onAbandoned = resolve));
    const { client } = harness();
    const error = await caught(client.health({ timeout: 200 }));
    assert.ok(error instanceof TransportError);
    assert.equal(error.code, 'TIMEOUT');
    assert.equal(error.details['timeout'], 200);
    await gone;
    assert.equal(abandoned.length, 1);
    assert.equal(seen.length, 1);
  });

  it('fails with ABORTED when the caller aborts mid-request, and sends nothing more', async () => {
    const controller = new AbortController();
    script = [() => controller.abort()];
    const gone = new Promise<void>((resolve) => (onAbandoned = resolve));
    const { client, delays } = harness();
    const error = await caught(client.health({ signal: controller.signal }));
    assert.ok(error instanceof TransportError);
    assert.equal(error.code, 'ABORTED');
    await gone;
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(seen.length, 1);
    assert.deepEqual(delays, []);
  });

  it('fails with ABORTED when the caller aborts during the wait before a retry', async () => {
    const controller = new AbortController();
    script = [status(503)];
    const { client } = harness({
      sleep: (ms, signal) => {
        queueMicrotask(() => controller.abort());
        return abortableSleep(ms * 1000, signal);
      },
    });
    const error = await caught(client.health({ signal: controller.signal }));
    assert.ok(error instanceof TransportError);
    assert.equal(error.code, 'ABORTED');
    assert.equal(seen.length, 1);
  });

  it('fails at once with ABORTED for an already aborted signal', async () => {
    const { client } = harness();
    const error = await caught(client.health({ signal: AbortSignal.abort() }));
    assert.ok(error instanceof TransportError);
    assert.equal(error.code, 'ABORTED');
    assert.equal(seen.length, 0);
  });

  it('reports NETWORK_ERROR after retrying a closed port', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const { client, delays, retries } = harness({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await caught(client.health());
    assert.ok(error instanceof TransportError);
    assert.equal(error.code, 'NETWORK_ERROR');
    assert.equal(error.attempts, 3);
    assert.equal(delays.length, 2);
    assert.deepEqual(
      retries.map((r) => r.reason),
      ['network', 'network'],
    );
    assert.equal(error.text['zh-TW'], '無法連線至伺服器，請確認網路連線後再試。');
  });

  it('does not retry a sign-in after a network failure either', async () => {
    const { client, delays } = harness({ baseUrl: 'http://127.0.0.1:1' });
    const error = await caught(
      client.citizenSignIn({ ...SIGN_IN, purpose: undefined, nationalId: 'A123456789' }),
    );
    assert.ok(error instanceof TransportError);
    assert.equal(error.attempts, 1);
    assert.deepEqual(delays, []);
  });
});

// ── pagination ───────────────────────────────────────────────────────────────────────────────────

function handler(id: number) {
  return {
    id,
    name: `經辦人${id}`,
    nationalIdMasked: 'A12****789',
    serial: `${id}`.padStart(4, '0'),
    permissions: ['query'],
    createdAt: '2024-05-01T08:00:00.000Z',
    updatedAt: '2024-05-01T08:00:00.000Z',
    version: 1,
    card: UNKNOWN_CARD,
    newPermissions: [],
  };
}

const UNKNOWN_CARD = { state: 'unknown', notAfter: null, daysLeft: null, revocationChecked: false };

const handlerPages: Handler = (res, req) => {
  const url = new URL(req.url, 'http://x');
  const page = Number(url.searchParams.get('page'));
  const pageSize = Number(url.searchParams.get('pageSize'));
  const total = 23;
  const from = (page - 1) * pageSize;
  const ids = Array.from({ length: Math.max(0, Math.min(pageSize, total - from)) }, (_, i) => from + i + 1);
  json(res, 200, {
    agency: { code: '10001', name: '測試機關' },
    managerName: '王小明',
    registeredCards: { org: UNKNOWN_CARD, manager: UNKNOWN_CARD },
    items: ids.map(handler),
    total,
    page,
    pageSize,
    from: ids.length ? from + 1 : 0,
    to: from + ids.length,
  });
};

describe('pagination', () => {
  it('walks 3 pages of a 23-item list and stops at the total', async () => {
    script = [handlerPages];
    const { client } = harness();
    const items = [];
    for await (const item of client.iterateHandlers({ pageSize: 10, q: '王' })) items.push(item);
    assert.deepEqual(
      items.map((h) => h.id),
      Array.from({ length: 23 }, (_, i) => i + 1),
    );
    assert.deepEqual(
      seen.map((s) => s.url),
      [
        '/api/v1/handlers?pageSize=10&q=%E7%8E%8B&page=1',
        '/api/v1/handlers?pageSize=10&q=%E7%8E%8B&page=2',
        '/api/v1/handlers?pageSize=10&q=%E7%8E%8B&page=3',
      ],
    );
  });

  it('asks for no more pages once the consumer stops', async () => {
    script = [handlerPages];
    const { client } = harness();
    let n = 0;
    for await (const _ of client.iterateHandlers({ pageSize: 10 })) if (++n === 12) break;
    assert.equal(seen.length, 2);
  });

  it('yields whole pages through pages(), defaulting to 100 per page', async () => {
    script = [handlerPages];
    const { client } = harness();
    const pages = [];
    for await (const page of client.pages('listHandlers')) pages.push(page.items.length);
    assert.deepEqual(pages, [23]);
    assert.match(seen[0]?.url ?? '', /pageSize=100/);
  });

  it('stops with ABORTED when the signal fires between pages', async () => {
    script = [handlerPages];
    const controller = new AbortController();
    const { client } = harness();
    const error = await caught(
      (async () => {
        for await (const item of client.iterateHandlers({ pageSize: 10 }, { signal: controller.signal })) {
          if (item.id === 10) controller.abort();
        }
      })(),
    );
    assert.ok(error instanceof TransportError);
    assert.equal(error.code, 'ABORTED');
    assert.equal(seen.length, 1);
  });

  it('refuses a page size the API does not offer', async () => {
    const { client } = harness();
    await assert.rejects(async () => {
      // @ts-expect-error 20 is not a page size
      for await (const _ of client.iterateHandlers({ pageSize: 20 }));
    }, RangeError);
  });
});

// ── requests ─────────────────────────────────────────────────────────────────────────────────────

describe('requests', () => {
  it('adds the headers hook (a bearer token) and per-call headers', async () => {
    script = [(res) => json(res, 200, HEALTH)];
    let token = 'session-1';
    const { client } = harness({ headers: () => ({ authorization: `Bearer ${token}` }) });
    await client.health({ headers: { 'x-trace': 't1' } });
    token = 'session-2';
    await client.health();
    assert.equal(seen[0]?.headers['authorization'], 'Bearer session-1');
    assert.equal(seen[0]?.headers['x-trace'], 't1');
    assert.equal(seen[1]?.headers['authorization'], 'Bearer session-2');
  });

  it('appends endpoint paths to a base URL with a path', async () => {
    script = [(res) => json(res, 200, HEALTH)];
    const { client } = harness({ baseUrl: `${base}/portal/` });
    await client.health();
    assert.equal(seen[0]?.url, '/portal/api/v1/health');
  });

  it('uses an injected fetch', async () => {
    const urls: string[] = [];
    const client = new GepiClient({
      baseUrl: 'https://gepi.invalid',
      fetch: async (input) => {
        urls.push(input instanceof Request ? input.url : String(input));
        return new Response(JSON.stringify(HEALTH), { headers: { 'content-type': 'application/json' } });
      },
    });
    assert.deepEqual(await client.health(), HEALTH);
    assert.deepEqual(urls, ['https://gepi.invalid/api/v1/health']);
  });

  it('returns CSV as text and a 204 as undefined', async () => {
    script = [
      (res) => {
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
        res.end('姓名，序號\n王小明，0001\n');
      },
      (res) => {
        res.writeHead(204);
        res.end();
      },
    ];
    const { client } = harness();
    assert.equal(await client.authorizedCsv({ q: '王' }), '姓名，序號\n王小明，0001\n');
    assert.match(String(seen[0]?.headers['accept']), /^text\/csv/);
    assert.equal(await client.endSession(), undefined);
    assert.equal(seen[1]?.method, 'DELETE');
  });

  it('keeps the byte-order mark of a CSV answer (Excel needs it), byte for byte', async () => {
    const csv = '序號,姓名\r\n1,張淑芬\r\n';
    script = [
      (res) => {
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
        res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]));
      },
      // JSON keeps being read as Response.text() reads it: a stray mark there is dropped.
      (res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(HEALTH))]));
      },
    ];
    const { client } = harness();
    const text = await client.authorizedCsv();
    assert.equal(text, `\uFEFF${csv}`);
    assert.deepEqual(
      [...new TextEncoder().encode(text).subarray(0, 3)],
      [0xef, 0xbb, 0xbf],
      'the text encodes back to the bytes sent',
    );
    assert.deepEqual(await client.health(), HEALTH);
  });

  it('sends by the light route table (routes.ts), which agrees with the zod route table', () => {
    assert.deepEqual(Object.keys(routes).sort(), Object.keys(endpoints).sort());
    for (const [id, def] of Object.entries(endpoints)) {
      const route: RouteDefinition = routes[id as EndpointId];
      const response = def.response as { status: number; schema?: unknown; contentType?: string };
      assert.equal(route.method, def.method, id);
      assert.equal(route.path, def.path, id);
      assert.equal(route.body === true, 'body' in def, id);
      const kind = response.schema ? 'json' : response.contentType ? 'text' : 'empty';
      assert.equal(route.response, kind, id);
      assert.equal(route.contentType, response.contentType, id);
    }
  });

  it('has a method for every endpoint of the route table', () => {
    const { client } = harness();
    for (const id of Object.keys(endpoints)) {
      assert.equal(typeof (client as unknown as Record<string, unknown>)[id], 'function', id);
    }
  });

  it('requires a base URL outside a browser page', () => {
    assert.throws(() => new GepiClient(), TypeError);
  });
});
