// The handler health list over real HTTP: each handler's card state (valid, expiring, expired,
// revoked, unknown) from the certificates the API has seen and its CRLs; the registered org and
// manager cards; 讀取憑證's certificate verified and recorded; sign-ins recorded; new catalog
// functions listed, never granted; permission templates per agency, walled off from each other.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseCertificate } from '@gepi/sdk/certs';
import { DEFAULT_PERMISSIONS } from '../src/data/permissions.js';
import type { SqlStore } from '../src/store/sqlite.js';
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

const notAfterOf = (cardId: string) =>
  parseCertificate(server.card(cardId).signing.certificate).notAfter.toISOString();
const certificateOf = (cardId: string) =>
  Buffer.from(server.card(cardId).signing.certificate).toString('base64');
const db = () => (server.store as unknown as SqlStore).driver;
const seenRow = (serial: string) =>
  db().prepare('SELECT * FROM seen_certificates WHERE serial = ?').get([serial]) as any;

describe('card states in the handler list', () => {
  it('flags the seeded cards: valid, expired two days ago, expiring', async () => {
    const r = await server.request('GET', '/api/v1/handlers', { token: token10002 });
    assert.equal(r.status, 200, r.text);
    const byName = new Map(r.body.items.map((h: any) => [h.name, h.card]));
    const chang = byName.get('張淑芬') as any;
    const hsieh = byName.get('謝明哲') as any;
    const wu = byName.get('吳宗翰') as any;
    assert.equal(chang.state, 'valid');
    assert.equal(chang.notAfter, notAfterOf('CIT-CHANG'));
    assert.equal(chang.revocationChecked, true);
    assert.equal(hsieh.state, 'expired');
    assert.equal(hsieh.notAfter, notAfterOf('CIT-HSIEH-OLD'));
    assert.ok(hsieh.daysLeft <= -2 && hsieh.daysLeft >= -3, String(hsieh.daysLeft));
    assert.equal(wu.state, 'expiring');
    assert.ok(wu.daysLeft > 0 && wu.daysLeft <= 40, String(wu.daysLeft));
  });

  it('shows a revoked card as revoked (its CA CRL lists it) and a never-seen serial as unknown', async () => {
    const revoked = await server.request('POST', '/api/v1/handlers', {
      token: token20003,
      json: {
        serial: server.card('CIT-CHENG-REVOKED').serial,
        name: '鄭撤銷',
        nationalId: 'A123456789',
        permissions: ['query.general'],
      },
    });
    assert.equal(revoked.status, 201, revoked.text);
    assert.equal(revoked.body.handler.card.state, 'revoked');
    const unknown = await server.request('POST', '/api/v1/handlers', {
      token: token20003,
      json: {
        serial: 'ABCDEF0123',
        name: '未知卡',
        nationalId: 'B120112236',
        permissions: ['query.general'],
      },
    });
    assert.equal(unknown.status, 201, unknown.text);
    assert.deepEqual(unknown.body.handler.card, {
      state: 'unknown',
      notAfter: null,
      daysLeft: null,
      revocationChecked: false,
    });
    const list = await server.request('GET', '/api/v1/authorized', {
      token: await server.managerSession('20003', 'query-authorized'),
    });
    const states = Object.fromEntries(list.body.items.map((h: any) => [h.name, h.card.state]));
    assert.equal(states['鄭撤銷'], 'revoked');
    assert.equal(states['未知卡'], 'unknown');
  });

  it("reports the agency's org card expiring and the manager's card valid", async () => {
    const r = await server.request('GET', '/api/v1/handlers', { token: token10002 });
    assert.equal(r.body.registeredCards.org.state, 'expiring');
    assert.equal(r.body.registeredCards.org.notAfter, notAfterOf('ORG-10002'));
    assert.equal(r.body.registeredCards.manager.state, 'valid');
    assert.equal(r.body.registeredCards.manager.notAfter, notAfterOf('CIT-LIN'));
  });
});

describe('the registry of certificates seen', () => {
  it('records a sign-in', async () => {
    const serial = server.card('CIT-LIN').serial;
    db().prepare('DELETE FROM seen_certificates WHERE serial = ?').run([serial]);
    await server.managerSession('10002');
    const row = seenRow(serial);
    assert.equal(row.source, 'sign-in');
    assert.equal(row.kind, 'citizen');
    assert.equal(row.not_after, notAfterOf('CIT-LIN'));
  });

  it("records 讀取憑證's certificate once verified: an unknown card becomes known", async () => {
    const serial = server.card('CIT-LIU').serial;
    db().prepare('DELETE FROM seen_certificates WHERE serial = ?').run([serial]);
    const body = { serial, name: '劉雅琪', nationalId: 'C220000001', permissions: ['query.general'] };
    const created = await server.request('POST', '/api/v1/handlers', { token: token10002, json: body });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.handler.card.state, 'unknown');
    const id = created.body.handler.id;
    const updated = await server.request('PUT', `/api/v1/handlers/${id}`, {
      token: token10002,
      json: { ...body, certificate: certificateOf('CIT-LIU') },
    });
    assert.equal(updated.status, 200, updated.text);
    assert.equal(updated.body.handler.card.state, 'valid');
    assert.equal(updated.body.handler.card.notAfter, notAfterOf('CIT-LIU'));
    assert.equal(seenRow(serial).source, 'card-read');
    await server.request('DELETE', `/api/v1/handlers/${id}`, { token: token10002 });
  });

  it('refuses a read certificate of another serial, of an org card, or a revoked one, and saves nothing', async () => {
    const base = { name: '周測試', nationalId: 'D120000000', permissions: ['query.general'] };
    const mismatch = await server.request('POST', '/api/v1/handlers', {
      token: token10002,
      json: { ...base, serial: server.card('CIT-CHOU').serial, certificate: certificateOf('CIT-KUO') },
    });
    assert.equal(expectProblem(assert, mismatch, 422, 'CERT_SERIAL_MISMATCH').field, 'serial');
    const org = await server.request('POST', '/api/v1/handlers', {
      token: token10002,
      json: { ...base, serial: server.card('ORG-30004').serial, certificate: certificateOf('ORG-30004') },
    });
    expectProblem(assert, org, 422, 'CERT_WRONG_KIND');
    const revoked = await server.request('POST', '/api/v1/handlers', {
      token: token10002,
      json: {
        ...base,
        serial: server.card('CIT-CHENG-REVOKED').serial,
        certificate: certificateOf('CIT-CHENG-REVOKED'),
      },
    });
    // The certificate codes keep their sign-in status (401) wherever a certificate is checked.
    expectProblem(assert, revoked, 401, 'CERT_REVOKED');
    const list = await server.request('GET', '/api/v1/handlers?q=周測試', { token: token10002 });
    assert.equal(list.body.total, 0, 'no handler was saved');
  });
});

describe('templates (權限範本)', () => {
  it('saves, lists, changes and deletes a template of the agency', async () => {
    const created = await server.request('POST', '/api/v1/permission-templates', {
      token: token10002,
      json: { name: ' 保費承辦 ', permissions: ['premium.submit', 'premium.change', 'premium.submit'] },
    });
    assert.equal(created.status, 201, created.text);
    const template = created.body.template;
    assert.equal(template.name, '保費承辦');
    assert.deepEqual(template.permissions, ['premium.change', 'premium.submit'], 'catalog order, once each');
    assert.equal(created.body.message['zh-TW'], '權限範本已儲存！');

    const list = await server.request('GET', '/api/v1/permission-templates', { token: token10002 });
    assert.deepEqual(
      list.body.items.map((t: any) => t.name),
      ['保費承辦'],
    );

    const updated = await server.request('PUT', `/api/v1/permission-templates/${template.id}`, {
      token: token10002,
      json: { name: '保費承辦', permissions: ['premium.query'], version: template.version },
    });
    assert.equal(updated.status, 200, updated.text);
    assert.deepEqual(updated.body.template.permissions, ['premium.query']);
    assert.equal(updated.body.template.version, 2);
    const stale = await server.request('PUT', `/api/v1/permission-templates/${template.id}`, {
      token: token10002,
      json: { name: '保費承辦', permissions: ['premium.query'], version: 1 },
    });
    expectProblem(assert, stale, 409, 'TEMPLATE_VERSION_CONFLICT');

    const deleted = await server.request('DELETE', `/api/v1/permission-templates/${template.id}`, {
      token: token10002,
    });
    assert.equal(deleted.status, 200, deleted.text);
    const again = await server.request('DELETE', `/api/v1/permission-templates/${template.id}`, {
      token: token10002,
    });
    expectProblem(assert, again, 404, 'TEMPLATE_NOT_FOUND');
  });

  it('refuses bad input with stable codes and the field at fault', async () => {
    const post = (json: unknown) =>
      server.request('POST', '/api/v1/permission-templates', { token: token10002, json });
    assert.equal(
      expectProblem(assert, await post({ name: '', permissions: ['query.general'] }), 400, 'FIELD_REQUIRED')
        .field,
      'name',
    );
    assert.equal(
      expectProblem(
        assert,
        await post({ name: 'x'.repeat(31), permissions: ['query.general'] }),
        400,
        'TEMPLATE_NAME_INVALID',
      ).field,
      'name',
    );
    expectProblem(
      assert,
      await post({ name: '一\n二', permissions: ['query.general'] }),
      400,
      'TEMPLATE_NAME_INVALID',
    );
    expectProblem(assert, await post({ name: '空', permissions: [] }), 400, 'PERMISSION_REQUIRED');
    const unknown = expectProblem(
      assert,
      await post({ name: '未知', permissions: ['nope'] }),
      400,
      'PERMISSION_UNKNOWN',
    );
    assert.deepEqual(unknown.details.unknown, ['nope']);
    expectProblem(
      assert,
      await post({ name: '多', permissions: ['query.general'], extra: 1 }),
      400,
      'FIELD_UNKNOWN',
    );
    assert.equal((await post({ name: '查詢', permissions: ['query.general'] })).status, 201);
    const dup = await post({ name: '查詢', permissions: ['benefit.calc'] });
    assert.equal(expectProblem(assert, dup, 409, 'TEMPLATE_DUPLICATE_NAME').field, 'name');
    const bad = await server.request('PUT', '/api/v1/permission-templates/abc', {
      token: token10002,
      json: { name: '查詢', permissions: ['query.general'] },
    });
    expectProblem(assert, bad, 404, 'TEMPLATE_NOT_FOUND');
  });

  it('keeps agencies apart: one never sees, changes or deletes the other’s templates', async () => {
    const mine = await server.request('POST', '/api/v1/permission-templates', {
      token: token10002,
      json: { name: '機密範本', permissions: ['benefit.claim'] },
    });
    assert.equal(mine.status, 201, mine.text);
    const id = mine.body.template.id;
    const theirs = await server.request('GET', '/api/v1/permission-templates', { token: token20003 });
    assert.equal(theirs.status, 200);
    assert.ok(!theirs.text.includes('機密範本'), theirs.text);
    const change = await server.request('PUT', `/api/v1/permission-templates/${id}`, {
      token: token20003,
      json: { name: '改掉', permissions: ['query.general'] },
    });
    expectProblem(assert, change, 404, 'TEMPLATE_NOT_FOUND');
    const remove = await server.request('DELETE', `/api/v1/permission-templates/${id}`, {
      token: token20003,
    });
    expectProblem(assert, remove, 404, 'TEMPLATE_NOT_FOUND');
    // The same name is free in another agency.
    const same = await server.request('POST', '/api/v1/permission-templates', {
      token: token20003,
      json: { name: '機密範本', permissions: ['query.general'] },
    });
    assert.equal(same.status, 201, same.text);
    const still = await server.request('GET', '/api/v1/permission-templates', { token: token10002 });
    const kept = still.body.items.find((t: any) => t.id === id);
    assert.deepEqual(kept.permissions, ['benefit.claim']);
  });

  it('needs an assignment session of the registered manager', async () => {
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/permission-templates'),
      401,
      'SESSION_REQUIRED',
    );
    const query = await server.managerSession('10002', 'query-authorized');
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/permission-templates', { token: query }),
      403,
      'SESSION_PURPOSE_MISMATCH',
    );
  });
});

describe('functions new to the catalog', () => {
  let catalogServer: TestServer;
  before(async () => {
    // A function added ten days ago; the demo handlers last changed thirty days ago.
    const added = new Date(Date.now() - 10 * 86_400_000).toISOString();
    catalogServer = await startTestServer({
      permissions: [
        ...DEFAULT_PERMISSIONS,
        {
          id: 'e-notice',
          label: '電子通知作業',
          addedAt: added,
          children: [{ id: 'notice.read', label: '電子通知查閱' }],
        },
      ],
    });
  });
  after(() => catalogServer.close());

  it('lists the handlers that lack it, grants it to nobody, and stops listing once the manager decided', async () => {
    const token = await catalogServer.managerSession('10002');
    const list = await catalogServer.request('GET', '/api/v1/handlers', { token });
    for (const h of list.body.items) {
      assert.deepEqual(h.newPermissions, ['notice.read'], h.name);
      assert.ok(!h.permissions.includes('notice.read'), 'never granted automatically');
    }
    // The manager looks at one handler and saves it without the new function: decided.
    const first = list.body.items[0];
    const detail = (await catalogServer.request('GET', `/api/v1/handlers/${first.id}`, { token })).body;
    const saved = await catalogServer.request('PUT', `/api/v1/handlers/${first.id}`, {
      token,
      json: {
        serial: detail.serial,
        name: detail.name,
        nationalId: detail.nationalId,
        permissions: detail.permissions,
      },
    });
    assert.equal(saved.status, 200, saved.text);
    assert.deepEqual(saved.body.handler.newPermissions, []);
    // A handler added now is not "lacking a new function": it was added after it.
    const created = await catalogServer.request('POST', '/api/v1/handlers', {
      token,
      json: { serial: 'ABC123', name: '新進者', nationalId: 'B120112236', permissions: ['query.general'] },
    });
    assert.deepEqual(created.body.handler.newPermissions, []);
  });
});
