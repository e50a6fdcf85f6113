// The manager's flows against the real registration API in-process: authorization assignment in
// 10002, the three certificate swaps (each on a freshly seeded API), and the four queries.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAssignmentFlow, createSwapFlow } from '../src/flows/index.js';
import { issueDemoPki } from '../src/testing/index.js';
import type { DemoPki } from '../src/testing/index.js';
import { ORIGIN, desk, inProcessApi } from './flows-harness.js';
import type { InProcessApi } from './flows-harness.js';
import { LI, PIN, assignment10002, failed, handlersStay, ok, queries, swap10002 } from './flows-scenarios.js';
import type { Env } from './flows-scenarios.js';

describe('flows in-process: assignment, swaps, queries', () => {
  let pki: DemoPki;
  const apis: InProcessApi[] = [];
  before(async () => {
    pki = await issueDemoPki();
  });
  after(() => apis.forEach((api) => api.close()));

  async function env(): Promise<Env & { api: InProcessApi }> {
    const api = await inProcessApi(pki);
    apis.push(api);
    return { client: api.client, pki, origin: ORIGIN, api };
  }

  it('assigns handlers in 10002: list, add by reading a card, change an SN, delete', async () => {
    await assignment10002(await env());
  });

  it('reads the card in the reader chosen on the add form, never the manager’s own (several cards at the desk)', async () => {
    const { client } = await env();
    const d = await desk(pki, { readers: ['讀卡機 1', '讀卡機 2', '讀卡機 3'] });
    const flow = createAssignmentFlow({ client, tokens: d.tokens, origin: ORIGIN });
    d.insert('ORG-10002', 0);
    d.insert('CIT-LIN', 1);
    d.insert('CIT-CHEN', 2);
    ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
    ok(await flow.selectReader(d.readers[1]));
    ok(await flow.signInCitizen({ nationalId: 'F223456786', pin: PIN }), 'list');
    ok(flow.startAdd(), 'add');
    // Still pinned to the manager's reader: 讀取憑證 finds 林美惠's own card, fills in nothing and
    // asks for the handler's card (CERT_IS_MANAGER).
    const own = await flow.readCard();
    const error = failed(own, 'CERT_IS_MANAGER', 'add');
    assert.match(error.explanation['zh-TW'].detail, /授權管理者本人的自然人憑證IC卡/);
    assert.equal(own.data.form?.serial ?? '', '');
    assert.equal(own.data.form?.name ?? '', '');
    ok(await flow.selectReader(d.readers[2]), 'add');
    assert.equal(ok(await flow.readCard()).data.form?.name, '陳志豪');
    flow.dispose();
    await d.close();
  });

  it('讀取憑證 with only the manager’s card at the desk (right after sign-in) asks for the handler’s', async () => {
    const { client } = await env();
    const d = await desk(pki);
    const flow = createAssignmentFlow({ client, tokens: d.tokens, origin: ORIGIN });
    d.insert('ORG-10002');
    ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
    d.insert('CIT-LIN');
    ok(await flow.signInCitizen({ nationalId: 'F223456786', pin: PIN }), 'list');
    ok(flow.startAdd(), 'add');
    const own = await flow.readCard();
    assert.equal(failed(own, 'CERT_IS_MANAGER', 'add').explanation.en.title, "The manager's own card");
    assert.equal(own.data.form?.serial ?? '', '');
    d.insert('CIT-CHEN');
    assert.equal(ok(await flow.readCard()).data.form?.name, '陳志豪');
    flow.dispose();
    await d.close();
  });

  it('swaps the org card of 10002 (contact prefilled, handlers stay)', async () => {
    const e = await env();
    await swap10002(e, {
      variant: 'org',
      orgCard: 'ORG-10002-RENEWED',
      citizenCard: 'CIT-LIN',
      nationalId: 'F223456786',
      prefilledName: '林美惠',
    });
    await handlersStay(e, 'ORG-10002-RENEWED', 'CIT-LIN', 'F223456786');
  });

  it('hands 10002 over to a new manager, 李建國 (contact re-entered, handlers stay)', async () => {
    const e = await env();
    await swap10002(e, {
      variant: 'manager',
      orgCard: 'ORG-10002',
      citizenCard: 'CIT-LI',
      nationalId: 'H123456786',
      prefilledName: null,
      contact: LI,
    });
    await handlersStay(e, 'ORG-10002', 'CIT-LI', 'H123456786');
  });

  it('swaps both cards of 10002', async () => {
    const e = await env();
    await swap10002(e, {
      variant: 'both',
      orgCard: 'ORG-10002-RENEWED',
      citizenCard: 'CIT-LI',
      nationalId: 'H123456786',
      prefilledName: null,
      contact: LI,
    });
    await handlersStay(e, 'ORG-10002-RENEWED', 'CIT-LI', 'H123456786');
  });

  it('refuses an org swap with the card already registered (CARD_UNCHANGED)', async () => {
    const e = await env();
    const d = await desk(pki);
    const flow = createSwapFlow({ client: e.client, tokens: d.tokens, origin: ORIGIN, variant: 'org' });
    flow.acceptTerms();
    d.insert('ORG-10002');
    failed(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'CARD_UNCHANGED', 'org-card');
    d.insert('ORG-10002-RENEWED');
    ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
    await flow.cancel();
    assert.equal(flow.state.step, 'cancelled');
    flow.dispose();
    await d.close();
  });

  it('answers the four queries', async () => {
    await queries(await env());
  });
});
