// <gepi-provider>: hands the client, token provider, locale and string overrides to the elements
// inside it. Every story already sits in one (the toolbar's locale); these show overrides and nesting.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@gepi/elements/components/provider/gepi-provider.js';
import '@gepi/elements/components/message/gepi-message.js';
import '@gepi/elements/components/terms/gepi-terms.js';
import { demoClock } from './support/demo-data.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/Provider',
  id: 'elements-provider',
  component: 'gepi-provider',
  render: (args) =>
    html`<gepi-provider ${spread(args)}>
      <gepi-terms .clock=${demoClock}></gepi-terms>
    </gepi-provider>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A host renames the terms' buttons for every element inside, in both languages. */
export const TranslationOverrides: Story = {
  args: {
    translations: {
      'zh-TW': { 'terms.agree': '我已閱讀並同意', 'terms.disagree': '我不同意' },
      en: { 'terms.agree': 'I have read and agree', 'terms.disagree': 'I do not agree' },
    },
  },
};

/** An inner provider sets English for its part of the page; the outer one keeps the rest. */
export const NestedLocale: Story = {
  render: () =>
    html`<gepi-message kind="info" heading="外層:依工具列語系"></gepi-message>
      <gepi-provider locale="en">
        <gepi-message preset="review-pending"></gepi-message>
      </gepi-provider>`,
};
