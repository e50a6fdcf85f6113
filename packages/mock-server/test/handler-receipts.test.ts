// Receipts of handler changes (issue 17) over real HTTP: 新增 / 修改 / 刪除授權經辦人 each answer a
// receipt (收件編號, item, which handler by name and masked ID) written in the change's own
// transaction, so a refused or rolled-back change leaves none; an Idempotency-Key repeat answers the
// same receipt without a second row; 收件紀錄, which anyone may read by agency code, lists the
// receipts with their item only; and another agency's manager reaches none of it.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SqlStore } from '../src/store/sqlite.js';
import { expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

let server: TestServer;
let token10002: string;
let token20003: string;
/** What the server logged as unexpected: only the rolled-back change below may log. */
const logged: string[] = [];

before(async () => {
  server = await startTestServer({
    logger: {
      warn: () => undefined,
      error: (message, fields) => logged.push(`${message} ${JSON.stringify(fields)}`),
    },
  });
  token10002 = await server.managerSession('10002');
  token20003 = await server.managerSession('20003');
});
after(() => server.close());
after(() => assert.deepEqual(logged, []));

const NUMBER = /^GEPI-1\d{6}-\d{6}$/;
const db = () => (server.store as unknown as SqlStore).driver;
const receiptRows = () => db().prepare('SELECT * FROM receipts ORDER BY id').all() as any[];
const handlerCount = (code: string) =>
  Number((db().prepare('SELECT COUNT(*) AS n FROM handlers WHERE agency_code = ?').get([code]) as any).n);

const person = { serial: 'ABCDEF0123456789', name: '蔡佩真', nationalId: 'A223456781' };

describe('receipts of handler changes', () => {
  let created: any;

  it('新增 answers a receipt naming the handler with the ID masked, and 收件紀錄 keeps its number', async () => {
    const before = receiptRows().length;
    const r = await server.request('POST', '/api/v1/handlers', {
      token: token10002,
      json: { ...person, permissions: ['query.general'] },
    });
    assert.equal(r.status, 201, r.text);
    created = r.body;
    const receipt = r.body.receipt;
    assert.match(receipt.number, NUMBER);
    assert.equal(receipt.item, 'handler-created');
    assert.deepEqual(receipt.itemLabel, { 'zh-TW': '新增授權經辦人', en: 'Handler added' });
    assert.equal(receipt.agencyCode, '10002');
    assert.equal(receipt.agencyName, '國立臺灣測試大學');
    assert.match(receipt.receivedAtRoc, /^\d{3}年\d{2}月\d{2}日\d{2}點\d{2}分\d{2}秒$/);
    assert.deepEqual(receipt.handler, {
      id: r.body.handler.id,
      name: '蔡佩真',
      nationalIdMasked: 'A22****781',
    });
    assert.equal(JSON.stringify(receipt).includes(person.nationalId), false);
    const rows = receiptRows();
    assert.equal(rows.length, before + 1);
    // The database keeps the masked ID only.
    assert.equal(rows.at(-1).handler_id_masked, 'A22****781');
    assert.equal(JSON.stringify(rows).includes(person.nationalId), false);

    const listed = await server.request('GET', '/api/v1/receipts?agencyCode=10002&pageSize=100');
    assert.equal(listed.status, 200, listed.text);
    const item = listed.body.items.find((x: any) => x.number === receipt.number);
    assert.deepEqual(item?.itemLabel, { 'zh-TW': '新增授權經辦人', en: 'Handler added' });
  });

  it('修改 and 刪除 answer their own receipts, numbered in order, the handler as the change left it', async () => {
    const id = created.handler.id;
    const updated = await server.request('PUT', `/api/v1/handlers/${id}`, {
      token: token10002,
      json: { ...person, name: '蔡珮真', permissions: ['premium.query'], version: 1 },
    });
    assert.equal(updated.status, 200, updated.text);
    assert.equal(updated.body.receipt.item, 'handler-updated');
    assert.equal(updated.body.receipt.itemLabel['zh-TW'], '修改授權經辦人');
    assert.deepEqual(updated.body.receipt.handler, { id, name: '蔡珮真', nationalIdMasked: 'A22****781' });
    assert.ok(updated.body.receipt.id > created.receipt.id);

    const deleted = await server.request('DELETE', `/api/v1/handlers/${id}`, { token: token10002 });
    assert.equal(deleted.status, 200, deleted.text);
    assert.equal(deleted.body.receipt.item, 'handler-deleted');
    assert.equal(deleted.body.receipt.itemLabel.en, 'Handler deleted');
    assert.deepEqual(deleted.body.receipt.handler, { id, name: '蔡珮真', nationalIdMasked: 'A22****781' });
    assert.ok(deleted.body.receipt.id > updated.body.receipt.id);
  });

  it('a refused change writes no receipt: duplicates, stale versions, unknown ids, other agencies', async () => {
    const before = receiptRows().length;
    const seeded = (await server.request('GET', '/api/v1/handlers', { token: token10002 })).body.items[0];
    const detail = (await server.request('GET', `/api/v1/handlers/${seeded.id}`, { token: token10002 })).body;
    const again = {
      serial: detail.serial,
      name: '重複',
      nationalId: 'A223456781',
      permissions: ['query.general'],
    };
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/handlers', { token: token10002, json: again }),
      409,
      'HANDLER_DUPLICATE_SERIAL',
    );
    const body = {
      serial: detail.serial,
      name: detail.name,
      nationalId: detail.nationalId,
      permissions: detail.permissions,
    };
    expectProblem(
      assert,
      await server.request('PUT', `/api/v1/handlers/${seeded.id}`, {
        token: token10002,
        json: { ...body, version: detail.version + 5 },
      }),
      409,
      'HANDLER_VERSION_CONFLICT',
    );
    // 20003's manager reaches none of 10002's handlers: not found, and nothing numbered for either.
    expectProblem(
      assert,
      await server.request('PUT', `/api/v1/handlers/${seeded.id}`, { token: token20003, json: body }),
      404,
      'HANDLER_NOT_FOUND',
    );
    expectProblem(
      assert,
      await server.request('DELETE', `/api/v1/handlers/${seeded.id}`, { token: token20003 }),
      404,
      'HANDLER_NOT_FOUND',
    );
    assert.equal(receiptRows().length, before);
  });

  it('a change rolled back after its receipt was written leaves neither the change nor the receipt', async () => {
    const rowsBefore = receiptRows().length;
    const handlersBefore = handlerCount('10002');
    // The audit entry is the change's last write, after the receipt: make the database refuse it.
    db()
      .exec(`CREATE TRIGGER test_audit_refused BEFORE INSERT ON audit_log WHEN NEW.action = 'handler.created'
      BEGIN SELECT RAISE(ABORT, 'audit refused'); END`);
    try {
      const r = await server.request('POST', '/api/v1/handlers', {
        token: token10002,
        json: { ...person, serial: 'ABCDEF0123450000', permissions: ['query.general'] },
      });
      assert.equal(r.status, 500, r.text);
      assert.equal(r.body.receipt, undefined);
    } finally {
      db().exec('DROP TRIGGER test_audit_refused');
    }
    assert.equal(logged.length, 1, logged.join('\n'));
    assert.match(logged[0]!, /audit refused/);
    logged.length = 0;
    assert.equal(receiptRows().length, rowsBefore, 'no receipt of the rolled-back change');
    assert.equal(handlerCount('10002'), handlersBefore);
    // The next change gets the next number: the rolled-back one's id was never given out.
    const r = await server.request('POST', '/api/v1/handlers', {
      token: token10002,
      json: { ...person, serial: 'ABCDEF0123450000', permissions: ['query.general'] },
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.receipt.id, receiptRows().at(-2).id + 1);
    created = r.body;
  });

  it('an Idempotency-Key repeat answers the same receipt and writes no second one', async () => {
    const before = receiptRows().length;
    const headers = { 'idempotency-key': 'receipt-add-1' };
    const json = {
      serial: 'ABCDEF0123451111',
      name: '許家豪',
      nationalId: 'A123456770',
      permissions: ['query.general'],
    };
    const first = await server.request('POST', '/api/v1/handlers', { token: token10002, json, headers });
    assert.equal(first.status, 201, first.text);
    const replay = await server.request('POST', '/api/v1/handlers', { token: token10002, json, headers });
    assert.equal(replay.status, 201, replay.text);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.body.receipt.number, first.body.receipt.number);
    assert.equal(receiptRows().length, before + 1);

    const del = { 'idempotency-key': 'receipt-delete-1' };
    const path = `/api/v1/handlers/${first.body.handler.id}`;
    const deleted = await server.request('DELETE', path, { token: token10002, headers: del });
    assert.equal(deleted.status, 200, deleted.text);
    const deletedAgain = await server.request('DELETE', path, { token: token10002, headers: del });
    assert.equal(deletedAgain.status, 200, deletedAgain.text);
    assert.equal(deletedAgain.body.receipt.number, deleted.body.receipt.number);
    assert.equal(receiptRows().length, before + 2);
  });

  it('收件紀錄 (public, by agency code) lists handler changes by item only: no names, no IDs', async () => {
    const listed = await server.request('GET', '/api/v1/receipts?agencyCode=10002&pageSize=100');
    assert.equal(listed.status, 200, listed.text);
    const items = listed.body.items as any[];
    const handlerItems = items.filter((x) => x.item.startsWith('handler-'));
    assert.ok(handlerItems.length >= 5, String(handlerItems.length));
    for (const x of handlerItems) {
      assert.equal('handler' in x, false);
      assert.deepEqual(Object.keys(x).sort(), [
        'agencyCode',
        'agencyName',
        'id',
        'item',
        'itemLabel',
        'number',
        'receivedAt',
        'receivedAtRoc',
      ]);
    }
    for (const secret of ['蔡佩真', '蔡珮真', '許家豪', 'A22****781', 'A12****770', created.handler.serial]) {
      assert.equal(listed.text.includes(secret), false, secret);
    }
    // Another agency's list has none of 10002's receipts.
    const other = await server.request('GET', '/api/v1/receipts?agencyCode=20003&pageSize=100');
    const numbers = new Set(items.map((x) => x.number));
    assert.ok((other.body.items as any[]).every((x) => !numbers.has(x.number) && x.agencyCode === '20003'));
  });
});
