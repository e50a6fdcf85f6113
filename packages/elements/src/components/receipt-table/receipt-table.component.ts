// <gepi-receipt-table>: the result of 查詢憑證註冊收件紀錄, one row per registration, swap or handler change with its
// receipt time in the ROC calendar. Paging and search go through the same paged table as the
// handler list; fetching the rows is the flow's business.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { renderHeading } from '../../internal/heading.js';
import { rocDateTimeParts, taipeiIsoString } from '../../internal/roc.js';
import type { TranslationKey } from '../../i18n/translation.js';
import { sharedStyles } from '../../styles/shared.js';
import { renderPagedTable } from '../pager/paged-table.js';
import { DEFAULT_PAGE_SIZE } from '../pager/paging.js';
import { pagedTableStyles } from '../pager/table.styles.js';
import { receiptTableStyles } from './receipt-table.styles.js';
import { handlersWords } from '../../i18n/zh-TW/handlers.js';
import { queriesWords } from '../../i18n/zh-TW/queries.js';

/** 註冊項目 codes of the API's receipts. */
export type ReceiptItemCode =
  | 'first-registration'
  | 'swap-org'
  | 'swap-manager'
  | 'swap-both'
  | 'handler-created'
  | 'handler-updated'
  | 'handler-deleted';

/** One receipt (收件紀錄), as the API's receipt list returns it. */
export interface ReceiptRow {
  readonly id?: number;
  /** 收件編號 (`GEPI-1151207-000042`), shown under 註冊項目 when given. */
  readonly number?: string;
  readonly agencyCode: string;
  readonly agencyName: string;
  /** 收件時間 as ISO 8601 (or a Date); shown in the ROC calendar, Taipei time. */
  readonly receivedAt: string | Date;
  /** The server's ROC text, shown only if `receivedAt` cannot be read. */
  readonly receivedAtRoc?: string;
  /** 註冊項目; a code this version does not know is shown through `itemLabel`. */
  readonly item: ReceiptItemCode | (string & {});
  readonly itemLabel?: { readonly 'zh-TW': string; readonly en: string };
}

const ITEM_KEYS = {
  'first-registration': 'receipts.item.firstRegistration',
  'swap-org': 'receipts.item.swapOrg',
  'swap-manager': 'receipts.item.swapManager',
  'swap-both': 'receipts.item.swapBoth',
  'handler-created': 'receipts.item.handlerCreated',
  'handler-updated': 'receipts.item.handlerUpdated',
  'handler-deleted': 'receipts.item.handlerDeleted',
} as const satisfies Record<ReceiptItemCode, TranslationKey>;

const isKnownItem = (item: string): item is ReceiptItemCode => Object.hasOwn(ITEM_KEYS, item);

/**
 * The receipt records of an agency: 序號 · 機關代號 · 機關名稱 · 收件時間 · 註冊項目, paged and searchable.
 *
 * @tagname gepi-receipt-table
 * @summary 查詢憑證註冊收件紀錄: receipt records with ROC times, page size and search.
 *
 * @fires gepi-page-change - Another page or page size was chosen. `detail: { page, pageSize }`.
 * @fires gepi-search - The search text settled (300 ms) or Enter was pressed. `detail: { query }`; show page 1.
 *
 * @csspart base - The region holding everything.
 * @csspart title - The 查詢結果: heading.
 * @csspart pager - The `<gepi-pager>` around the table; its own parts are exported as `pager-<part>`.
 * @csspart table - The `<table>`.
 * @csspart row - A receipt's row.
 * @csspart empty - The 目前查無資料! cell.
 *
 * @cssproperty --gepi-table-border-color - Cell borders. Default `--gepi-color-border`.
 * @cssproperty --gepi-table-header-bg - Column header background. Default `--gepi-color-surface`.
 * @cssproperty --gepi-receipt-table-title-font-size - Heading size. Default `--gepi-font-size-lg`.
 */
export class GepiReceiptTable extends GepiElementBase {
  static override catalogParts = [...GepiElementBase.catalogParts, handlersWords, queriesWords];

  static override styles = [sharedStyles, pagedTableStyles, receiptTableStyles];

  static override properties: PropertyDeclarations = {
    items: { attribute: false },
    total: { type: Number },
    page: { type: Number },
    pageSize: { type: Number, attribute: 'page-size' },
    query: { type: String },
    busy: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The receipts of the page shown, or all of them (the element then shows the page's slice). */
  declare items: readonly ReceiptRow[];

  /** Receipts across all pages; defaults to the number of `items`. */
  declare total: number | undefined;

  /** The page shown, from 1. The element updates it when the user pages. */
  declare page: number;

  /** Rows per page (顯示筆數). Default 10. */
  declare pageSize: number;

  /** The search the rows answer. The element updates it when the user searches. */
  declare query: string;

  /** Rows are being fetched: the table is marked busy. */
  declare busy: boolean;

  /** Level of the 查詢結果 heading. Default 2. */
  declare headingLevel: number;

  constructor() {
    super();
    this.items = [];
    this.total = undefined;
    this.page = 1;
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.query = '';
    this.busy = false;
    this.headingLevel = 2;
  }

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="base" lang=${this.resolvedLocale} aria-labelledby="title">
        ${renderHeading(this.headingLevel, this.t('receipts.results'), {
          id: 'title',
          part: 'title',
          className: 'heading',
        })}
        ${renderPagedTable(this, {
          caption: this.t('menu.queryReceipts'),
          columns: [
            this.t('receipts.colIndex'),
            this.t('receipts.colAgencyCode'),
            this.t('receipts.colAgencyName'),
            this.t('receipts.colReceivedAt'),
            this.t('receipts.colItem'),
          ],
          empty: this.t('handlers.empty'),
          key: (row, index) => row.id ?? `row${index}`,
          row: (row, index) => this.renderRow(row, index),
        })}
      </section>
    `;
  }

  private renderRow(row: ReceiptRow, index: number): TemplateResult {
    return html`
      <tr part="row">
        <td class="index">${index}</td>
        <td class="nowrap">${row.agencyCode}</td>
        <td>${row.agencyName}</td>
        <td>${this.renderTime(row)}</td>
        <td>
          ${this.itemText(row)}${
            row.number
              ? html`<small part="receipt-number" class="receipt-number"
                  >${this.t('receipts.number', { number: row.number })}</small
                >`
              : nothing
          }
        </td>
      </tr>
    `;
  }

  private renderTime(row: ReceiptRow): TemplateResult | string {
    const at = row.receivedAt instanceof Date ? row.receivedAt : new Date(row.receivedAt);
    if (Number.isNaN(at.getTime())) return row.receivedAtRoc ?? String(row.receivedAt ?? '');
    return html`<time datetime=${taipeiIsoString(at)}
      >${this.t('format.rocDateTime', rocDateTimeParts(at))}</time
    >`;
  }

  private itemText(row: ReceiptRow): string {
    if (isKnownItem(row.item)) return this.t(ITEM_KEYS[row.item]);
    return row.itemLabel?.[this.resolvedLocale] ?? row.item;
  }
}
