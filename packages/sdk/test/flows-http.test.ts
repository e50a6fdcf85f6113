// Every flow end to end over real HTTP against the Node registration server (startServer on port 0,
// SQLite in memory, demo seed, the demo PKI issued once for this file), with virtual cards; then
// the README's Node example, spawned against the same server. The scenarios run in an order that
// works on one database: the swaps hand 10002 over and back before the assignment runs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startServer } from '@gepi/mock-server/node';
import type { RunningServer } from '@gepi/mock-server/node';
import { NO_RATE_LIMITS } from '@gepi/mock-server/node';
import { GepiClient } from '../src/client/index.js';
import { issueDemoPki } from '../src/testing/index.js';
import type { DemoPki } from '../src/testing/index.js';
import {
  assignment10002,
  firstRegistration10001,
  oidMismatch40005,
  pending50006,
  queries,
  swapRoundTrip10002,
} from './flows-scenarios.js';
import type { Env } from './flows-scenarios.js';

const EXAMPLE = fileURLToPath(new URL('../examples/node-assignment.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ADMIN_TOKEN = 'reviewer-token-for-the-example-0123456789';

/** Each step matches a line of `stdout` after the line the step before matched. */
function assertLinesInOrder(stdout: string, steps: (string | RegExp)[]): void {
  const lines = stdout.split('\n');
  let at = 0;
  for (const step of steps) {
    let found = at;
    while (
      found < lines.length &&
      !(typeof step === 'string' ? lines[found] === step : step.test(lines[found]!))
    )
      found++;
    assert.ok(found < lines.length, `"${String(step)}" after line ${at} of:\n${stdout}`);
    at = found + 1;
  }
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', ...args], {
      cwd: ROOT,
      // The reviewer token: the example then also lists the reviews through client.admin.reviews.
      env: { ...process.env, GEPI_ADMIN_TOKEN: ADMIN_TOKEN },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('flows over HTTP against the Node registration server', () => {
  let pki: DemoPki;
  let server: RunningServer;
  let env: Env;

  before(async () => {
    pki = await issueDemoPki();
    server = await startServer({
      db: ':memory:',
      seed: 'demo',
      pki,
      adminToken: ADMIN_TOKEN,
      limits: { ...NO_RATE_LIMITS },
      logger: { warn: () => undefined, error: (message, fields) => console.error(message, fields) },
    });
    // Node's fetch sends no Origin header: the flows name the server's own origin, which it allows.
    env = { client: new GepiClient({ baseUrl: server.url }), pki, origin: `http://localhost:${server.port}` };
  });
  after(() => server?.close());

  it('first registration of 10001', () => firstRegistration10001(env));
  it('OID mismatch of 40005: applicant form, then pending', () => oidMismatch40005(env));
  it('pending review of 50006', () => pending50006(env));
  it('the four queries', () => queries(env));

  it('the three swaps of 10002, handing it to 李建國 and back', () => swapRoundTrip10002(env));

  it('runs the Node example: manager of 10002 lists, adds and removes a handler', async () => {
    const result = await run([EXAMPLE, server.url]);
    assert.equal(result.code, 0, result.stderr || result.stdout);
    // In this order: the screens through throwing(), then the manager session and the namespaces.
    const steps = [
      '機關憑證確認（10002）…',
      '授權管理者自然人憑證確認（林美惠）…',
      '使用者資訊：10002 國立臺灣測試大學，授權管理者 林美惠',
      /^ {2}顯示第 1 至 \d 項結果，共 \d 項$/,
      '讀取憑證：陳志豪 100048210DD2DF2E128096A9282B0003',
      /^新增成功！ 收件編號：GEPI-1\d{6}-\d{6}$/,
      /^ {2}\d\. 陳志豪 {2}B12\*\*\*\*236 {2}100048210DD2DF2E128096A9282B0003$/,
      /^刪除成功！ 收件編號：GEPI-1\d{6}-\d{6}$/,
      /^工作階段：10002 國立臺灣測試大學，林美惠，有效至 \d{4}-\d\d-\d\dT[\d:.]+Z$/,
      /^client\.handlers\.iterate：[^陳]+$/,
      'client.handlers.create/update：陳志豪 B12****236 premium.query、query.general，第 2 版',
      /^client\.handlers\.delete：共 \d 位經辦人$/,
      /^client\.queries\.receipts：10002 國立臺灣測試大學，[1-9]\d* 筆收件紀錄$/,
      '退出：工作階段已結束',
      /^client\.admin\.reviews：待審核 [1-9]\d* 件$/,
    ];
    assertLinesInOrder(result.stdout, steps);
  });

  it('authorization assignment in 10002', () => assignment10002(env));
});
