// <gepi-handler-list>: the 授權經辦人清單 screen of 授權指派 (and, read-only, of 查詢已授權清單). It shows
// the page of handlers it is given and reports the user's requests: add, edit, delete, page, search,
// export, print. Fetching, deleting and confirming are the flow's business.
import { maskNationalId } from '@gepi/sdk';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { systemClock } from '../../internal/clock.js';
import type { Clock } from '../../internal/clock.js';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { renderHeading } from '../../internal/heading.js';
import { sharedStyles } from '../../styles/shared.js';
import { EXPIRY_WARNING_DAYS, renderCertDate, validityOf } from '../cert-info/validity.js';
import { renderPagedTable } from '../pager/paged-table.js';
import { DEFAULT_PAGE_SIZE } from '../pager/paging.js';
import { pagedTableStyles } from '../pager/table.styles.js';
import type { PermissionNode } from '../permission-tree/permission-tree.component.js';
import { handlerListStyles } from './handler-list.styles.js';
import { renderUserInfo } from './user-info.js';
import type { UserInfoAgency } from './user-info.js';
import { userInfoStyles } from './user-info.styles.js';
import { handlersWords } from '../../i18n/zh-TW/handlers.js';

/** One handler row: the API's handler summary (or authorized-list entry), plus the card's expiry. */
export interface HandlerListItem {
  readonly id: number;
  readonly name: string;
  /** The masked ID the API returns (`E22****894`). */
  readonly nationalIdMasked?: string;
  /** A full ID, when that is all the host has; it is masked before it reaches the screen. */
  readonly nationalId?: string;
  /** The handler's citizen certificate expiry (ISO 8601 or a Date), for the renewal badge. */
  readonly notAfter?: string | Date | null;
  /** Permission ids; shown (through `catalog`) in read-only mode when there are no labels. */
  readonly permissions?: readonly string[];
  /** Permission names as the authorized-list API returns them; shown in read-only mode. */
  readonly permissionLabels?: readonly string[];
  /**
   * 憑證狀態 of the card on file as the API knows it (`card` of the handler list); when given it
   * decides the badge, and `notAfter` is not needed.
   */
  readonly card?: CardHealthView;
  /** Functions new to the catalog that the handler lacks (named through `catalog`). */
  readonly newPermissions?: readonly string[];
  /** Their names, as the authorized-list API returns them. */
  readonly newPermissionLabels?: readonly string[];
}

/** A registered card's state, as the API reports it. */
export interface CardHealthView {
  readonly state: 'valid' | 'expiring' | 'expired' | 'revoked' | 'unknown';
  readonly notAfter?: string | null;
}

/** The agency's registered org card and manager's card, for the notice above the list. */
export interface RegisteredCardsView {
  readonly org?: CardHealthView;
  readonly manager?: CardHealthView;
}

/** 使用者資訊: the agency and its authorization manager. */
export type HandlerListAgency = UserInfoAgency;

export interface GepiHandlerIdDetail {
  /** The handler's id, as given in `items`. */
  readonly id: number;
}

export interface GepiListExportDetail {
  /** The search the list shows, so that the export or print matches it. */
  readonly query: string;
  /** How many rows are printed: `<gepi-query>`'s 列印 prints the whole list, not the page. */
  readonly rows?: number;
}

export type GepiHandlerAddEvent = CustomEvent<Record<string, never>>;
export type GepiHandlerEditEvent = CustomEvent<GepiHandlerIdDetail>;
export type GepiHandlerDeleteEvent = CustomEvent<GepiHandlerIdDetail>;
export type GepiHandlerRenewEvent = CustomEvent<GepiHandlerIdDetail>;
export type GepiExportCsvEvent = CustomEvent<GepiListExportDetail>;
export type GepiPrintEvent = CustomEvent<GepiListExportDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-handler-add': GepiHandlerAddEvent;
    'gepi-handler-edit': GepiHandlerEditEvent;
    'gepi-handler-delete': GepiHandlerDeleteEvent;
    'gepi-handler-renew': GepiHandlerRenewEvent;
    'gepi-export-csv': GepiExportCsvEvent;
    'gepi-print': GepiPrintEvent;
  }
}

/**
 * The list of authorized handlers, with the agency's user information above it.
 *
 * @tagname gepi-handler-list
 * @summary 授權經辦人清單: agency information, 新增, paged and searchable handler table with 修改 / 刪除.
 *
 * @fires gepi-handler-add - 新增 was pressed. `detail: {}`.
 * @fires gepi-handler-edit - A row's 修改 was pressed. `detail: { id }`.
 * @fires gepi-handler-delete - A row's 刪除 was pressed; the flow asks for confirmation. `detail: { id }`.
 * @fires gepi-handler-renew - A row's 讀取新卡更新序號 (card expired, expiring or revoked) was pressed: open 修改 and read the new card. `detail: { id }`.
 * @fires gepi-page-change - Another page or page size was chosen. `detail: { page, pageSize }`.
 * @fires gepi-search - The search text settled (300 ms) or Enter was pressed. `detail: { query }`; show page 1.
 * @fires gepi-export-csv - Read-only mode: 匯出CSV was pressed; the host builds and downloads the file. `detail: { query }`.
 * @fires gepi-print-receipt - 列印收件回執 beside the notice's 收件編號 (`receipt-number`). Cancelable: unless prevented, `window.print()` follows. `detail: { number }`.
 * @fires gepi-print - Read-only mode: 列印 was pressed. Cancelable: unless prevented, `window.print()` follows. `detail: { query }`.
 *
 * @csspart base - The region holding everything.
 * @csspart notice - The message above the list (`notice`), e.g. 新增成功!
 * @csspart receipt-number - 收件編號 of the change the notice reports (`receipt-number`), announced with it.
 * @csspart print-receipt-button - 列印收件回執, beside the notice when it has a 收件編號.
 * @csspart user-info - The 使用者資訊 box.
 * @csspart user-info-title - Its heading.
 * @csspart agency - The `<dl>` of 機關代號, 機關名稱, 授權管理者姓名.
 * @csspart actions - The buttons beside the user information.
 * @csspart add-button - 新增.
 * @csspart export-button - 匯出CSV (read-only mode).
 * @csspart print-button - 列印 (read-only mode).
 * @csspart title - The 【授權經辦人清單】 heading; `focusHeading()` moves focus to 使用者資訊 instead, just before 新增.
 * @csspart pager - The `<gepi-pager>` around the table; its own parts are exported as `pager-<part>`.
 * @csspart table - The `<table>`.
 * @csspart row - A handler's row.
 * @csspart empty - The 目前查無資料! cell.
 * @csspart badge - A certificate expiry badge.
 * @csspart badge-expiring - The badge of a certificate expiring within 60 days.
 * @csspart badge-expired - The badge of an expired certificate.
 * @csspart badge-revoked - The badge of a revoked certificate.
 * @csspart badge-unknown - The badge of a certificate the API has never seen.
 * @csspart badge-valid - The badge of a valid certificate (when the API reports the card's state).
 * @csspart renew-button - A row's 讀取新卡更新序號.
 * @csspart new-permissions - The functions new to the catalog that a handler lacks.
 * @csspart card-notices - The notices about the agency's org card and the manager's card (`registeredCards`).
 * @csspart edit-button - A row's 修改.
 * @csspart delete-button - A row's 刪除.
 *
 * @cssproperty --gepi-table-border-color - Table and box borders. Default `--gepi-color-border`.
 * @cssproperty --gepi-table-header-bg - Column header background. Default `--gepi-color-surface`.
 * @cssproperty --gepi-handler-list-notice-bg - Notice background. Default `--gepi-color-success-bg`.
 * @cssproperty --gepi-handler-list-info-bg - 使用者資訊 background. Default `--gepi-color-surface`.
 * @cssproperty --gepi-badge-expiring-bg - Expiring badge background. Default `#fff4e5`.
 * @cssproperty --gepi-badge-expiring-color - Expiring badge text. Default `#7a4100`.
 * @cssproperty --gepi-badge-expired-bg - Expired badge background. Default `--gepi-color-danger-bg`.
 * @cssproperty --gepi-badge-expired-color - Expired badge text. Default `--gepi-color-danger`.
 */
export class GepiHandlerList extends GepiElementBase {
  static override catalogParts = [...GepiElementBase.catalogParts, handlersWords];

  static override styles = [sharedStyles, pagedTableStyles, userInfoStyles, handlerListStyles];

  static override properties: PropertyDeclarations = {
    items: { attribute: false },
    total: { type: Number },
    page: { type: Number },
    pageSize: { type: Number, attribute: 'page-size' },
    query: { type: String },
    agency: { attribute: false },
    busy: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    catalog: { attribute: false },
    clock: { attribute: false },
    expiryWarningDays: { type: Number, attribute: 'expiry-warning-days' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    notice: { type: String },
    receiptNumber: { type: String, attribute: 'receipt-number' },
    registeredCards: { attribute: false },
  };

  /**
   * The handlers of the page shown (server paging), or all of them (the element then shows the
   * page's slice). Only one page of rows is ever rendered.
   */
  declare items: readonly HandlerListItem[];

  /** Handlers across all pages; defaults to the number of `items`. */
  declare total: number | undefined;

  /** The page shown, from 1. The element updates it when the user pages. */
  declare page: number;

  /** Rows per page (顯示筆數): 10, 25, 50 or 100. Default 10. */
  declare pageSize: number;

  /** The search the rows answer. The element updates it when the user searches. */
  declare query: string;

  /** 使用者資訊. */
  declare agency: HandlerListAgency | undefined;

  /** Rows are being fetched: the table is marked busy. */
  declare busy: boolean;

  /** 查詢已授權清單: no add, edit or delete; permissions shown per handler; export and print offered. */
  declare readonly: boolean;

  /** The permission catalog, to name `permissions` ids in read-only mode when items carry no labels. */
  declare catalog: readonly PermissionNode[] | undefined;

  /** "Now", for the certificate expiry badges. */
  declare clock: Clock;

  /** Days before expiry from which a handler's certificate is flagged. Default 60. */
  declare expiryWarningDays: number;

  /** Level of the two headings (使用者資訊, 【授權經辦人清單】), to fit the host page. Default 2. */
  declare headingLevel: number;

  /** A message above the list, announced politely: the flow's 新增成功! / 修改成功! / 刪除成功! */
  declare notice: string | undefined;

  /**
   * 收件編號 of the change `notice` reports: announced with it (收件編號：GEPI-1151207-000042), with
   * 列印收件回執 beside it.
   */
  declare receiptNumber: string | undefined;

  /**
   * The agency's org card and the manager's card: expiring (60 days), expired or revoked ones are
   * named above the list (機關憑證將於116/01/01到期，請於到期前辦理更換機關憑證).
   */
  declare registeredCards: RegisteredCardsView | undefined;

  private permissionNames = new Map<string, string>();

  constructor() {
    super();
    this.items = [];
    this.total = undefined;
    this.page = 1;
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.query = '';
    this.busy = false;
    this.readonly = false;
    this.clock = systemClock;
    this.expiryWarningDays = EXPIRY_WARNING_DAYS;
    this.headingLevel = 2;
  }

  /** Moves focus to the list's title, as a new step does (back from the editor, after a delete). */
  async focusHeading(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    // 使用者資訊 first when shown: it comes before 新增, which is then the next Tab, not 15 away.
    const first =
      this.renderRoot.querySelector<HTMLElement>('#user-info-title') ??
      this.renderRoot.querySelector<HTMLElement>('#title');
    first?.focus(options);
  }

  protected override firstUpdated(): void {
    if (this.autofocus) void this.focusHeading();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('catalog')) {
      this.permissionNames = new Map();
      const walk = (nodes: readonly PermissionNode[]): void => {
        for (const node of nodes) {
          this.permissionNames.set(node.id, node.label);
          if (node.children) walk(node.children);
        }
      };
      walk(this.catalog ?? []);
    }
  }

  protected override render(): TemplateResult {
    const now = this.clock();
    return html`
      <section part="base" class="base" lang=${this.resolvedLocale} aria-labelledby="title">
        ${this.renderNotice()} ${this.renderCardNotices()} ${this.renderUserInfo()}
        ${this.heading('title', 'title', this.t('handlers.listTitle'))}
        ${renderPagedTable(this, {
          caption: this.t('handlers.listTitle'),
          columns: [
            this.t('handlers.colIndex'),
            this.t('handlers.colName'),
            this.t('handlers.colNationalId'),
            this.t(this.readonly ? 'handlers.colPermissions' : 'handlers.colActions'),
          ],
          empty: this.t('handlers.empty'),
          key: (item) => item.id,
          row: (item, index) => this.renderRow(item, index, now),
        })}
      </section>
    `;
  }

  // The notice and the receipt's number are one polite announcement; 列印收件回執 stays outside it.
  private renderNotice(): TemplateResult {
    const number = this.notice ? this.receiptNumber : undefined;
    return html`<div role="status">
        ${this.notice ? html`<p part="notice" class="notice">${this.notice}</p>` : nothing}
        ${number ? html`<p part="receipt-number" class="receipt-number">${this.t('result.receiptNumber', { number })}</p>` : nothing}
      </div>
      ${
        number
          ? html`<div class="actions receipt-actions">
              <button
                part="print-receipt-button"
                class="button button--secondary"
                type="button"
                @click=${() => this.printReceipt(number)}
              >
                ${this.t('result.printReceipt')}
              </button>
            </div>`
          : nothing
      }`;
  }

  // The 使用者資訊 box is shared with <gepi-handler-editor>; the list adds its buttons beside it.
  private renderUserInfo(): TemplateResult {
    const actions = this.readonly
      ? html`
          <button
            part="export-button"
            class="button button--secondary"
            type="button"
            @click=${this.exportCsv}
          >
            ${this.t('handlers.exportCsv')}
          </button>
          <button part="print-button" class="button button--secondary" type="button" @click=${this.print}>
            ${this.t('handlers.print')}
          </button>
        `
      : html`<button part="add-button" class="button button--primary" type="button" @click=${this.add}>
          ${this.t('common.add')}
        </button>`;
    return renderUserInfo((key, ...args) => this.t(key, ...args), this.agency, {
      headingLevel: this.headingLevel,
      actions,
    });
  }

  private renderRow(item: HandlerListItem, index: number, now: Date): TemplateResult {
    const masked = maskNationalId(item.nationalIdMasked ?? item.nationalId ?? '');
    return html`
      <tr part="row">
        <td class="index">${index}</td>
        <th scope="row">
          <span class="name">${item.name}</span> ${this.renderBadge(item, now)}
          ${this.renderNewPermissions(item)}
        </th>
        <td class="nowrap">${masked}</td>
        <td>${this.readonly ? this.permissionText(item) : this.renderRowActions(item)}</td>
      </tr>
    `;
  }

  // The visible words stay 修改 / 刪除 as in the manual; the hidden name tells a screen reader,
  // which lists buttons out of their rows, whose record each one acts on.
  private renderRowActions(item: HandlerListItem): TemplateResult {
    const renew =
      item.card &&
      (item.card.state === 'expired' || item.card.state === 'expiring' || item.card.state === 'revoked');
    return html`
      <div class="row-actions">
        ${
          renew
            ? html`<button
                part="renew-button"
                class="button button--primary button--compact"
                type="button"
                @click=${() => this.emit('gepi-handler-renew', { id: item.id })}
              >
                ${this.t('handlers.renewCard')}<span class="visually-hidden">&nbsp;${item.name}</span>
              </button>`
            : nothing
        }
        <button
          part="edit-button"
          class="button button--secondary button--compact"
          type="button"
          @click=${() => this.emit('gepi-handler-edit', { id: item.id })}
        >
          ${this.t('common.edit')}<span class="visually-hidden">&nbsp;${item.name}</span>
        </button>
        <button
          part="delete-button"
          class="button button--danger button--compact"
          type="button"
          @click=${() => this.emit('gepi-handler-delete', { id: item.id })}
        >
          ${this.t('common.delete')}<span class="visually-hidden">&nbsp;${item.name}</span>
        </button>
      </div>
    `;
  }

  // From 60 days before expiry a citizen certificate can be renewed (and the handler will need a
  // new SN on file); an expired one can no longer sign in. Same rule and dates as <gepi-cert-info>.
  private renderBadge(item: HandlerListItem, now: Date): TemplateResult | typeof nothing {
    if (item.card) return this.renderHealthBadge(item.card);
    const days = Number.isFinite(this.expiryWarningDays) ? this.expiryWarningDays : EXPIRY_WARNING_DAYS;
    const { state } = validityOf(null, item.notAfter, now, days);
    if (state !== 'expiring' && state !== 'expired') return nothing;
    const date = renderCertDate(item.notAfter, this.resolvedLocale);
    const expired = state === 'expired';
    return html`<span
      part=${expired ? 'badge badge-expired' : 'badge badge-expiring'}
      class=${expired ? 'badge badge--expired' : 'badge badge--expiring'}
      >${this.tParts(expired ? 'handlers.cardExpired' : 'handlers.cardExpiring', { date })}</span
    >`;
  }

  // The API's word on the card: all five states get a badge, so "unknown" is never mistaken for "fine".
  private renderHealthBadge(card: CardHealthView): TemplateResult {
    const date = renderCertDate(card.notAfter, this.resolvedLocale);
    const text = {
      valid: () => this.tParts('handlers.cardValid', { date }),
      expiring: () => this.tParts('handlers.cardExpiring', { date }),
      expired: () => this.tParts('handlers.cardExpired', { date }),
      revoked: () => [this.t('handlers.cardRevoked')],
      unknown: () => [this.t('handlers.cardUnknown')],
    }[card.state]();
    const tone = card.state === 'revoked' ? 'expired' : card.state;
    return html`<span
      part=${`badge badge-${card.state}`}
      class=${`badge badge--${tone}`}
      title=${card.state === 'unknown' ? this.t('handlers.cardUnknownHint') : nothing}
      >${text}</span
    >`;
  }

  private renderNewPermissions(item: HandlerListItem): TemplateResult | typeof nothing {
    const ids = item.newPermissions ?? [];
    if (ids.length === 0) return nothing;
    const names =
      item.newPermissionLabels && item.newPermissionLabels.length === ids.length
        ? item.newPermissionLabels
        : ids.map((id) => this.permissionNames.get(id) ?? id);
    return html`<span part="new-permissions" class="new-permissions"
      >${this.t('handlers.newPermissions', {
        names: names.join(this.resolvedLocale === 'zh-TW' ? '、' : ', '),
      })}</span
    >`;
  }

  // The manager's home-page notice: the agency's own cards, when one needs replacing.
  private renderCardNotices(): TemplateResult | typeof nothing {
    const cards = this.registeredCards;
    if (!cards) return nothing;
    const lines: unknown[] = [];
    for (const which of ['org', 'manager'] as const) {
      const card = cards[which];
      if (!card || (card.state !== 'expiring' && card.state !== 'expired' && card.state !== 'revoked'))
        continue;
      const key = `handlers.${which}Card${card.state[0]!.toUpperCase()}${card.state.slice(1)}` as
        'handlers.orgCardExpiring' | 'handlers.orgCardExpired' | 'handlers.orgCardRevoked';
      lines.push(
        html`<p class=${`card-notice card-notice--${card.state}`}>
          ${this.tParts(key, { date: renderCertDate(card.notAfter, this.resolvedLocale) })}
        </p>`,
      );
    }
    if (lines.length === 0) return nothing;
    return html`<div part="card-notices" class="card-notices" role="note">${lines}</div>`;
  }

  private permissionText(item: HandlerListItem): string {
    const names =
      item.permissionLabels && item.permissionLabels.length > 0
        ? item.permissionLabels
        : (item.permissions ?? []).map((id) => this.permissionNames.get(id) ?? id);
    if (names.length === 0) return this.t('handlers.noPermissions');
    return names.join(this.resolvedLocale === 'zh-TW' ? '、' : ', ');
  }

  private heading(id: string, part: string, text: string): TemplateResult {
    return renderHeading(this.headingLevel, text, { id, part, className: 'heading', focusable: true });
  }

  private add(): void {
    this.emit('gepi-handler-add', {});
  }

  private exportCsv(): void {
    this.emit('gepi-export-csv', { query: this.query });
  }

  /** 列印收件回執: cancelable; unless prevented, the browser's print (the host lays out the 收件回執). */
  private printReceipt(number: string): void {
    if (!this.emit('gepi-print-receipt', { number }, { cancelable: true }).defaultPrevented) window.print();
  }

  private print(): void {
    const event = this.emit('gepi-print', { query: this.query }, { cancelable: true });
    if (!event.defaultPrevented) window.print();
  }
}
