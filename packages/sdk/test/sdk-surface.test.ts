// The SDK as a script meets it, over real HTTP against the Node registration server: a manager
// card session from signInManager (expiry, options for calls, end()), the resource namespaces
// (client.handlers.*, client.queries.*), and flow actions that throw (throwing, orThrow).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@gepi/mock-server/node';
import {
  FlowStepError,
  createApplicationsQueryFlow,
  createCitizenSerialQueryFlow,
  maskNationalId,
  orThrow,
  throwing,
} from '@gepi/sdk';
import type { GepiClient } from '@gepi/sdk';
import type { Handler, HandlerDetail } from '@gepi/sdk';
import type { ManagerSession } from '@gepi/sdk/roster';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import { VirtualTokenProvider, virtualCardFromIssued } from '@gepi/sdk/virtual';
import { clientOf, signInManager10002, startDemoApi } from './support/manager-10002.js';
import { person } from './support/roster-people.js';

describe('the SDK surface for scripts', () => {
  let pki: DemoPki;
  let server: RunningServer;
  let client: GepiClient;
  let tokens: VirtualTokenProvider;
  let session: ManagerSession;

  before(async () => {
    pki = await issueDemoPki();
    server = await startDemoApi(pki);
    client = clientOf(server);
    tokens = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2'] });
    const [org, citizen] = (await tokens.listReaders()).map((r) => r.id);
    tokens.insert(org!, virtualCardFromIssued(pki.card('ORG-10002')));
    tokens.insert(citizen!, virtualCardFromIssued(pki.card('CIT-LIN')));
    session = await signInManager10002({ server, client, tokens, pki });
  });
  after(async () => {
    await session?.end();
    await tokens?.close();
    await server?.close();
  });

  it('client.handlers: list, iterate, create, get, update, delete in the manager session; client.queries', async () => {
    const list = await client.handlers.list({ pageSize: 10 }, session.options());
    assert.equal(list.total, 3);
    const all: Handler[] = [];
    for await (const h of client.handlers.iterate({}, session.options())) all.push(h);
    assert.deepEqual(
      all.map((h) => h.name),
      list.items.map((h) => h.name),
    );
    const p = person(500);
    const saved = await client.handlers.create({ ...p, permissions: ['query.general'] }, session.options());
    const detail: HandlerDetail = await client.handlers.get(saved.handler.id, session.options());
    assert.equal(detail.nationalId, p.nationalId);
    const updated = await client.handlers.update(
      detail.id,
      { ...p, permissions: ['premium.query'], version: detail.version },
      session.options(),
    );
    assert.deepEqual(updated.handler.permissions, ['premium.query']);
    const deleted = await client.handlers.delete(detail.id, session.options());
    assert.equal(deleted.id, detail.id);
    // Each change answers its receipt: one number each, in order, naming the handler (ID masked).
    const answered = [saved.receipt, updated.receipt, deleted.receipt];
    assert.deepEqual(
      answered.map((r) => [r.item, r.handler.name, r.handler.nationalIdMasked]),
      ['handler-created', 'handler-updated', 'handler-deleted'].map((item) => [
        item,
        p.name,
        maskNationalId(p.nationalId),
      ]),
    );
    assert.deepEqual(
      answered.map((r) => r.id - saved.receipt.id),
      [0, 1, 2],
    );
    assert.equal((await client.handlers.list({}, session.options())).total, 3);
    const receipts = await client.queries.receipts({ agencyCode: '10002' });
    assert.equal(receipts.agency.code, '10002');
  });

  it('a failed flow action throws FlowStepError through throwing() and orThrow()', async () => {
    const flow = createCitizenSerialQueryFlow({ client, tokens, origin: new URL(server.url).origin });
    const steps = throwing(flow);
    await assert.rejects(
      steps.signInCitizen({ nationalId: 'F223456786', pin: '000000' }),
      (error: FlowStepError) => {
        assert.ok(error instanceof FlowStepError);
        assert.equal(error.code, 'PIN_INCORRECT');
        assert.equal(error.step, 'citizen-card');
        assert.equal(error.text['zh-TW'], 'PIN碼錯誤，尚可嘗試 2 次');
        assert.equal(error.details['triesLeft'], 2);
        return true;
      },
    );
    // The flow itself keeps the state style: the error is in its state too.
    assert.equal(flow.state.error?.code, 'PIN_INCORRECT');
    const state = await orThrow(
      flow.signInCitizen({ nationalId: 'F223456786', pin: pki.card('CIT-LIN').pin }),
    );
    assert.equal(state.step, 'result');
    flow.dispose();
  });

  it('client.queries.applications in the org card’s query session, through the applications flow', async () => {
    // 50006's seeded application, read with 50006's own card: the flow signs in (query-org-oid),
    // calls client.queries.applications and ends the session.
    const own = new VirtualTokenProvider({ readers: ['讀卡機 3'] });
    const [reader] = (await own.listReaders()).map((r) => r.id);
    own.insert(reader!, virtualCardFromIssued(pki.card('ORG-50006')));
    const flow = createApplicationsQueryFlow({ client, tokens: own, origin: new URL(server.url).origin });
    try {
      const state = await orThrow(flow.signInOrg({ agencyCode: '50006', pin: pki.card('ORG-50006').pin }));
      assert.equal(state.step, 'result');
      assert.deepEqual(state.data.agency, { code: '50006', name: '花蓮縣立測試國民小學' });
      assert.deepEqual(
        state.data.applications?.map((a) => [a.applicantName, a.status, a.statusLabel['zh-TW']]),
        [['游文傑', 'pending', '審核中']],
      );
      assert.match(
        state.data.applications?.[0]?.retryFromText?.['zh-TW'] ?? '',
        /^可於\d{3}年\d{2}月\d{2}日起重新註冊$/,
      );
    } finally {
      flow.dispose();
      await own.close();
    }
    // Without a session the call is refused.
    await assert.rejects(client.queries.applications(), (error: { code: string }) => {
      assert.equal(error.code, 'SESSION_REQUIRED');
      return true;
    });
  });

  it('session: expiry, options for any call, and end() closes it on the server', async () => {
    const s = await signInManager10002({ server, client, tokens, pki });
    assert.ok(Date.parse(s.expiresAt) > Date.now());
    assert.equal(s.active, true);
    const info = await client.getSession(s.options());
    assert.equal(info.agency?.code, '10002');
    await s.end();
    assert.equal(s.active, false);
    await assert.rejects(client.handlers.list({}, s.options()), (error: { code: string }) => {
      assert.match(error.code, /^SESSION_/);
      return true;
    });
  });
});
