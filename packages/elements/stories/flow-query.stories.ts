// 查詢作業, clickable: <gepi-query> in its four variants on the in-page registration API.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/query/gepi-query.js';
import { demoLoader, inDemo } from './support/demo-env.js';
import { atStep, failedWith, flowHost, signIn, typeAfresh } from './support/flow-play.js';
import { shadow, view } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;
const TAG = 'gepi-query';

const meta = {
  title: 'Flows/Queries 查詢作業',
  id: 'flows-query',
  component: TAG,
  loaders: [demoLoader()],
  args: { variant: 'receipts' },
  argTypes: {
    variant: {
      control: 'inline-radio',
      options: ['receipts', 'applications', 'org-oid', 'citizen-serial', 'authorized'],
    },
  },
  render: inDemo((args: Args) => html`<gepi-query ${spread(args)}></gepi-query>`),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** 查詢憑證註冊收件紀錄: no card, just 機關代號 (try 10002 or 20003). */
export const Receipts: Story = {
  name: '查詢憑證註冊收件紀錄',
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'form');
    const form = shadow(host);
    await typeAfresh(form.getByLabelText(/機關代號/), '10002');
    await userEvent.click(form.getByRole('button', { name: '查詢' }));
    await atStep(host, 'results');
    const table = await view(host.shadowRoot!, 'gepi-receipt-table');
    await waitFor(() => expect(table.getAllByRole('row')).toHaveLength(2));
    await expect(table.getByRole('cell', { name: '國立臺灣測試大學' })).toBeVisible();
  },
};

export const ReceiptsEnglish: Story = { name: 'Receipts (English)', globals: { locale: 'en' } };

/** A code no insured agency has. */
export const ReceiptsUnknownAgency: Story = {
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'form');
    const form = shadow(host);
    await typeAfresh(form.getByLabelText(/機關代號/), '99999');
    await userEvent.click(form.getByRole('button', { name: '查詢' }));
    await failedWith(host, 'AGENCY_UNKNOWN');
  },
};

/**
 * 收件紀錄's 申請及審核情形: from 查詢憑證註冊紀錄 on to the org card; 花蓮縣立測試國民小學's card
 * (ORG-50006, 50006) shows its application 審核中 with the day it may register again.
 */
export const ApplicationsPending: Story = {
  name: '申請及審核情形 審核中',
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'form');
    await userEvent.click(shadow(host).getByRole('button', { name: '以機關憑證查詢申請及審核情形' }));
    await atStep(host, 'org-card');
    await signIn(canvasElement, host, { cardId: 'ORG-50006', id: '50006' });
    await atStep(host, 'result');
    const page = shadow(host);
    await expect(page.getByText('審核中')).toBeVisible();
    await expect(page.getByText(/^可於\d{3}年\d{2}月\d{2}日起重新註冊$/)).toBeVisible();
  },
};

/** The reviewer rejected 50006's application, with a reason: 未核准 and the reason. */
export const ApplicationsRejected: Story = {
  name: '申請及審核情形 未核准',
  args: { variant: 'applications' },
  parameters: {
    demo: {
      decide: [{ agencyCode: '50006', status: 'rejected', reason: '機關OID資料不符，本部將以電話聯絡' }],
    },
  },
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'org-card');
    await signIn(canvasElement, host, { cardId: 'ORG-50006', id: '50006' });
    await atStep(host, 'result');
    const page = shadow(host);
    await expect(page.getByText('未核准')).toBeVisible();
    await expect(page.getByText('機關OID資料不符，本部將以電話聯絡')).toBeVisible();
  },
};

/** The reviewer approved 50006's application: 核准, registration opens on the next business day. */
export const ApplicationsApproved: Story = {
  name: '申請及審核情形 核准',
  args: { variant: 'applications' },
  parameters: { demo: { decide: [{ agencyCode: '50006', status: 'approved' }] } },
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'org-card');
    await signIn(canvasElement, host, { cardId: 'ORG-50006', id: '50006' });
    await atStep(host, 'result');
    await expect(shadow(host).getByText('核准')).toBeVisible();
  },
};

/** Another agency's card (ORG-20003) typing 50006 sees none of 50006's applications. */
export const ApplicationsOtherAgency: Story = {
  name: '申請及審核情形 查無資料',
  args: { variant: 'applications' },
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'org-card');
    await signIn(canvasElement, host, { cardId: 'ORG-20003', id: '50006' });
    await atStep(host, 'result');
    await expect(shadow(host).getByText('目前查無資料！')).toBeVisible();
  },
};

/** 查詢機關憑證OID with 高雄市立測試醫院's card (ORG-20003, 20003). */
export const OrgOid: Story = {
  name: '查詢機關憑證OID',
  args: { variant: 'org-oid' },
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'org-card');
    await signIn(canvasElement, host, { cardId: 'ORG-20003', id: '20003' });
    await atStep(host, 'result');
    const result = await view(host.shadowRoot!, 'gepi-query-result');
    await expect(result.getByRole('heading', { name: '機關憑證OID查詢結果畫面' })).toBeVisible();
  },
};

/** 查詢自然人憑證序號 with 陳志豪's card (B120112236). */
export const CitizenSerial: Story = {
  name: '查詢自然人憑證序號',
  args: { variant: 'citizen-serial' },
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'citizen-card');
    await signIn(canvasElement, host, { cardId: 'CIT-CHEN', id: 'B120112236' });
    await atStep(host, 'result');
  },
};

/** 查詢已授權清單: 國立臺灣測試大學's handlers, read-only, with 匯出CSV and 列印. */
export const AuthorizedList: Story = {
  name: '查詢已授權清單',
  args: { variant: 'authorized' },
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'org-card');
    await signIn(canvasElement, host, { cardId: 'ORG-10002', id: '10002' });
    await atStep(host, 'citizen-card');
    await signIn(canvasElement, host, { cardId: 'CIT-LIN', id: 'F223456786' });
    await atStep(host, 'list');
    const list = await view(host.shadowRoot!, 'gepi-handler-list');
    await expect(list.getByRole('button', { name: '匯出CSV' })).toBeVisible();
  },
};

/** 列印 reads every row of 已授權清單 for the printout (the story keeps the print dialog closed). */
export const PrintWholeList: Story = {
  name: '查詢已授權清單 列印',
  args: { variant: 'authorized', onGepiPrint: (event: Event) => event.preventDefault() },
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'org-card');
    await signIn(canvasElement, host, { cardId: 'ORG-10002', id: '10002' });
    await atStep(host, 'citizen-card');
    await signIn(canvasElement, host, { cardId: 'CIT-LIN', id: 'F223456786' });
    await atStep(host, 'list');
    const list = await view(host.shadowRoot!, 'gepi-handler-list');
    await userEvent.click(list.getByRole('button', { name: '列印' }));
    await waitFor(() =>
      expect(host.shadowRoot!.querySelectorAll('[part~="print-list"] tbody tr')).toHaveLength(3),
    );
  },
};
