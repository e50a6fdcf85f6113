// Nothing acknowledged is lost when the server process is killed: a child server takes a stream
// of handler writes, is killed with SIGKILL in the middle of it, and is started again on the same
// SQLite file; every write it had answered 201 must be there, and the database must be intact.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, it } from 'node:test';
import { validateNationalId } from '@gepi/sdk';
import { SqliteStore } from '../src/store/driver-node.js';
import { sharedPki } from './support/pki.js';
import { TestServer } from './support/server.js';

const dir = mkdtempSync(join(tmpdir(), 'gepi-durability-'));
const db = join(dir, 'gepi.sqlite');
after(() => rmSync(dir, { recursive: true, force: true }));

function startChild(): Promise<{ child: ChildProcess; url: string; port: number }> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(import.meta.dirname, 'support', 'child-server.ts'), db],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      const { port } = JSON.parse(line) as { port: number };
      resolve({ child, url: `http://localhost:${port}`, port });
    });
    child.once('exit', (code) => reject(new Error(`child server exited with ${code}`)));
  });
}

/** The n-th valid national ID of the form A1xxxxxxx?: the check digit is found by trying all ten. */
function nationalId(n: number): string {
  const body = `A1${String(n).padStart(7, '0')}`;
  for (let d = 0; d <= 9; d++) if (validateNationalId(`${body}${d}`).ok) return `${body}${d}`;
  throw new Error('unreachable');
}

it('keeps every acknowledged write across kill -9 and restart', async () => {
  const pki = await sharedPki();
  const first = await startChild();
  // The harness client, pointed at the child (its session helpers sign with the shared PKI).
  const client = new TestServer({ url: `${first.url}/`, port: first.port } as any, pki, dir);
  const token = await client.managerSession('10002');

  const acknowledged: Array<{ id: number; nationalId: string; serial: string }> = [];
  let sent = 0;
  let stop = false;
  const writer = async () => {
    while (!stop) {
      const n = sent++;
      const body = {
        serial: (0x100000 + n).toString(16).toUpperCase(),
        name: '測試經辦',
        nationalId: nationalId(n),
        permissions: ['query.general'],
      };
      try {
        const r = await client.request('POST', '/api/v1/handlers', { token, json: body });
        if (r.status === 201)
          acknowledged.push({ id: r.body.handler.id, nationalId: body.nationalId, serial: body.serial });
        else throw new Error(`unexpected ${r.status} ${r.text}`);
      } catch (error) {
        if (stop) return; // the connection died with the server: not acknowledged
        throw error;
      }
    }
  };
  const writers = Promise.all(Array.from({ length: 4 }, writer));
  // Kill once a good number of writes are in, while four more are in flight.
  while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 5));
  const exited = new Promise((resolve) => first.child.once('exit', resolve));
  stop = true;
  first.child.kill('SIGKILL');
  await exited;
  await writers;
  assert.ok(acknowledged.length >= 300);

  // The file as the killed process left it: intact, and with every acknowledged row.
  const store = new SqliteStore({ path: db });
  try {
    assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
    const rows = store.db
      .prepare("SELECT id, national_id, serial FROM handlers WHERE agency_code = '10002'")
      .all() as any[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const a of acknowledged) {
      const row = byId.get(a.id);
      assert.ok(row, `acknowledged handler ${a.id} lost`);
      assert.equal(row.national_id, a.nationalId);
      assert.equal(row.serial, a.serial);
    }
    // The counter kept by triggers agrees with the rows.
    const count = store.db.prepare("SELECT handler_count FROM agencies WHERE code = '10002'").get() as any;
    assert.equal(count.handler_count, rows.length);
  } finally {
    store.close();
  }

  // A restarted server on the same file serves them. Sessions are authentication state kept in
  // memory: the old token is refused (fail closed) and the manager signs in again.
  const second = await startChild();
  try {
    const again = new TestServer({ url: `${second.url}/`, port: second.port } as any, pki, dir);
    const old = await again.request('GET', '/api/v1/handlers', { token });
    assert.equal(old.status, 401);
    assert.equal(old.body.code, 'SESSION_INVALID');
    const fresh = await again.managerSession('10002');
    const list = await again.request('GET', '/api/v1/handlers?pageSize=10', { token: fresh });
    assert.equal(list.status, 200, list.text);
    assert.ok(list.body.total >= acknowledged.length + 3);
    const last = acknowledged[acknowledged.length - 1]!;
    const found = await again.request('GET', `/api/v1/handlers?q=${last.nationalId}`, { token: fresh });
    assert.equal(found.body.total, 1);
  } finally {
    second.child.kill('SIGKILL');
  }
});
