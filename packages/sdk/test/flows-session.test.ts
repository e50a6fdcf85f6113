// Visible sessions in the headless flows, against the real registration API in-process with short
// sessions (1 minute idle, 2½ minutes in all) and a clock the test moves: every flow that holds a
// session carries its two times in `data`, 延長 (extendSession) moves the expiry up to the limit
// and no further, and a call with an expired session sends the flow back to the first card step
// with SESSION_EXPIRED and no session times left — in 授權指派, 查詢已授權清單, the swaps and 首次註冊.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createAssignmentFlow,
  createAuthorizedListQueryFlow,
  createFirstRegistrationFlow,
  createSwapFlow,
} from '../src/flows/index.js';
import { issueDemoPki } from '../src/testing/index.js';
import type { DemoPki } from '../src/testing/index.js';
import { ORIGIN, desk, inProcessApi } from './flows-harness.js';
import type { InProcessApi } from './flows-harness.js';
import { PIN, failed, ok } from './flows-scenarios.js';

const IDLE = 60_000;
const MAX = 150_000;

describe('flows: the card session’s times, 延長 and expiry', () => {
  let pki: DemoPki;
  const apis: InProcessApi[] = [];
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  before(async () => {
    pki = await issueDemoPki();
  });
  after(() => apis.forEach((api) => api.close()));

  async function fresh(): Promise<InProcessApi> {
    offset = 0;
    const api = await inProcessApi(pki, { clock, limits: { sessionIdleMs: IDLE, sessionMaxMs: MAX } });
    apis.push(api);
    return api;
  }

  /**
   * The time is `span` after a moment inside the call: between the clock read before it and after it
   * (a second either side for the server's rounding). Under load a card sign-in takes seconds, so
   * the window follows the call rather than a fixed tolerance.
   */
  const within = (iso: string | undefined, from: number, to: number, span: number) => {
    assert.ok(iso, 'a time is set');
    const at = Date.parse(iso);
    assert.ok(
      at >= from + span - 1_000 && at <= to + span + 1_000,
      `${iso} in [${new Date(from + span).toISOString()}, ${new Date(to + span).toISOString()}]`,
    );
  };
  /** Runs `call` and returns its result with the clock read just before and just after it. */
  const timed = async <T>(call: () => Promise<T>): Promise<{ value: T; from: number; to: number }> => {
    const from = clock().getTime();
    const value = await call();
    return { value, from, to: clock().getTime() };
  };

  it('授權指派: times on the list, 延長 up to the limit, then SESSION_EXTENSION_LIMIT, then expiry', async () => {
    const { client, requests } = await fresh();
    const d = await desk(pki);
    const flow = createAssignmentFlow({ client, tokens: d.tokens, origin: ORIGIN, clock });
    assert.equal(flow.state.data.sessionExpiresAt, undefined);
    d.insert('ORG-10002');
    const signIn = await timed(() => flow.signInOrg({ agencyCode: '10002', pin: PIN }));
    const atCitizen = ok(signIn.value, 'citizen-card');
    within(atCitizen.data.sessionExpiresAt, signIn.from, signIn.to, IDLE);
    within(atCitizen.data.sessionMaxExpiresAt, signIn.from, signIn.to, MAX);
    assert.ok(atCitizen.actions.includes('extendSession'));
    d.insert('CIT-LIN');
    ok(await flow.signInCitizen({ nationalId: 'F223456786', pin: PIN }), 'list');

    offset = 40_000;
    const extend = await timed(() => flow.extendSession());
    within(ok(extend.value, 'list').data.sessionExpiresAt, extend.from, extend.to, IDLE);
    assert.equal(requests.at(-1)?.path, '/api/v1/session/extend');
    offset = 90_000;
    const capped = ok(await flow.extendSession(), 'list');
    assert.equal(capped.data.sessionExpiresAt, capped.data.sessionMaxExpiresAt);
    offset = 110_000;
    failed(await flow.extendSession(), 'SESSION_EXTENSION_LIMIT', 'list');
    assert.ok(flow.state.data.sessionExpiresAt, 'refused, the session still stands');

    offset = MAX + 1_000;
    const lost = failed(await flow.loadPage(1), 'SESSION_EXPIRED', 'org-card');
    assert.equal(lost.explanation['zh-TW'].title, '作業階段已逾時');
    assert.equal(flow.state.data.sessionExpiresAt, undefined);
    assert.equal(flow.state.data.sessionMaxExpiresAt, undefined);
    flow.dispose();
    await d.close();
  });

  it('查詢已授權清單: the list reads the session again; an expired session goes back to the org card', async () => {
    const { client } = await fresh();
    const d = await desk(pki);
    const flow = createAuthorizedListQueryFlow({ client, tokens: d.tokens, origin: ORIGIN, clock });
    d.insert('ORG-10002');
    ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
    d.insert('CIT-LIN');
    ok(await flow.signInCitizen({ nationalId: 'F223456786', pin: PIN }), 'list');
    offset = 45_000;
    // Past half the idle time, the list call itself moves the expiry; the flow reads the new one.
    const paged = await timed(() => flow.refresh());
    within(ok(paged.value, 'list').data.sessionExpiresAt, paged.from, paged.to, IDLE);
    offset += IDLE + 1_000;
    failed(await flow.search('林'), 'SESSION_EXPIRED', 'org-card');
    assert.equal(flow.state.data.sessionExpiresAt, undefined);
    flow.dispose();
    await d.close();
  });

  it('更換授權管理者自然人憑證: the session’s times from the org card on; expired on 確認', async () => {
    const { client } = await fresh();
    const d = await desk(pki);
    const flow = createSwapFlow({ client, tokens: d.tokens, origin: ORIGIN, clock, variant: 'manager' });
    ok(flow.acceptTerms(), 'org-card');
    d.insert('ORG-10002');
    ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
    assert.ok(flow.state.data.sessionExpiresAt);
    offset = 30_000;
    const extend = await timed(() => flow.extendSession());
    within(ok(extend.value, 'citizen-card').data.sessionExpiresAt, extend.from, extend.to, IDLE);
    d.insert('CIT-LI');
    ok(await flow.signInCitizen({ nationalId: 'H123456786', pin: PIN }), 'confirm');
    assert.ok(flow.state.actions.includes('extendSession'));
    offset += IDLE + 1_000;
    failed(
      await flow.submit({ name: '李建國', email: 'li.jianguo@example.org', phone: '(02)2701-3411' }),
      'SESSION_EXPIRED',
      'org-card',
    );
    assert.equal(flow.state.data.sessionExpiresAt, undefined);
    flow.dispose();
    await d.close();
  });

  it('首次註冊: the session’s times until the registration ends it', async () => {
    const { client } = await fresh();
    const d = await desk(pki);
    const flow = createFirstRegistrationFlow({ client, tokens: d.tokens, origin: ORIGIN, clock });
    flow.acceptTerms();
    d.insert('ORG-10001');
    ok(await flow.signInOrg({ agencyCode: '10001', pin: PIN }), 'citizen-card');
    assert.ok(flow.state.data.sessionExpiresAt);
    d.insert('CIT-WANG');
    ok(await flow.signInCitizen({ nationalId: 'A123456789', pin: PIN }), 'confirm');
    const done = ok(
      await flow.submit({ name: '王大明', email: 'wang.daming@example.org', phone: '02-2701-3411' }),
      'registered',
    );
    // The server closed the session with the registration: no countdown on the result.
    assert.equal(done.data.sessionExpiresAt, undefined);
    flow.dispose();
    await d.close();
  });
});
