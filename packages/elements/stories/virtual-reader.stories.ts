// <gepi-virtual-reader>: 虛擬讀卡機, the demo's hands at the desk: puts a demo card into a reader of a
// VirtualTokenProvider or takes it out, and shows the card's PIN state (with 模擬鎖卡解碼 for a locked one).
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/virtual-reader/gepi-virtual-reader.js';
import type { DemoEnvironment } from './support/demo-env.js';
import { demoLoader } from './support/demo-env.js';
import { shadow } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/Virtual reader 虛擬讀卡機',
  id: 'elements-virtual-reader',
  component: 'gepi-virtual-reader',
  loaders: [demoLoader()],
  render: (args, context) => {
    const demo = context.loaded['demo'] as DemoEnvironment;
    return html`<gepi-virtual-reader
      ${spread({ tokens: demo.tokens, cards: demo.cards, ...args })}
    ></gepi-virtual-reader>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const EmptyEnglish: Story = { globals: { locale: 'en' } };

/** Choosing a card puts it in; the PIN tries it has left are shown. */
export const InsertingACard: Story = {
  args: { onGepiCardChange: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-virtual-reader'));
    await userEvent.selectOptions(view.getByLabelText('虛擬讀卡機'), 'CIT-LIN');
    await expect(args['onGepiCardChange']).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.objectContaining({ cardId: 'CIT-LIN' }) }),
    );
    await waitFor(() => expect(view.getByRole('status')).toHaveTextContent('已插入IC卡'));
  },
};

/** 許志明's card is locked: 模擬鎖卡解碼 does what MOICA would. */
export const LockedCard: Story = {
  play: async ({ canvasElement }) => {
    const view = shadow(canvasElement.querySelector('gepi-virtual-reader'));
    await userEvent.selectOptions(view.getByLabelText('虛擬讀卡機'), 'CIT-HSU-LOCKED');
    await waitFor(() => expect(view.getByRole('status')).toHaveTextContent('IC卡已鎖卡'));
    await expect(view.getByRole('button', { name: '模擬鎖卡解碼' })).toBeVisible();
  },
};
