// <gepi-receipt-table>: the result of 查詢憑證註冊收件紀錄, receipt times in the ROC calendar.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@gepi/elements/components/receipt-table/gepi-receipt-table.js';
import type { ReceiptRow } from '@gepi/elements';
import { LONG_AGENCY_NAME, receiptsOf } from './support/demo-data.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/Receipt table 收件紀錄',
  id: 'elements-receipt-table',
  component: 'gepi-receipt-table',
  args: { items: receiptsOf('10002') },
  render: (args) => html`<gepi-receipt-table ${spread(args)}></gepi-receipt-table>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** 國立臺灣測試大學: its first registration and three swaps since. */
export const Default: Story = {};

export const English: Story = { globals: { locale: 'en' } };

export const Empty: Story = { args: { items: [] } };

const many: ReceiptRow[] = Array.from({ length: 57 }, (_, i) => ({
  ...receiptsOf('20003')[i % 4]!,
  id: i + 1,
  receivedAt: new Date(Date.UTC(2016, 0, 4 + i * 23, 1 + (i % 8), (i * 7) % 60)).toISOString(),
}));

/** 57 receipts, 10 a page. */
export const ManyPages: Story = { args: { items: many, page: 3 } };

/** A receipt type this version does not know is shown with the server's label. */
export const UnknownItemAndLongName: Story = {
  args: {
    items: [
      ...receiptsOf('10002').slice(0, 1),
      {
        id: 9,
        agencyCode: '10001',
        agencyName: LONG_AGENCY_NAME,
        receivedAt: '2023-02-01T03:04:05Z',
        item: 'cancel-registration',
        itemLabel: { 'zh-TW': '註銷註冊', en: 'Registration cancelled' },
      },
    ],
  },
};
