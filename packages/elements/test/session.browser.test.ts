// Visible sessions in Chromium, against the real registration API in the page with short sessions
// (5 minutes idle, 12 in all) and a clock the test moves for both the API and the element
// (no waiting minutes): the countdown in 授權指派, 查詢已授權清單 and the swaps, 延長作業時間 up to the
// limit, the polite warnings at 2 minutes and 30 seconds, 結束作業, and the clear page a lost or
// expired session leads to from any flow. axe on every state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/authorization/gepi-authorization.js';
import '../src/components/query/gepi-query.js';
import '../src/components/cert-swap/gepi-cert-swap.js';
import type { GepiAuthorization } from '../src/components/authorization/authorization.component.js';
import type { GepiQuery } from '../src/components/query/query.component.js';
import type { GepiCertSwap } from '../src/components/cert-swap/cert-swap.component.js';
import { describe, it } from './support/mocha.js';
import {
  before,
  demoPki,
  desk,
  listAsLin,
  press,
  signInCitizen,
  signInOrg,
  step,
  submitContact,
  view,
} from './support/portal.js';
import type { Desk } from './support/portal.js';
import { clean, part } from './support/views.js';

const IDLE = 300_000;
const MAX = 720_000;

/** One clock for the API and the element; `offset` moves it. */
function testClock() {
  const state = { offset: 0 };
  return { state, now: () => new Date(Date.now() + state.offset) };
}

async function shortDesk(now: () => Date): Promise<Desk> {
  return desk({}, { clock: now, limits: { sessionIdleMs: IDLE, sessionMaxMs: MAX } });
}

const requestsTo = (d: Desk, method: string, path: string) =>
  d.requests.filter((r) => r.method === method && r.path === path).map((r) => r.status);

/** Waits until the view shows `text` in part `name` (the countdown ticks once a second). */
async function shows(el: HTMLElement, name: string, text: string | RegExp): Promise<void> {
  await waitUntil(
    () => {
      const node = el.shadowRoot?.querySelector(`[part~="${name}"]`);
      const value = clean(node?.textContent);
      return typeof text === 'string' ? value === text : text.test(value);
    },
    `part ${name} never showed ${String(text)}`,
    { timeout: 4000 },
  );
}

async function authorization(d: Desk, now: () => Date): Promise<GepiAuthorization> {
  const el = await fixture<GepiAuthorization>(
    html`<gepi-authorization .client=${d.client} .tokens=${d.tokens} .clock=${now}></gepi-authorization>`,
  );
  await listAsLin(el, d);
  return el;
}

describe('visible sessions', function () {
  before(() => demoPki(), 30_000);

  it('授權指派: 延長作業時間 restarts the idle time, up to the limit, then says it cannot', async () => {
    const clock = testClock();
    const d = await shortDesk(clock.now);
    const el = await authorization(d, clock.now);
    await shows(el, 'session-time', /^作業剩餘時間：(05:00|04:5\d)$/);
    expect(part(el, 'session-limit')).to.equal(null);
    await expect(el).to.be.accessible();

    clock.state.offset = 200_000;
    await shows(el, 'session-time', /^作業剩餘時間：01:[34]\d$/);
    expect(clean(part(el, 'session-warning').textContent)).to.match(/^作業將於2分鐘後逾時/);
    press(el, 'extend-session-button');
    await shows(el, 'session-time', /^作業剩餘時間：(05:00|04:5\d)$/);
    expect(requestsTo(d, 'POST', '/api/v1/session/extend')).to.deep.equal([200]);
    const warning = part(el, 'session-warning');
    expect(warning.getAttribute('aria-live')).to.equal('polite');
    expect(clean(warning.textContent)).to.equal('已延長作業時間。');

    // 8 minutes in: the next 延長 reaches the limit (12 minutes), and the button gives way to the notice.
    clock.state.offset = 480_000;
    press(el, 'extend-session-button');
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="session-limit"]'), 'no limit notice');
    expect(clean(part(el, 'session-limit').textContent)).to.equal('已達作業時間上限，無法再延長');
    expect(el.shadowRoot?.querySelector('[part~="extend-session-button"]')).to.equal(null);
    expect(el.state?.data.sessionExpiresAt).to.equal(el.state?.data.sessionMaxExpiresAt);
    await expect(el).to.be.accessible();
    await el.flow?.cancel();
    await d.close();
  });

  it('the countdown ticks without rendering the flow again; a new warning band does render it', async () => {
    const clock = testClock();
    const d = await shortDesk(clock.now);
    const el = await authorization(d, clock.now);
    await shows(el, 'session-time', /^作業剩餘時間：(05:00|04:5\d)$/);
    // Count the flow's renders from here on (render is the element's own, called by Lit's update).
    const host = el as unknown as { render(): unknown };
    const render = host.render.bind(el);
    let renders = 0;
    host.render = () => {
      renders += 1;
      return render();
    };
    const before = clean(part(el, 'session-time').textContent);
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    const after = clean(part(el, 'session-time').textContent);
    expect(after).to.match(/^作業剩餘時間：04:5\d$/);
    expect(after).not.to.equal(before);
    expect(renders).to.equal(0);
    // Into the 2-minute band: the live warning needs the flow rendered, once, not every second.
    clock.state.offset = 200_000;
    await shows(el, 'session-time', /^作業剩餘時間：01:[34]\d$/);
    expect(clean(part(el, 'session-warning').textContent)).to.match(/^作業將於2分鐘後逾時/);
    const inBand = renders;
    expect(inBand).to.be.greaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    expect(renders).to.equal(inBand);
    await el.flow?.cancel();
    await d.close();
  });

  it('warns politely at 2 minutes and at 30 seconds, once each, and 作業時間已到 when it runs out', async () => {
    const clock = testClock();
    const d = await shortDesk(clock.now);
    const el = await authorization(d, clock.now);
    const expiresAt = Date.parse(el.state!.data.sessionExpiresAt!);
    expect(clean(part(el, 'session-warning').textContent)).to.equal('');
    // Only the element's clock moves: the server still has the session.
    el.clock = () => new Date(expiresAt - 45_000);
    await shows(el, 'session-time', /00:4[45]$/);
    expect(clean(part(el, 'session-warning').textContent)).to.equal(
      '作業將於2分鐘後逾時，如需繼續，請按延長作業時間或繼續操作；否則請結束作業。',
    );
    el.clock = () => new Date(expiresAt - 20_000);
    await shows(el, 'session-time', /00:(19|20)$/);
    const warning = part(el, 'session-warning');
    expect(clean(warning.textContent)).to.equal(
      '作業將於30秒後逾時，如需繼續，請按延長作業時間或繼續操作；否則請結束作業。',
    );
    // The same words on every tick: a live region speaks only when its text changes.
    const said = warning.textContent;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(part(el, 'session-warning').textContent).to.equal(said);

    el.clock = () => new Date(expiresAt + 1_000);
    await step(el, 'finished');
    const ended = await view(el, 'gepi-message');
    expect(ended.getAttribute('heading')).to.equal('作業時間已到');
    expect(part(el, 'session')).to.equal(null);
    await expect(el).to.be.accessible();
    press(el, 'restart-button');
    await step(el, 'org-card');
    await d.close();
  });

  it('授權指派: a call with a session the server let expire lands on 作業時間已到, not a broken screen', async () => {
    const clock = testClock();
    const d = await shortDesk(clock.now);
    const el = await authorization(d, clock.now);
    // The server's time is past the session; the page has not noticed yet (a laptop asleep).
    clock.state.offset = IDLE + 5_000;
    el.clock = () => new Date(Date.now());
    const list = await view(el, 'gepi-handler-list');
    press(list, 'add-button');
    await step(el, 'add');
    press(await view(el, 'gepi-handler-editor'), 'cancel-button');
    await step(el, 'list');
    el.flow?.refresh();
    await waitUntil(() => el.state?.error?.code === 'SESSION_EXPIRED' && !el.state.busy, 'never expired');
    await el.updateComplete;
    const ended = await view(el, 'gepi-message');
    expect(ended.getAttribute('part')).to.equal('session-ended');
    expect(ended.getAttribute('heading')).to.equal('作業時間已到');
    expect(ended.getAttribute('body')).to.contain('請重新開始');
    expect(el.shadowRoot?.querySelector('gepi-card-confirm')).to.equal(null);
    await expect(el).to.be.accessible();
    press(el, 'restart-button');
    await step(el, 'org-card');
    expect(el.shadowRoot?.querySelector('gepi-card-confirm')).not.to.equal(null);
    await d.close();
  });

  it('查詢已授權清單: the countdown and 結束作業, which ends the session in the API', async () => {
    const clock = testClock();
    const d = await shortDesk(clock.now);
    const el = await fixture<GepiQuery>(
      html`<gepi-query
        variant="authorized"
        .client=${d.client}
        .tokens=${d.tokens}
        .clock=${clock.now}
      ></gepi-query>`,
    );
    await signInOrg(el, d, 'ORG-10002', '10002');
    await step(el, 'citizen-card');
    // The org card has opened the session: its time shows from the manager's card step on.
    await shows(el, 'session-time', /^作業剩餘時間：(05:00|04:5\d)$/);
    await expect(el).to.be.accessible();
    await signInCitizen(el, d, 'CIT-LIN', 'F223456786');
    await step(el, 'list');
    press(el, 'end-session-button');
    await step(el, 'finished');
    const ended = await view(el, 'gepi-message');
    expect(ended.getAttribute('heading')).to.equal('已結束作業');
    expect(requestsTo(d, 'DELETE', '/api/v1/session')).to.deep.equal([204]);
    await expect(el).to.be.accessible();
    await d.close();
  });

  it('查詢已授權清單: a page turned after the session expired says 作業時間已到', async () => {
    const clock = testClock();
    const d = await shortDesk(clock.now);
    const el = await fixture<GepiQuery>(
      html`<gepi-query variant="authorized" .client=${d.client} .tokens=${d.tokens}></gepi-query>`,
    );
    await listAsLin(el, d);
    clock.state.offset = IDLE + 5_000;
    (el.flow as unknown as { search(q: string): Promise<unknown> }).search('林');
    await waitUntil(() => el.state?.error?.code === 'SESSION_EXPIRED' && !el.state.busy, 'never expired');
    await el.updateComplete;
    const ended = await view(el, 'gepi-message');
    expect(ended.getAttribute('heading')).to.equal('作業時間已到');
    await expect(el).to.be.accessible();
    await d.close();
  });

  it('更換授權管理者自然人憑證: the countdown on 確認; 確認 after expiry says 作業時間已到; 結束作業 says 已結束作業', async () => {
    const clock = testClock();
    const d = await shortDesk(clock.now);
    const swap = async (): Promise<GepiCertSwap> => {
      const el = await fixture<GepiCertSwap>(
        html`<gepi-cert-swap variant="manager" .client=${d.client} .tokens=${d.tokens}></gepi-cert-swap>`,
      );
      press(await view(el, 'gepi-terms'), 'accept-button');
      await step(el, 'org-card');
      await signInOrg(el, d, 'ORG-10002', '10002');
      await step(el, 'citizen-card');
      await signInCitizen(el, d, 'CIT-LI', 'H123456786');
      await step(el, 'confirm');
      return el;
    };
    const el = await swap();
    await shows(el, 'session-time', /^作業剩餘時間：(05:00|04:5\d)$/);
    expect(part(el, 'extend-session-button')).not.to.equal(null);
    await expect(el).to.be.accessible();
    clock.state.offset = IDLE + 5_000;
    await submitContact(el, { name: '李建國', email: 'li.jianguo@example.org', phone: '(02)2701-3411' });
    await waitUntil(() => el.state?.error?.code === 'SESSION_EXPIRED' && !el.state.busy, 'never expired');
    await el.updateComplete;
    expect((await view(el, 'gepi-message')).getAttribute('heading')).to.equal('作業時間已到');
    await expect(el).to.be.accessible();

    clock.state.offset = 0;
    const again = await swap();
    press(again, 'end-session-button');
    await step(again, 'cancelled');
    expect((await view(again, 'gepi-message')).getAttribute('heading')).to.equal('已結束作業');
    expect(requestsTo(d, 'DELETE', '/api/v1/session').at(-1)).to.equal(204);
    await d.close();
  });
});
