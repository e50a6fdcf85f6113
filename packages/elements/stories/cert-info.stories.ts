// <gepi-cert-info>: 機關(組織)憑證資訊 and 授權管理者自然人憑證資訊, as first registration and the swaps
// show them above the contact form, with the warning on a certificate that expires soon.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@gepi/elements/components/cert-info/gepi-cert-info.js';
import { DEMO_NOW, LONG_AGENCY_NAME, citizenPanel, demoClock, orgPanel } from './support/demo-data.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;
const DAY_MS = 86_400_000;

const meta = {
  title: 'Elements/Cert info 憑證資訊',
  id: 'elements-cert-info',
  component: 'gepi-cert-info',
  args: { clock: demoClock, org: orgPanel('ORG-20003'), citizen: citizenPanel('CIT-HUANG') },
  render: (args) => html`<gepi-cert-info ${spread(args)}></gepi-cert-info>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** 高雄市立測試醫院 (HCA) and its manager 黃雅婷: both certificates well within their validity. */
export const BothPanels: Story = {};

export const BothPanelsEnglish: Story = { globals: { locale: 'en' } };

/** 國立臺灣測試大學's card expires in 25 days: its panel warns (the renewal window is 60 days). */
export const OrgCertificateExpiringSoon: Story = {
  args: { org: orgPanel('ORG-10002'), citizen: citizenPanel('CIT-LIN') },
};

export const CitizenCertificateExpired: Story = {
  args: { citizen: citizenPanel('CIT-TSAI-EXPIRED') },
};

export const NotYetValid: Story = {
  args: {
    org: orgPanel('ORG-10002-RENEWED', {
      notBefore: new Date(DEMO_NOW.getTime() + 3 * DAY_MS).toISOString(),
    }),
  },
};

/** 工商憑證 (MOEACA): the OID is the business ID, and the DN carries it. */
export const CompanyCertificate: Story = {
  args: { org: orgPanel('ORG-30004'), citizen: citizenPanel('CIT-CHOU') },
};

/** The card did not report its card number: the panel says so instead of leaving a gap. */
export const CardNumberNotReported: Story = {
  args: {
    org: orgPanel('ORG-20003', { cardNumber: null }),
    citizen: citizenPanel('CIT-HUANG', { cardNumber: null }),
  },
};

export const OrgPanelOnly: Story = { args: { citizen: undefined } };

/** A phone's width (343 px content): each label above its value, serials on one line. */
export const Phone: Story = {
  render: (args) =>
    html`<div style="inline-size: 343px"><gepi-cert-info ${spread(args)}></gepi-cert-info></div>`,
};

export const LongNames: Story = {
  args: { org: orgPanel('ORG-10001', { agencyName: LONG_AGENCY_NAME }), citizen: citizenPanel('CIT-LIU') },
};
