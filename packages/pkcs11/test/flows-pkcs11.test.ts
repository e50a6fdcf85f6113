// Every flow scenario of flows-scenarios.ts again, over real HTTP against the Node registration
// server, but with the cards on SoftHSM2 tokens read through the PKCS#11 provider: one demo PKI is
// issued for this file, its cards are provisioned into SoftHSM2 (once, one token per card) and the
// server trusts that same PKI. The card desk (support/softhsm-desk.ts) only decides which tokens
// count as "in a reader"; reading certificates, logging in and signing are real PKCS#11 calls.
//
// Virtual-only, on purpose: the scenarios that need a card to count PIN tries and lock after the
// third wrong one (flows.test.ts: "locks a card after three wrong PINs", "rejects locked, expired
// and revoked cards"). SoftHSM2 never locks a PIN and reports no tries, so here the last test
// checks what a wrong PIN does through PKCS#11 instead: PIN_INCORRECT, forever.
//
// Also runs the README's PKCS#11 example (examples/node-assignment-pkcs11.ts) against the same
// server, as its own process: it provisions the server's demo cards itself, from GET /demo/pki.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startServer } from '@gepi/mock-server/node';
import type { RunningServer } from '@gepi/mock-server/node';
import { NO_RATE_LIMITS } from '@gepi/mock-server/node';
import { GepiClient, createCitizenSerialQueryFlow } from '@gepi/sdk';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import { provisionSoftHsm } from '../src/index.js';
import type { SoftHsmProvision } from '../src/index.js';
import {
  PIN,
  assignment10002,
  failed,
  firstRegistration10001,
  ok,
  oidMismatch40005,
  pending50006,
  queries,
  swapRoundTrip10002,
  until,
} from '../../sdk/test/flows-scenarios.js';
import type { Env } from '../../sdk/test/flows-scenarios.js';
import { softHsmDesks } from './support/softhsm-desk.js';
import type { SoftHsmDesks } from './support/softhsm-desk.js';

const EXAMPLE = fileURLToPath(new URL('../examples/node-assignment-pkcs11.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ADMIN_TOKEN = 'reviewer-token-for-the-example-0123456789';

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', ...args], {
      cwd: ROOT,
      // The example points SoftHSM at its own tokens; it must not inherit this process's. With the
      // reviewer token it also lists the reviews through client.admin.reviews.
      env: { ...process.env, SOFTHSM2_CONF: undefined, GEPI_ADMIN_TOKEN: ADMIN_TOKEN },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every card some scenario puts in a reader. */
const CARDS = [
  'ORG-10001',
  'CIT-WANG',
  'ORG-40005-MISMATCH',
  'ORG-50006',
  'ORG-10002',
  'ORG-10002-RENEWED',
  'CIT-LIN',
  'CIT-LI',
  'CIT-CHEN',
  'CIT-HSIEH-NEW',
];

describe('flows over HTTP with SoftHSM2 cards through PKCS#11', () => {
  let pki: DemoPki;
  let provision: SoftHsmProvision;
  let desks: SoftHsmDesks;
  let server: RunningServer;
  let env: Env;

  before(async () => {
    pki = await issueDemoPki();
    // Labelled with the 卡號, so the provider reads card numbers as it does from HiCOS cards.
    provision = await provisionSoftHsm({ cards: CARDS, pki, tokenLabel: 'card-number' });
    desks = await softHsmDesks(provision);
    server = await startServer({
      db: ':memory:',
      seed: 'demo',
      pki,
      adminToken: ADMIN_TOKEN,
      limits: { ...NO_RATE_LIMITS },
      logger: { warn: () => undefined, error: (message, fields) => console.error(message, fields) },
    });
    env = {
      client: new GepiClient({ baseUrl: server.url }),
      pki,
      origin: `http://localhost:${server.port}`,
      desk: desks.desk,
    };
  });
  after(async () => {
    await server?.close();
    await desks?.close();
    await provision?.cleanup();
  });

  it('reads each provisioned token as its own card, with its 卡號 and its own certificate', async () => {
    assert.equal(desks.provider.kind, 'pkcs11');
    const { parseCertificate } = await import('@gepi/sdk/certs');
    for (const slot of provision.slots) {
      const card = await desks.provider.getCard(slot.readerId);
      assert.equal(card.cardNumber, pki.card(slot.cardId).cardNumber, slot.cardId);
      const certs = await desks.provider.listCertificates(slot.readerId);
      const signing = certs.find((c) => c.usage === 'signing');
      assert.ok(signing, `${slot.cardId} has a signing certificate`);
      // Each token holds its card's certificates only (CIT-LI's must not land on CIT-LIN's token).
      assert.equal(parseCertificate(signing.der).serial, pki.card(slot.cardId).serial, slot.cardId);
      assert.equal(certs.length, slot.cardId.startsWith('CIT-') ? 2 : 1, slot.cardId);
    }
  });

  it('first registration of 10001', () => firstRegistration10001(env));
  it('OID mismatch of 40005: applicant form, then pending', () => oidMismatch40005(env));
  it('pending review of 50006', () => pending50006(env));
  it('the four queries', () => queries(env));

  it('the three swaps of 10002, handing it to 李建國 and back', () => swapRoundTrip10002(env));

  // Before the assignment scenario, which adds 陳志豪 for good: the example adds and removes him.
  it('runs the PKCS#11 example: provisions the server’s cards, lists, adds and removes a handler', async () => {
    const result = await run([EXAMPLE, server.url]);
    assert.equal(result.code, 0, result.stderr || result.stdout);
    const lines = result.stdout.split('\n');
    assert.match(lines[0] ?? '', /^SoftHSM2: 3 tokens, SOFTHSM2_CONF=.*softhsm2\.conf$/);
    for (const card of ['ORG-10002', 'CIT-LIN', 'CIT-CHEN'])
      assert.ok(
        lines.some((line) => new RegExp(`^  slot-\\d+  ${card}  `).test(line)),
        card,
      );
    // In this order: the screens through throwing(), then the manager session and the namespaces.
    const steps: (string | RegExp)[] = [
      '機關憑證確認（10002）…',
      '授權管理者自然人憑證確認（林美惠）…',
      '使用者資訊：10002 國立臺灣測試大學，授權管理者 林美惠',
      '  顯示第 1 至 3 項結果，共 3 項',
      '讀取憑證：陳志豪 100048210DD2DF2E128096A9282B0003',
      /^新增成功！ 收件編號：GEPI-1\d{6}-\d{6}$/,
      '  4. 陳志豪  B12****236  100048210DD2DF2E128096A9282B0003',
      '  顯示第 1 至 4 項結果，共 4 項',
      /^刪除成功！ 收件編號：GEPI-1\d{6}-\d{6}$/,
      '  顯示第 1 至 3 項結果，共 3 項',
      /^工作階段：10002 國立臺灣測試大學，林美惠，有效至 \d{4}-\d\d-\d\dT[\d:.]+Z$/,
      'client.handlers.iterate：張淑芬、謝明哲、吳宗翰',
      'client.handlers.create/update：陳志豪 B12****236 premium.query、query.general，第 2 版',
      'client.handlers.delete：共 3 位經辦人',
      /^client\.queries\.receipts：10002 國立臺灣測試大學，[1-9]\d* 筆收件紀錄$/,
      '退出：工作階段已結束',
      /^client\.admin\.reviews：待審核 [1-9]\d* 件$/,
    ];
    let at = 0;
    for (const step of steps) {
      let found = at;
      const matches = (line: string) => (typeof step === 'string' ? line === step : step.test(line));
      while (found < lines.length && !matches(lines[found]!)) found++;
      assert.ok(found < lines.length, `"${String(step)}" after line ${at} of:\n${result.stdout}`);
      at = found + 1;
    }
  });

  it('authorization assignment in 10002', () => assignment10002(env));

  it('a wrong PIN is PIN_INCORRECT, again and again: SoftHSM2 never locks', async () => {
    const d = await desks.desk();
    const flow = createCitizenSerialQueryFlow({ client: env.client, tokens: d.tokens, origin: env.origin });
    d.insert('CIT-CHEN');
    for (const pin of ['111111', '222222', '333333', '444444']) {
      const error = failed(
        await flow.signInCitizen({ nationalId: 'B120112236', pin }),
        'PIN_INCORRECT',
        'citizen-card',
      );
      // SoftHSM2 raises CKF_USER_PIN_COUNT_LOW after a wrong PIN (read as 2 tries left) and never
      // goes on to CKF_USER_PIN_FINAL_TRY or CKF_USER_PIN_LOCKED.
      assert.equal(error.triesLeft, 2);
      const card = await until(flow, (s) => s.data.card?.pinTriesLeft === 2);
      assert.equal(card.data.card?.pinLocked, false);
      assert.deepEqual(card.data.card?.warnings, []);
    }
    const result = ok(await flow.signInCitizen({ nationalId: 'B120112236', pin: PIN }), 'result');
    assert.deepEqual(result.data.result, { name: '陳志豪', serial: '100048210DD2DF2E128096A9282B0003' });
    flow.dispose();
    await d.close();
  });
});
