// The card steps and the kind of card in the reader, against the real registration API in-process:
// a card of the wrong kind is flagged (`wrong-kind`) as soon as it is read, before any action and
// without an error; signing in with it costs no PIN try; an error about which card was in the
// reader (CERT_WRONG_KIND, TOKEN_NOT_PRESENT) is dropped once the card there no longer warrants it,
// while other errors (a wrong PIN) stay until the next action.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAuthorizedListQueryFlow, createFirstRegistrationFlow } from '../src/flows/index.js';
import { issueDemoPki } from '../src/testing/index.js';
import type { DemoPki } from '../src/testing/index.js';
import { ORIGIN, desk, inProcessApi, record } from './flows-harness.js';
import type { InProcessApi } from './flows-harness.js';
import { PIN, failed, ok, until } from './flows-scenarios.js';

describe('card steps: the kind of card in the reader', () => {
  let pki: DemoPki;
  const apis: InProcessApi[] = [];
  before(async () => {
    pki = await issueDemoPki();
  });
  after(() => apis.forEach((api) => api.close()));

  async function fresh(): Promise<InProcessApi> {
    const api = await inProcessApi(pki);
    apis.push(api);
    return api;
  }

  it('flags a card of the wrong kind as soon as it is read, before any action, and not the right one', async () => {
    const { client, requests } = await fresh();
    const d = await desk(pki);
    const flow = createFirstRegistrationFlow({ client, tokens: d.tokens, origin: ORIGIN });
    const seen = record(flow);
    ok(flow.acceptTerms(), 'org-card');

    d.insert('CIT-WANG');
    const wrong = await until(flow, (s) => s.data.card?.cardId === d.cardId('CIT-WANG'));
    assert.deepEqual(wrong.data.card?.warnings, ['wrong-kind']);
    assert.equal(wrong.data.card?.certificate?.kind, 'citizen');
    assert.equal(wrong.data.card?.certificate?.holder, '王大明');
    // A description, not a failure: no error, no error event, and nothing sent anywhere.
    assert.equal(wrong.error, undefined);
    assert.ok(!seen.serialised.some((line) => line.startsWith('error:')));
    assert.equal(requests.filter((r) => r.path.startsWith('/api/v1/sign-ins')).length, 0);

    d.insert('ORG-10001');
    const right = await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10001'));
    assert.deepEqual(right.data.card?.warnings, []);

    // Entering the manager's step with the organization card still in the reader flags it there.
    ok(await flow.signInOrg({ agencyCode: '10001', pin: PIN }), 'citizen-card');
    const orgAtCitizen = await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10001'));
    assert.deepEqual(orgAtCitizen.data.card?.warnings, ['wrong-kind']);
    assert.equal(orgAtCitizen.error, undefined);
    d.insert('CIT-WANG');
    const manager = await until(flow, (s) => s.data.card?.cardId === d.cardId('CIT-WANG'));
    assert.deepEqual(manager.data.card?.warnings, []);
    flow.dispose();
    await d.close();
  });

  it('drops CERT_WRONG_KIND once the right card is in, and costs the wrong card no PIN try', async () => {
    const { client } = await fresh();
    const d = await desk(pki);
    const flow = createAuthorizedListQueryFlow({ client, tokens: d.tokens, origin: ORIGIN });
    d.insert('CIT-LIN');
    await until(flow, (s) => s.data.card?.cardId === d.cardId('CIT-LIN'));
    const kind = failed(
      await flow.signInOrg({ agencyCode: '10002', pin: PIN }),
      'CERT_WRONG_KIND',
      'org-card',
    );
    assert.equal(kind.explanation['zh-TW'].detail, '此卡為自然人憑證，請放入機關憑證IC卡。');
    assert.equal(d.card('CIT-LIN').pinTriesLeft, 3);

    // Taking the card out is enough for the error to stop holding …
    d.remove();
    const empty = await until(flow, (s) => s.data.card === null);
    assert.equal(empty.error, undefined);

    // … and so is putting the right card in.
    d.insert('CIT-LIN');
    await until(flow, (s) => s.data.card?.cardId === d.cardId('CIT-LIN'));
    failed(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'CERT_WRONG_KIND');
    d.insert('ORG-10002');
    const cleared = await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10002'));
    assert.equal(cleared.error, undefined);
    assert.equal(cleared.step, 'org-card');
    ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
    flow.dispose();
    await d.close();
  });

  it('drops TOKEN_NOT_PRESENT once a card is in, and keeps a wrong PIN’s error when the card comes back', async () => {
    const { client } = await fresh();
    const d = await desk(pki);
    const flow = createAuthorizedListQueryFlow({ client, tokens: d.tokens, origin: ORIGIN });
    await until(flow, (s) => s.data.card === null);
    failed(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'TOKEN_NOT_PRESENT', 'org-card');
    d.insert('ORG-10002');
    const present = await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10002'));
    assert.equal(present.error, undefined);

    const wrongPin = failed(await flow.signInOrg({ agencyCode: '10002', pin: '111111' }), 'PIN_INCORRECT');
    assert.equal(wrongPin.triesLeft, 2);
    // Out and in again: the tries left are the card's, and the error still says what happened.
    d.remove();
    await until(flow, (s) => s.data.card === null);
    d.insert('ORG-10002');
    const back = await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10002'));
    assert.equal(back.error?.code, 'PIN_INCORRECT');
    assert.equal(back.data.card?.pinTriesLeft, 2);
    flow.dispose();
    await d.close();
  });
});
