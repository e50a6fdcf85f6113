// The paged, searchable data table the manual's lists share (授權經辦人清單, 查詢憑證註冊收件紀錄): a
// <gepi-pager> around a <table> with a hidden caption, column headers, one page of rows and an
// empty-state row. The elements that show one keep their own properties and rows; this renders the
// rest the same way for each, and keeps their `page`, `pageSize` and `query` in step with the pager.
// The element's define module registers <gepi-pager>; its styles include `pagedTableStyles`.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TranslationOverrides } from '../../i18n/translation.js';
import { PAGER_EXPORTPARTS } from './pager.component.js';
import type { GepiPageChangeEvent, GepiSearchEvent } from './pager.component.js';
import { DEFAULT_PAGE_SIZE, pageRows, positiveInt, rowRange } from './paging.js';

/** The element showing a paged table: the paging state it keeps, which the pager updates. */
export interface PagedTableHost<T> {
  /** One page of rows (server paging), or all of them (the page's slice is shown). */
  readonly items: readonly T[];
  /** Rows across all pages; the number of `items` when unset. */
  readonly total: number | undefined;
  page: number;
  pageSize: number;
  query: string;
  /** Rows are being fetched: the table is marked `aria-busy`. */
  readonly busy: boolean;
  /** The element's string overrides, passed on to the pager. */
  readonly translations: TranslationOverrides | undefined;
}

/** What a table shows besides the paging. */
export interface PagedTableContent<T> {
  /** What the table is: its visually hidden caption, and the pager's name for its scroll box. */
  readonly caption: string;
  /** The column headers, in order; the empty-state cell spans all of them. */
  readonly columns: readonly string[];
  /** The empty-state cell's text (目前查無資料!). */
  readonly empty: string;
  /** The `repeat` key of a row; `index` is its 1-based number in the whole list. */
  readonly key: (item: T, index: number) => unknown;
  /** A row's `<tr part="row">`; `index` is its 1-based number in the whole list (序號). */
  readonly row: (item: T, index: number) => TemplateResult;
}

/**
 * `<gepi-pager part="pager">` (its parts exported as `pager-<part>`) around
 * `<table part="table">`, whose empty-state cell is `part="empty"`. The pager's `gepi-page-change`
 * and `gepi-search` events go on to the element's host after updating `host`.
 */
export function renderPagedTable<T>(host: PagedTableHost<T>, table: PagedTableContent<T>): TemplateResult {
  const items = host.items ?? [];
  const size = positiveInt(host.pageSize, DEFAULT_PAGE_SIZE);
  const total = host.total ?? items.length;
  const rows = pageRows(items, host.page, size);
  const first = rowRange(host.page, size, total).from;

  // The pager has already moved to the new page; the host follows so that its row numbers match,
  // and lets the event go on to its own host, which fetches the rows.
  const onPageChange = (event: GepiPageChangeEvent): void => {
    host.page = event.detail.page;
    host.pageSize = event.detail.pageSize;
  };
  const onSearch = (event: GepiSearchEvent): void => {
    host.query = event.detail.query;
    host.page = 1;
  };

  return html`
    <gepi-pager
      part="pager"
      exportparts=${PAGER_EXPORTPARTS}
      label=${table.caption}
      .total=${total}
      .page=${host.page}
      .pageSize=${size}
      .query=${host.query}
      .translations=${host.translations}
      @gepi-page-change=${onPageChange}
      @gepi-search=${onSearch}
    >
      <table part="table" class="table" aria-busy=${host.busy ? 'true' : 'false'}>
        <caption class="visually-hidden">
          ${table.caption}
        </caption>
        <thead>
          <tr>
            ${table.columns.map((column) => html`<th scope="col">${column}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${
            rows.length === 0
              ? html`<tr>
                  <td part="empty" class="empty" colspan=${table.columns.length}>${table.empty}</td>
                </tr>`
              : repeat(
                  rows,
                  (item, i) => table.key(item, first + i),
                  (item, i) => table.row(item, first + i),
                )
          }
        </tbody>
      </table>
    </gepi-pager>
  `;
}
