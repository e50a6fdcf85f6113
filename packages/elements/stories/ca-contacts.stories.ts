// <gepi-ca-contacts>: the certification authorities' service lines and the bank's contacts.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@gepi/elements/components/ca-contacts/gepi-ca-contacts.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/CA contacts 服務窗口',
  id: 'elements-ca-contacts',
  component: 'gepi-ca-contacts',
  argTypes: { show: { control: 'inline-radio', options: ['all', 'ca', 'bank'] } },
  render: (args) => html`<gepi-ca-contacts ${spread(args)}></gepi-ca-contacts>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const All: Story = {};

export const AllEnglish: Story = { globals: { locale: 'en' } };

/** Who unlocks a locked citizen card. */
export const OneAuthority: Story = { args: { show: 'ca', ca: 'MOICA' } };

/** The four authorities that issue organization cards. */
export const OrgCardAuthorities: Story = { args: { show: 'ca', ca: 'GCA XCA MOEACA HCA' } };

export const BankOnly: Story = { args: { show: 'bank' } };
