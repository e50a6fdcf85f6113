// Handler administration over real HTTP: list (page sizes, search, stable order, masked IDs),
// add, change (a renewed card's new SN), delete, uniqueness and permissions, the read-only
// authorized list with its CSV, and the wall between agencies.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

let server: TestServer;
let token10002: string;
let token20003: string;

before(async () => {
  server = await startTestServer();
  token10002 = await server.managerSession('10002');
  token20003 = await server.managerSession('20003');
});
after(() => server.close());

const chen = {
  serial: '10:00:48:21:0D:D2:DF:2E:12:80:96:A9:28:2B:00:03',
  name: '陳志豪',
  nationalId: 'B120112236',
  permissions: ['premium.submit', 'premium.change', 'premium.submit'],
};

describe('handler list', () => {
  it('lists the seeded handlers in created order with masked national IDs', async () => {
    const r = await server.request('GET', '/api/v1/handlers', { token: token10002 });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.agency, { code: '10002', name: '國立臺灣測試大學' });
    assert.equal(r.body.managerName, '林美惠');
    assert.deepEqual(
      r.body.items.map((h: any) => [h.name, h.nationalIdMasked]),
      [
        ['張淑芬', 'E22****894'],
        ['謝明哲', 'P15****235'],
        ['吳宗翰', 'R12****060'],
      ],
    );
    assert.deepEqual([r.body.total, r.body.page, r.body.pageSize, r.body.from, r.body.to], [3, 1, 10, 1, 3]);
    assert.ok(!r.text.includes('E224567894'), 'no full national ID in the list');
  });

  it('refuses page sizes other than 10/25/50/100 and bad pages', async () => {
    for (const size of ['25', '50', '100']) {
      const r = await server.request('GET', `/api/v1/handlers?pageSize=${size}`, { token: token10002 });
      assert.equal(r.body.pageSize, Number(size));
    }
    for (const size of ['20', '0', '1000', 'abc']) {
      const r = await server.request('GET', `/api/v1/handlers?pageSize=${size}`, { token: token10002 });
      assert.equal(expectProblem(assert, r, 400, 'PAGE_SIZE_INVALID').field, 'pageSize');
    }
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/handlers?page=0', { token: token10002 }),
      400,
      'FIELD_INVALID',
    );
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/handlers?page=1&page=2', { token: token10002 }),
      400,
      'FIELD_INVALID',
    );
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/handlers?sort=name', { token: token10002 }),
      400,
      'FIELD_UNKNOWN',
    );
    const beyond = await server.request('GET', '/api/v1/handlers?page=99', { token: token10002 });
    assert.deepEqual([beyond.body.items.length, beyond.body.total, beyond.body.from], [0, 3, 0]);
  });

  it('searches by part of a name, a full national ID, or the start of an SN', async () => {
    const search = async (q: string) =>
      (await server.request('GET', `/api/v1/handlers?q=${encodeURIComponent(q)}`, { token: token10002 }))
        .body;
    assert.deepEqual(
      (await search('淑')).items.map((h: any) => h.name),
      ['張淑芬'],
    );
    assert.deepEqual(
      (await search('明哲')).items.map((h: any) => h.name),
      ['謝明哲'],
    );
    assert.deepEqual(
      (await search('吳宗翰')).items.map((h: any) => h.name),
      ['吳宗翰'],
    );
    assert.deepEqual(
      (await search('R120405060')).items.map((h: any) => h.name),
      ['吳宗翰'],
    );
    assert.deepEqual(
      (await search('r120405060')).items.map((h: any) => h.name),
      ['吳宗翰'],
    );
    assert.deepEqual(
      (await search('100048210DD2DF2E128096A9282B0004')).items.map((h: any) => h.name),
      ['張淑芬'],
    );
    assert.equal((await search('100048210DD2')).total, 3);
    assert.equal((await search('王')).total, 0);
    // A partial national ID is not a search key: it would let anyone enumerate IDs.
    assert.equal((await search('R12040')).total, 0);
  });
});

describe('add, change, delete', () => {
  let id: number;

  it('adds a handler read from his card (新增成功!), normalising the SN and permissions', async () => {
    const r = await server.request('POST', '/api/v1/handlers', { token: token10002, json: chen });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.message['zh-TW'], '新增成功！');
    assert.equal(r.body.handler.serial, '100048210DD2DF2E128096A9282B0003');
    assert.deepEqual(r.body.handler.permissions, ['premium.change', 'premium.submit']);
    assert.equal(r.body.handler.nationalId, 'B120112236');
    assert.equal(r.body.handler.version, 1);
    id = r.body.handler.id;
    const list = await server.request('GET', '/api/v1/handlers', { token: token10002 });
    assert.equal(list.body.items.at(-1).name, '陳志豪', 'new handlers come last');
  });

  it('refuses the agency’s own manager as a handler, by card or by national ID, with nothing saved', async () => {
    // 10002's manager is 林美惠 (CIT-LIN, F223456786): 讀取憑證 with her card still in the reader.
    const before = (await server.request('GET', '/api/v1/handlers', { token: token10002 })).body.total;
    const byCard = await server.request('POST', '/api/v1/handlers', {
      token: token10002,
      json: { ...chen, serial: '100048210DD2DF2E128096A9282B0002', name: '林美惠' },
    });
    const problem = expectProblem(assert, byCard, 422, 'HANDLER_IS_MANAGER');
    assert.equal(problem.field, 'serial');
    assert.equal(problem.i18n['zh-TW'].title, '授權管理者不得為經辦人');
    const byId = await server.request('POST', '/api/v1/handlers', {
      token: token10002,
      json: { ...chen, serial: 'ABCDEF0123', name: '林美惠', nationalId: 'F223456786' },
    });
    assert.equal(expectProblem(assert, byId, 422, 'HANDLER_IS_MANAGER').field, 'nationalId');
    const after = (await server.request('GET', '/api/v1/handlers', { token: token10002 })).body.total;
    assert.equal(after, before);
  });

  it('refuses a second handler with the same national ID or SN in the agency', async () => {
    const sameId = await server.request('POST', '/api/v1/handlers', {
      token: token10002,
      json: { ...chen, serial: 'ABCDEF0123' },
    });
    expectProblem(assert, sameId, 409, 'HANDLER_DUPLICATE_NATIONAL_ID');
    const sameSerial = await server.request('POST', '/api/v1/handlers', {
      token: token10002,
      json: { ...chen, nationalId: 'A800000014', name: '劉家豪' },
    });
    expectProblem(assert, sameSerial, 409, 'HANDLER_DUPLICATE_SERIAL');
  });

  it('lets another agency assign the same person (吳宗翰 is in 10002 and 20003)', async () => {
    const r = await server.request('POST', '/api/v1/handlers', { token: token20003, json: chen });
    assert.equal(r.status, 201, r.text);
  });

  it('refuses bad fields with the field at fault and the validator’s words', async () => {
    const cases: Array<[Record<string, unknown>, number, string, string]> = [
      [{ ...chen, serial: 'XYZ' }, 400, 'SERIAL_INVALID', 'serial'],
      [{ ...chen, serial: '0000' }, 400, 'SERIAL_INVALID', 'serial'],
      [{ ...chen, name: '陳志豪2' }, 400, 'NAME_INVALID', 'name'],
      [{ ...chen, name: '' }, 400, 'FIELD_REQUIRED', 'name'],
      [{ ...chen, nationalId: 'b120112236' }, 400, 'NATIONAL_ID_INVALID', 'nationalId'],
      [{ ...chen, permissions: [] }, 400, 'PERMISSION_REQUIRED', 'permissions'],
      [{ ...chen, permissions: ['premium'] }, 400, 'PERMISSION_UNKNOWN', 'permissions'],
      [{ ...chen, permissions: ['root.all'] }, 400, 'PERMISSION_UNKNOWN', 'permissions'],
      [{ ...chen, permissions: 'premium.change' }, 400, 'FIELD_INVALID', 'permissions'],
      [{ ...chen, extra: true }, 400, 'FIELD_UNKNOWN', 'extra'],
    ];
    for (const [json, status, code, field] of cases) {
      const r = await server.request('POST', '/api/v1/handlers', { token: token10002, json });
      assert.equal(expectProblem(assert, r, status, code).field, field, JSON.stringify(json));
    }
    const lower = await server.request('POST', '/api/v1/handlers', {
      token: token10002,
      json: { ...chen, nationalId: 'b120112236' },
    });
    assert.equal(lower.body.details.reason, 'NATIONAL_ID_LOWERCASE');
    assert.equal(lower.body.i18n['zh-TW'].detail, '身分證統一編號的英文字母須為大寫');
  });

  it('reads one handler with the full national ID for the edit form', async () => {
    const r = await server.request('GET', `/api/v1/handlers/${id}`, { token: token10002 });
    assert.equal(r.body.nationalId, 'B120112236');
  });

  it('changes the SN after a renewal (修改成功!) and guards against stale edits', async () => {
    const hsieh = (await server.request('GET', '/api/v1/handlers?q=謝明哲', { token: token10002 })).body
      .items[0];
    const r = await server.request('PUT', `/api/v1/handlers/${hsieh.id}`, {
      token: token10002,
      json: {
        serial: '100048210DD2DF2E128096A9282B000F',
        name: '謝明哲',
        nationalId: 'P156781235',
        permissions: hsieh.permissions,
        version: hsieh.version,
      },
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.message['zh-TW'], '修改成功！');
    assert.equal(r.body.handler.serial, '100048210DD2DF2E128096A9282B000F');
    assert.equal(r.body.handler.version, hsieh.version + 1);
    const stale = await server.request('PUT', `/api/v1/handlers/${hsieh.id}`, {
      token: token10002,
      json: {
        serial: 'ABC123',
        name: '謝明哲',
        nationalId: 'P156781235',
        permissions: ['query.general'],
        version: hsieh.version,
      },
    });
    expectProblem(assert, stale, 409, 'HANDLER_VERSION_CONFLICT');
    const dup = await server.request('PUT', `/api/v1/handlers/${hsieh.id}`, {
      token: token10002,
      json: { ...chen, nationalId: 'P156781235', name: '謝明哲' },
    });
    expectProblem(assert, dup, 409, 'HANDLER_DUPLICATE_SERIAL');
    const audit = server.store
      .listAudit({ agencyCode: '10002', limit: 10 })
      .find((e) => e.action === 'handler.updated');
    assert.deepEqual(audit?.changes.serial, {
      from: '100048210DD2DF2E128096A9282B000E',
      to: '100048210DD2DF2E128096A9282B000F',
    });
  });

  it('renames in the search index too', async () => {
    const r = await server.request('PUT', `/api/v1/handlers/${id}`, {
      token: token10002,
      json: { ...chen, name: '陳志明' },
    });
    assert.equal(r.status, 200, r.text);
    const search = (q: string) =>
      server.request('GET', `/api/v1/handlers?q=${encodeURIComponent(q)}`, { token: token10002 });
    assert.equal((await search('志明')).body.total, 1);
    assert.equal((await search('志豪')).body.total, 0);
  });

  it('deletes a handler (刪除成功!); it is then not found', async () => {
    const r = await server.request('DELETE', `/api/v1/handlers/${id}`, { token: token10002 });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.message['zh-TW'], '刪除成功！');
    expectProblem(
      assert,
      await server.request('GET', `/api/v1/handlers/${id}`, { token: token10002 }),
      404,
      'HANDLER_NOT_FOUND',
    );
    expectProblem(
      assert,
      await server.request('DELETE', `/api/v1/handlers/${id}`, { token: token10002 }),
      404,
      'HANDLER_NOT_FOUND',
    );
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/handlers/abc', { token: token10002 }),
      404,
      'HANDLER_NOT_FOUND',
    );
  });
});

describe('agencies are walled off from each other', () => {
  it('the manager of 10002 can neither read nor change any of 20003’s handlers', async () => {
    const theirs = await server.request('GET', '/api/v1/handlers?pageSize=100', { token: token20003 });
    assert.ok(theirs.body.total >= 1);
    const before = JSON.stringify(server.store.listHandlers('20003', { offset: 0, limit: 1000 }));
    for (const h of theirs.body.items) {
      expectProblem(
        assert,
        await server.request('GET', `/api/v1/handlers/${h.id}`, { token: token10002 }),
        404,
        'HANDLER_NOT_FOUND',
      );
      const put = await server.request('PUT', `/api/v1/handlers/${h.id}`, {
        token: token10002,
        json: { serial: 'ABCDEF', name: '冒名', nationalId: 'A123456789', permissions: ['query.general'] },
      });
      expectProblem(assert, put, 404, 'HANDLER_NOT_FOUND');
      expectProblem(
        assert,
        await server.request('DELETE', `/api/v1/handlers/${h.id}`, { token: token10002 }),
        404,
        'HANDLER_NOT_FOUND',
      );
    }
    // Lists and searches show only the session's agency.
    const mine = await server.request('GET', '/api/v1/handlers?pageSize=100', { token: token10002 });
    const theirIds = new Set(theirs.body.items.map((h: any) => h.id));
    assert.ok(mine.body.items.every((h: any) => !theirIds.has(h.id)));
    const search = await server.request('GET', `/api/v1/handlers?q=${encodeURIComponent('黃')}`, {
      token: token10002,
    });
    assert.equal(search.body.total, 0);
    // Nothing of 20003 changed.
    assert.equal(JSON.stringify(server.store.listHandlers('20003', { offset: 0, limit: 1000 })), before);
  });

  it('the agency comes from the session, never from the request', async () => {
    const r = await server.request('POST', '/api/v1/handlers', {
      token: token10002,
      json: { ...chen, agencyCode: '20003' },
    });
    expectProblem(assert, r, 400, 'FIELD_UNKNOWN');
  });

  it('a manager swapped out meanwhile can no longer act with the old session', async () => {
    const fresh = await startTestServer();
    try {
      const token = await fresh.managerSession('10002');
      const swap = await fresh.session('swap-manager', '10002', 'ORG-10002', 'CIT-LI', 'H123456786');
      await fresh.request('POST', '/api/v1/swaps/manager', {
        token: swap,
        json: { name: '李建國', email: 'li@example.org', phone: '(02)2701-3411' },
      });
      expectProblem(
        assert,
        await fresh.request('GET', '/api/v1/handlers', { token }),
        403,
        'NOT_REGISTERED_MANAGER',
      );
      expectProblem(
        assert,
        await fresh.request('POST', '/api/v1/handlers', { token, json: chen }),
        403,
        'NOT_REGISTERED_MANAGER',
      );
    } finally {
      await fresh.close();
    }
  });
});

describe('authorized list', () => {
  it('is read-only with permission labels', async () => {
    const token = await server.managerSession('10002', 'query-authorized');
    const r = await server.request('GET', '/api/v1/authorized', { token });
    assert.equal(r.status, 200, r.text);
    const chang = r.body.items.find((h: any) => h.name === '張淑芬');
    assert.deepEqual(chang.permissionLabels, ['異動登錄', '申報與傳送', '申報資料列印']);
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/handlers', { token, json: chen }),
      403,
      'SESSION_PURPOSE_MISMATCH',
    );
  });

  it('exports CSV with a BOM, masked IDs and labels', async () => {
    const token = await server.managerSession('10002', 'query-authorized');
    const r = await fetch(`${server.url}/api/v1/authorized.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(r.headers.get('content-disposition') ?? '', /attachment; filename="authorized-10002\.csv"/);
    const bytes = new Uint8Array(await r.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    await server.checkAnswer('GET', '/api/v1/authorized.csv', r.status, r.headers, text);
    const lines = text.trim().split('\r\n');
    assert.equal(
      lines[0],
      '序號,姓名,身分證統一編號,憑證序號,權限,憑證狀態,憑證到期日,未具新增功能,機關名稱,匯出時間',
    );
    assert.match(
      lines[1]!,
      /^1,張淑芬,E22\*\*\*\*894,100048210DD2DF2E128096A9282B0004,異動登錄、申報與傳送、申報資料列印,有效,1\d\d\/\d\d\/\d\d,,國立臺灣測試大學,1\d\d年\d\d月\d\d日\d\d點\d\d分\d\d秒$/,
    );
    assert.match(lines.find((l) => l.includes('吳宗翰')) ?? '', /,即將到期,/);
    assert.ok(!text.includes('E224567894'));
    const filtered = await server.request('GET', `/api/v1/authorized.csv?q=${encodeURIComponent('吳')}`, {
      token,
    });
    assert.equal(filtered.text.trim().split('\r\n').length, 2);
  });
});
