// Visible sessions, every state: the countdown of a card session (作業剩餘時間) with 延長作業時間 and
// 結束作業, the polite warnings at 2 minutes and at 30 seconds, 已延長作業時間, a session at its limit
// (已達作業時間上限), and the pages a session's end leads to: 已結束作業 and 作業時間已到 (the time ran
// out on screen, or a call met a session the server had let expire). Shown on 授權指派, 查詢已授權清單
// and 更換授權管理者自然人憑證; the element's `clock` is moved to reach the warnings without waiting.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/authorization/gepi-authorization.js';
import '@gepi/elements/components/query/gepi-query.js';
import '@gepi/elements/components/cert-swap/gepi-cert-swap.js';
import { demoLoader, inDemo } from './support/demo-env.js';
import { atStep, flowHost, press, signIn } from './support/flow-play.js';
import type { FlowHost } from './support/flow-play.js';
import { shadow, view } from './support/play.js';

type Args = Record<string, unknown>;
const TAG = 'gepi-authorization';
type Clocked = FlowHost & { clock?: () => Date; state?: { data: { sessionExpiresAt?: string } } };

const meta = {
  title: 'Flows/Sessions 作業時間',
  id: 'flows-sessions',
  component: TAG,
  // No docs page: it would play ten sign-ins at once, each with its own in-page API; the element's
  // docs page is Flows/Authorization's.
  tags: ['!autodocs'],
  loaders: [demoLoader()],
  render: inDemo(() => html`<gepi-authorization></gepi-authorization>`),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

async function signedIn(canvas: HTMLElement, tag = TAG): Promise<Clocked> {
  const host = await flowHost(canvas, tag);
  await atStep(host, 'org-card');
  await signIn(canvas, host, { cardId: 'ORG-10002', id: '10002' });
  await atStep(host, 'citizen-card');
  await signIn(canvas, host, { cardId: 'CIT-LIN', id: 'F223456786' });
  await atStep(host, 'list');
  return host as Clocked;
}

/** Moves the element's clock to `msBefore` the session's end (the server's clock stays). */
function beforeTheEnd(host: Clocked, msBefore: number): void {
  const end = Date.parse(host.state?.data.sessionExpiresAt ?? '');
  const offset = end - msBefore - Date.now();
  host.clock = () => new Date(Date.now() + offset);
}

const said = (host: FlowHost) =>
  (host.shadowRoot?.querySelector('[part~="session-warning"]')?.textContent ?? '').trim();

/** 作業剩餘時間 counts the server's 10 idle minutes down, beside 延長作業時間 and 結束作業. */
export const Countdown: Story = {
  play: async ({ canvasElement }) => {
    const host = await signedIn(canvasElement);
    const root = shadow(host);
    await expect(root.getByRole('timer')).toHaveTextContent(/作業剩餘時間：(10:00|09:\d\d)/);
    await expect(root.getByRole('button', { name: '延長作業時間' })).toBeVisible();
    await expect(root.getByRole('button', { name: '結束作業' })).toBeVisible();
    await expect(said(host)).toBe('');
  },
};

/** Two minutes before the end: said politely (a visually hidden status), once. */
export const WarningTwoMinutes: Story = {
  play: async ({ canvasElement }) => {
    const host = await signedIn(canvasElement);
    beforeTheEnd(host, 100_000);
    await waitFor(() => expect(said(host)).toMatch(/^作業將於2分鐘後逾時/));
    await expect(shadow(host).getByRole('timer')).toHaveTextContent(/01:[34]\d/);
  },
};

/** Thirty seconds before the end. */
export const WarningThirtySeconds: Story = {
  play: async ({ canvasElement }) => {
    const host = await signedIn(canvasElement);
    beforeTheEnd(host, 25_000);
    await waitFor(() => expect(said(host)).toMatch(/^作業將於30秒後逾時/));
  },
};

/** 延長作業時間 near the end: the server starts the idle time again, and the page says so. */
export const Extended: Story = {
  play: async ({ canvasElement }) => {
    const host = await signedIn(canvasElement);
    beforeTheEnd(host, 100_000);
    await waitFor(() => expect(said(host)).toMatch(/^作業將於2分鐘後逾時/));
    host.clock = () => new Date();
    await userEvent.click(shadow(host).getByRole('button', { name: '延長作業時間' }));
    await waitFor(() => expect(said(host)).toBe('已延長作業時間。'));
  },
};

/**
 * A session at its limit (here the API's sessions last 10 minutes in all, so the first expiry is
 * already the last): 延長作業時間 gives way to 已達作業時間上限，無法再延長.
 */
export const AtLimit: Story = {
  parameters: { demo: { session: { sessionIdleMs: 600_000, sessionMaxMs: 600_000 } } },
  play: async ({ canvasElement }) => {
    const host = await signedIn(canvasElement);
    const root = shadow(host);
    await waitFor(() => expect(root.getByText('已達作業時間上限，無法再延長')).toBeVisible());
    await expect(root.queryByRole('button', { name: '延長作業時間' })).toBeNull();
  },
};

/** 結束作業: the session is ended in the API; the page says 已結束作業, with 重新開始. */
export const Ended: Story = {
  play: async ({ canvasElement }) => {
    const host = await signedIn(canvasElement);
    await userEvent.click(shadow(host).getByRole('button', { name: '結束作業' }));
    await atStep(host, 'finished');
    const message = await view(host.shadowRoot!, 'gepi-message');
    await expect(message.getByRole('heading', { name: '已結束作業' })).toBeVisible();
  },
};

/** The countdown reached 00:00 on screen: 作業時間已到. */
export const TimeUp: Story = {
  play: async ({ canvasElement }) => {
    const host = await signedIn(canvasElement);
    beforeTheEnd(host, -1_000);
    await atStep(host, 'finished');
    const message = await view(host.shadowRoot!, 'gepi-message');
    await expect(message.getByRole('heading', { name: '作業時間已到' })).toBeVisible();
  },
};

/**
 * A call met a session the server had let expire (a laptop asleep; here the API's sessions last
 * 2 seconds and the page's clock is behind): 作業時間已到, not a card step with an error.
 */
export const ExpiredOnCall: Story = {
  parameters: { demo: { session: { sessionIdleMs: 2_000, sessionMaxMs: 2_000 } } },
  render: inDemo(
    () => html`<gepi-authorization .clock=${() => new Date(Date.now() - 600_000)}></gepi-authorization>`,
  ),
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await signIn(canvasElement, host, { cardId: 'ORG-10002', id: '10002' });
    await atStep(host, 'citizen-card');
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await signIn(canvasElement, host, { cardId: 'CIT-LIN', id: 'F223456786' });
    const message = await view(host.shadowRoot!, 'gepi-message');
    await waitFor(() => expect(message.getByRole('heading', { name: '作業時間已到' })).toBeVisible());
    await expect(shadow(host).getByRole('button', { name: '重新開始' })).toBeVisible();
  },
};

/** 查詢已授權清單 holds a session too: its countdown above the read-only list. */
export const AuthorizedListCountdown: Story = {
  render: inDemo(() => html`<gepi-query variant="authorized"></gepi-query>`),
  play: async ({ canvasElement }) => {
    const host = await signedIn(canvasElement, 'gepi-query');
    await expect(shadow(host).getByRole('timer')).toHaveTextContent(/作業剩餘時間：(10:00|09:\d\d)/);
  },
};

/** 更換授權管理者自然人憑證: the session from the org card on, on the contact step as well. */
export const SwapCountdown: Story = {
  render: inDemo(() => html`<gepi-cert-swap variant="manager"></gepi-cert-swap>`),
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, 'gepi-cert-swap');
    await press(host, 'gepi-terms', '同意條款內容');
    await atStep(host, 'org-card');
    await signIn(canvasElement, host, { cardId: 'ORG-10002', id: '10002' });
    await atStep(host, 'citizen-card');
    await signIn(canvasElement, host, { cardId: 'CIT-LI', id: 'H123456786' });
    await atStep(host, 'confirm');
    await expect(shadow(host).getByRole('timer')).toHaveTextContent(/作業剩餘時間：(10:00|09:\d\d)/);
  },
};
