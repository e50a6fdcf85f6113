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

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', ...args], { cwd: ROOT });
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
    assert.match(result.stdout, /使用者資訊：10002 國立臺灣測試大學，授權管理者 林美惠/);
    assert.match(result.stdout, /讀取憑證：陳志豪 100048210DD2DF2E128096A9282B0003/);
    assert.match(result.stdout, /新增成功！/);
    assert.match(result.stdout, /刪除成功！/);
    assert.match(result.stdout, /顯示第 1 至 4 項結果，共 4 項/);
  });

  it('authorization assignment in 10002', () => assignment10002(env));
});
