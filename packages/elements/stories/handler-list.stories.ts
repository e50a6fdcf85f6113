// <gepi-handler-list>: 授權經辦人清單 of 授權指派 (and, read-only, of 查詢已授權清單): 國立臺灣測試大學's
// handlers, an empty list, long names, and 10,000 handlers of which only one page is rendered.
import { html, render } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/handler-list/gepi-handler-list.js';
import type { GepiHandlerList, GepiSearchEvent, HandlerListItem } from '@gepi/elements';
import {
  LONG_AGENCY_NAME,
  LONG_LATIN_NAME,
  LONG_PERSON_NAME,
  agencyInfo,
  demoClock,
  handlersOf,
  manyHandlers,
  permissionCatalog,
} from './support/demo-data.js';
import { shadow } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/Handler list 授權經辦人清單',
  id: 'elements-handler-list',
  component: 'gepi-handler-list',
  args: { clock: demoClock, agency: agencyInfo('10002'), items: handlersOf('10002') },
  render: (args) => html`<gepi-handler-list ${spread(args)}></gepi-handler-list>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** 張淑芬, 謝明哲 (his old card has expired) and 吳宗翰 (his expires within 60 days). */
export const Default: Story = {};

export const English: Story = { globals: { locale: 'en' } };

/** Back from 新增 with the manual's notice. */
export const AfterAdding: Story = { args: { notice: '新增成功！' } };

/** An agency with no handlers yet. */
export const Empty: Story = { args: { items: [] } };

export const EmptyEnglish: Story = { args: { items: [] }, globals: { locale: 'en' } };

/** Fetching a page. */
export const Busy: Story = { args: { busy: true } };

/** A phone (343 px content): the table fits, names whole, compact 修改 and a red-outlined 刪除. */
export const Phone: Story = {
  render: (args) =>
    html`<div style="inline-size: 343px"><gepi-handler-list ${spread(args)}></gepi-handler-list></div>`,
};

export const LongNames: Story = {
  args: {
    agency: { code: '10001', name: LONG_AGENCY_NAME, managerName: LONG_PERSON_NAME },
    items: [
      { id: 1, name: LONG_PERSON_NAME, nationalIdMasked: 'A80****014', notAfter: '2026-03-01T00:00:00Z' },
      { id: 2, name: LONG_LATIN_NAME, nationalIdMasked: 'A80****023', notAfter: '2022-12-01T00:00:00Z' },
      ...handlersOf('10002').map((h) => ({ ...h, id: h.id + 2 })),
    ],
  },
};

/** 查詢已授權清單: read-only, permissions per handler, 匯出CSV and 列印 instead of 新增. */
export const ReadOnlyWithPermissions: Story = {
  args: { readonly: true, catalog: permissionCatalog, onGepiPrint: fn() },
};

export const ReadOnlyEnglish: Story = {
  args: { readonly: true, catalog: permissionCatalog },
  globals: { locale: 'en' },
};

/** The row buttons name their handler for screen readers; 修改 reports the row's id. */
export const EditingARow: Story = {
  args: { onGepiHandlerEdit: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-handler-list'));
    await userEvent.click(view.getByRole('button', { name: '修改 張淑芬' }));
    await expect(args['onGepiHandlerEdit']).toHaveBeenCalledWith(
      expect.objectContaining({ detail: { id: 1 } }),
    );
  },
};

// ── 10,000 handlers ──────────────────────────────────────────────────────────────────────────────

const TEN_THOUSAND: readonly HandlerListItem[] = manyHandlers(10_000);

/**
 * The whole list in memory: the element shows one page of it (paging is built in), and this host
 * filters on `gepi-search`, as a portal holding all rows would. Only the page's rows are in the DOM.
 */
export const TenThousandHandlers: Story = {
  name: '10,000 handlers (paged)',
  args: { items: undefined },
  render: (args) => {
    const host = document.createElement('div');
    const draw = (items: readonly HandlerListItem[]): void => {
      render(
        html`<gepi-handler-list
          ${spread(args)}
          .items=${items}
          @gepi-search=${(event: GepiSearchEvent) => {
            const q = event.detail.query;
            draw(q === '' ? TEN_THOUSAND : TEN_THOUSAND.filter((h) => h.name.includes(q)));
          }}
        ></gepi-handler-list>`,
        host,
      );
    };
    draw(TEN_THOUSAND);
    return host;
  },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector<GepiHandlerList>('gepi-handler-list')!;
    const view = shadow(list);
    await expect(view.getAllByRole('row')).toHaveLength(11); // the header and one page of 10
    const pager = shadow(list.shadowRoot!.querySelector('gepi-pager'));
    await expect(pager.getByRole('status')).toHaveTextContent('顯示第 1 至 10 項結果，共 10000 項');
    await userEvent.click(pager.getByRole('button', { name: '第 1000 頁' }));
    await waitFor(() =>
      expect(pager.getByRole('status')).toHaveTextContent('顯示第 9991 至 10000 項結果，共 10000 項'),
    );
    await userEvent.type(pager.getByRole('searchbox'), '張淑芬{Enter}');
    await waitFor(() => expect(list.items.length).toBeLessThan(10_000));
    await expect(view.getAllByRole('row').length).toBeLessThanOrEqual(11);
  },
};
