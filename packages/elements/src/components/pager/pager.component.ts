// <gepi-pager>: the paging and search controls the manual's lists share (顯示筆數, 搜尋, 顯示第 … 項結果,
// page buttons), wrapped around a table the host element slots in. It reports what the user asks
// for; fetching or slicing the rows is the host's business.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { pagerStyles } from './pager.styles.js';
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_PAGE_SIZES,
  clampPage,
  pageCount,
  pageSlots,
  positiveInt,
  rowRange,
} from './paging.js';
import { handlersWords } from '../../i18n/zh-TW/handlers.js';

export interface GepiPageChangeDetail {
  /** The page asked for, from 1. A new page size always starts again at page 1. */
  readonly page: number;
  readonly pageSize: number;
}

export interface GepiSearchDetail {
  /** The search text, trimmed; `''` clears the search. The host shows page 1 of the result. */
  readonly query: string;
}

export type GepiPageChangeEvent = CustomEvent<GepiPageChangeDetail>;
export type GepiSearchEvent = CustomEvent<GepiSearchDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-page-change': GepiPageChangeEvent;
    'gepi-search': GepiSearchEvent;
  }
}

/**
 * An `exportparts` value for elements that render a pager: its parts become theirs, prefixed
 * `pager-` (`::part(pager-search-input)`), so a host can style them from outside.
 */
export const PAGER_EXPORTPARTS = [
  'toolbar',
  'page-size',
  'page-size-select',
  'search',
  'search-input',
  'footer',
  'status',
  'nav',
  'page-button',
  'page-button-current',
  'previous-button',
  'next-button',
]
  .map((part) => `${part}:pager-${part}`)
  .join(', ');

/** Matches the API's limit on search text (`q`, 50 characters). */
const SEARCH_MAX_LENGTH = 50;

/**
 * Page size, search, result count and page buttons around a slotted table.
 *
 * @tagname gepi-pager
 * @summary 顯示筆數 · 搜尋 · 顯示第 1 至 10 項結果,共 N 項 · page buttons, around the table in its slot.
 *
 * @fires gepi-page-change - The user chose another page or page size. `detail: { page, pageSize }`.
 * @fires gepi-search - The user searched: 300 ms after typing stops, or at once on Enter. `detail: { query }`.
 *
 * @slot - The table (or list) the controls page through.
 *
 * @csspart toolbar - The row above the table: page size and search.
 * @csspart page-size - The page-size control with its label.
 * @csspart page-size-select - The `<select>` of page sizes.
 * @csspart search - The search control with its label.
 * @csspart search-input - The search `<input>`.
 * @csspart scroll - The box around the slotted content; it scrolls sideways, and takes focus, only when the content is too wide.
 * @csspart footer - The row below the table: result count and page buttons.
 * @csspart status - 顯示第 from 至 to 項結果,共 total 項; a polite live region.
 * @csspart nav - The `<nav>` holding the page buttons.
 * @csspart page-button - Every button in the nav, previous and next included.
 * @csspart page-button-current - The current page's button.
 * @csspart previous-button - 上一頁.
 * @csspart next-button - 下一頁.
 *
 * @cssproperty --gepi-pager-gap - Space between the controls and the table. Default `--gepi-space-sm`.
 * @cssproperty --gepi-pager-search-width - Width of the search field. Default `14rem`.
 * @cssproperty --gepi-pager-button-bg - Page button background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-pager-button-color - Page button text. Default `--gepi-color-primary`.
 * @cssproperty --gepi-pager-button-border-color - Page button border. Default `--gepi-color-border`.
 * @cssproperty --gepi-pager-current-bg - Current page background. Default `--gepi-color-primary`.
 * @cssproperty --gepi-pager-current-color - Current page text. Default `--gepi-color-on-primary`.
 */
export class GepiPager extends GepiElementBase {
  static override catalogParts = [...GepiElementBase.catalogParts, handlersWords];

  static override styles = [sharedStyles, pagerStyles];

  static override properties: PropertyDeclarations = {
    total: { type: Number },
    page: { type: Number },
    pageSize: { type: Number, attribute: 'page-size' },
    pageSizes: { attribute: false },
    query: { type: String },
    debounce: { type: Number },
    label: { type: String },
    scrollable: { state: true },
  };

  /** Rows in the whole (searched) list, across all pages. */
  declare total: number;

  /** The page shown, from 1. Updated by the element when the user pages, like a control's value. */
  declare page: number;

  /** Rows per page (顯示筆數). Default 10. */
  declare pageSize: number;

  /** The sizes offered. Default 10, 25, 50, 100. */
  declare pageSizes: readonly number[];

  /** The search text in the field. Typing updates it; `gepi-search` reports it once typing settles. */
  declare query: string;

  /** Milliseconds of quiet typing before `gepi-search` fires. Default 300. */
  declare debounce: number;

  /**
   * What the slotted content is, e.g. the table's caption. Names the content's scroll region when a
   * narrow screen makes it scroll sideways.
   */
  declare label: string | undefined;

  // Whether the slotted content is wider than the pager. It then scrolls sideways inside the pager
  // (WCAG reflow lets a data table do so) and the scroll box must be reachable by keyboard, named so
  // that focus on it makes sense. A group, not a region: the host's own section is the landmark.
  private scrollable = false;
  private resizeObserver: ResizeObserver | undefined;

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  // The query the list on screen was searched with: a debounced search for the same text is
  // skipped. Typed text becomes it when searched; a query set by the host is it already.
  private lastSearched = '';
  private typed = false;

  constructor() {
    super();
    this.total = 0;
    this.page = 1;
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.pageSizes = DEFAULT_PAGE_SIZES;
    this.query = '';
    this.debounce = 300;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A search typed into a list that has since been left must not fire into the next screen.
    this.cancelPendingSearch();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** Whether a typed search is still waiting for its debounce. */
  get searchPending(): boolean {
    return this.searchTimer !== undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && !this.typed) this.lastSearched = (this.query ?? '').trim();
    this.typed = false;
  }

  protected override firstUpdated(): void {
    this.observeSize();
  }

  protected override updated(): void {
    // The host renders its rows before this element updates, so they can be measured now; the
    // observer catches later changes (new rows without new paging values, a resized window).
    this.measure();
  }

  private observeSize(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => this.measure());
    const box = this.renderRoot.querySelector('.scroll');
    if (box) this.resizeObserver.observe(box);
    for (const el of this.slottedElements()) this.resizeObserver.observe(el);
  }

  private slottedElements(): Element[] {
    return this.renderRoot.querySelector('slot')?.assignedElements({ flatten: true }) ?? [];
  }

  private measure(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.scroll');
    if (!box) return;
    const scrollable = box.scrollWidth > box.clientWidth + 1;
    if (scrollable !== this.scrollable) this.scrollable = scrollable;
  }

  protected override render(): TemplateResult {
    const size = positiveInt(this.pageSize, DEFAULT_PAGE_SIZE);
    const total = Math.max(0, Math.floor(Number(this.total) || 0));
    const page = clampPage(this.page, total, size);
    const count = pageCount(total, size);
    const { from, to } = rowRange(page, size, total);
    const sizes = this.pageSizes.includes(size)
      ? this.pageSizes
      : [...this.pageSizes, size].sort((a, b) => a - b);

    return html`
      <div part="toolbar" class="toolbar">
        <div part="page-size" class="page-size">
          <select
            id="page-size"
            part="page-size-select"
            class="select"
            .value=${live(String(size))}
            @change=${this.onPageSizeChange}
          >
            ${sizes.map((n) => html`<option value=${n} ?selected=${n === size}>${n}</option>`)}
          </select>
          <label for="page-size">${this.t('handlers.pageSize')}</label>
        </div>
        <div part="search" class="search" role="search">
          <label for="search">${this.t('common.search')}</label>
          <input
            id="search"
            part="search-input"
            class="search-input"
            type="search"
            autocomplete="off"
            maxlength=${SEARCH_MAX_LENGTH}
            .value=${live(this.query ?? '')}
            @input=${this.onSearchInput}
            @compositionend=${this.onSearchInput}
            @keydown=${this.onSearchKeydown}
          />
        </div>
      </div>
      <div
        part="scroll"
        class="scroll"
        tabindex=${this.scrollable ? '0' : nothing}
        role=${this.scrollable ? 'group' : nothing}
        aria-label=${this.scrollable && this.label ? this.label : nothing}
      >
        <slot @slotchange=${this.observeSize}></slot>
      </div>
      <div part="footer" class="footer">
        <p part="status" class="status" role="status">${this.t('handlers.footer', { from, to, total })}</p>
        ${count > 1 ? this.renderNav(page, count, size) : nothing}
      </div>
    `;
  }

  private renderNav(page: number, count: number, size: number): TemplateResult {
    const slots = pageSlots(page, count).map((slot, i) => ({ slot, key: slot === 'gap' ? `gap${i}` : slot }));
    return html`
      <nav part="nav" aria-label=${this.t('pager.label')}>
        <ul class="pages" role="list">
          <li>
            <button
              type="button"
              part="page-button previous-button"
              class="page-button"
              aria-disabled=${page <= 1 ? 'true' : 'false'}
              @click=${() => this.goTo(page - 1, size)}
            >
              ${this.t('common.previousPage')}
            </button>
          </li>
          ${repeat(
            slots,
            (s) => s.key,
            ({ slot }) =>
              slot === 'gap'
                ? html`<li class="gap" aria-hidden="true">…</li>`
                : html`<li>
                    <button
                      type="button"
                      part=${slot === page ? 'page-button page-button-current' : 'page-button'}
                      class="page-button"
                      aria-label=${this.t('pager.page', { page: slot })}
                      aria-current=${slot === page ? 'page' : nothing}
                      @click=${() => this.goTo(slot, size)}
                    >
                      ${slot}
                    </button>
                  </li>`,
          )}
          <li>
            <button
              type="button"
              part="page-button next-button"
              class="page-button"
              aria-disabled=${page >= count ? 'true' : 'false'}
              @click=${() => this.goTo(page + 1, size)}
            >
              ${this.t('pager.next')}
            </button>
          </li>
        </ul>
      </nav>
    `;
  }

  // Out-of-range requests come from the disabled-looking previous/next buttons, which stay
  // focusable (aria-disabled) so that paging to the end does not throw keyboard focus away.
  private goTo(page: number, size: number): void {
    const total = Math.max(0, Math.floor(Number(this.total) || 0));
    if (page < 1 || page > pageCount(total, size) || page === clampPage(this.page, total, size)) return;
    this.page = page;
    this.emit('gepi-page-change', { page, pageSize: size });
  }

  private onPageSizeChange(event: Event): void {
    const size = Number((event.target as HTMLSelectElement).value);
    if (!Number.isFinite(size) || size === this.pageSize) return;
    this.pageSize = size;
    this.page = 1;
    this.emit('gepi-page-change', { page: 1, pageSize: size });
  }

  private onSearchInput(event: Event): void {
    // Typing Chinese goes through an input method: its keystrokes are not text yet. The
    // compositionend that follows brings the chosen characters through this handler again.
    if ((event as InputEvent).isComposing) return;
    this.typed = true;
    this.query = (event.target as HTMLInputElement).value;
    this.cancelPendingSearch();
    this.searchTimer = setTimeout(
      () => {
        this.searchTimer = undefined;
        const query = this.query.trim();
        if (query !== this.lastSearched) this.search(query);
      },
      Math.max(0, Number(this.debounce) || 0),
    );
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    // Enter confirming an input method's candidate is not a request to search.
    if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    this.cancelPendingSearch();
    this.typed = true;
    this.query = (event.target as HTMLInputElement).value;
    this.search(this.query.trim());
  }

  private search(query: string): void {
    this.lastSearched = query;
    this.page = 1;
    this.emit('gepi-search', { query });
  }

  private cancelPendingSearch(): void {
    if (this.searchTimer === undefined) return;
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
  }
}
