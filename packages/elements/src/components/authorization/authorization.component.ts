// <gepi-authorization>: 授權指派, driven by the SDK's AssignmentFlow. Both cards, then the list of
// authorized handlers with 新增 / 修改 (讀取憑證 reads the handler's card) / 刪除 (刪除確認), each
// returning to the list with the manual's notice. The element shows the flow's state and passes the
// person's requests on; paging, search, checks and saving are the flow's.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createAssignmentFlow, maskNationalId } from '@gepi/sdk';
import type { AssignmentFlow, AssignmentState, FlowState, HandlerReceipt, LocalizedText } from '@gepi/sdk';
import type {
  GepiHandlerEditor,
  GepiHandlerSubmitEvent,
  GepiTemplateDeleteEvent,
  GepiTemplateSaveEvent,
} from '../handler-editor/handler-editor.component.js';
import type {
  GepiHandlerDeleteEvent,
  GepiHandlerEditEvent,
  GepiHandlerRenewEvent,
  HandlerListAgency,
} from '../handler-list/handler-list.component.js';
import type { GepiPageChangeEvent, GepiSearchEvent } from '../pager/pager.component.js';
import { GepiFlowElement, withPin } from '../../internal/flow-element.js';
import type { FlowInputs } from '../../internal/flow-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { flowStyles } from '../../styles/flow.js';
import { authorizationStyles } from './authorization.styles.js';

export interface GepiHandlerSavedDetail {
  /** `add` (新增) or `edit` (修改). */
  readonly mode: 'add' | 'edit';
  /** The handler's id in the list, when the list shows it. */
  readonly id: number | undefined;
  readonly name: string;
  /** 憑證序號(SN) as saved. */
  readonly serial: string;
}

export interface GepiHandlerDeletedDetail {
  readonly id: number;
  readonly name: string;
}

export type GepiHandlerSavedEvent = CustomEvent<GepiHandlerSavedDetail>;
export type GepiHandlerDeletedEvent = CustomEvent<GepiHandlerDeletedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-handler-saved': GepiHandlerSavedEvent;
    'gepi-handler-deleted': GepiHandlerDeletedEvent;
  }
}

// One empty list for every render: the session countdown re-renders each second, and a new `[]`
// each time would count as a changed property and reset what the person chose on 新增.
const NONE: readonly never[] = Object.freeze([]);

/**
 * 授權指派: 機關憑證確認畫面 → 自然人憑證確認畫面 (the registered manager) → 使用者資訊 and
 * 【授權經辦人清單】 (顯示筆數, 搜尋, pages) ⇄ 資料輸入區【新增授權經辦人】 / 【修改授權經辦人】 (under the
 * same 使用者資訊) and 刪除確認.
 * The flow is created when the element has a client and a token provider, and cancelled (the
 * session ended) when the element leaves the page.
 *
 * @tagname gepi-authorization
 * @summary 授權指派: the agency's authorized handlers, added, changed and deleted on the SDK's flow.
 *
 * @fires gepi-step-change - A new step is shown. `detail: { flow, step, from }`.
 * @fires gepi-error - The last action failed. `detail`: `explainError()`'s words in the element's locale plus `flow` and `step`.
 * @fires gepi-handler-saved - A handler was added or changed (新增成功! / 修改成功!). `detail: { mode, id, name, serial }`.
 * @fires gepi-handler-deleted - A handler was deleted (刪除成功!). `detail: { id, name }`.
 * @fires gepi-print-receipt - 列印收件回執 beside the list's 收件編號 after 新增 / 修改 / 刪除. Cancelable: unless prevented, `window.print()` follows, printing the 收件回執 (part `receipt`). `detail: { number }`.
 *
 * @csspart base - The wrapper of the step's views.
 * @csspart error - An error the step's view has no place for (a page of the list that failed to load).
 * @csspart delete-target - The handler named in the 刪除確認 dialog.
 * @csspart receipt - The 收件回執 of the last 新增 / 修改 / 刪除 (收件編號, 機關, 辦理項目, 授權經辦人, 辦理人, 收件時間; IDs masked), shown in print only, in place of the list.
 * @csspart restart-button - 重新開始 after the flow was left.
 * @csspart session - 作業剩餘時間, 延長作業時間 and 結束作業, while the session is open (from the manager's card step on).
 * @csspart session-time - The countdown (mm:ss) of the session's idle time, as the server last set it.
 * @csspart extend-session-button - 延長作業時間: the server starts the idle time again, up to the session's limit.
 * @csspart session-limit - 已達作業時間上限, in place of 延長作業時間 once the session is at its limit.
 * @csspart end-session-button - 結束作業: ends the session in the API.
 * @csspart session-warning - Polite announcement at 2 minutes and at 30 seconds left (and after 延長).
 * @csspart session-ended - 已結束作業 / 作業時間已到 / 已取出IC卡, when the session ended here, ran out or was lost.
 *
 * @cssproperty --gepi-flow-gap - Space between the views of a step. Default `--gepi-space-lg`.
 * @cssproperty --gepi-flow-max-width - Width of the element's content. Default `64rem`.
 */
export class GepiAuthorization extends GepiFlowElement<AssignmentState, AssignmentFlow> {
  static override styles = [sharedStyles, flowStyles, authorizationStyles];

  // Which success the list's notice reports, decided when the person saves or deletes.
  private noticeKey: 'result.addSuccess' | 'result.editSuccess' | 'result.deleteSuccess' | undefined;

  // A template save or delete was the last action: its answer goes to the template controls, not
  // to the handler form's error summary (a duplicate template name is not the handler's 姓名).
  private templateAction = false;

  protected override createFlow(inputs: FlowInputs): AssignmentFlow | undefined {
    if (!inputs.tokens) return undefined;
    return createAssignmentFlow({
      client: inputs.client,
      tokens: inputs.tokens,
      clock: inputs.clock,
      endOnManagerCardRemoved: true,
      ...(inputs.readerId !== undefined ? { readerId: inputs.readerId } : {}),
    });
  }

  /** @internal */
  override async focusStep(state: FlowState, from: string): Promise<void> {
    // The dialog takes focus itself when it opens, and gives it back to the 刪除 button it came
    // from when closed without deleting; after a delete that button is gone, so the list's heading.
    if (state.step === 'confirm-delete') return;
    if (from === 'confirm-delete' && state.step === 'list' && !(state as AssignmentState).data.message)
      return;
    await super.focusStep(state, from);
  }

  protected override renderStep(state: AssignmentState): unknown {
    switch (state.step) {
      case 'org-card':
        return this.renderCardStep(state, 'org', 'default', (detail) =>
          this.run('signInOrg', (flow) =>
            flow.signInOrg({ agencyCode: detail.agencyCode ?? '', ...withPin(detail.pin) }),
          ),
        );
      case 'citizen-card':
        return this.renderCardStep(state, 'citizen', 'default', (detail) =>
          this.run('signInCitizen', (flow) =>
            flow.signInCitizen({ nationalId: detail.nationalId ?? '', ...withPin(detail.pin) }),
          ),
        );
      case 'list':
      case 'confirm-delete':
        return html`${state.step === 'list' ? this.renderErrorBanner() : nothing} ${this.renderList(state)}
        ${this.renderDeleteDialog(state)} ${this.renderHandlerReceipt(state)}`;
      case 'add':
      case 'edit':
        return this.renderEditor(state);
      default:
        if (state.data.endedBy === 'card-removed') return this.renderSessionEnded('card-removed');
        return this.renderEnded(state);
    }
  }

  /** 使用者資訊, shown above the list and above the add / edit form alike. */
  private agencyOf(state: AssignmentState): HandlerListAgency | undefined {
    const user = state.data.user;
    return user ? { code: user.agencyCode, name: user.agencyName, managerName: user.managerName } : undefined;
  }

  /** The receipt of the change the list's notice reports, while the notice shows. */
  private shownReceipt(state: AssignmentState): HandlerReceipt | undefined {
    return state.step === 'list' && state.data.message ? state.data.receipt : undefined;
  }

  /**
   * The 收件回執 of the last 新增 / 修改 / 刪除, for paper (列印收件回執): the agency, what was done and
   * to which handler, by whom (the manager), when; IDs masked. Printed, it takes the list's place.
   */
  private renderHandlerReceipt(state: AssignmentState): unknown {
    const receipt = this.shownReceipt(state);
    if (!receipt) return nothing;
    const manager = state.data.manager;
    return this.renderReceiptSheet([
      [this.t('receipt.number'), receipt.number],
      [this.t('receipt.agency'), `${receipt.agencyCode} ${receipt.agencyName}`],
      [this.t('receipt.item'), receipt.itemLabel[this.resolvedLocale]],
      [this.t('receipt.handler'), this.person(receipt.handler)],
      [this.t('receipt.by'), manager ? this.person(manager) : ''],
      [this.t('receipt.at'), receipt.receivedAtRoc],
    ]);
  }

  private renderList(state: AssignmentState): TemplateResult {
    const { list, message } = state.data;
    const receipt = this.shownReceipt(state);
    return html`<gepi-handler-list
      data-view
      class=${receipt ? 'has-receipt' : ''}
      receipt-number=${ifDefined(receipt?.number)}
      heading-level=${this.headingLevel}
      .items=${list?.items ?? NONE}
      .total=${list?.total ?? 0}
      .page=${live(list?.page ?? 1)}
      .pageSize=${live(list?.pageSize ?? 10)}
      .query=${live(list?.q ?? '')}
      .agency=${this.agencyOf(state)}
      .clock=${this.now}
      ?busy=${state.busy}
      notice=${ifDefined(state.step === 'list' && message ? this.noticeText(message) : undefined)}
      @gepi-handler-add=${() => {
        this.templateAction = false;
        this.run('startAdd', (flow) => flow.startAdd());
      }}
      .registeredCards=${state.data.registeredCards}
      .catalog=${state.data.permissions ?? NONE}
      @gepi-handler-edit=${(event: GepiHandlerEditEvent) => {
        this.templateAction = false;
        this.run('startEdit', (flow) => flow.startEdit(event.detail.id));
      }}
      @gepi-handler-renew=${this.renewCard}
      @gepi-handler-delete=${(event: GepiHandlerDeleteEvent) =>
        this.run('askDelete', (flow) => flow.askDelete(event.detail.id))}
      @gepi-page-change=${(event: GepiPageChangeEvent) => this.changePage(event, state)}
      @gepi-search=${(event: GepiSearchEvent) => this.run('search', (flow) => flow.search(event.detail.query))}
    ></gepi-handler-list>`;
  }

  // The flow's message says that the last save or delete worked; the words are the catalog's, so a
  // host's overrides apply, and the flow's own text stands in if the element did not start the action.
  private noticeText(message: LocalizedText): string {
    return this.noticeKey ? this.t(this.noticeKey) : message[this.resolvedLocale];
  }

  private changePage(event: GepiPageChangeEvent, state: AssignmentState): void {
    const { page, pageSize } = event.detail;
    if (pageSize !== state.data.list?.pageSize) this.run('setPageSize', (flow) => flow.setPageSize(pageSize));
    else this.run('loadPage', (flow) => flow.loadPage(page));
  }

  private renderDeleteDialog(state: AssignmentState): TemplateResult {
    const target = state.data.deleteTarget;
    const asking = state.step === 'confirm-delete';
    // Open while the question stands; after a failed delete it opens again, with the reason.
    return html`<gepi-confirm-dialog
      .open=${live(asking && !state.busy)}
      @gepi-confirm=${this.confirmDelete}
      @gepi-dismiss=${() => this.run('closeDelete', (flow) => flow.closeDelete())}
    >
      ${
        asking && target
          ? html`<p part="delete-target" class="delete-target">
              ${target.name} ${maskNationalId(target.nationalIdMasked)}
            </p>`
          : nothing
      }
      ${asking && this.explanation ? html`<p class="delete-error">${this.explanation.detail}</p>` : nothing}
    </gepi-confirm-dialog>`;
  }

  private renderEditor(state: AssignmentState): unknown {
    const form = state.data.form;
    const mode = state.step === 'edit' ? 'edit' : 'add';
    // One editor per opening: a new add or another handler's edit starts from a clean form.
    return keyed(
      `${mode}:${state.data.editing?.id ?? ''}`,
      html`<gepi-handler-editor
        data-view
        mode=${mode}
        heading-level=${this.headingLevel}
        .agency=${this.agencyOf(state)}
        .serial=${form?.serial ?? ''}
        .name=${form?.name ?? ''}
        .nationalId=${form?.nationalId ?? ''}
        .permissions=${form?.permissions ?? NONE}
        .catalog=${state.data.permissions ?? NONE}
        .templates=${state.data.templates ?? NONE}
        .templateMessage=${this.templateMessage(state)}
        .error=${this.templateAction ? undefined : this.explanation}
        .clock=${this.now}
        ?busy=${state.busy}
        @gepi-handler-submit=${this.save}
        @gepi-handler-cancel=${() => this.run('back', (flow) => flow.back())}
        @gepi-read-card=${this.readCard}
        @gepi-template-save=${this.saveTemplate}
        @gepi-template-delete=${this.deleteTemplate}
      ></gepi-handler-editor>`,
    );
  }

  private templateMessage(state: AssignmentState): string | undefined {
    if (!this.templateAction) return undefined;
    const explained = this.explanation;
    if (state.error && explained) return `${explained.title}：${explained.detail}`;
    const message = state.data.message;
    return message ? message[this.resolvedLocale] : undefined;
  }

  private saveTemplate(event: GepiTemplateSaveEvent): void {
    const { name, permissions } = event.detail;
    this.templateAction = true;
    this.run('saveTemplate', (flow) => flow.saveTemplate(name, permissions));
  }

  private deleteTemplate(event: GepiTemplateDeleteEvent): void {
    this.templateAction = true;
    this.run('deleteTemplate', (flow) => flow.deleteTemplate(event.detail.id));
  }

  /** 讀取新卡更新序號: 修改 opens with the new card read at once. */
  private async renewCard(event: GepiHandlerRenewEvent): Promise<void> {
    this.templateAction = false;
    const next = await this.run('renewCard', (flow) => flow.renewCard(event.detail.id));
    if (!next || next.step !== 'edit') return;
    await this.updateComplete;
    const editor = this.renderRoot.querySelector<GepiHandlerEditor>('gepi-handler-editor');
    if (editor && !next.error && next.data.form) {
      editor.serial = next.data.form.serial;
      editor.name = next.data.form.name;
      editor.cardStatus = 'read';
    }
  }

  private async readCard(event: Event): Promise<void> {
    this.templateAction = false;
    const editor = event.currentTarget as GepiHandlerEditor;
    const next = await this.run('readCard', (flow) => flow.readCard());
    const form = next?.data.form;
    if (next && !next.error && form) {
      // The card may carry the SN already on screen; the editor still has to hear that it was read.
      editor.serial = form.serial;
      editor.name = form.name;
      editor.cardStatus = 'read';
    } else if (!next) {
      editor.cardStatus = 'idle';
    }
  }

  private async save(event: GepiHandlerSubmitEvent): Promise<void> {
    this.templateAction = false;
    const detail = event.detail;
    const before = this.state;
    const mode = before?.step === 'edit' ? 'edit' : 'add';
    const editing = before?.data.editing;
    this.noticeKey = mode === 'add' ? 'result.addSuccess' : 'result.editSuccess';
    const next = await this.run('submit', (flow) => flow.submit(detail));
    if (!next || next.error || next.step !== 'list') return;
    const id = editing?.id ?? next.data.list?.items.find((row) => row.serial === detail.serial)?.id;
    this.emit('gepi-handler-saved', { mode, id, name: detail.name, serial: detail.serial });
  }

  private async confirmDelete(): Promise<void> {
    const target = this.state?.data.deleteTarget;
    this.noticeKey = 'result.deleteSuccess';
    const next = await this.run('confirmDelete', (flow) => flow.confirmDelete());
    if (!next || next.error || next.step !== 'list' || !target) return;
    this.emit('gepi-handler-deleted', { id: target.id, name: target.name });
  }
}
