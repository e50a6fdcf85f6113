// The store contract, run against both implementations (SQLite and memory): the same answers for
// the same operations, the uniqueness rules, single-use challenges, sessions, reviews and swaps,
// and search that finds the same rows. Plus SQLite-only facts: migrations recorded once.
/* eslint-disable @typescript-eslint/no-explicit-any -- rows are read loosely in tests */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { demoSeed } from '../src/demo.js';
import { MemoryStore } from '../src/store/memory.js';
import { migrations } from '../src/store/migrations.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { AuditInput, Store } from '../src/store/types.js';
import { StoreConflictError } from '../src/store/types.js';

const NOW = new Date('2025-03-03T02:00:00.000Z');
const at = NOW.toISOString();
const audit: AuditInput = {
  at,
  action: 'test',
  agencyCode: null,
  actor: { kind: 'system', orgSerial: null, citizenSerial: null },
  target: null,
  changes: {},
  requestId: null,
};
// The seeded manager of 10002 and its cards.
const actor = {
  agencyCode: '10002',
  orgSerial: '6B7F3E25C4A898E1997D48295BDA0002',
  managerSerial: '100048210DD2DF2E128096A9282B0002',
};

function seeded(make: () => Store): Store {
  const store = make();
  const { data, audit: seedAudit } = demoSeed(NOW);
  store.seed(data, seedAudit);
  return store;
}

function conflict(fn: () => unknown, expected: string) {
  assert.throws(fn, (e: unknown) => e instanceof StoreConflictError && e.conflict === expected);
}

const implementations: Array<[string, () => Store]> = [
  ['memory', () => new MemoryStore()],
  ['sqlite', () => new SqliteStore({ path: ':memory:' })],
];

for (const [name, make] of implementations) {
  describe(`${name} store`, () => {
    it('seeds once', () => {
      const store = seeded(make);
      assert.ok(store.isSeeded());
      store.seed(demoSeed(NOW).data, audit);
      assert.equal(store.listHandlers('10002', { offset: 0, limit: 100 }).total, 3);
      assert.equal(store.getRegistration('10002')?.manager.nationalId, 'F223456786');
      assert.equal(store.getActiveReview('50006')?.status, 'pending');
      store.close();
    });

    it('takes a challenge once: ok, then reused; expired; unknown', () => {
      const store = seeded(make);
      const c = {
        nonce: 'n1',
        origin: 'http://a',
        purpose: 'assignment' as const,
        agencyCode: '10002',
        createdAt: at,
        expiresAt: '2025-03-03T02:05:00.000Z',
      };
      store.createChallenge(c);
      assert.equal(store.takeChallenge('n1', at).status, 'ok');
      assert.equal(store.takeChallenge('n1', at).status, 'reused');
      store.createChallenge({ ...c, nonce: 'n2' });
      assert.equal(store.takeChallenge('n2', '2025-03-03T02:05:00.000Z').status, 'expired');
      assert.equal(store.takeChallenge('n3', at).status, 'unknown');
      store.createChallenge({ ...c, nonce: 'n4' });
      store.purgeExpired('2025-03-03T03:00:00.000Z');
      assert.equal(store.takeChallenge('n4', at).status, 'unknown');
      assert.equal(store.takeChallenge('n1', at).status, 'unknown', 'tombstones are forgotten in time');
      store.close();
    });

    it('adds the citizen step to a session once', () => {
      const store = seeded(make);
      const session = {
        tokenHash: 'h',
        purpose: 'assignment' as const,
        agencyCode: '10002',
        org: null,
        citizen: null,
        reviewSubmitted: false,
        createdAt: at,
        expiresAt: '2025-03-03T02:10:00.000Z',
      };
      store.createSession(session);
      const citizen = {
        serial: 'S',
        name: 'N',
        nationalId: 'F223456786',
        subjectDn: '',
        notBefore: at,
        notAfter: at,
        cardNumber: null,
      };
      store.setSessionCitizen('h', citizen, session.expiresAt);
      conflict(() => store.setSessionCitizen('h', citizen, session.expiresAt), 'SESSION_STEP_DONE');
      conflict(() => store.setSessionCitizen('nope', citizen, session.expiresAt), 'SESSION_INVALID');
      assert.equal(store.getSession('h')?.citizen?.nationalId, 'F223456786');
      store.close();
    });

    it('registers one manager per agency and refuses while a review is pending', () => {
      const store = seeded(make);
      const input = {
        agencyCode: '10001',
        org: { serial: 'O1', ca: 'GCA' as const, orgId: 'x', subjectDn: '', notAfter: at },
        manager: { serial: 'M1', nationalId: 'A123456789', certName: '王大明', subjectDn: '', notAfter: at },
        contact: { name: '王大明', email: 'a@b.tw', phone: '(02)2701-3411', extension: '', remarks: '' },
        registeredAt: at,
      };
      const { receipt } = store.register(input, { audit });
      assert.equal(receipt.item, 'first-registration');
      conflict(() => store.register(input, { audit }), 'ALREADY_REGISTERED');
      conflict(() => store.register({ ...input, agencyCode: '50006' }, { audit }), 'REVIEW_PENDING');
      conflict(() => store.register({ ...input, agencyCode: '99999' }, { audit }), 'AGENCY_UNKNOWN');
      assert.equal(store.listReceipts('10001').length, 1);
      store.close();
    });

    it('keeps one pending review per agency; decides once', () => {
      const store = seeded(make);
      const review = {
        agencyCode: '40005',
        applicantName: '郭怡君',
        phone: '(04)2345-6789',
        card: { serial: 'C', ca: 'GCA' as const, orgId: 'o', organizationName: 'n' },
        status: 'pending' as const,
        submittedAt: at,
        decidedAt: null,
        effectiveFrom: null,
        reason: null,
      };
      const created = store.createReview(review, audit);
      conflict(() => store.createReview(review, audit), 'REVIEW_PENDING');
      conflict(() => store.createReview({ ...review, agencyCode: '10002' }, audit), 'ALREADY_REGISTERED');
      const decided = store.decideReview(
        created.id,
        { status: 'approved', at, effectiveFrom: '2025-03-04', reason: null },
        audit,
      );
      assert.equal(decided.effectiveFrom, '2025-03-04');
      conflict(
        () =>
          store.decideReview(
            created.id,
            { status: 'rejected', at, effectiveFrom: null, reason: null },
            audit,
          ),
        'REVIEW_ALREADY_DECIDED',
      );
      conflict(
        () => store.decideReview(9999, { status: 'rejected', at, effectiveFrom: null, reason: null }, audit),
        'REVIEW_NOT_FOUND',
      );
      assert.equal(store.getActiveReview('40005')?.status, 'approved');
      assert.deepEqual(
        store.listReviews('pending').map((r) => r.agencyCode),
        ['50006'],
      );
      store.close();
    });

    it('swaps only from the registration it expects', () => {
      const store = seeded(make);
      const current = store.getRegistration('10002')!;
      const swap = {
        agencyCode: '10002',
        item: 'swap-org' as const,
        expected: {
          orgSerial: current.org.serial,
          managerSerial: current.manager.serial,
          version: current.version,
        },
        org: { ...current.org, serial: 'NEW' },
        manager: current.manager,
        contact: current.contact,
        at,
      };
      const { registration } = store.swap(swap, audit);
      assert.equal(registration.org.serial, 'NEW');
      assert.equal(registration.version, current.version + 1);
      conflict(() => store.swap(swap, audit), 'REGISTRATION_CHANGED');
      store.close();
    });

    it('handler uniqueness, manager check and not-found are the same in both stores', () => {
      const store = seeded(make);
      const h = { serial: 'ABC', name: '陳志豪', nationalId: 'B120112236', permissions: ['query.general'] };
      const created = store.createHandler(actor, h, at, audit);
      conflict(
        () => store.createHandler(actor, { ...h, serial: 'DEF' }, at, audit),
        'HANDLER_DUPLICATE_NATIONAL_ID',
      );
      conflict(
        () => store.createHandler(actor, { ...h, nationalId: 'A123456789' }, at, audit),
        'HANDLER_DUPLICATE_SERIAL',
      );
      conflict(
        () => store.createHandler({ ...actor, managerSerial: 'X' }, h, at, audit),
        'NOT_REGISTERED_MANAGER',
      );
      conflict(() => store.updateHandler(actor, created.id, h, 99, at, audit), 'HANDLER_VERSION_CONFLICT');
      conflict(
        () =>
          store.updateHandler(
            {
              ...actor,
              agencyCode: '20003',
              orgSerial: '7C804F36D5B9A9F2AA8E593A6CEB0003',
              managerSerial: '100048210DD2DF2E128096A9282B0006',
            },
            created.id,
            h,
            undefined,
            at,
            audit,
          ),
        'HANDLER_NOT_FOUND',
      );
      const { after } = store.updateHandler(actor, created.id, { ...h, name: '陳志明' }, 1, at, audit);
      assert.equal(after.version, 2);
      assert.equal(store.deleteHandler(actor, created.id, audit).id, created.id);
      conflict(() => store.deleteHandler(actor, created.id, audit), 'HANDLER_NOT_FOUND');
      store.close();
    });

    it('remembers that a session expired, but not that one was signed out, for a day', () => {
      const store = seeded(make);
      const session = {
        tokenHash: 'h1',
        purpose: 'assignment' as const,
        agencyCode: '10002',
        org: null,
        citizen: null,
        reviewSubmitted: false,
        createdAt: at,
        expiresAt: '2025-03-03T02:10:00.000Z',
      };
      store.createSession(session);
      store.createSession({ ...session, tokenHash: 'h2' });
      store.deleteSession('h2');
      store.purgeExpired('2025-03-03T02:10:00.000Z');
      assert.equal(store.getSession('h1'), undefined);
      assert.ok(store.sessionExpired('h1'));
      assert.ok(!store.sessionExpired('h2'));
      store.purgeExpired('2025-03-04T02:10:00.000Z');
      assert.ok(!store.sessionExpired('h1'), 'forgotten after a day');
      store.close();
    });

    it('keeps the first answer to an idempotent request per scope until it expires', () => {
      const store = seeded(make);
      const scope = { principal: 'session:abc', route: 'POST /api/v1/handlers', key: 'k1' };
      const answer = {
        fingerprint: 'f1',
        status: 201,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: '{"handler":{"id":7}}',
        createdAt: at,
        expiresAt: '2025-03-04T02:00:00.000Z',
      };
      assert.equal(store.getIdempotentResponse(scope, at), undefined);
      store.saveIdempotentResponse(scope, answer, true);
      assert.deepEqual(store.getIdempotentResponse(scope, at), answer);
      assert.equal(store.getIdempotentResponse({ ...scope, principal: 'session:other' }, at), undefined);
      assert.equal(
        store.getIdempotentResponse({ ...scope, route: 'POST /api/v1/registrations' }, at),
        undefined,
      );
      assert.equal(store.getIdempotentResponse(scope, answer.expiresAt), undefined, 'expired');

      // Answers that belong to the sign-in state (a challenge) are kept with it, not in the database.
      const challenge = { principal: 'client:1', route: 'POST /api/v1/challenges', key: 'k2' };
      store.saveIdempotentResponse(challenge, { ...answer, expiresAt: '2025-03-03T02:05:00.000Z' }, false);
      assert.equal(store.getIdempotentResponse(challenge, at)?.body, answer.body);
      assert.equal(store.dump().idempotency_keys!.length, 1);

      store.purgeExpired('2025-03-05T00:00:00.000Z');
      assert.equal(store.getIdempotentResponse(scope, at), undefined);
      assert.equal(store.getIdempotentResponse(challenge, at), undefined);
      assert.equal(store.dump().idempotency_keys!.length, 0);
      store.close();
    });
  });
}

describe('both stores find the same handlers', () => {
  it('for names, IDs and serial prefixes, in the same order and pages', () => {
    const stores = implementations.map(([, make]) => seeded(make));
    const names = ['王大明', '王小明', '陳大文', '林美惠', 'Anne Lee', 'anneke', '大明王', '明'];
    // Stores take IDs as validated by the API; here they only need to be distinct and ID-shaped.
    const ids = Array.from({ length: 40 }, (_, i) => `C1${String(i).padStart(7, '0')}${i % 10}`);
    for (const store of stores) {
      ids.forEach((nationalId, i) =>
        store.createHandler(
          actor,
          {
            serial: `ABCD${(i * 7919).toString(16).toUpperCase()}`,
            name: names[i % names.length]!,
            nationalId,
            permissions: ['query.general'],
          },
          at,
          audit,
        ),
      );
    }
    for (const q of [
      '',
      '王',
      '大明',
      '王大明',
      '明王',
      'anne',
      'ANNE LEE',
      ids[5]!,
      ids[5]!.toLowerCase(),
      'ABCD',
      'abcd1',
      '000ABCD',
      'zz',
      '吳宗翰',
    ]) {
      for (const [offset, limit] of [
        [0, 10],
        [10, 10],
        [0, 100],
      ] as const) {
        const [a, b] = stores.map((s) => {
          const page = s.listHandlers('10002', { q, offset, limit });
          return { total: page.total, names: page.items.map((h) => `${h.id}:${h.name}`) };
        });
        assert.deepEqual(a, b, `q=${q} offset=${offset}`);
      }
    }
    assert.equal(stores[0]!.listHandlers('10002', { q: '大明', offset: 0, limit: 100 }).total, 10);
    for (const s of stores) s.close();
  });
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
