// <gepi-card-confirm> in Fortify mode: every connection state of the token provider, shown in place
// of the card (Fortify not detected, connecting, the pairing code, refused with 重新連線, connection
// lost), and 請在 Fortify 視窗輸入 PIN 碼 while Fortify's window asks for the PIN.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent } from 'storybook/test';
import '@gepi/elements/components/card-confirm/gepi-card-confirm.js';
import { cardInReader, demoClock } from './support/demo-data.js';
import { shadow } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/Card confirm in Fortify mode',
  id: 'elements-card-confirm-fortify',
  component: 'gepi-card-confirm',
  args: { clock: demoClock, kind: 'org', pinEntry: 'native', card: undefined },
  render: (args) => html`<gepi-card-confirm ${spread(args)}></gepi-card-confirm>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Connecting: Story = { args: { connection: { state: 'connecting' } } };

/** Fortify not installed or not started: what it is, where to get it; the page retries by itself. */
export const FortifyNotDetected: Story = {
  args: { connection: { state: 'not-running', retryInMs: 2000 } },
  play: async ({ canvasElement }) => {
    const view = shadow(canvasElement.querySelector('gepi-card-confirm'));
    await expect(view.getByRole('heading', { name: '未偵測到讀卡元件 Fortify' })).toBeVisible();
    await expect(view.getByText(/https:\/\/fortifyapp\.com/)).toBeVisible();
  },
};

export const FortifyNotDetectedEnglish: Story = {
  args: { connection: { state: 'not-running', retryInMs: 2000 } },
  globals: { locale: 'en' },
};

/** The 6-digit code to compare with the one in Fortify's window. */
export const PairingCode: Story = {
  args: { connection: { state: 'pairing', code: '482913' } },
  play: async ({ canvasElement }) => {
    const view = shadow(canvasElement.querySelector('gepi-card-confirm'));
    await expect(view.getByText('482913')).toBeVisible();
  },
};

export const PairingCodeEnglish: Story = {
  args: { connection: { state: 'pairing', code: '482913' } },
  globals: { locale: 'en' },
};

/** The person refused the site in Fortify: 重新連線 asks again. */
export const ApprovalRefused: Story = {
  args: { connection: { state: 'denied' }, onGepiCardReconnect: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-card-confirm'));
    await userEvent.click(view.getByRole('button', { name: '重新連線' }));
    await expect(args['onGepiCardReconnect']).toHaveBeenCalledOnce();
  },
};

export const ApprovalRefusedEnglish: Story = {
  args: { connection: { state: 'denied' } },
  globals: { locale: 'en' },
};

export const ConnectionLost: Story = { args: { connection: { state: 'disconnected', retryInMs: 2000 } } };

export const ConnectionLostEnglish: Story = {
  args: { connection: { state: 'disconnected', retryInMs: 2000 } },
  globals: { locale: 'en' },
};

/** Connected, card in the reader, PIN typed in Fortify's window. */
export const Ready: Story = { args: { connection: { state: 'ready' }, card: cardInReader('ORG-20003') } };

/** After 確認: Fortify's PIN window is open; the page says so (a live status). */
export const PinInFortifyWindowNow: Story = {
  args: { connection: { state: 'ready' }, card: cardInReader('ORG-20003'), busy: true },
  play: async ({ canvasElement }) => {
    const view = shadow(canvasElement.querySelector('gepi-card-confirm'));
    await expect(view.getByText('請在 Fortify 視窗輸入 PIN 碼')).toBeVisible();
  },
};

export const PinInFortifyWindowNowEnglish: Story = {
  args: { connection: { state: 'ready' }, card: cardInReader('ORG-20003'), busy: true },
  globals: { locale: 'en' },
};
