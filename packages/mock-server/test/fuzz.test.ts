// Over a thousand generated malformed requests across every endpoint — broken JSON, wrong types,
// missing and unknown fields, hostile strings, bad query values and path ids, bad tokens, wrong
// methods and media types — must all be answered with a 4xx problem, never a 5xx, and must leave
// the database exactly as it was (compared as a full dump before and after).
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { endpoints } from '@gepi/sdk/api';
import type { EndpointDefinition } from '@gepi/sdk/api';
import { startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

let server: TestServer;
let tokens: Record<string, string>;

before(async () => {
  server = await startTestServer();
  tokens = {
    assignment: await server.managerSession('10002'),
    'query-authorized': await server.managerSession('10002', 'query-authorized'),
    'swap-org': await server.session('swap-org', '10002', 'ORG-10002-RENEWED', 'CIT-LIN', 'F223456786'),
    'swap-manager': await server.session('swap-manager', '10002', 'ORG-10002', 'CIT-LI', 'H123456786'),
    'swap-both': await server.session('swap-both', '10002', 'ORG-10002-RENEWED', 'CIT-LI', 'H123456786'),
    'first-registration': await server.session(
      'first-registration',
      '10001',
      'ORG-10001',
      'CIT-WANG',
      'A123456789',
    ),
    'query-org-oid': (await server.orgSignIn('ORG-10002', '10002', 'query-org-oid')).body.token,
    'query-citizen-serial': (
      await server.citizenSignIn('CIT-WANG', 'A123456789', undefined, { purpose: 'query-citizen-serial' })
    ).body.token,
  };
});
after(() => server.close());

/** A small deterministic PRNG, so a failure reproduces. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Every value here is invalid for every string field of the contract (types, control and bidi
// characters, a lone surrogate, lengths no field allows). Readable hostile strings such as SQL or
// markup are not listed: some of them are valid names, and valid input is not this test's subject.
const INVALID_FOR_STRINGS: unknown[] = [
  null,
  true,
  0,
  -1,
  Infinity, // JSON.stringify makes it null
  Number.MAX_SAFE_INTEGER,
  'x'.repeat(5000),
  '\u0000\u0001\u0007',
  '\u202e甲乙\u202c',
  '\uD800',
  [],
  [1, 2, 3],
  {},
  { nested: { deeper: [null] } },
];
const INVALID_FOR_ARRAYS: unknown[] = [
  [],
  [42],
  ['premium.change', 42],
  'premium.change',
  null,
  {},
  [null],
  [[]],
  7,
];
const INVALID_FOR_OBJECTS: unknown[] = [
  'not-an-object',
  null,
  [],
  {},
  { nested: true },
  42,
  { name: 'RSA-PSS' },
];

const BROKEN_JSON = [
  '{',
  '}',
  '{"a":}',
  '{"a":1,}',
  "{'a':1}",
  '[',
  'NaN',
  'undefined',
  '{"a":1}{"b":2}',
  '\u0000',
  '{"a":"\\x00"}',
  '{"a":01}',
  '{"a":1e99999}',
  '{"a":"unterminated}',
  '{"a":[1,2,}',
];

/** A body that the endpoint's schema accepts in shape, to mutate one field at a time. */
const BASES: Partial<Record<string, Record<string, unknown>>> = {
  createChallenge: { origin: 'http://localhost:1' },
  orgSignIn: {
    nonce: 'A'.repeat(43),
    origin: 'http://localhost:1',
    certificate: 'AAAA',
    signature: 'AAAA',
    algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    purpose: 'assignment',
    agencyCode: '10002',
  },
  citizenSignIn: {
    nonce: 'A'.repeat(43),
    origin: 'http://localhost:1',
    certificate: 'AAAA',
    signature: 'AAAA',
    algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    nationalId: 'A123456789',
  },
  submitReview: { applicantName: '郭怡君', phone: '(04)2345-6789' },
  register: { name: '王大明', email: 'a@example.org', phone: '(02)2701-3411' },
  swapOrg: { name: '林美惠', email: 'a@example.org', phone: '(02)2701-3411' },
  swapManager: { name: '李建國', email: 'a@example.org', phone: '(02)2701-3411' },
  swapBoth: { name: '李建國', email: 'a@example.org', phone: '(02)2701-3411' },
  createHandler: {
    serial: 'ABCDEF',
    name: '陳志豪',
    nationalId: 'B120112236',
    permissions: ['query.general'],
  },
  updateHandler: {
    serial: 'ABCDEF',
    name: '陳志豪',
    nationalId: 'B120112236',
    permissions: ['query.general'],
  },
  adminRejectReview: { reason: 'x' },
};

/** A value that makes the field invalid for its schema (never a valid replacement). */
function invalidFor(value: unknown, rnd: () => number): unknown {
  const list = Array.isArray(value)
    ? INVALID_FOR_ARRAYS
    : typeof value === 'object' && value !== null
      ? INVALID_FOR_OBJECTS
      : INVALID_FOR_STRINGS;
  return list[Math.floor(rnd() * list.length)];
}

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: BodyInit;
  label: string;
}

// Paths whose id must never be a real one (an approve with id 1 would change data).
const BAD_IDS = ['0', '-1', 'abc', '1.0', '0x1', '%2e%2e', '9'.repeat(20), '１', '%00', 'null', ' 1', '1e3'];
const BAD_QUERY_VALUES: Record<string, string[]> = {
  page: ['', '0', '-5', '1e2', '1.5', 'abc', '%00', 'x'.repeat(300), '%F0%9F%98%80', '99999999'],
  pageSize: ['', '0', '-5', '20', '1e2', '11', 'abc', '%00', '%F0%9F%98%80', '10.0'],
  limit: ['', '0', '-5', '20', '1e2', '11', 'abc', '%00'],
  before: ['', '0', '-1', '1.5', 'abc', '%00', '9'.repeat(30)],
  agencyCode: ['', '1234', '123456', 'abcde', '１２３４５', '%00', '10002%00', '10002x'],
  status: ['', 'open', 'PENDING', 'approved,rejected', '%00'],
};

function generate(): FuzzRequest[] {
  const rnd = prng(20241114);
  const out: FuzzRequest[] = [];
  const defs = Object.entries(endpoints) as [string, EndpointDefinition][];

  for (const [id, def] of defs) {
    const needsSession = def.auth === 'session';
    // Never a valid session for ending one: DELETE /session with a valid token would succeed.
    const token = needsSession && id !== 'endSession' ? tokens[def.purposes?.[0] ?? 'assignment'] : undefined;
    const adminHeaders: Record<string, string> =
      def.auth === 'admin' ? { authorization: 'Bearer test-reviewer-token-0123456789' } : {};
    const sessionHeaders: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const auth = { ...adminHeaders, ...sessionHeaders };
    // An id no record has: a body that slipped through validation could then still change nothing.
    const path = def.path.replace('{id}', '999999');

    // Wrong methods on the path.
    for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].filter((m) => m !== def.method)) {
      if (Object.values(endpoints).some((e) => e.path === def.path && e.method === method)) continue;
      out.push({
        method,
        path,
        headers: auth,
        body: method === 'GET' ? undefined : '{}',
        label: `${id} ${method}`,
      });
    }

    // Bad authorization.
    if (def.auth === 'session' || def.auth === 'admin' || def.auth === 'optional-session') {
      for (const header of [
        'Bearer',
        'Bearer ',
        'Basic dXNlcjpwYXNz',
        `Bearer ${'A'.repeat(43)}`,
        'Bearer ../../',
        'x'.repeat(2000),
      ]) {
        out.push({
          method: def.method,
          path,
          headers: { authorization: header, 'content-type': 'application/json' },
          body: def.method === 'GET' || def.method === 'DELETE' ? undefined : JSON.stringify(BASES[id] ?? {}),
          label: `${id} auth ${header.slice(0, 20)}`,
        });
      }
    }

    // Bad path ids.
    if (def.path.includes('{id}')) {
      for (const bad of BAD_IDS) {
        out.push({
          method: def.method,
          path: def.path.replace('{id}', bad),
          headers: { ...auth, 'content-type': 'application/json' },
          body: def.method === 'GET' || def.method === 'DELETE' ? undefined : JSON.stringify(BASES[id] ?? {}),
          label: `${id} id ${bad}`,
        });
      }
    }

    // Bad query values.
    if (def.query) {
      for (const key of Object.keys(def.query.shape)) {
        if (key === 'q') continue; // any text is a search; not malformed
        for (const bad of BAD_QUERY_VALUES[key] ?? []) {
          const extra = id === 'listReceipts' && key !== 'agencyCode' ? 'agencyCode=10002&' : '';
          out.push({
            method: 'GET',
            path: `${path}?${extra}${key}=${bad}`,
            headers: auth,
            label: `${id} ?${key}=${bad}`,
          });
        }
      }
      out.push({ method: 'GET', path: `${path}?unknown=1`, headers: auth, label: `${id} unknown param` });
    }

    if (!def.body) continue;
    // Broken JSON and wrong media types.
    for (const text of BROKEN_JSON) {
      out.push({
        method: def.method,
        path,
        headers: { ...auth, 'content-type': 'application/json' },
        body: text,
        label: `${id} json ${text}`,
      });
    }
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
    ]) {
      out.push({
        method: def.method,
        path,
        headers: { ...auth, 'content-type': type },
        body: 'a=1',
        label: `${id} type ${type}`,
      });
    }
    // Non-object bodies.
    for (const value of ['[]', '"text"', '42', 'null', 'true']) {
      out.push({
        method: def.method,
        path,
        headers: { ...auth, 'content-type': 'application/json' },
        body: value,
        label: `${id} body ${value}`,
      });
    }
    // Too large and too deep.
    out.push({
      method: def.method,
      path,
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(70_000) }),
      label: `${id} large`,
    });
    out.push({
      method: def.method,
      path,
      headers: { ...auth, 'content-type': 'application/json' },
      body: `${'{"a":'.repeat(200)}1${'}'.repeat(200)}`,
      label: `${id} deep`,
    });
    const base = BASES[id];
    if (!base) continue;
    // One field wrong at a time, several times each; one field missing; one unknown field.
    for (const field of Object.keys(base)) {
      for (let k = 0; k < 8; k++) {
        out.push({
          method: def.method,
          path,
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ ...base, [field]: invalidFor(base[field], rnd) }),
          label: `${id} ${field} #${k}`,
        });
      }
      const { [field]: _omitted, ...rest } = base;
      out.push({
        method: def.method,
        path,
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(rest),
        label: `${id} without ${field}`,
      });
    }
    for (const extra of ['__proto__', 'constructor', 'agencyCode', 'id', 'isAdmin']) {
      if (extra in base) continue;
      out.push({
        method: def.method,
        path,
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ ...base, [extra]: { polluted: true } }).replace('"__proto__"', '"__proto__"'),
        label: `${id} extra ${extra}`,
      });
    }
  }
  return out;
}

it('answers ≥1,000 malformed requests with 4xx problems and changes nothing', async () => {
  const requests = generate();
  assert.ok(requests.length >= 1000, `only ${requests.length} requests generated`);
  const before = JSON.stringify(server.store.dump());
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  // A few in flight at a time: enough to interleave, not so many that sockets run out.
  for (let i = 0; i < requests.length; i += 8) {
    await Promise.all(
      requests.slice(i, i + 8).map(async (r) => {
        const response = await fetch(`${server.url}${r.path}`, {
          method: r.method,
          headers: { 'x-test-client': 'fuzz', ...r.headers },
          body: r.body ?? null,
        });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        try {
          await server.checkAnswer(r.method, r.path, response.status, response.headers, text);
        } catch (error) {
          failures.push(`${r.label}: ${(error as Error).message.slice(0, 400)}`);
          return;
        }
        if (response.status >= 500) failures.push(`${r.label}: ${response.status} ${text.slice(0, 200)}`);
        else if (response.status < 400)
          failures.push(`${r.label}: accepted with ${response.status} ${text.slice(0, 200)}`);
        else {
          let body: any;
          try {
            body = JSON.parse(text);
          } catch {
            failures.push(`${r.label}: not JSON: ${text.slice(0, 100)}`);
            return;
          }
          if (
            typeof body.code !== 'string' ||
            !body.i18n?.['zh-TW']?.title ||
            body.status !== response.status
          ) {
            failures.push(`${r.label}: not a problem document: ${text.slice(0, 200)}`);
          }
        }
      }),
    );
  }
  assert.deepEqual(failures, [], failures.slice(0, 20).join('\n'));
  const after = JSON.stringify(server.store.dump());
  assert.equal(after, before, 'the database changed');
  console.log(
    `# fuzz: ${requests.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
});
