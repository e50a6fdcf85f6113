// The store's contract, run against the one store on both of its drivers: better-sqlite3 in Node
// (store.test.ts) and SQLite WebAssembly in Chromium (store.browser.test.ts). Single-use
// challenges, sessions, registrations, reviews, swaps, handler rules and search, and the database's
// own refusals (a second registration, a second pending review, a review once registered) reached
// with no check in front of them.
import { demoSeed } from '../../src/demo.js';
import { classifySearch, matchesSearch } from '../../src/store/search.js';
import type { AuditInput, HandlerRecord, Store } from '../../src/store/types.js';
import { StoreConflictError } from '../../src/store/types.js';

/** What both node:assert/strict and chai's assert offer. */
export interface ContractAssert {
  strictEqual(actual: unknown, expected: unknown, message?: string): void;
  deepEqual(actual: unknown, expected: unknown, message?: string): void;
  ok(value: unknown, message?: string): void;
}

export interface ContractRunner {
  describe(title: string, body: () => void): void;
  it(title: string, body: () => Promise<void>): void;
  assert: ContractAssert;
}

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

export function storeContract(name: string, open: () => Store | Promise<Store>, t: ContractRunner): void {
  const { describe, it, assert } = t;

  async function seeded(make: () => Store | Promise<Store>): Promise<Store> {
    const store = await make();
    const { data, audit: seedAudit } = demoSeed(NOW);
    store.seed(data, seedAudit);
    return store;
  }

  function conflict(fn: () => unknown, expected: string) {
    let thrown: unknown;
    try {
      fn();
    } catch (error) {
      thrown = error;
    }
    assert.ok(thrown instanceof StoreConflictError, `expected ${expected}, got ${String(thrown)}`);
    assert.strictEqual((thrown as StoreConflictError).conflict, expected);
  }

  describe(`the store on ${name}`, () => {
    it('seeds once', async () => {
      const store = await seeded(open);
      assert.ok(store.isSeeded());
      store.seed(demoSeed(NOW).data, audit);
      assert.strictEqual(store.listHandlers('10002', { offset: 0, limit: 100 }).total, 3);
      assert.strictEqual(store.getRegistration('10002')?.manager.nationalId, 'F223456786');
      assert.strictEqual(store.getActiveReview('50006')?.status, 'pending');
      store.close();
    });

    it('takes a challenge once: ok, then reused; expired; unknown', async () => {
      const store = await seeded(open);
      const c = {
        nonce: 'n1',
        origin: 'http://a',
        purpose: 'assignment' as const,
        agencyCode: '10002',
        createdAt: at,
        expiresAt: '2025-03-03T02:05:00.000Z',
      };
      store.createChallenge(c);
      assert.strictEqual(store.takeChallenge('n1', at).status, 'ok');
      assert.strictEqual(store.takeChallenge('n1', at).status, 'reused');
      store.createChallenge({ ...c, nonce: 'n2' });
      assert.strictEqual(store.takeChallenge('n2', '2025-03-03T02:05:00.000Z').status, 'expired');
      assert.strictEqual(store.takeChallenge('n3', at).status, 'unknown');
      store.createChallenge({ ...c, nonce: 'n4' });
      store.purgeExpired('2025-03-03T03:00:00.000Z');
      assert.strictEqual(store.takeChallenge('n4', at).status, 'unknown');
      assert.strictEqual(store.takeChallenge('n1', at).status, 'unknown', 'tombstones are forgotten in time');
      store.close();
    });

    it('adds the citizen step to a session once', async () => {
      const store = await seeded(open);
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
      assert.strictEqual(store.getSession('h')?.citizen?.nationalId, 'F223456786');
      store.close();
    });

    it('registers one manager per agency: the database refuses a second one', async () => {
      const store = await seeded(open);
      const input = {
        agencyCode: '10001',
        org: { serial: 'O1', ca: 'GCA' as const, orgId: 'x', subjectDn: '', notAfter: at },
        manager: { serial: 'M1', nationalId: 'A123456789', certName: '王大明', subjectDn: '', notAfter: at },
        contact: { name: '王大明', email: 'a@b.tw', phone: '(02)2701-3411', extension: '', remarks: '' },
        registeredAt: at,
      };
      const { receipt } = store.register(input, { audit });
      assert.strictEqual(receipt.item, 'first-registration');
      conflict(() => store.register(input, { audit }), 'ALREADY_REGISTERED');
      conflict(() => store.register({ ...input, agencyCode: '99999' }, { audit }), 'AGENCY_UNKNOWN');
      assert.strictEqual(store.listReceipts('10001').length, 1);
      store.close();
    });

    it('keeps one pending review per agency; decides once', async () => {
      const store = await seeded(open);
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
      assert.strictEqual(decided.effectiveFrom, '2025-03-04');
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
      assert.strictEqual(store.getActiveReview('40005')?.status, 'approved');
      assert.deepEqual(
        store.listReviews('pending').map((r) => r.agencyCode),
        ['50006'],
      );
      store.close();
    });

    it('swaps only from the registration it expects', async () => {
      const store = await seeded(open);
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
      assert.strictEqual(registration.org.serial, 'NEW');
      assert.strictEqual(registration.version, current.version + 1);
      conflict(() => store.swap(swap, audit), 'REGISTRATION_CHANGED');
      store.close();
    });

    it('keeps handlers unique per agency, written by the registered manager only', async () => {
      const store = await seeded(open);
      const h = { serial: 'ABC', name: '陳志豪', nationalId: 'B120112236', permissions: ['query.general'] };
      const receiptsBefore = store.listReceipts(actor.agencyCode).length;
      const { handler: created, receipt } = store.createHandler(actor, h, at, audit);
      assert.deepEqual(
        { item: receipt.item, agencyCode: receipt.agencyCode, handler: receipt.handler },
        {
          item: 'handler-created',
          agencyCode: actor.agencyCode,
          handler: { id: created.id, name: '陳志豪', nationalIdMasked: 'B12****236' },
        },
      );
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
      const updated = store.updateHandler(actor, created.id, { ...h, name: '陳志明' }, 1, at, audit);
      assert.strictEqual(updated.after.version, 2);
      assert.strictEqual(updated.receipt.item, 'handler-updated');
      assert.strictEqual(updated.receipt.handler?.name, '陳志明');
      const deleted = store.deleteHandler(actor, created.id, audit);
      assert.strictEqual(deleted.handler.id, created.id);
      assert.deepEqual(deleted.receipt.handler, {
        id: created.id,
        name: '陳志明',
        nationalIdMasked: 'B12****236',
      });
      conflict(() => store.deleteHandler(actor, created.id, audit), 'HANDLER_NOT_FOUND');
      // One receipt per change that was written, in order; the refused ones left none.
      const receipts = store.listReceipts(actor.agencyCode).slice(receiptsBefore);
      assert.deepEqual(
        receipts.map((r) => r.item),
        ['handler-created', 'handler-updated', 'handler-deleted'],
      );
      assert.ok(receipts[0]!.id < receipts[1]!.id && receipts[1]!.id < receipts[2]!.id);
      store.close();
    });

    it('remembers that a session expired, but not that one was signed out, for a day', async () => {
      const store = await seeded(open);
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
      assert.strictEqual(store.getSession('h1'), undefined);
      assert.ok(store.sessionExpired('h1'));
      assert.ok(!store.sessionExpired('h2'));
      store.purgeExpired('2025-03-04T02:10:00.000Z');
      assert.ok(!store.sessionExpired('h1'), 'forgotten after a day');
      store.close();
    });

    it('keeps the first answer to an idempotent request per scope until it expires', async () => {
      const store = await seeded(open);
      const scope = { principal: 'session:abc', route: 'POST /api/v1/handlers', key: 'k1' };
      const answer = {
        fingerprint: 'f1',
        status: 201,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: '{"handler":{"id":7}}',
        createdAt: at,
        expiresAt: '2025-03-04T02:00:00.000Z',
      };
      assert.strictEqual(store.getIdempotentResponse(scope, at), undefined);
      store.saveIdempotentResponse(scope, answer, true);
      assert.deepEqual(store.getIdempotentResponse(scope, at), answer);
      assert.strictEqual(
        store.getIdempotentResponse({ ...scope, principal: 'session:other' }, at),
        undefined,
      );
      assert.strictEqual(
        store.getIdempotentResponse({ ...scope, route: 'POST /api/v1/registrations' }, at),
        undefined,
      );
      assert.strictEqual(store.getIdempotentResponse(scope, answer.expiresAt), undefined, 'expired');

      // Answers that belong to the sign-in state (a challenge) are kept with it, not in the database.
      const challenge = { principal: 'client:1', route: 'POST /api/v1/challenges', key: 'k2' };
      store.saveIdempotentResponse(challenge, { ...answer, expiresAt: '2025-03-03T02:05:00.000Z' }, false);
      assert.strictEqual(store.getIdempotentResponse(challenge, at)?.body, answer.body);
      assert.strictEqual(store.dump().idempotency_keys!.length, 1);

      store.purgeExpired('2025-03-05T00:00:00.000Z');
      assert.strictEqual(store.getIdempotentResponse(scope, at), undefined);
      assert.strictEqual(store.getIdempotentResponse(challenge, at), undefined);
      assert.strictEqual(store.dump().idempotency_keys!.length, 0);
      store.close();
    });

    it('rolls a transaction back whole: the write and its receipt and audit entry', async () => {
      const store = await seeded(open);
      const auditBefore = store.listAudit({ limit: 1000 }).length;
      const input = {
        agencyCode: '10001',
        org: { serial: 'O1', ca: 'GCA' as const, orgId: 'x', subjectDn: '', notAfter: at },
        manager: { serial: 'M1', nationalId: 'A123456789', certName: '王大明', subjectDn: '', notAfter: at },
        contact: { name: '王大明', email: 'a@b.tw', phone: '(02)2701-3411', extension: '', remarks: '' },
        registeredAt: at,
      };
      let thrown: unknown;
      try {
        store.transaction(() => {
          store.register(input, { orgIdOnFile: 'changed', audit });
          assert.ok(store.getRegistration('10001'), 'visible inside the transaction');
          throw new Error('a rule refused');
        });
      } catch (error) {
        thrown = error;
      }
      assert.strictEqual((thrown as Error).message, 'a rule refused');
      assert.strictEqual(store.getRegistration('10001'), undefined);
      assert.strictEqual(store.listReceipts('10001').length, 0);
      assert.strictEqual(store.getAgency('10001')?.orgId === 'changed', false);
      assert.strictEqual(store.listAudit({ limit: 1000 }).length, auditBefore);
      // And the store still writes afterwards.
      assert.strictEqual(store.register(input, { audit }).receipt.item, 'first-registration');
      store.close();
    });

    it('refuses a registration or review for an unknown agency (the foreign key)', async () => {
      const store = await seeded(open);
      conflict(
        () =>
          store.register(
            {
              agencyCode: '99999',
              org: { serial: 'O', ca: 'GCA', orgId: 'x', subjectDn: '', notAfter: at },
              manager: { serial: 'M', nationalId: 'A123456789', certName: 'n', subjectDn: '', notAfter: at },
              contact: { name: 'n', email: 'a@b.tw', phone: '(02)2701-3411', extension: '', remarks: '' },
              registeredAt: at,
            },
            { audit },
          ),
        'AGENCY_UNKNOWN',
      );
      store.close();
    });

    it('finds handlers by name, ID and serial prefix as search.ts reads them, in id order and pages', async () => {
      const store = await seeded(open);
      const names = ['王大明', '王小明', '陳大文', '林美惠', 'Anne Lee', 'anneke', '大明王', '明'];
      // Stores take IDs as validated by the API; here they only need to be distinct and ID-shaped.
      const ids = Array.from({ length: 40 }, (_, i) => `C1${String(i).padStart(7, '0')}${i % 10}`);
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
      const everyone: HandlerRecord[] = store.listHandlers('10002', { offset: 0, limit: 1000 }).items;
      assert.strictEqual(everyone.length, 43);
      const view = (items: HandlerRecord[]) => items.map((h) => `${h.id}:${h.name}`);
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
        // The meaning of a search, applied to the whole list: what the SQL must answer.
        const search = classifySearch(q);
        const expected = everyone.filter((h) => matchesSearch(search, h));
        for (const [offset, limit] of [
          [0, 10],
          [10, 10],
          [0, 100],
        ] as const) {
          const page = store.listHandlers('10002', { q, offset, limit });
          assert.deepEqual(
            { total: page.total, items: view(page.items) },
            { total: expected.length, items: view(expected.slice(offset, offset + limit)) },
            `q=${q} offset=${offset}`,
          );
        }
      }
      assert.strictEqual(store.listHandlers('10002', { q: '大明', offset: 0, limit: 100 }).total, 10);
      store.close();
    });
  });
}
