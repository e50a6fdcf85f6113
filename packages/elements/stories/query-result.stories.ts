// <gepi-query-result>: 機關憑證OID查詢結果畫面 and 查詢自然人憑證結果畫面.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@gepi/elements/components/query-result/gepi-query-result.js';
import { LONG_AGENCY_NAME, LONG_LATIN_NAME, agency, demoCard, person } from './support/demo-data.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/Query result 查詢結果',
  id: 'elements-query-result',
  component: 'gepi-query-result',
  argTypes: { variant: { control: 'inline-radio', options: ['org-oid', 'citizen-serial'] } },
  args: { variant: 'org-oid', agencyName: agency('10002').name, oid: agency('10002').orgId },
  render: (args) => html`<gepi-query-result ${spread(args)}></gepi-query-result>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** 國立臺灣測試大學's organization certificate OID. */
export const OrgOid: Story = {};

export const OrgOidEnglish: Story = { globals: { locale: 'en' } };

/** 陳志豪's citizen certificate serial. */
export const CitizenSerial: Story = {
  args: { variant: 'citizen-serial', name: person('B120112236').name, serial: demoCard('CIT-CHEN').serial },
};

export const CitizenSerialEnglish: Story = { ...CitizenSerial, globals: { locale: 'en' } };

export const LongNames: Story = {
  args: { agencyName: LONG_AGENCY_NAME, oid: '2.16.886.101.20003.20065.20001.30047.40012.50033' },
};

export const LongLatinName: Story = {
  args: { variant: 'citizen-serial', name: LONG_LATIN_NAME, serial: demoCard('CIT-LIU').serial },
};
