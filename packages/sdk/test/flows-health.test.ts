// 授權指派's handler health list, headless, against the real registration API in-process: each
// row's card state and the agency's cards, 讀取新卡更新序號 (renewCard) sending the new card's
// certificate with the save, and permission templates saved, applied and deleted.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GepiClient } from '../src/client/index.js';
import { createAssignmentFlow } from '../src/flows/index.js';
import { issueDemoPki } from '../src/testing/index.js';
import type { DemoPki } from '../src/testing/index.js';
import { ORIGIN, desk, inProcessApi } from './flows-harness.js';
import type { InProcessApi } from './flows-harness.js';
import { PIN, ok } from './flows-scenarios.js';

describe('授權指派: card states, 讀取新卡更新序號, templates', () => {
  let pki: DemoPki;
  let api: InProcessApi;
  before(async () => {
    pki = await issueDemoPki();
    api = await inProcessApi(pki);
  });
  after(() => api.close());

  it('shows the states, renews 謝明哲’s card in one step and keeps templates per agency', async () => {
    const puts: Record<string, unknown>[] = [];
    const client = new GepiClient({
      baseUrl: 'https://api.example',
      retry: false,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.method === 'PUT') puts.push((await request.clone().json()) as Record<string, unknown>);
        return api.api.fetch(request);
      },
    });
    const d = await desk(pki, { readers: ['讀卡機 1', '讀卡機 2', '讀卡機 3'] });
    const flow = createAssignmentFlow({ client, tokens: d.tokens, origin: ORIGIN });
    d.insert('ORG-10002', 0);
    d.insert('CIT-LIN', 1);
    d.insert('CIT-HSIEH-NEW', 2);
    ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
    // No reader pinned: the citizen step takes 林美惠's card (reader 2), 讀取憑證 the other one.
    const list = ok(await flow.signInCitizen({ nationalId: 'F223456786', pin: PIN }), 'list');
    const states = Object.fromEntries(list.data.list!.items.map((r) => [r.name, r.card.state]));
    assert.deepEqual(states, { 張淑芬: 'valid', 謝明哲: 'expired', 吳宗翰: 'expiring' });
    assert.equal(list.data.registeredCards?.org.state, 'expiring');
    assert.equal(list.data.registeredCards?.manager.state, 'valid');
    assert.deepEqual(list.data.templates, []);

    // 讀取新卡更新序號: 修改 opens with the new card read; 確認 sends its certificate along.
    const hsieh = list.data.list!.items.find((r) => r.name === '謝明哲')!;
    const editing = ok(await flow.renewCard(hsieh.id), 'edit');
    assert.equal(editing.data.form?.serial, pki.card('CIT-HSIEH-NEW').serial);
    const saved = ok(await flow.submit(), 'list');
    const certificate = Buffer.from(pki.card('CIT-HSIEH-NEW').signing.certificate).toString('base64');
    assert.equal(puts.at(-1)?.['certificate'], certificate);
    assert.equal(saved.data.list!.items.find((r) => r.id === hsieh.id)?.card.state, 'valid');

    ok(flow.startAdd(), 'add');
    ok(await flow.saveTemplate('保費承辦', ['premium.submit', 'premium.change']), 'add');
    const templates = flow.state.data.templates!;
    assert.deepEqual(
      templates.map((t) => [t.name, t.permissions]),
      [['保費承辦', ['premium.change', 'premium.submit']]],
    );
    const applied = ok(flow.applyTemplate(templates[0]!.id), 'add');
    assert.deepEqual(applied.data.form?.permissions, ['premium.change', 'premium.submit']);
    ok(await flow.deleteTemplate(templates[0]!.id), 'add');
    assert.deepEqual(flow.state.data.templates, []);
    assert.equal(flow.applyTemplate(templates[0]!.id).error?.code, 'TEMPLATE_NOT_FOUND');
    ok(flow.back(), 'list');
    ok(await flow.finish(), 'finished');
    flow.dispose();
    await d.close();
  });
});
