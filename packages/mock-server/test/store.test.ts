// The store contract (support/store-contract.ts) on better-sqlite3, plus what only a file in Node
// has: migrations recorded once and upgrading an older database, the WAL journal, and the
// one-registration-per-agency constraint holding between processes that share one file.
/* eslint-disable @typescript-eslint/no-explicit-any -- rows are read loosely in tests */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/driver-node.js';
import { demoSeed } from '../src/demo.js';
import { migrations } from '../src/store/migrations.js';
import { storeContract } from './support/store-contract.js';

const at = '2025-03-03T02:00:00.000Z';

storeContract('better-sqlite3', () => new SqliteStore({ path: ':memory:' }), {
  describe,
  it: (title, body) => it(title, body),
  assert,
});

describe('sqlite migrations', () => {
  it('are applied once and recorded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gepi-migrate-'));
    try {
      const path = join(dir, 'db.sqlite');
      new SqliteStore({ path }).close();
      const store = new SqliteStore({ path });
      const rows = store.db.prepare('SELECT version FROM schema_migrations').all() as any[];
      assert.deepEqual(
        rows.map((r) => r.version),
        migrations.map((m) => m.version),
      );
      assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('upgrade a database made before idempotency keys, keeping its data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gepi-migrate-'));
    try {
      const path = join(dir, 'db.sqlite');
      const old = new Database(path);
      old.exec(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      old.exec(migrations[0]!.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (1, ?, ?)').run(migrations[0]!.name, at);
      old.prepare("INSERT INTO meta (key, value) VALUES ('seeded', ?)").run(at);
      old.close();

      const store = new SqliteStore({ path });
      const versions = store.db.prepare('SELECT version FROM schema_migrations ORDER BY 1').all() as any[];
      assert.deepEqual(
        versions.map((r) => r.version),
        migrations.map((m) => m.version),
      );
      assert.ok(store.isSeeded());
      const scope = { principal: 'admin', route: 'POST /api/v1/admin/reviews/1/approve', key: 'k' };
      store.saveIdempotentResponse(
        scope,
        {
          fingerprint: 'f',
          status: 200,
          headers: {},
          body: '{}',
          createdAt: at,
          expiresAt: '2025-03-04T00:00:00.000Z',
        },
        true,
      );
      assert.equal(store.getIdempotentResponse(scope, at)?.status, 200);
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('migration 5: receipts for handler changes', () => {
  it('keeps the receipts of a version-4 database, and never gives out a number used before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gepi-migrate-'));
    try {
      const path = join(dir, 'db.sqlite');
      const old = new Database(path);
      old.exec(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      for (const m of migrations.filter((m) => m.version <= 4)) {
        old.exec(m.sql);
        old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, at);
      }
      old
        .prepare("INSERT INTO agencies VALUES ('10001', '臺北市政府人事處', '臺北市', 'GCA', 'x', ?, 0)")
        .run(at);
      const insert = old.prepare(
        "INSERT INTO receipts (agency_code, item, received_at) VALUES ('10001', ?, ?)",
      );
      insert.run('first-registration', at);
      insert.run('swap-org', at);
      insert.run('swap-manager', at);
      // The newest row went (no code path deletes receipts; a hand edit might): its id stays used.
      old.exec('DELETE FROM receipts WHERE id = 3');
      old.close();

      const store = new SqliteStore({ path });
      assert.deepEqual(
        store.listReceipts('10001').map((r) => [r.id, r.item, r.handler]),
        [
          [1, 'first-registration', null],
          [2, 'swap-org', null],
        ],
      );
      const row = store.db
        .prepare(
          "INSERT INTO receipts (agency_code, item, received_at) VALUES ('10001', 'swap-both', ?) RETURNING id",
        )
        .get(at) as any;
      assert.equal(row.id, 4);
      // The schema holds a handler receipt to its handler, masked: not without it, never the full ID.
      const handlerReceipt = store.db.prepare(
        `INSERT INTO receipts (agency_code, item, received_at, handler_id, handler_name, handler_id_masked)
         VALUES ('10001', ?, ?, ?, ?, ?)`,
      );
      assert.throws(() => handlerReceipt.run('handler-created', at, null, null, null), /CHECK/);
      assert.throws(() => handlerReceipt.run('swap-org', at, 7, '陳志豪', 'B12****236'), /CHECK/);
      assert.throws(() => handlerReceipt.run('handler-created', at, 7, '陳志豪', 'B120112236'), /CHECK/);
      handlerReceipt.run('handler-deleted', at, 7, '陳志豪', 'B12****236');
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('several processes on one SQLite file', () => {
  it('register the same agency at once: the database lets exactly one through', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gepi-processes-'));
    try {
      const path = join(dir, 'db.sqlite');
      const setup = new SqliteStore({ path });
      const seed = demoSeed(new Date(at));
      setup.seed(seed.data, seed.audit);
      setup.close();

      // Each process has opened the file and waits; all are told to go at the same moment. No
      // service stands in front of the store here: only the database can refuse.
      const children = ['a', 'b', 'c', 'd'].map((label) => {
        const child = spawn(
          process.execPath,
          [
            '--conditions=source',
            '--import',
            'tsx',
            join(import.meta.dirname, 'support', 'register-child.ts'),
            path,
            label,
          ],
          { stdio: ['pipe', 'pipe', 'inherit'] },
        );
        const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
        const next = async () => String((await lines.next()).value);
        const exited = new Promise((done) => child.once('exit', done));
        return { child, next, exited };
      });
      for (const c of children) assert.equal(await c.next(), 'ready');
      for (const c of children) c.child.stdin!.end('go\n');
      const outcomes = await Promise.all(children.map((c) => c.next()));
      await Promise.all(children.map((c) => c.exited));

      assert.deepEqual([...outcomes].sort(), [
        'ALREADY_REGISTERED',
        'ALREADY_REGISTERED',
        'ALREADY_REGISTERED',
        'registered',
      ]);
      const store = new SqliteStore({ path });
      assert.equal(store.listReceipts('10001').length, 1);
      assert.equal(
        store.listAudit({ agencyCode: '10001', limit: 10 }).filter((a) => a.action === 'registration.created')
          .length,
        1,
      );
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
