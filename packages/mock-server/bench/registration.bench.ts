// `npm run bench -w @gepi/mock-server`: measures, in one run on this machine,
//   1. full card sign-ins per second (challenge + certificate/CRL/signature verification + session),
//      next to raw WebCrypto RSA-2048 verifications per second, and their ratio (target ≥ 40 %);
//   2. handler list latency with 100,000 handlers in one agency: first page, searches, a deep page
//      (target p95 ≤ 5 ms);
//   3. handler writes per second.
// The API runs in-process (api.fetch with real Request objects: routing, validation, SQLite on a
// file in WAL mode), so the figures are the server's own work plus building the Request objects;
// the sign-in figure is also given over HTTP (client and server in this one process). The card's
// RSA signing (~1 ms, the card's job) is excluded from the sign-in timing.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signInMessage } from '@gepi/sdk/api';
import { validateNationalId } from '@gepi/sdk';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { IssuedCard } from '@gepi/sdk/testing';
import { createRegistrationApi } from '../src/app.js';
import { cardDetailsFromPki, demoSeed, trustFromPki } from '../src/demo.js';
import { nodeSignatureChecks, startServer } from '../src/node.js';
import { SqliteStore } from '../src/store/sqlite.js';

const ORIGIN = 'http://bench.local';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const HANDLERS = Number(process.env.BENCH_HANDLERS ?? 100_000);
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 2_000);
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

type Call = (method: string, path: string, options?: { json?: unknown; token?: string }) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function cardSigner(card: IssuedCard) {
  const key = await crypto.subtle.importKey(
    'pkcs8',
    await crypto.subtle.exportKey('pkcs8', card.signing.privateKey),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const certificate = Buffer.from(card.signing.certificate).toString('base64');
  return async (nonce: string, origin: string) => ({
    nonce,
    origin,
    certificate,
    signature: Buffer.from(
      await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, await signInMessage(origin, nonce)),
    ).toString('base64'),
    algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  });
}

/** Raw WebCrypto: verify one RSA-2048 PKCS#1 v1.5 SHA-256 signature over 64 bytes, awaited one at a time. */
async function rawVerifyRate(card: IssuedCard): Promise<number> {
  const message = new Uint8Array(64).fill(7);
  const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', card.signing.privateKey, message);
  const publicKey = card.signing.publicKey;
  for (let i = 0; i < 200; i++)
    await crypto.subtle.verify('RSASSA-PKCS1-v1_5', publicKey, signature, message);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    if (!(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', publicKey, signature, message)))
      throw new Error('verify');
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

/** Runs `task(i)` for i < n with `concurrency` in flight; returns the elapsed milliseconds. */
async function timed(n: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await task(next++);
    }),
  );
  return performance.now() - start;
}

/**
 * Full sign-ins: challenges for n sign-ins are fetched (timed), the card signs them (not timed:
 * that is the card's ~1 ms, not the server's), then the n sign-ins are posted (timed); each opens
 * a session. Rate = n / (challenge time + sign-in time).
 */
async function signInRate(
  call: Call,
  card: IssuedCard,
  origin: string,
  n: number,
  concurrency: number,
): Promise<number> {
  const sign = await cardSigner(card);
  const nonces: string[] = [];
  const challengeMs = await timed(n, concurrency, async (i) => {
    nonces[i] = (await call('POST', '/api/v1/challenges', { json: { origin } })).nonce;
  });
  const proofs = await Promise.all(nonces.map((nonce) => sign(nonce, origin)));
  const signInMs = await timed(n, concurrency, async (i) => {
    const session = await call('POST', '/api/v1/sign-ins/org', {
      json: { ...proofs[i], agencyCode: '10002', purpose: 'assignment' },
    });
    if (typeof session.token !== 'string') throw new Error(`sign-in failed: ${JSON.stringify(session)}`);
  });
  return n / ((challengeMs + signInMs) / 1000);
}

async function latencies(call: Call, token: string, paths: string[], iterations = 1000) {
  for (let i = 0; i < 100; i++) await call('GET', paths[i % paths.length]!, { token });
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    const r = await call('GET', paths[i % paths.length]!, { token });
    samples.push(performance.now() - t0);
    if (!Array.isArray(r.items)) throw new Error(`list failed: ${JSON.stringify(r)}`);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const SURNAMES =
  '王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董潘袁蔡蔣余杜葉程魏蘇呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋傅方白鄒孟熊秦邱江尹薛閻段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴武戴莫孔向湯';
const GIVEN = '大明美惠志豪淑芬建國雅婷宗翰佩君家怡俊傑文哲偉強玉珍冠宇承恩柏翰子涵欣妤詩涵彥廷品妍';

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'gepi-bench-'));
  try {
    console.log('Issuing the demo PKI…');
    const pki = await issueDemoPki();
    const store = new SqliteStore({ path: join(dir, 'bench.sqlite') });
    const seed = demoSeed(new Date(), cardDetailsFromPki(pki));
    store.seed(seed.data, seed.audit);
    const options = {
      store,
      trust: trustFromPki(pki),
      origins: [ORIGIN],
      limits: { signInsPerMinute: Infinity, sessionIdleMs: 3600_000, sessionMaxMs: 3600_000 },
    };
    // As the Node server runs it (node:crypto hashing and verification)…
    const api = createRegistrationApi({ ...options, sha256, signatureChecks: nodeSignatureChecks });
    // …and as the browser build runs it (WebCrypto only).
    const webApi = createRegistrationApi(options);
    await Promise.all([api.ready, webApi.ready]);
    const caller =
      (target: typeof api): Call =>
      async (method, path, options = {}) => {
        const headers: Record<string, string> = {};
        if (options.token) headers.authorization = `Bearer ${options.token}`;
        if (options.json !== undefined) headers['content-type'] = 'application/json';
        const response = await target.fetch(
          new Request(`http://bench.local${path}`, {
            method,
            headers,
            body: options.json === undefined ? null : JSON.stringify(options.json),
          }),
        );
        return response.json();
      };
    const inProcess = caller(api);

    const rows: Array<[string, string]> = [];
    const orgCard = pki.card('ORG-10002');

    console.log('Measuring sign-ins and raw verification…');
    const verify = await rawVerifyRate(orgCard);
    await signInRate(inProcess, orgCard, ORIGIN, 200, 1); // warm-up: caches, JIT
    const signIns = await signInRate(inProcess, orgCard, ORIGIN, SIGN_INS, 1);
    const signInsParallel = await signInRate(inProcess, orgCard, ORIGIN, SIGN_INS, 8);
    await signInRate(caller(webApi), orgCard, ORIGIN, 200, 1);
    const webSignIns = await signInRate(caller(webApi), orgCard, ORIGIN, SIGN_INS, 1);
    const percent = (x: number) => `${((x / verify) * 100).toFixed(1)} % of raw verify`;
    rows.push(['raw WebCrypto RSA-2048 verify (one at a time)', `${verify.toFixed(0)} /s`]);
    rows.push([
      'full sign-ins, in-process, one at a time',
      `${signIns.toFixed(0)} /s  (${percent(signIns)})`,
    ]);
    rows.push([
      'full sign-ins, in-process, 8 in flight',
      `${signInsParallel.toFixed(0)} /s  (${percent(signInsParallel)})`,
    ]);
    rows.push([
      'full sign-ins, in-process, WebCrypto only (browser build)',
      `${webSignIns.toFixed(0)} /s  (${percent(webSignIns)})`,
    ]);

    const http = await startServer({
      db: join(dir, 'http.sqlite'),
      seed: 'demo',
      pki,
      limits: { signInsPerMinute: Infinity },
    });
    try {
      const origin = `http://localhost:${http.port}`;
      const overHttp: Call = async (method, path, options = {}) => {
        const response = await fetch(`${http.url.replace(/\/$/, '')}${path}`, {
          method,
          headers: options.json === undefined ? {} : { 'content-type': 'application/json' },
          body: options.json === undefined ? null : JSON.stringify(options.json),
        });
        return response.json();
      };
      await signInRate(overHttp, orgCard, origin, 100, 1);
      const httpSignIns = await signInRate(overHttp, orgCard, origin, SIGN_INS, 1);
      rows.push([
        'full sign-ins over HTTP (keep-alive), one at a time',
        `${httpSignIns.toFixed(0)} /s  (${percent(httpSignIns)})`,
      ]);
    } finally {
      await http.close();
    }

    console.log(`Inserting ${HANDLERS.toLocaleString('en')} handlers into agency 10002…`);
    const people: Array<{ serial: string; name: string; nationalId: string; permissions: string[] }> = [];
    let state = 12345;
    const rnd = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    for (let i = 0; i < HANDLERS; i++) {
      people.push({
        serial: (0x2000000000 + i * 7).toString(16).toUpperCase(),
        name: `${SURNAMES[rnd(SURNAMES.length)]}${GIVEN[rnd(GIVEN.length)]}${GIVEN[rnd(GIVEN.length)]}`,
        nationalId: `Z${i % 2 === 0 ? 1 : 2}${String(i).padStart(8, '0')}`,
        permissions: ['query.general'],
      });
    }
    const insertStart = performance.now();
    store.bulkInsertHandlers('10002', people, new Date().toISOString());
    const insertMs = performance.now() - insertStart;

    const sign = await cardSigner(orgCard);
    const citizenSign = await cardSigner(pki.card('CIT-LIN'));
    const challenge = async () =>
      (await inProcess('POST', '/api/v1/challenges', { json: { origin: ORIGIN } })).nonce;
    const org = await inProcess('POST', '/api/v1/sign-ins/org', {
      json: { ...(await sign(await challenge(), ORIGIN)), agencyCode: '10002', purpose: 'assignment' },
    });
    const token = org.token as string;
    await inProcess('POST', '/api/v1/sign-ins/citizen', {
      token,
      json: { ...(await citizenSign(await challenge(), ORIGIN)), nationalId: 'F223456786' },
    });
    const total = (await inProcess('GET', '/api/v1/handlers', { token })).total as number;
    const lastPage = Math.ceil(total / 10);

    console.log('Measuring handler list latency…');
    const enc = encodeURIComponent;
    const first = await latencies(inProcess, token, ['/api/v1/handlers?page=1&pageSize=10']);
    const nameSearch = await latencies(
      inProcess,
      token,
      ['王', '美惠', '林', '志豪', '陳建', '黃雅婷', '文'].map(
        (q) => `/api/v1/handlers?q=${enc(q)}&pageSize=10`,
      ),
    );
    const idSearch = await latencies(
      inProcess,
      token,
      Array.from({ length: 50 }, (_, i) => `/api/v1/handlers?q=${people[(i * 1999) % HANDLERS]!.nationalId}`),
    );
    const serialSearch = await latencies(
      inProcess,
      token,
      Array.from(
        { length: 50 },
        (_, i) => `/api/v1/handlers?q=${people[(i * 1999) % HANDLERS]!.serial.slice(0, 8)}`,
      ),
    );
    const deep = await latencies(inProcess, token, [
      `/api/v1/handlers?page=${lastPage}&pageSize=10`,
      `/api/v1/handlers?page=${Math.floor(lastPage / 2)}&pageSize=10`,
      `/api/v1/handlers?page=${Math.floor(total / 100)}&pageSize=100`,
    ]);
    const deepSearch = await latencies(inProcess, token, [
      `/api/v1/handlers?q=${enc('王')}&page=200&pageSize=10`,
    ]);
    const ms = (x: { p50: number; p95: number }) => `p50 ${x.p50.toFixed(2)} ms · p95 ${x.p95.toFixed(2)} ms`;
    rows.push([`handler list, ${total.toLocaleString('en')} handlers: first page`, ms(first)]);
    rows.push(['  search by name (substring; 1–3 characters)', ms(nameSearch)]);
    rows.push(['  search by full national ID', ms(idSearch)]);
    rows.push(['  search by SN prefix (8 hex digits)', ms(serialSearch)]);
    rows.push(['  deep pages (last, middle, ×100 page size)', ms(deep)]);
    rows.push(['  deep page of a name search (page 200)', ms(deepSearch)]);
    rows.push([
      'bulk insert (one transaction, not via the API)',
      `${((HANDLERS / insertMs) * 1000).toFixed(0)} rows/s`,
    ]);

    console.log('Measuring handler writes…');
    const validIds: string[] = [];
    for (let i = 0; validIds.length < 60_000; i++) {
      const body = `A${i % 2 === 0 ? 1 : 2}${String(i).padStart(7, '0')}`;
      for (let d = 0; d <= 9; d++) {
        if (validateNationalId(`${body}${d}`).ok) {
          validIds.push(`${body}${d}`);
          break;
        }
      }
    }
    let n = 0;
    const writeStart = performance.now();
    while (performance.now() - writeStart < SECONDS * 1000 && n < validIds.length) {
      const r = await inProcess('POST', '/api/v1/handlers', {
        token,
        json: {
          serial: (0x3000000000 + n).toString(16).toUpperCase(),
          name: '效能測試',
          nationalId: validIds[n],
          permissions: ['query.general'],
        },
      });
      if (!r.handler) throw new Error(`write failed: ${JSON.stringify(r)}`);
      n++;
    }
    const writeSeconds = (performance.now() - writeStart) / 1000;
    rows.push(['handler writes via the API (POST, one at a time)', `${(n / writeSeconds).toFixed(0)} /s`]);

    const width = Math.max(...rows.map(([k]) => k.length));
    console.log(`\nGEPI registration API benchmark (${new Date().toISOString()}, Node ${process.version})`);
    console.log(`${'measure'.padEnd(width)}  result`);
    console.log(`${'-'.repeat(width)}  ${'-'.repeat(32)}`);
    for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
    api.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
