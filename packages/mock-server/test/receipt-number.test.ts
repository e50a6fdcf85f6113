// 收件編號 (issue 17): every registration and swap answers a receipt number of a stable format,
// GEPI-<ROC yyyMMdd>-<receipt id>, that 收件紀錄 lists too; numbers are unique and follow the
// receipt rows written with the change, so a refused change leaves no number behind.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { taipeiDateParts } from '@gepi/sdk';
import { receiptNumber } from '../src/services/registration.js';
import { expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

const contact = { name: '王大明', email: 'wang.daming@example.org', phone: '02-2701-3411' };

describe('收件編號', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('is GEPI-<ROC date of receipt>-<receipt id>, in Taipei time', () => {
    // 2026-12-07 17:30 UTC is 2026-12-08 01:30 in Taipei: 115年12月08日.
    assert.equal(receiptNumber({ id: 42, receivedAt: '2026-12-07T17:30:00Z' }), 'GEPI-1151208-000042');
    assert.equal(
      receiptNumber({ id: 1_234_567, receivedAt: '2016-04-22T06:36:34Z' }),
      'GEPI-1050422-1234567',
    );
  });

  it('comes with a registration and a swap, unique, and 收件紀錄 lists the same numbers', async () => {
    const before = server.store.listReceipts('10001').length;
    // A refused registration (the database's one-per-agency rule is not reached: no citizen card)
    // writes nothing and so numbers nothing.
    const org = await server.orgSignIn('ORG-10001', '10001', 'first-registration');
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/registrations', { token: org.body.token, json: contact }),
      403,
      'SESSION_INCOMPLETE',
    );
    assert.equal(server.store.listReceipts('10001').length, before);

    const token = await server.session('first-registration', '10001', 'ORG-10001', 'CIT-WANG', 'A123456789');
    const registered = await server.request('POST', '/api/v1/registrations', { token, json: contact });
    assert.equal(registered.status, 201, registered.text);
    const first = registered.body.receipt;
    const today = taipeiDateParts(new Date(first.receivedAt));
    const day = `${today.year - 1911}${String(today.month).padStart(2, '0')}${String(today.day).padStart(2, '0')}`;
    assert.equal(first.number, `GEPI-${day}-${String(first.id).padStart(6, '0')}`);

    const swapToken = await server.session('swap-manager', '10001', 'ORG-10001', 'CIT-CHEN', 'B120112236');
    const swapped = await server.request('POST', '/api/v1/swaps/manager', {
      token: swapToken,
      json: { ...contact, name: '陳志豪' },
    });
    assert.equal(swapped.status, 200, swapped.text);
    assert.notEqual(swapped.body.receipt.number, first.number);

    const list = await server.request('GET', '/api/v1/receipts?agencyCode=10001');
    assert.deepEqual(
      list.body.items.map((r: any) => [r.item, r.number]),
      [
        ['first-registration', first.number],
        ['swap-manager', swapped.body.receipt.number],
      ],
    );
    const all = ['10002', '20003', '10001'].flatMap((code) =>
      server.store.listReceipts(code).map((r) => receiptNumber(r)),
    );
    assert.equal(new Set(all).size, all.length);
  });
});
