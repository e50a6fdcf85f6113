// <gepi-pager>: 顯示筆數 · 搜尋 · 顯示第 … 項結果 · page buttons, around a table the host slots in.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/pager/gepi-pager.js';
import { shadow } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const table = html`<table style="border-collapse: collapse; width: 100%">
  <caption style="text-align: start">
    收件紀錄
  </caption>
  <thead>
    <tr>
      <th scope="col">序號</th>
      <th scope="col">機關代號</th>
      <th scope="col">機關名稱</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td>1</td>
      <td>10002</td>
      <td>國立臺灣測試大學</td>
    </tr>
    <tr>
      <td>2</td>
      <td>20003</td>
      <td>高雄市立測試醫院</td>
    </tr>
  </tbody>
</table>`;

const meta = {
  title: 'Elements/Pager 分頁',
  id: 'elements-pager',
  component: 'gepi-pager',
  args: { total: 237, page: 1, pageSize: 10, label: '收件紀錄' },
  render: (args) => html`<gepi-pager ${spread(args)}>${table}</gepi-pager>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const FirstPage: Story = {};

export const MiddlePage: Story = { args: { page: 12 } };

export const LastPage: Story = { args: { page: 24 } };

export const English: Story = { args: { page: 12 }, globals: { locale: 'en' } };

/** One page only: no page buttons. */
export const SinglePage: Story = { args: { total: 2 } };

export const NoResults: Story = { args: { total: 0, query: '不存在的機關' } };

/** 10,000 rows at 100 a page: the buttons stay few (gaps stand for the rest). */
export const TenThousandRows: Story = { args: { total: 10_000, pageSize: 100, page: 50 } };

/** Next page and page size report `gepi-page-change`; a new size starts at page 1. */
export const Paging: Story = {
  args: { onGepiPageChange: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-pager'));
    await userEvent.click(view.getByRole('button', { name: '下一頁' }));
    await expect(args['onGepiPageChange']).toHaveBeenLastCalledWith(
      expect.objectContaining({ detail: { page: 2, pageSize: 10 } }),
    );
    await userEvent.selectOptions(view.getByLabelText('顯示筆數'), '50');
    await waitFor(() =>
      expect(args['onGepiPageChange']).toHaveBeenLastCalledWith(
        expect.objectContaining({ detail: { page: 1, pageSize: 50 } }),
      ),
    );
  },
};
