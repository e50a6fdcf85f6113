// <gepi-message>: the manual's results and notices (首次註冊成功, 申請資料審核中 with the bank's
// numbers, the three swap results) and any error a flow shows as a step of its own.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '@gepi/elements/components/message/gepi-message.js';
import { errors, explained } from './support/errors.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/Message 訊息',
  id: 'elements-message',
  component: 'gepi-message',
  argTypes: {
    kind: { control: 'inline-radio', options: ['success', 'info', 'warning', 'error'] },
    preset: {
      control: 'select',
      options: [undefined, 'first-registration', 'review-pending', 'swap-org', 'swap-manager', 'swap-both'],
    },
  },
  render: (args) => html`<gepi-message ${spread(args)}></gepi-message>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** 首次註冊 succeeded; the portal offers 授權指派 next. */
export const FirstRegistrationDone: Story = {
  args: { preset: 'first-registration' },
  render: (args) =>
    html`<gepi-message ${spread(args)}>
      <button
        slot="actions"
        type="button"
        style="min-height: 2.75rem; padding: 0 1rem; background: var(--gepi-color-primary, #005e5b); color: var(--gepi-color-on-primary, #fff); border: 0; border-radius: 4px; font: inherit"
      >
        接續辦理授權指派
      </button>
    </gepi-message>`,
};

export const FirstRegistrationDoneEnglish: Story = {
  args: { preset: 'first-registration' },
  globals: { locale: 'en' },
};

/** 申請資料審核中: the OID did not match, or an application is pending already (花蓮縣立測試國民小學). */
export const ReviewPending: Story = { args: { preset: 'review-pending' } };

export const ReviewPendingEnglish: Story = { args: { preset: 'review-pending' }, globals: { locale: 'en' } };

export const SwapOrgDone: Story = { args: { preset: 'swap-org' } };

export const SwapManagerDone: Story = { args: { preset: 'swap-manager' } };

export const SwapBothDone: Story = { args: { preset: 'swap-both' } };

export const Warning: Story = {
  args: {
    kind: 'warning',
    heading: '機關憑證即將到期',
    body: '貴機關之機關憑證將於 111/12/09 到期。\n請於到期前向組織及團體憑證管理中心辦理展期，並於取得新卡後辦理「更換機關憑證」。',
  },
};

/** An error shown as a step: the network failed while registering. */
export const NetworkFailure: Story = {
  render: (args: Args, context: StoryContext): TemplateResult => {
    const error = explained(errors.network(), context);
    return html`<gepi-message
      ${spread({ kind: 'error', heading: error.title, body: error.detail, ...args })}
    ></gepi-message>`;
  },
};

/** A server failure, with the request ID to quote to the bank. */
export const ServerError: Story = {
  render: (args: Args, context: StoryContext): TemplateResult => {
    const error = explained(errors.server(), context);
    return html`<gepi-message
      ${spread({ kind: 'error', heading: error.title, body: error.detail, ...args })}
    ></gepi-message>`;
  },
};

export const ServerErrorEnglish: Story = { ...ServerError, globals: { locale: 'en' } };
