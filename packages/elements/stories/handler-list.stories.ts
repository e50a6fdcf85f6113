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

/** Back from 新增 with the manual's notice, the change's 收件編號 and 列印收件回執. */
export const AfterAdding: Story = {
  args: { notice: '新增成功！', receiptNumber: 'GEPI-1151207-000042' },
  play: async ({ canvasElement }) => {
    const list = shadow(canvasElement.querySelector('gepi-handler-list'));
    await expect(list.getByRole('status')).toHaveTextContent(/新增成功！\s*收件編號：GEPI-1151207-000042/);
    await expect(list.getByRole('button', { name: '列印收件回執' })).toBeVisible();
  },
};

export const AfterAddingEnglish: Story = { args: AfterAdding.args, globals: { locale: 'en' } };

/** The notice and its 收件編號 on a phone (343 px content). */
export const AfterAddingPhone: Story = {
  args: AfterAdding.args,
  render: (args) =>
    html`<div style="inline-size: 343px"><gepi-handler-list ${spread(args)}></gepi-handler-list></div>`,
};

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

// ── card states (憑證狀態) and functions new to the catalog ─────────────────────────────────────────

const stated = (
  state: 'valid' | 'expiring' | 'expired' | 'revoked' | 'unknown',
  notAfter: string | null,
): { card: { state: typeof state; notAfter: string | null } } => ({ card: { state, notAfter } });

/** One handler per state the API reports, as of the demo clock (111/11/14); 吳宗翰 lacks a new function. */
const STATE_ITEMS: HandlerListItem[] = [
  { ...handlersOf('10002')[0]!, ...stated('valid', '2025-06-01T00:00:00+08:00') },
  { ...handlersOf('10002')[1]!, ...stated('expired', '2022-11-12T00:00:00+08:00') },
  {
    ...handlersOf('10002')[2]!,
    ...stated('expiring', '2022-12-24T00:00:00+08:00'),
    newPermissions: ['query.general'],
  },
  {
    id: 4,
    name: '鄭佳穎',
    nationalIdMasked: 'A12****789',
    ...stated('revoked', '2027-09-13T00:00:00+08:00'),
  },
  { id: 5, name: '陳志豪', nationalIdMasked: 'B12****236', ...stated('unknown', null) },
];

/**
 * Every card state: valid, expired two days ago, expiring, revoked (on its CA's CRL) and unknown
 * (a serial the API never saw), with 讀取新卡更新序號 where a new card is due; above the list, the
 * agency's org card expiring, in the words the manager should read.
 */
export const CardStates: Story = {
  args: {
    items: STATE_ITEMS,
    catalog: permissionCatalog,
    registeredCards: {
      org: { state: 'expiring', notAfter: '2026-12-31T16:00:00Z' },
      manager: { state: 'valid', notAfter: '2025-06-01T00:00:00+08:00' },
    },
    onGepiHandlerRenew: fn(),
  },
  play: async ({ canvasElement, args }) => {
    const list = canvasElement.querySelector('gepi-handler-list')!;
    const view = shadow(list);
    const notices = list.shadowRoot!.querySelector('[part~="card-notices"]');
    await expect(notices?.textContent?.replace(/\s+/g, '')).toBe(
      '機關憑證將於116/01/01到期，請於到期前辦理更換機關憑證',
    );
    await expect(view.getByText('憑證已廢止')).toBeTruthy();
    await expect(view.getByText('憑證狀態不明')).toBeTruthy();
    await expect(view.getByText('未具新增功能：一般資料查詢')).toBeTruthy();
    await userEvent.click(view.getByRole('button', { name: '讀取新卡更新序號 謝明哲' }));
    await expect(args['onGepiHandlerRenew']).toHaveBeenCalledWith(
      expect.objectContaining({ detail: { id: 2 } }),
    );
  },
};

export const CardStatesEnglish: Story = { args: CardStates.args, globals: { locale: 'en' } };

/** 查詢已授權清單 with the same states: badges, no row buttons. */
export const CardStatesReadOnly: Story = {
  args: { ...CardStates.args, readonly: true, catalog: permissionCatalog },
};

/** The agency's org card has expired and the manager's card was revoked. */
export const RegisteredCardsExpiredAndRevoked: Story = {
  args: {
    registeredCards: {
      org: { state: 'expired', notAfter: '2022-11-01T00:00:00+08:00' },
      manager: { state: 'revoked', notAfter: '2025-06-01T00:00:00+08:00' },
    },
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
