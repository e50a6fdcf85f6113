// No PIN try is ever spent on a card that cannot succeed: a locked, expired, not yet valid or revoked
// card (revoked as the CRL the API publishes at GET /api/v1/crls says), or a citizen card of someone
// other than the national ID typed, is refused before the token provider's login() is called — and
// before any challenge is asked for. Counted on a provider that wraps the virtual one, against the
// real registration API in-process. Each refusal says why, what to do, and whom to call.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createAssignmentFlow,
  createCitizenSerialQueryFlow,
  createFirstRegistrationFlow,
  createSwapFlow,
} from '../src/flows/index.js';
import type { FlowState } from '../src/flows/index.js';
import { issueDemoPki } from '../src/testing/index.js';
import type { DemoPki } from '../src/testing/index.js';
import type { TokenProvider } from '../src/tokens/index.js';
import { ORIGIN, desk, inProcessApi } from './flows-harness.js';
import type { InProcessApi } from './flows-harness.js';
import { PIN, failed, ok, until } from './flows-scenarios.js';

const DAY_MS = 86_400_000;

/** The provider with its login() calls counted (everything else passes through). */
function counting(tokens: TokenProvider): { tokens: TokenProvider; logins: string[] } {
  const logins: string[] = [];
  const wrapped = new Proxy(tokens, {
    get(target, key) {
      if (key === 'login') {
        return (readerId: string, pin?: string) => {
          logins.push(readerId);
          return pin === undefined ? target.login(readerId) : target.login(readerId, pin);
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { tokens: wrapped, logins };
}

describe('card steps: a card that cannot succeed is refused before its PIN', () => {
  let pki: DemoPki;
  const apis: InProcessApi[] = [];
  before(async () => {
    pki = await issueDemoPki();
  });
  after(() => apis.forEach((api) => api.close()));

  async function fresh(clock?: () => Date): Promise<InProcessApi> {
    const api = await inProcessApi(pki, clock ? { clock } : {});
    apis.push(api);
    return api;
  }

  async function citizenAttempt(cardId: string, nationalId: string) {
    const api = await fresh();
    const d = await desk(pki);
    const { tokens, logins } = counting(d.tokens);
    d.insert(cardId);
    const flow = createCitizenSerialQueryFlow({ client: api.client, tokens, origin: ORIGIN });
    const view = await until(flow, (s) => s.data.card !== undefined);
    const state = await flow.signInCitizen({ nationalId, pin: PIN });
    const challenges = api.requests.filter((r) => r.path === '/api/v1/challenges').length;
    const triesLeft = d.card(cardId).pinTriesLeft;
    flow.dispose();
    await d.close();
    return { view, state, logins, challenges, triesLeft };
  }

  function detail(state: FlowState, locale: 'zh-TW' | 'en' = 'zh-TW'): string {
    return state.error?.explanation[locale].detail ?? '';
  }

  it('a revoked card: flagged when read (from the published CRL), refused with no login, MOICA named with its phone', async () => {
    const r = await citizenAttempt('CIT-CHENG-REVOKED', 'T299887769');
    assert.deepEqual(r.view.data.card?.warnings, ['revoked'], 'flagged before any action');
    const error = failed(r.state, 'CARD_REVOKED', 'citizen-card');
    assert.deepEqual(r.logins, [], 'login() never called');
    assert.equal(r.challenges, 0, 'no challenge asked for');
    assert.equal(error.explanation['zh-TW'].title, '憑證已廢止');
    assert.match(
      detail(r.state),
      /^此憑證已廢止，無法使用，請勿輸入PIN碼；請洽內政部憑證管理中心申請新憑證。/,
    );
    assert.match(detail(r.state), /0800-080-117/);
    assert.equal(error.field, 'card');
    assert.equal(error.ca, 'MOICA');
  });

  it('an expired citizen card: refused with no login, the expiry date in the ROC calendar', async () => {
    const r = await citizenAttempt('CIT-TSAI-EXPIRED', 'D228765439');
    assert.ok(r.view.data.card?.warnings.includes('expired'));
    failed(r.state, 'CARD_EXPIRED', 'citizen-card');
    assert.deepEqual(r.logins, []);
    assert.equal(r.challenges, 0);
    assert.match(
      detail(r.state),
      /^此憑證已於\d{3}\/\d{2}\/\d{2}到期，無法使用，請勿輸入PIN碼；請向內政部憑證管理中心申請新憑證/,
    );
    assert.match(detail(r.state, 'en'), /expired on \d{3}\/\d{2}\/\d{2}/);
  });

  it('a locked card: PIN_LOCKED with no login (even the right PIN would be refused)', async () => {
    const r = await citizenAttempt('CIT-HSU-LOCKED', 'S124445552');
    const error = failed(r.state, 'PIN_LOCKED', 'citizen-card');
    assert.deepEqual(r.logins, []);
    assert.equal(r.challenges, 0);
    assert.equal(error.ca, 'MOICA');
  });

  it('another person’s citizen card: refused on the last 4 of the ID, no login, no try spent', async () => {
    // CIT-WANG is 王大明, A123456789; 林美惠's valid ID F223456786 ends differently.
    const r = await citizenAttempt('CIT-WANG', 'F223456786');
    const error = failed(r.state, 'CARD_WRONG_PERSON', 'citizen-card');
    assert.deepEqual(r.logins, []);
    assert.equal(r.challenges, 0);
    assert.equal(r.triesLeft, 3);
    assert.equal(error.field, 'nationalId');
    assert.match(detail(r.state), /^讀卡機中是王大明的自然人憑證，與輸入的身分證統一編號不符/);
    // Nothing of the ID on the card is revealed.
    assert.ok(!detail(r.state).includes('6789'));
  });

  it('the right card and ID: login() is called once (the counter counts)', async () => {
    const r = await citizenAttempt('CIT-WANG', 'A123456789');
    ok(r.state, 'result');
    assert.equal(r.logins.length, 1);
  });

  it('an expired org card, and a card not valid yet by the flow’s clock: refused with no login', async () => {
    const api = await fresh();
    const d = await desk(pki);
    const { tokens, logins } = counting(d.tokens);
    const flow = createFirstRegistrationFlow({ client: api.client, tokens, origin: ORIGIN });
    ok(flow.acceptTerms(), 'org-card');
    d.insert('ORG-10001-EXPIRED');
    await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10001-EXPIRED'));
    failed(await flow.signInOrg({ agencyCode: '10001', pin: PIN }), 'CARD_EXPIRED', 'org-card');
    assert.match(
      detail(flow.state),
      /請向政府憑證管理中心申請新憑證（換發新卡）。政府憑證管理中心電話：02-2192-7111/,
    );
    flow.dispose();

    // The renewed card, one day before it becomes valid.
    const renewed = pki.card('ORG-10001-RENEWED');
    const early = createFirstRegistrationFlow({
      client: api.client,
      tokens,
      origin: ORIGIN,
      clock: () => new Date(renewed.notBefore.getTime() - DAY_MS),
    });
    early.acceptTerms();
    d.insert('ORG-10001-RENEWED');
    await until(early, (s) => s.data.card?.cardId === d.cardId('ORG-10001-RENEWED'));
    failed(await early.signInOrg({ agencyCode: '10001', pin: '654321' }), 'CARD_NOT_YET_VALID', 'org-card');
    assert.deepEqual(logins, []);
    assert.equal(api.requests.filter((r) => r.path === '/api/v1/challenges').length, 0);
    early.dispose();
    await d.close();
  });

  it('another agency’s org card, or not the registered one: refused by the API’s card check, no login', async () => {
    const api = await fresh();
    const d = await desk(pki);
    const { tokens, logins } = counting(d.tokens);
    const flow = createAssignmentFlow({ client: api.client, tokens, origin: ORIGIN });
    d.insert('ORG-10001');
    await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10001'));
    // 臺北市政府人事處's card with 國立臺灣測試大學's code.
    const wrong = failed(
      await flow.signInOrg({ agencyCode: '10002', pin: PIN }),
      'AGENCY_MISMATCH',
      'org-card',
    );
    assert.equal(wrong.explanation['zh-TW'].title.length > 0, true);
    d.insert('ORG-10002-RENEWED');
    await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10002-RENEWED'));
    failed(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'ORG_CARD_NOT_REGISTERED', 'org-card');
    assert.deepEqual(logins, []);
    assert.equal(api.requests.filter((r) => r.path === '/api/v1/challenges').length, 0);
    assert.equal(api.requests.filter((r) => r.path === '/api/v1/card-checks/org').length, 2);
    // The right card goes through, after one check.
    d.insert('ORG-10002');
    await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10002'));
    ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
    assert.equal(logins.length, 1);
    await flow.cancel();
    flow.dispose();
    await d.close();
  });

  it('names the registered manager whose card the citizen step asks for (授權指派)', async () => {
    const api = await fresh();
    const d = await desk(pki);
    const flow = createAssignmentFlow({ client: api.client, tokens: d.tokens, origin: ORIGIN });
    assert.equal(flow.state.data.expectedHolder, undefined);
    d.insert('ORG-10002');
    ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
    assert.equal(flow.state.data.expectedHolder, '林美惠');
    await flow.cancel();
    flow.dispose();
    await d.close();
  });

  it('the swap’s new manager card is checked against the new manager’s ID the same way', async () => {
    const api = await fresh();
    const d = await desk(pki);
    const { tokens, logins } = counting(d.tokens);
    const flow = createSwapFlow({ client: api.client, tokens, origin: ORIGIN, variant: 'manager' });
    ok(flow.acceptTerms());
    d.insert('ORG-10002');
    ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }));
    assert.equal(logins.length, 1);
    // A new manager may take over: the step names nobody.
    assert.equal(flow.state.data.expectedHolder, undefined);
    // The new manager's card: 王大明's card with 林美惠's ID typed is refused.
    d.insert('CIT-WANG');
    await until(flow, (s) => s.data.card?.cardId === d.cardId('CIT-WANG'));
    failed(await flow.signInCitizen({ nationalId: 'F223456786', pin: PIN }), 'CARD_WRONG_PERSON');
    assert.equal(logins.length, 1, 'no second login');
    await flow.cancel();
    flow.dispose();
    await d.close();
  });
});
