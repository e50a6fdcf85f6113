// The headless flows against the real registration API in-process (createRegistrationApi on the
// memory store, demo dataset, demo PKI trusted; the client's fetch is the API itself): first
// registration and its review branches, PINs and locked / expired / revoked cards, the checks made
// before a card is touched, the machine's guards, cancel, native PIN entry, and that no PIN ever
// reaches a state or an event.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createCitizenSerialQueryFlow,
  createFirstRegistrationFlow,
  createAssignmentFlow,
  FlowError,
} from '../src/flows/index.js';
import type { FlowDoneDetail, FlowStepChangeDetail } from '../src/flows/index.js';
import { issueDemoPki } from '../src/testing/index.js';
import type { DemoPki } from '../src/testing/index.js';
import type { VirtualPinRequest } from '../src/virtual.js';
import { ORIGIN, desk, inProcessApi, record } from './flows-harness.js';
import type { InProcessApi } from './flows-harness.js';
import {
  CONTACT_WANG,
  PIN,
  failed,
  firstRegistration10001,
  ok,
  oidMismatch40005,
  pending50006,
  until,
} from './flows-scenarios.js';

const DAY_MS = 86_400_000;

describe('flows in-process: first registration, cards, guards', () => {
  let pki: DemoPki;
  const apis: InProcessApi[] = [];
  before(async () => {
    pki = await issueDemoPki();
  });
  after(() => apis.forEach((api) => api.close()));

  async function fresh(options: Parameters<typeof inProcessApi>[1] = {}): Promise<InProcessApi> {
    const api = await inProcessApi(pki, options);
    apis.push(api);
    return api;
  }

  it('registers 10001 with ORG-10001 and CIT-WANG (terms time from the injected clock)', async () => {
    const { client } = await fresh();
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    await firstRegistration10001({ client, pki, origin: ORIGIN }, () => now);
  });

  it('sends 40005 with a mismatching OID to the applicant form and then to review', async () => {
    const { client } = await fresh();
    await oidMismatch40005({ client, pki, origin: ORIGIN });
  });

  it('shows the pending message for 50006', async () => {
    const { client } = await fresh();
    await pending50006({ client, pki, origin: ORIGIN });
  });

  it('locks a card after three wrong PINs (PIN_LOCKED, MOICA and its phone), staying on the card step', async () => {
    const { client, requests } = await fresh();
    const d = await desk(pki);
    const flow = createCitizenSerialQueryFlow({ client, tokens: d.tokens, origin: ORIGIN });
    d.insert('CIT-CHEN');
    const input = { nationalId: 'B120112236' };

    const first = failed(
      await flow.signInCitizen({ ...input, pin: '111111' }),
      'PIN_INCORRECT',
      'citizen-card',
    );
    assert.equal(first.triesLeft, 2);
    assert.equal(flow.state.data.card?.pinTriesLeft, 2);
    const second = failed(
      await flow.signInCitizen({ ...input, pin: '222222' }),
      'PIN_INCORRECT',
      'citizen-card',
    );
    assert.equal(second.triesLeft, 1);
    assert.match(second.explanation['zh-TW'].detail, /再錯一次將鎖卡/);
    assert.ok(flow.state.data.card?.warnings.includes('last-pin-try'));
    const locked = failed(
      await flow.signInCitizen({ ...input, pin: '333333' }),
      'PIN_LOCKED',
      'citizen-card',
    );
    assert.equal(locked.ca, 'MOICA');
    assert.equal(locked.explanation['zh-TW'].contact?.name, '內政部憑證管理中心');
    assert.equal(locked.explanation['zh-TW'].contact?.phone, '0800-080-117');
    assert.match(locked.explanation['zh-TW'].detail, /內政部憑證管理中心進行鎖卡解碼/);
    assert.ok(flow.state.data.card?.warnings.includes('pin-locked'));
    // Even the right PIN is refused now.
    failed(await flow.signInCitizen({ ...input, pin: PIN }), 'PIN_LOCKED', 'citizen-card');
    assert.equal(
      requests.filter((r) => r.path.startsWith('/api/v1/sign-ins')).length,
      0,
      'no sign-in was attempted with a card that never logged in',
    );
    flow.dispose();
    await d.close();
  });

  it('rejects locked, expired and revoked cards with their codes', async () => {
    const { client } = await fresh();
    const d = await desk(pki);
    const serial = (cardId: string) => {
      d.insert(cardId);
      return createCitizenSerialQueryFlow({ client, tokens: d.tokens, origin: ORIGIN });
    };

    const locked = serial('CIT-HSU-LOCKED');
    const lockedView = await until(locked, (s) => s.data.card !== undefined);
    assert.ok(lockedView.data.card?.warnings.includes('pin-locked'), 'shown before the PIN is asked');
    const lockedError = failed(
      await locked.signInCitizen({ nationalId: 'S124445552', pin: PIN }),
      'PIN_LOCKED',
    );
    assert.equal(lockedError.ca, 'MOICA');

    const expired = serial('CIT-TSAI-EXPIRED');
    const expiredView = await until(expired, (s) => s.data.card !== undefined);
    assert.ok(expiredView.data.card?.warnings.includes('expired'));
    // Refused before the PIN (flows-card-refusal.test.ts); the API refuses them too (CERT_EXPIRED,
    // CERT_REVOKED: mock-server sign-in tests).
    failed(
      await expired.signInCitizen({ nationalId: 'D228765439', pin: PIN }),
      'CARD_EXPIRED',
      'citizen-card',
    );

    const revoked = serial('CIT-CHENG-REVOKED');
    failed(
      await revoked.signInCitizen({ nationalId: 'T299887769', pin: PIN }),
      'CARD_REVOKED',
      'citizen-card',
    );

    const org = createFirstRegistrationFlow({ client, tokens: d.tokens, origin: ORIGIN });
    org.acceptTerms();
    d.insert('ORG-10001-EXPIRED');
    failed(await org.signInOrg({ agencyCode: '10001', pin: PIN }), 'CARD_EXPIRED', 'org-card');
    for (const flow of [locked, expired, revoked, org]) flow.dispose();
    await d.close();
  });

  it('checks fields, card presence, card kind and the PIN shape before the card is touched', async () => {
    const { client, requests } = await fresh();
    const d = await desk(pki);
    const flow = createFirstRegistrationFlow({ client, tokens: d.tokens, origin: ORIGIN });
    flow.acceptTerms();

    const code = failed(
      await flow.signInOrg({ agencyCode: '1000１', pin: PIN }),
      'FULL_WIDTH_CHARACTERS',
      'org-card',
    );
    assert.equal(code.field, 'agencyCode');
    failed(await flow.signInOrg({ agencyCode: '1000', pin: PIN }), 'AGENCY_CODE_FORMAT');
    failed(await flow.signInOrg({ agencyCode: '10001', pin: PIN }), 'TOKEN_NOT_PRESENT');
    d.insert('CIT-WANG');
    const kind = failed(await flow.signInOrg({ agencyCode: '10001', pin: PIN }), 'CERT_WRONG_KIND');
    assert.equal(kind.explanation['zh-TW'].detail, '此卡為自然人憑證，請放入機關憑證IC卡。');
    assert.ok(flow.state.data.card?.warnings.includes('wrong-kind'));
    d.insert('ORG-10001');
    failed(await flow.signInOrg({ agencyCode: '10001' }), 'PIN_REQUIRED');
    failed(await flow.signInOrg({ agencyCode: '10001', pin: '12' }), 'PIN_FORMAT');
    assert.equal(d.card('ORG-10001').pinTriesLeft, 3);
    assert.equal(d.card('CIT-WANG').pinTriesLeft, 3);

    ok(await flow.signInOrg({ agencyCode: '10001', pin: PIN }), 'citizen-card');
    d.insert('CIT-WANG');
    const id = failed(
      await flow.signInCitizen({ nationalId: 'A123456788', pin: PIN }),
      'NATIONAL_ID_CHECKSUM',
    );
    assert.equal(id.explanation['zh-TW'].title, '授權管理者身分證統一編號');
    // The card says …6789: another (valid) ID is refused before the PIN.
    failed(
      await flow.signInCitizen({ nationalId: 'F223456786', pin: PIN }),
      'CARD_WRONG_PERSON',
      'citizen-card',
    );
    assert.equal(d.card('CIT-WANG').pinTriesLeft, 3);
    assert.equal(requests.filter((r) => r.path === '/api/v1/sign-ins/org').length, 1);
    flow.dispose();
    await d.close();
  });

  it('warns about expiry by the injected clock', async () => {
    const { client } = await fresh();
    const d = await desk(pki);
    d.insert('ORG-10001');
    const issued = pki.card('ORG-10001');
    const at = (days: number) => () => new Date(issued.notAfter.getTime() - days * DAY_MS);
    const soon = createFirstRegistrationFlow({ client, tokens: d.tokens, origin: ORIGIN, clock: at(30) });
    soon.acceptTerms();
    const view = await until(soon, (s) => s.data.card !== undefined);
    assert.deepEqual(view.data.card?.warnings, ['expiring-soon']);
    assert.equal(view.data.card?.certificate?.daysLeft, 30);
    const late = createFirstRegistrationFlow({ client, tokens: d.tokens, origin: ORIGIN, clock: at(-1) });
    late.acceptTerms();
    assert.deepEqual((await until(late, (s) => s.data.card !== undefined)).data.card?.warnings, ['expired']);
    soon.dispose();
    late.dispose();
    await d.close();
  });

  it('guards its actions: wrong step, busy, declined, disposed', async () => {
    const { client } = await fresh();
    const d = await desk(pki, { latencyMs: 30 });
    const flow = createFirstRegistrationFlow({ client, tokens: d.tokens, origin: ORIGIN });
    const steps: FlowStepChangeDetail[] = [];
    const done: FlowDoneDetail[] = [];
    flow.addEventListener('step-change', (e) => steps.push(e.detail));
    flow.addEventListener('done', (e) => done.push(e.detail));

    assert.throws(
      () => flow.signInOrg({ agencyCode: '10001', pin: PIN }),
      (error: unknown) =>
        error instanceof FlowError &&
        error.code === 'ACTION_NOT_ALLOWED' &&
        error.text['zh-TW'].includes('目前步驟無法執行此操作') &&
        error.text.en.includes('"signInOrg" is not allowed at step "terms"'),
    );
    assert.equal(flow.can('acceptTerms'), true);
    flow.acceptTerms();
    d.insert('ORG-10001');
    const running = flow.signInOrg({ agencyCode: '10001', pin: PIN });
    assert.equal(flow.state.busy, true);
    assert.equal(flow.state.pending, 'signInOrg');
    assert.equal(flow.can('signInOrg'), false);
    assert.throws(() => flow.signInOrg({ agencyCode: '10001', pin: PIN }), { code: 'FLOW_BUSY' });
    ok(await running, 'citizen-card');
    assert.deepEqual(
      steps.map((s) => [s.from, s.to]),
      [
        ['terms', 'org-card'],
        ['org-card', 'citizen-card'],
      ],
    );
    flow.dispose();
    assert.throws(() => flow.refreshCard(), { code: 'FLOW_DISPOSED' });
    // dispose() cancels what was still open, in the background (ending the session is a request).
    for (let i = 0; i < 100 && flow.state.step !== 'cancelled'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.equal(flow.state.step, 'cancelled');
    assert.deepEqual(done, [], 'listeners are gone after dispose()');

    const declined = createFirstRegistrationFlow({ client, tokens: d.tokens, origin: ORIGIN });
    const ended = new Promise<FlowDoneDetail>((resolve) =>
      declined.addEventListener('done', (e) => resolve(e.detail), {
        once: true,
      }),
    );
    const state = declined.declineTerms();
    assert.equal(state.step, 'declined');
    assert.equal(state.done, true);
    assert.deepEqual(state.actions, []);
    assert.equal((await ended).outcome, 'declined');
    declined.dispose();
    await d.close();
  });

  it('cancels mid-flow: aborts the running step, logs the card out, ends the server session', async () => {
    const { client, requests } = await fresh();
    let release: () => void = () => {};
    let prompts = 0;
    const d = await desk(pki, {
      pinEntry: 'native',
      // The Fortify-like PIN window stays open until the test lets it answer.
      promptPin: () => {
        prompts++;
        return new Promise<string>((resolve) => (release = () => resolve(PIN)));
      },
    });
    // The window opens after the card checks (one of them asks the API): wait for it.
    const prompted = async (n: number) => {
      while (prompts < n) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    const flow = createAssignmentFlow({ client, tokens: d.tokens, origin: ORIGIN });
    const done = new Promise<FlowDoneDetail>((resolve) =>
      flow.addEventListener('done', (e) => resolve(e.detail)),
    );
    d.insert('ORG-10002');
    const org = flow.signInOrg({ agencyCode: '10002' });
    await prompted(1);
    release();
    ok(await org, 'citizen-card');

    d.insert('CIT-LIN');
    const citizen = flow.signInCitizen({ nationalId: 'F223456786' });
    await prompted(2);
    assert.equal(flow.state.busy, true);
    const cancelling = flow.cancel();
    release();
    await cancelling;
    const after = await citizen;
    assert.equal(after.step, 'cancelled');
    assert.equal(flow.state.step, 'cancelled');
    assert.equal(flow.state.busy, false);
    assert.equal(flow.state.done, true);
    assert.equal((await done).outcome, 'cancelled');
    assert.equal(await d.tokens.isLoggedIn(d.readers[0]!), false);
    assert.ok(
      requests.some((r) => r.method === 'DELETE' && r.path === '/api/v1/session' && r.status === 204),
      'the session was ended on the server',
    );
    assert.equal(requests.filter((r) => r.path === '/api/v1/sign-ins/citizen').length, 0);
    assert.throws(() => flow.signInCitizen({ nationalId: 'F223456786' }), { code: 'ACTION_NOT_ALLOWED' });
    flow.dispose();
    await d.close();
  });

  it('completes a registration with native PIN entry, the page never passing a PIN', async () => {
    const { client } = await fresh();
    const asked: VirtualPinRequest[] = [];
    const pins = new Map([
      ['GCA 機關憑證 10001 臺北市政府人事處', PIN],
      ['自然人憑證 王大明', PIN],
    ]);
    const d = await desk(pki, {
      pinEntry: 'native',
      promptPin: async (request) => {
        asked.push(request);
        return pins.get(request.cardLabel) ?? null;
      },
    });
    const flow = createFirstRegistrationFlow({ client, tokens: d.tokens, origin: ORIGIN });
    assert.equal(flow.state.data.pinEntry, 'native');
    flow.acceptTerms();
    d.insert('ORG-10001');
    assert.equal((await until(flow, (s) => s.data.card !== undefined)).data.card?.pinEntry, 'native');
    // A PIN from the page is refused without opening the card's own window.
    failed(await flow.signInOrg({ agencyCode: '10001', pin: PIN }), 'PAGE_PIN_NOT_ALLOWED', 'org-card');
    assert.equal(asked.length, 0);
    ok(await flow.signInOrg({ agencyCode: '10001' }), 'citizen-card');
    d.insert('CIT-WANG');
    ok(await flow.signInCitizen({ nationalId: 'A123456789' }), 'confirm');
    ok(await flow.submit(CONTACT_WANG), 'registered');
    assert.deepEqual(
      asked.map((r) => r.cardLabel),
      ['GCA 機關憑證 10001 臺北市政府人事處', '自然人憑證 王大明'],
    );
    flow.dispose();
    await d.close();
  });

  it('sends a lost session back to the first card step', async () => {
    let offset = 0;
    const { client } = await fresh({ clock: () => new Date(Date.now() + offset) });
    const d = await desk(pki);
    const flow = createAssignmentFlow({ client, tokens: d.tokens, origin: ORIGIN });
    d.insert('ORG-10002');
    ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
    offset = 11 * 60_000;
    d.insert('CIT-LIN');
    const lost = await flow.signInCitizen({ nationalId: 'F223456786', pin: PIN });
    // Expired, or already purged by the server (then unknown): either way both cards start again.
    assert.ok(['SESSION_EXPIRED', 'SESSION_INVALID'].includes(lost.error?.code ?? ''), lost.error?.code);
    assert.equal(lost.step, 'org-card');
    flow.dispose();
    await d.close();
  });

  it('never puts a PIN into a state, an event or an error', async () => {
    const { client } = await fresh();
    const d = await desk(pki);
    const orgPin = '80862417';
    const citizenPin = '57391246';
    const wrong = ['90817263', '46152837'];
    const flow = createFirstRegistrationFlow({ client, tokens: d.tokens, origin: ORIGIN });
    const seen = record(flow);
    const thrown: unknown[] = [];
    flow.acceptTerms();
    d.insert('ORG-10001', 0, orgPin);
    failed(await flow.signInOrg({ agencyCode: '10001', pin: wrong[0] }), 'PIN_INCORRECT');
    ok(await flow.signInOrg({ agencyCode: '10001', pin: orgPin }), 'citizen-card');
    d.insert('CIT-WANG', 0, citizenPin);
    failed(await flow.signInCitizen({ nationalId: 'A123456789', pin: wrong[1] }), 'PIN_INCORRECT');
    try {
      flow.submit(CONTACT_WANG);
    } catch (error) {
      thrown.push(error);
    }
    ok(await flow.signInCitizen({ nationalId: 'A123456789', pin: citizenPin }), 'confirm');
    ok(await flow.submit(CONTACT_WANG), 'registered');
    assert.ok(seen.states.length > 10);
    assert.deepEqual(seen.steps, ['terms', 'org-card', 'citizen-card', 'confirm', 'registered']);
    const everything = [
      ...seen.serialised,
      ...thrown.map((e) => JSON.stringify(e) + String(e)),
      JSON.stringify(flow),
      JSON.stringify(Object.entries(flow)),
    ].join('\n');
    for (const pin of [orgPin, citizenPin, ...wrong])
      assert.equal(everything.includes(pin), false, `found ${pin}`);
    flow.dispose();
    await d.close();
  });
});
