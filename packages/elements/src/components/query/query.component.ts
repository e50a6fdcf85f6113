// <gepi-query>: 查詢作業, the four queries of the menu on the SDK's query flows: 查詢憑證註冊收件紀錄
// (an agency code, no card), 查詢機關憑證OID (the org card), 查詢自然人憑證序號 (a citizen card) and
// 查詢已授權清單 (both cards; a read-only list with CSV export and print).
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  ApplicationsQueryFlow,
  AuthorizedListQueryFlow,
  CitizenSerialQueryFlow,
  OrgOidQueryFlow,
  ReceiptsQueryFlow,
  createApplicationsQueryFlow,
  createAuthorizedListQueryFlow,
  createCitizenSerialQueryFlow,
  createOrgOidQueryFlow,
  createReceiptsQueryFlow,
  maskNationalId,
  toHalfWidth,
} from '@gepi/sdk';
import type { ApplicationRow, ApplicationsState, AuthorizedRow } from '@gepi/sdk';
import type { GepiPrintEvent } from '../handler-list/handler-list.component.js';
import type { AuthorizedState, CitizenSerialState, FlowState, OrgOidState, ReceiptsState } from '@gepi/sdk';
import type { GepiPageChangeEvent, GepiSearchEvent } from '../pager/pager.component.js';
import { GepiFlowElement, withPin } from '../../internal/flow-element.js';
import type { FlowInputs } from '../../internal/flow-element.js';
import { renderHeading } from '../../internal/heading.js';
import { rocDateTimeParts, taipeiIsoString } from '../../internal/roc.js';
import { formatCertDate } from '../cert-info/validity.js';
import { sharedStyles } from '../../styles/shared.js';
import { flowStyles } from '../../styles/flow.js';
import { formStyles } from '../../styles/form.js';
import { queryStyles } from './query.styles.js';
import { handlersWords } from '../../i18n/zh-TW/handlers.js';
import { queriesWords } from '../../i18n/zh-TW/queries.js';

/** Which query: the four entries of 查詢作業, and `applications`, the 申請及審核情形 of 收件紀錄. */
export type QueryVariant = 'receipts' | 'applications' | 'org-oid' | 'citizen-serial' | 'authorized';

type QueryFlow =
  | ReceiptsQueryFlow
  | ApplicationsQueryFlow
  | OrgOidQueryFlow
  | CitizenSerialQueryFlow
  | AuthorizedListQueryFlow;
type QueryState = ReceiptsState | ApplicationsState | OrgOidState | CitizenSerialState | AuthorizedState;

const VARIANTS: readonly QueryVariant[] = [
  'receipts',
  'applications',
  'org-oid',
  'citizen-serial',
  'authorized',
];

// How long a CSV's object URL stays valid: long enough for the browser to start the download.
const DOWNLOAD_URL_LIFETIME_MS = 10_000;

/**
 * 查詢作業: `receipts` (查詢憑證註冊收件紀錄: 機關代號 → the receipt records with their ROC times, paged
 * and searchable, with a way on to 申請及審核情形), `applications` (申請及審核情形 of 收件紀錄: the org card →
 * the agency's OID-mismatch applications, 審核中 / 核准 / 未核准, when it may register again, the
 * reviewer's reason), `org-oid` (機關憑證確認畫面 → 機關憑證OID查詢結果畫面), `citizen-serial` (自然人憑證確認
 * 畫面 → 查詢自然人憑證結果畫面) and `authorized` (both cards → the handlers and their permissions,
 * read-only, with 匯出CSV and 列印). Another variant starts a new flow.
 *
 * @tagname gepi-query
 * @summary 查詢作業: receipts, organization OID, citizen serial or the authorized list, on the SDK's query flows.
 *
 * @fires gepi-step-change - A new step is shown. `detail: { flow, step, from }`.
 * @fires gepi-print - 已授權清單's 列印, once every row is read and laid out for print. Cancelable: unless prevented, `window.print()` follows. `detail: { query, rows }`.
 * @fires gepi-error - The last action failed. `detail`: `explainError()`'s words in the element's locale plus `flow` and `step`.
 *
 * @csspart base - The wrapper of the step's views.
 * @csspart receipts-form - The 查詢憑證註冊紀錄 form: 機關代號 and 查詢.
 * @csspart title - Its heading.
 * @csspart label - The 機關代號 label.
 * @csspart input - The 機關代號 input.
 * @csspart field-error - The message beneath it.
 * @csspart query-button - 查詢.
 * @csspart status - The polite summary of the records found.
 * @csspart error - An error the step's view has no place for.
 * @csspart print-list - 已授權清單's every row, read for 列印; shown in print only, in place of the page.
 * @csspart again-button - 重新查詢, under a one-record result.
 * @csspart applications - 收件紀錄's 申請及審核情形 section (the way on to the `applications` variant).
 * @csspart applications-button - 以機關憑證查詢申請及審核情形: switches to the `applications` variant.
 * @csspart application - One application of the `applications` result.
 * @csspart application-state - Its 審核中 / 核准 / 未核准.
 * @csspart receipts-button - 回查詢憑證註冊紀錄: back to the `receipts` variant.
 * @csspart restart-button - 重新開始 after the flow was left.
 * @csspart session - 作業剩餘時間, 延長作業時間 and 結束作業, while the flow holds a card session.
 * @csspart session-time - The countdown (mm:ss) of the session's idle time, as the server last set it.
 * @csspart extend-session-button - 延長作業時間: the server starts the idle time again, up to the session's limit.
 * @csspart session-limit - 已達作業時間上限, in place of 延長作業時間 once the session is at its limit.
 * @csspart end-session-button - 結束作業: ends the session in the API.
 * @csspart session-warning - Polite announcement at 2 minutes and at 30 seconds left (and after 延長).
 * @csspart session-ended - 已結束作業 / 作業時間已到, when the session ended here, ran out or was lost.
 *
 * @cssproperty --gepi-flow-gap - Space between the views of a step. Default `--gepi-space-lg`.
 * @cssproperty --gepi-flow-max-width - Width of the element's content. Default `64rem`.
 */
export class GepiQuery extends GepiFlowElement<QueryState, QueryFlow> {
  static override catalogParts = [...GepiFlowElement.catalogParts, handlersWords, queriesWords];

  static override styles = [sharedStyles, formStyles, flowStyles, queryStyles];

  // 已授權清單's every row, read for 列印 (shown only in print, in place of the page on screen).
  private printRows: AuthorizedRow[] | undefined;
  /** When 列印 read the rows: printed in ROC time with the agency's name above the list. */
  private printedAt: Date | undefined;

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
  };

  /** `receipts` (default), `applications`, `org-oid`, `citizen-serial` or `authorized`. */
  declare variant: QueryVariant;

  constructor() {
    super();
    this.variant = 'receipts';
  }

  private get resolvedVariant(): QueryVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'receipts';
  }

  protected override get flowKey(): readonly unknown[] {
    return [this.resolvedVariant];
  }

  protected override createFlow(inputs: FlowInputs): QueryFlow | undefined {
    const variant = this.resolvedVariant;
    // 查詢憑證註冊收件紀錄 asks for no card, so it runs without a token provider.
    if (variant === 'receipts') return createReceiptsQueryFlow({ client: inputs.client });
    if (!inputs.tokens) return undefined;
    const options = {
      client: inputs.client,
      tokens: inputs.tokens,
      clock: inputs.clock,
      ...(inputs.readerId !== undefined ? { readerId: inputs.readerId } : {}),
    };
    if (variant === 'applications') return createApplicationsQueryFlow(options);
    if (variant === 'org-oid') return createOrgOidQueryFlow(options);
    if (variant === 'citizen-serial') return createCitizenSerialQueryFlow(options);
    return createAuthorizedListQueryFlow(options);
  }

  /** @internal */
  override async focusStep(state: FlowState, from: string): Promise<void> {
    // The records appear under the form that asked for them: focus stays on 查詢, and the status
    // line says what was found.
    if (state.flow !== 'query-receipts') return super.focusStep(state, from);
    if (state.step === 'results' && from !== '') return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#receipts-title')?.focus();
  }

  protected override renderStep(state: QueryState): unknown {
    switch (state.flow) {
      case 'query-receipts':
        return this.renderReceipts(state as ReceiptsState);
      case 'query-applications':
        return this.renderApplications(state as ApplicationsState);
      case 'query-org-oid':
        return this.renderOrgOid(state as OrgOidState);
      case 'query-citizen-serial':
        return this.renderCitizenSerial(state as CitizenSerialState);
      default:
        return this.renderAuthorized(state as AuthorizedState);
    }
  }

  // ── 查詢憑證註冊收件紀錄 ──────────────────────────────────────────────────────────────────────────

  private renderReceipts(state: ReceiptsState): TemplateResult {
    const list = state.data.list;
    const error = this.explanation;
    const fieldError = error?.field === 'agencyCode' ? error.detail : undefined;
    const busy = state.busy ? 'true' : nothing;
    const status =
      state.step === 'results' && list
        ? this.t('handlers.footer', { from: list.from, to: list.to, total: list.total })
        : '';
    return html`<form
        data-view
        part="receipts-form"
        class="receipts-form"
        novalidate
        aria-labelledby="receipts-title"
        @submit=${this.queryReceipts}
      >
        ${renderHeading(this.headingLevel, this.t('receipts.title'), {
          id: 'receipts-title',
          part: 'title',
          className: 'title',
          focusable: true,
        })}
        <div class="receipts-fields">
          <div class="field">
            <label part="label" class="field__label" for="agency-code"
              ><span class="field__required" aria-hidden="true">*</span
              >${this.t('receipts.agencyCode')}</label
            >
            <input
              id="agency-code"
              part="input"
              class="field__input"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              spellcheck="false"
              required
              aria-invalid=${fieldError ? 'true' : 'false'}
              aria-describedby=${ifDefined(fieldError ? 'agency-code-error' : undefined)}
              @blur=${this.normalizeAgencyCode}
            />
            ${
              fieldError
                ? html`<p id="agency-code-error" part="field-error" class="field__error">${fieldError}</p>`
                : nothing
            }
          </div>
          <button part="query-button" class="button button--primary" type="submit" aria-disabled=${busy}>
            ${this.t('common.query')}
          </button>
        </div>
        <p part="status" class="visually-hidden" role="status">${status}</p>
      </form>
      ${error && !fieldError ? this.renderErrorBanner() : nothing}
      ${
        state.step === 'results'
          ? html`<gepi-receipt-table
              heading-level=${this.headingLevel}
              .items=${list?.items ?? []}
              .total=${list?.total ?? 0}
              .page=${live(list?.page ?? 1)}
              .pageSize=${live(list?.pageSize ?? 10)}
              .query=${live(list?.q ?? '')}
              ?busy=${state.busy}
              @gepi-page-change=${(event: GepiPageChangeEvent) => this.changeReceiptsPage(event, state)}
              @gepi-search=${(event: GepiSearchEvent) =>
                this.runOn(ReceiptsQueryFlow, 'search', (flow) => flow.search(event.detail.query))}
            ></gepi-receipt-table>`
          : nothing
      }
      ${this.renderApplicationsWay()}`;
  }

  // ── 申請及審核情形 (part of 收件紀錄) ────────────────────────────────────────────────────────────────

  /** Under 收件紀錄: what 申請及審核情形 is, and the way on to it (the org card is needed). */
  private renderApplicationsWay(): TemplateResult {
    return html`<section part="applications" class="applications" aria-labelledby="applications-title">
      ${renderHeading(this.headingLevel + 1, this.t('applications.title'), {
        id: 'applications-title',
        className: 'title',
      })}
      <p>${this.t('applications.intro')}</p>
      <button
        part="applications-button"
        class="button button--secondary"
        type="button"
        @click=${() => this.switchVariant('applications')}
      >
        ${this.t('applications.open')}
      </button>
    </section>`;
  }

  private renderApplications(state: ApplicationsState): unknown {
    const back = html`<div class="actions">
      <button
        part="receipts-button"
        class="button button--secondary"
        type="button"
        @click=${() => this.switchVariant('receipts')}
      >
        ${this.t('applications.back')}
      </button>
    </div>`;
    if (state.step === 'org-card') {
      return html`${this.renderCardStep(state, 'org', 'default', (detail) =>
        this.runOn(ApplicationsQueryFlow, 'signInOrg', (flow) =>
          flow.signInOrg({ agencyCode: detail.agencyCode ?? '', ...withPin(detail.pin) }),
        ),
      )}${back}`;
    }
    const { agency, applications } = state.data;
    if (state.step !== 'result' || !agency || !applications) return html`${this.renderEnded(state)}${back}`;
    return html`<section data-view class="application-list" aria-labelledby="applications-result-title">
        ${renderHeading(this.headingLevel, this.t('applications.title'), {
          id: 'applications-result-title',
          part: 'title',
          className: 'title',
          focusable: true,
        })}
        <p>${this.t('applications.agency', { code: agency.code, name: agency.name })}</p>
        <p part="status" role="status">
          ${
            applications.length === 0
              ? this.t('applications.empty')
              : this.t('applications.found', { total: applications.length })
          }
        </p>
        ${applications.map((application, i) => this.renderApplication(application, i + 1))}
      </section>
      <div class="actions">
        <button part="again-button" class="button button--primary" type="button" @click=${this.restart}>
          ${this.t('query.again')}
        </button>
        <button
          part="receipts-button"
          class="button button--secondary"
          type="button"
          @click=${() => this.switchVariant('receipts')}
        >
          ${this.t('applications.back')}
        </button>
      </div>`;
  }

  private renderApplication(application: ApplicationRow, n: number): TemplateResult {
    const locale = this.resolvedLocale;
    const rejected = application.status === 'rejected';
    return html`<article
      part="application"
      class="application"
      aria-label=${this.t('applications.item', { n })}
    >
      <dl class="application__fields">
        <div>
          <dt>${this.t('applications.state')}</dt>
          <dd>
            <span part="application-state" class="state state--${application.status}"
              >${application.statusLabel[locale]}</span
            >
          </dd>
        </div>
        ${
          application.retryFromText
            ? html`<div>
                <dt>${this.t('applications.retry')}</dt>
                <dd part="application-retry">${application.retryFromText[locale]}</dd>
              </div>`
            : nothing
        }
        ${
          rejected
            ? html`<div>
                <dt>${this.t('applications.reason')}</dt>
                <dd part="application-reason">${application.reason ?? this.t('applications.noReason')}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${this.t('applications.submittedAt')}</dt>
          <dd>${application.submittedAtRoc}</dd>
        </div>
        ${
          application.decidedAtRoc
            ? html`<div>
                <dt>${this.t('applications.decidedAt')}</dt>
                <dd>${application.decidedAtRoc}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${this.t('applications.applicant')}</dt>
          <dd class="name">${application.applicantName}</dd>
        </div>
        <div>
          <dt>${this.t('applications.card')}</dt>
          <dd>${application.cardOrganizationName}<br /><span class="oid">${application.cardOrgId}</span></dd>
        </div>
      </dl>
    </article>`;
  }

  /** Another variant: its flow starts (the present one is cancelled, as for a host's change). */
  private switchVariant(variant: QueryVariant): void {
    this.variant = variant;
  }

  private queryReceipts(event: Event): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#agency-code');
    const agencyCode = toHalfWidth(input?.value ?? '').trim();
    this.runOn(ReceiptsQueryFlow, 'query', (flow) => flow.query({ agencyCode }));
  }

  private normalizeAgencyCode(event: Event): void {
    const input = event.target as HTMLInputElement;
    const normalized = toHalfWidth(input.value).trim();
    if (normalized !== input.value) input.value = normalized;
  }

  private changeReceiptsPage(event: GepiPageChangeEvent, state: ReceiptsState): void {
    const { page, pageSize } = event.detail;
    if (pageSize !== state.data.list?.pageSize)
      this.runOn(ReceiptsQueryFlow, 'setPageSize', (flow) => flow.setPageSize(pageSize));
    else this.runOn(ReceiptsQueryFlow, 'loadPage', (flow) => flow.loadPage(page));
  }

  // ── 查詢機關憑證OID / 查詢自然人憑證序號 ───────────────────────────────────────────────────────────

  private renderOrgOid(state: OrgOidState): unknown {
    if (state.step === 'org-card') {
      return this.renderCardStep(state, 'org', 'default', (detail) =>
        this.runOn(OrgOidQueryFlow, 'signInOrg', (flow) =>
          flow.signInOrg({ agencyCode: detail.agencyCode ?? '', ...withPin(detail.pin) }),
        ),
      );
    }
    const result = state.data.result;
    if (state.step !== 'result' || !result) return this.renderEnded(state);
    return html`<gepi-query-result
        data-view
        variant="org-oid"
        heading-level=${this.headingLevel}
        agency-name=${result.agencyName}
        oid=${result.orgId}
      ></gepi-query-result>
      ${this.renderAgain()}`;
  }

  private renderCitizenSerial(state: CitizenSerialState): unknown {
    if (state.step === 'citizen-card') {
      return this.renderCardStep(state, 'citizen', 'query', (detail) =>
        this.runOn(CitizenSerialQueryFlow, 'signInCitizen', (flow) =>
          flow.signInCitizen({ nationalId: detail.nationalId ?? '', ...withPin(detail.pin) }),
        ),
      );
    }
    const result = state.data.result;
    if (state.step !== 'result' || !result) return this.renderEnded(state);
    return html`<gepi-query-result
        data-view
        variant="citizen-serial"
        heading-level=${this.headingLevel}
        name=${result.name}
        serial=${result.serial}
      ></gepi-query-result>
      ${this.renderAgain()}`;
  }

  private renderAgain(): TemplateResult {
    return html`<div class="actions">
      <button part="again-button" class="button button--secondary" type="button" @click=${this.restart}>
        ${this.t('query.again')}
      </button>
    </div>`;
  }

  // ── 查詢已授權清單 ────────────────────────────────────────────────────────────────────────────────

  private renderAuthorized(state: AuthorizedState): unknown {
    switch (state.step) {
      case 'org-card':
        return this.renderCardStep(state, 'org', 'default', (detail) =>
          this.runOn(AuthorizedListQueryFlow, 'signInOrg', (flow) =>
            flow.signInOrg({ agencyCode: detail.agencyCode ?? '', ...withPin(detail.pin) }),
          ),
        );
      case 'citizen-card':
        return this.renderCardStep(state, 'citizen', 'default', (detail) =>
          this.runOn(AuthorizedListQueryFlow, 'signInCitizen', (flow) =>
            flow.signInCitizen({ nationalId: detail.nationalId ?? '', ...withPin(detail.pin) }),
          ),
        );
      case 'list': {
        const { list, user } = state.data;
        return html`${this.renderErrorBanner()}
          <gepi-handler-list
            data-view
            readonly
            class=${this.printRows ? 'printing' : ''}
            heading-level=${this.headingLevel}
            .items=${list?.items ?? []}
            .total=${list?.total ?? 0}
            .page=${live(list?.page ?? 1)}
            .pageSize=${live(list?.pageSize ?? 10)}
            .query=${live(list?.q ?? '')}
            .agency=${user ? { code: user.agencyCode, name: user.agencyName, managerName: user.managerName } : undefined}
            .clock=${this.now}
            .registeredCards=${state.data.registeredCards}
            ?busy=${state.busy}
            @gepi-page-change=${(event: GepiPageChangeEvent) => this.changeAuthorizedPage(event, state)}
            @gepi-search=${(event: GepiSearchEvent) =>
              this.runOn(AuthorizedListQueryFlow, 'search', (flow) => flow.search(event.detail.query))}
            @gepi-export-csv=${this.exportCsv}
            @gepi-print=${this.print}
          ></gepi-handler-list>
          ${this.renderPrintList(user?.agencyName ?? '')}`;
      }
      default:
        return this.renderEnded(state);
    }
  }

  private changeAuthorizedPage(event: GepiPageChangeEvent, state: AuthorizedState): void {
    const { page, pageSize } = event.detail;
    if (pageSize !== state.data.list?.pageSize)
      this.runOn(AuthorizedListQueryFlow, 'setPageSize', (flow) => flow.setPageSize(pageSize));
    else this.runOn(AuthorizedListQueryFlow, 'loadPage', (flow) => flow.loadPage(page));
  }

  /**
   * 列印 prints the whole list, not the page on screen: the flow reads every row, a print-only table
   * (part `print-list`) shows them, and this element's own cancelable `gepi-print` (detail: query and
   * rows) precedes `window.print()`. The list's event is stopped here, so a host hears one.
   */
  private async print(event: GepiPrintEvent): Promise<void> {
    event.preventDefault();
    event.stopPropagation();
    const rows = await this.runOn(AuthorizedListQueryFlow, 'printRows', (flow) => flow.printRows());
    if (!rows) return;
    this.printRows = rows;
    this.printedAt = this.now();
    this.requestUpdate();
    await this.updateComplete;
    const own = this.emit(
      'gepi-print',
      { query: event.detail.query, rows: rows.length },
      { cancelable: true },
    );
    if (!own.defaultPrevented) window.print();
  }

  // The whole list for print: the agency's name and the print time (ROC) in the caption, then each
  // handler with its card's state and the new functions it lacks.
  private renderPrintList(agencyName: string): TemplateResult | typeof nothing {
    const rows = this.printRows;
    if (!rows) return nothing;
    const printedAt = this.printedAt ?? this.now();
    const time = html`<time datetime=${taipeiIsoString(printedAt)}
      >${this.t('format.rocDateTime', rocDateTimeParts(printedAt))}</time
    >`;
    const separator = this.resolvedLocale === 'zh-TW' ? '、' : ', ';
    return html`<table part="print-list" class="print-list">
      <caption>
        <span class="print-title">${this.t('handlers.printTitle', { agency: agencyName })}</span>
        <span class="print-time">${this.tParts('handlers.printedAt', { time })}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.t('handlers.colIndex')}</th>
          <th scope="col">${this.t('handlers.colName')}</th>
          <th scope="col">${this.t('handlers.colNationalId')}</th>
          <th scope="col">${this.t('handlers.colCardState')}</th>
          <th scope="col">${this.t('handlers.colPermissions')}</th>
          <th scope="col">${this.t('handlers.colNewPermissions')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <td>${row.seq}</td>
              <td>${row.name}</td>
              <td>${maskNationalId(row.nationalIdMasked)}</td>
              <td>${this.cardStateText(row.card)}</td>
              <td>${row.permissionLabels.join(separator)}</td>
              <td>${row.newPermissionLabels.join(separator)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private cardStateText(card: AuthorizedRow['card']): string {
    const date = card.notAfter ? formatCertDate(new Date(card.notAfter), this.resolvedLocale) : '';
    switch (card.state) {
      case 'valid':
        return this.t('handlers.cardValid', { date });
      case 'expiring':
        return this.t('handlers.cardExpiring', { date });
      case 'expired':
        return this.t('handlers.cardExpired', { date });
      case 'revoked':
        return this.t('handlers.cardRevoked');
      default:
        return this.t('handlers.cardUnknown');
    }
  }

  /** 匯出CSV: the flow builds the file; the browser downloads it from an object URL. */
  private async exportCsv(): Promise<void> {
    const csv = await this.runOn(AuthorizedListQueryFlow, 'exportCsv', (flow) => flow.exportCsv());
    if (!csv) return;
    const url = URL.createObjectURL(csv.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = csv.filename;
    link.hidden = true;
    this.renderRoot.append(link);
    try {
      link.click();
    } finally {
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
    }
  }

  /** run(), for an action of one variant's flow (the variant is checked, not assumed). */
  private runOn<F extends QueryFlow, R>(
    kind: abstract new (...args: never[]) => F,
    action: string,
    work: (flow: F) => R,
  ): R | undefined {
    return this.run(action, (flow) => (flow instanceof kind ? work(flow) : undefined));
  }
}
