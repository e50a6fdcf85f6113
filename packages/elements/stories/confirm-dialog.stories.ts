// <gepi-confirm-dialog>: 刪除確認 (您確定刪除這筆資料?) as a native modal dialog.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/confirm-dialog/gepi-confirm-dialog.js';
import { shadow } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/Confirm dialog 刪除確認',
  id: 'elements-confirm-dialog',
  component: 'gepi-confirm-dialog',
  args: { open: true },
  // The dialog is modal: the docs page shows each story in a frame of its own.
  parameters: { docs: { story: { inline: false, height: '22rem' } } },
  render: (args) =>
    html`<gepi-confirm-dialog ${spread(args)}>
      <p>張淑芬 E22****894</p>
    </gepi-confirm-dialog>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Deleting 張淑芬 from 國立臺灣測試大學's handlers. */
export const DeleteHandler: Story = {};

export const DeleteHandlerEnglish: Story = { globals: { locale: 'en' } };

export const CustomWording: Story = {
  args: { heading: '結束授權作業', message: '尚未儲存的修改將會遺失，確定離開？' },
  render: (args) => html`<gepi-confirm-dialog ${spread(args)}></gepi-confirm-dialog>`,
};

/** 關閉 is focused first (the safe choice); 確認 reports and closes. */
export const Confirming: Story = {
  args: { onGepiConfirm: fn() },
  play: async ({ canvasElement, args }) => {
    const dialog = canvasElement.querySelector('gepi-confirm-dialog');
    const view = shadow(dialog);
    // Focus sits in the dialog's shadow root, which `toHaveFocus` (document.activeElement) cannot see.
    await waitFor(() =>
      expect(dialog?.shadowRoot?.activeElement).toBe(view.getByRole('button', { name: '關閉' })),
    );
    await userEvent.click(view.getByRole('button', { name: '確認' }));
    await expect(args['onGepiConfirm']).toHaveBeenCalledOnce();
    await expect(dialog).not.toHaveAttribute('open');
  },
};
