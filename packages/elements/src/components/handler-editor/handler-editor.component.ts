// <gepi-handler-editor>: 資料輸入區【新增授權經辦人】 and 【修改授權經辦人】, under the same 使用者資訊 box as
// the handler list (the manual's figures 3-15 and 3-18 show it on both screens). It checks what was typed
// with the SDK's validators (the server applies the same ones), shows those errors and the server's
// in one summary, and reports a valid submission. Reading the card and saving are the flow's work.
import {
  normalizeNationalIdInput,
  validateCertificateSerial,
  validateNationalId,
  validatePersonName,
} from '@gepi/sdk';
import type { ErrorExplanation } from '@gepi/sdk';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { systemClock } from '../../internal/clock.js';
import type { Clock } from '../../internal/clock.js';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { renderHeading } from '../../internal/heading.js';
import { sharedStyles } from '../../styles/shared.js';
import type {
  GepiPermissionsChangeEvent,
  PermissionNode,
} from '../permission-tree/permission-tree.component.js';
import { renderUserInfo } from '../handler-list/user-info.js';
import type { UserInfoAgency } from '../handler-list/user-info.js';
import { userInfoStyles } from '../handler-list/user-info.styles.js';
import { handlerEditorStyles } from './handler-editor.styles.js';
import { handlersWords } from '../../i18n/zh-TW/handlers.js';

export type HandlerEditorMode = 'add' | 'edit';

/** Where a handler's card read stands: nothing asked, the flow is reading, or SN and name arrived. */
export type CardReadStatus = 'idle' | 'reading' | 'read';

/** The form's fields, named as the API names them (and as `ErrorExplanation.field` reports them). */
export type HandlerField = 'serial' | 'name' | 'nationalId' | 'permissions';

export interface GepiHandlerSubmitDetail {
  /** 憑證序號, normalised: uppercase hex without spaces, colons or leading zeros. */
  readonly serial: string;
  /** 姓名, trimmed. */
  readonly name: string;
  /** 身分證統一編號 or 統一證號, uppercase, checksum verified. */
  readonly nationalId: string;
  /** Selected permission ids, at least one. */
  readonly permissions: string[];
}

/** A 權限範本 as the API lists it. */
export interface PermissionTemplateView {
  readonly id: number;
  readonly name: string;
  readonly permissions: readonly string[];
}

export interface GepiTemplateSaveDetail {
  /** 範本名稱, trimmed. */
  readonly name: string;
  /** The functions ticked now. */
  readonly permissions: string[];
}

export interface GepiTemplateIdDetail {
  readonly id: number;
}

export type GepiHandlerSubmitEvent = CustomEvent<GepiHandlerSubmitDetail>;
export type GepiTemplateSaveEvent = CustomEvent<GepiTemplateSaveDetail>;
export type GepiTemplateApplyEvent = CustomEvent<GepiTemplateIdDetail>;
export type GepiTemplateDeleteEvent = CustomEvent<GepiTemplateIdDetail>;
export type GepiHandlerCancelEvent = CustomEvent<Record<string, never>>;
export type GepiReadCardEvent = CustomEvent<Record<string, never>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-handler-submit': GepiHandlerSubmitEvent;
    'gepi-handler-cancel': GepiHandlerCancelEvent;
    'gepi-read-card': GepiReadCardEvent;
    'gepi-template-save': GepiTemplateSaveEvent;
    'gepi-template-apply': GepiTemplateApplyEvent;
    'gepi-template-delete': GepiTemplateDeleteEvent;
  }
}

interface FormError {
  /** The field to link to and mark, when the error belongs to one. */
  readonly field: HandlerField | undefined;
  readonly message: string;
  /** A heading for errors without a field (the server's title). */
  readonly title?: string;
}

const FIELD_IDS: Readonly<Record<HandlerField, string>> = {
  serial: 'serial',
  name: 'name',
  nationalId: 'national-id',
  permissions: 'permissions',
};

const isHandlerField = (field: string | undefined): field is HandlerField =>
  field !== undefined && Object.hasOwn(FIELD_IDS, field);

/**
 * The form to add or edit an authorized handler: SN (typed, or read from the handler's card), name,
 * national ID and permissions.
 *
 * @tagname gepi-handler-editor
 * @summary 資料輸入區【新增/修改授權經辦人】: handler fields, permission tree, validation and error summary.
 *
 * @fires gepi-handler-submit - 確認 with valid input. `detail: { serial, name, nationalId, permissions }`, normalised.
 * @fires gepi-handler-cancel - 取消 (add) or 上一頁 (edit). `detail: {}`.
 * @fires gepi-read-card - 讀取憑證: the flow reads the handler's card and sets `serial` and `name`. `detail: {}`.
 * @fires gepi-template-apply - 套用: the chosen template's functions replaced the ticked ones (done here; informational). `detail: { id }`.
 * @fires gepi-template-save - 儲存為範本: the host saves the ticked functions under the name. `detail: { name, permissions }`.
 * @fires gepi-template-delete - 刪除範本 for the chosen template. `detail: { id }`.
 *
 * @csspart user-info - The 使用者資訊 box above the form (when `agency` is set).
 * @csspart user-info-title - Its heading.
 * @csspart agency - The `<dl>` of 機關代號, 機關名稱, 授權管理者姓名.
 * @csspart base - The `<form>`.
 * @csspart title - The heading; it takes focus when the step is shown.
 * @csspart instruction - 新增指派經辦人,請放入指派經辦人自然人憑證以便匯入憑證序號及姓名.
 * @csspart error-summary - The list of errors, each linked to its field.
 * @csspart field - A label, hint, input and error group.
 * @csspart input - Each text input.
 * @csspart read-card-button - 讀取憑證.
 * @csspart card-status - The polite live message about the card read.
 * @csspart permissions - The `<gepi-permission-tree>`.
 * @csspart templates - The 權限範本 group (when `templates` is set): choose and 套用, or 儲存為範本.
 * @csspart template-status - The polite live message about templates (`templateMessage`, or 已套用…).
 * @csspart actions - The row of buttons.
 * @csspart submit-button - 確認.
 * @csspart cancel-button - 取消 or 上一頁.
 *
 * @cssproperty --gepi-handler-editor-max-width - Width of the form and the 使用者資訊 box. Default `64rem`.
 * @cssproperty --gepi-handler-list-info-bg - 使用者資訊 background, as in the list. Default `--gepi-color-surface`.
 * @cssproperty --gepi-table-border-color - 使用者資訊 border, as in the list. Default `--gepi-color-border`.
 * @cssproperty --gepi-handler-editor-title-font-size - Title size. Default `--gepi-font-size-xl`.
 * @cssproperty --gepi-field-border-color - Input borders. Default `--gepi-color-border`.
 * @cssproperty --gepi-error-summary-bg - Error summary background. Default `--gepi-color-danger-bg`.
 * @cssproperty --gepi-button-bg - 確認 background. Default `--gepi-color-primary`.
 * @cssproperty --gepi-button-secondary-bg - Other buttons' background. Default `--gepi-color-bg`.
 */
export class GepiHandlerEditor extends GepiElementBase {
  static override catalogParts = [...GepiElementBase.catalogParts, handlersWords];

  static override styles = [sharedStyles, userInfoStyles, handlerEditorStyles];

  static override properties: PropertyDeclarations = {
    mode: { type: String, reflect: true },
    agency: { attribute: false },
    serial: { type: String },
    name: { type: String },
    nationalId: { type: String, attribute: 'national-id' },
    permissions: { attribute: false },
    catalog: { attribute: false },
    error: { attribute: false },
    busy: { type: Boolean, reflect: true },
    cardStatus: { type: String, attribute: 'card-status' },
    clock: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    templates: { attribute: false },
    templateMessage: { type: String, attribute: 'template-message' },
    clientErrors: { state: true },
    templateChoice: { state: true },
    templateName: { state: true },
    templateApplied: { state: true },
    serverErrorShown: { state: true },
  };

  /** `add` (新增, with 取消) or `edit` (修改, with 上一頁). */
  declare mode: HandlerEditorMode;

  /** 使用者資訊 (機關代號, 機關名稱, 授權管理者姓名), shown above the form as on the list; none when unset. */
  declare agency: UserInfoAgency | undefined;

  /** 憑證序號(SN): what is typed, or what the flow read from the card. */
  declare serial: string;

  /** 姓名: what is typed, or what the flow read from the card. */
  declare name: string;

  /** 身分證統一編號, in full: this is where the user types it. Normalised when the field is left. */
  declare nationalId: string;

  /** Selected permission ids. */
  declare permissions: readonly string[];

  /** The permission catalog the API serves. */
  declare catalog: readonly PermissionNode[];

  /** The flow's last error as `explainError()` words it (e.g. a duplicate SN), shown in the summary. */
  declare error: ErrorExplanation | undefined;

  /** A save or card read is under way: 確認 is held back. */
  declare busy: boolean;

  /** The card read's progress. 讀取憑證 sets `reading`; new `serial`/`name` from the flow make it `read`. */
  declare cardStatus: CardReadStatus;

  /** "Now", for the national ID rules that change with time (old-format resident numbers). */
  declare clock: Clock;

  /** Level of the title heading. Default 2. */
  declare headingLevel: number;

  /** The agency's 權限範本; the template controls are shown when set (an empty list: only 儲存為範本). */
  declare templates: readonly PermissionTemplateView[] | undefined;

  /** The host's word on the last template save or delete (saved, or why not), announced politely. */
  declare templateMessage: string | undefined;

  private templateChoice = '';
  private templateName = '';
  private templateApplied: string | undefined;

  private clientErrors: readonly FormError[] = [];
  private serverErrorShown = false;
  private readonly edited = new Set<'serial' | 'name'>();
  /** The permissions the host last gave, and the person's own choice since (undefined: none yet). */
  private hostPermissions: readonly string[] | undefined;
  private chosenPermissions: readonly string[] | undefined;

  constructor() {
    super();
    this.mode = 'add';
    this.serial = '';
    this.name = '';
    this.nationalId = '';
    this.permissions = [];
    this.catalog = [];
    this.busy = false;
    this.cardStatus = 'idle';
    this.clock = systemClock;
    this.headingLevel = 2;
  }

  /** Moves focus to the title, as a new step does. */
  async focusHeading(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus(options);
  }

  /** Checks the fields as 確認 does and shows the errors; true when there are none. */
  async validate(): Promise<boolean> {
    this.clientErrors = this.check().errors;
    await this.updateComplete;
    return this.clientErrors.length === 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Lit sets an array property again at every render of the host (a session countdown renders each
    // second): the same list from the host must not undo what the person ticked; a new one replaces it.
    if (changed.has('permissions') && this.permissions !== this.chosenPermissions) {
      if (this.permissions === this.hostPermissions && this.chosenPermissions !== undefined) {
        this.permissions = this.chosenPermissions;
      } else {
        this.hostPermissions = this.permissions;
        this.chosenPermissions = undefined;
      }
    }
    // SN or name set from outside while the flow was reading: that is the card's answer.
    const fromFlow = (['serial', 'name'] as const).some((key) => changed.has(key) && !this.edited.has(key));
    const typed = this.edited.size > 0;
    this.edited.clear();
    if (this.cardStatus === 'reading' && !changed.has('cardStatus')) {
      if (fromFlow) this.cardStatus = 'read';
      else if (changed.has('error') && this.error) this.cardStatus = 'idle';
    } else if (this.cardStatus === 'read' && typed) {
      // The status spoke of the card's values; once they are typed over it no longer holds.
      this.cardStatus = 'idle';
    }
    if (changed.has('error')) this.serverErrorShown = Boolean(this.error);
    // A field marked wrong is checked again whenever a value changes (typed, or read from the card):
    // an error that no longer holds goes at once, as on the card screens; none is added before 確認.
    const values = ['serial', 'name', 'nationalId', 'permissions'] as const;
    if (this.clientErrors.length > 0 && values.some((key) => changed.has(key))) {
      const fresh = this.check().errors;
      this.clientErrors = this.clientErrors.flatMap((e) => fresh.filter((f) => f.field === e.field));
    }
  }

  protected override firstUpdated(): void {
    if (this.autofocus) void this.focusHeading();
  }

  protected override render(): TemplateResult {
    const errors = this.visibleErrors();
    const byField = new Map<HandlerField, string>();
    for (const e of errors) if (e.field && !byField.has(e.field)) byField.set(e.field, e.message);
    const editing = this.mode === 'edit';
    const userInfo = this.agency
      ? renderUserInfo((key, ...args) => this.t(key, ...args), this.agency, {
          headingLevel: this.headingLevel,
        })
      : nothing;

    return html`
      ${userInfo}
      <form
        part="base"
        class="base"
        lang=${this.resolvedLocale}
        novalidate
        aria-labelledby="title"
        aria-busy=${this.busy ? 'true' : 'false'}
        @submit=${this.onSubmit}
      >
        ${this.renderTitle(editing ? 'handlerForm.editTitle' : 'handlerForm.addTitle')}
        <div aria-live="polite">${errors.length > 0 ? this.renderSummary(errors) : nothing}</div>
        <p part="instruction" class="instruction">${this.t('handlerForm.instruction')}</p>
        <p class="required-note">${this.t('common.requiredNote')}</p>
        <div class="columns">
          <div>
            ${this.renderField('serial', byField.get('serial'), this.renderSerialHint())}
            <p part="card-status" class="card-status" role="status">${this.cardStatusText()}</p>
            ${this.renderField('name', byField.get('name'))}
            ${this.renderField('nationalId', byField.get('nationalId'))}
          </div>
          <div>
            ${this.renderTemplates()}
            <gepi-permission-tree
              id="permissions"
              part="permissions"
              required
              .catalog=${this.catalog ?? []}
              .value=${this.permissions ?? []}
              .error=${byField.get('permissions')}
              .translations=${this.translations}
              @gepi-permissions-change=${this.onPermissionsChange}
            ></gepi-permission-tree>
          </div>
        </div>
        <div part="actions" class="actions">
          <button
            part="submit-button"
            class="button button--primary"
            type="submit"
            aria-disabled=${this.busy ? 'true' : 'false'}
          >
            ${this.t('common.confirm')}
          </button>
          <button part="cancel-button" class="button button--secondary" type="button" @click=${this.cancel}>
            ${this.t(editing ? 'common.previousPage' : 'common.cancel')}
          </button>
        </div>
      </form>
    `;
  }

  // 權限範本: choose one and 套用 (the tree takes its functions, still to be confirmed with 確認), or
  // name the ticked functions and 儲存為範本. Not part of the handler: nothing here is submitted.
  private renderTemplates(): TemplateResult | typeof nothing {
    const templates = this.templates;
    if (!templates) return nothing;
    const status = this.templateMessage ?? this.templateApplied ?? '';
    return html`<fieldset part="templates" class="templates">
      <legend>${this.t('handlerForm.templates')}</legend>
      ${
        templates.length > 0
          ? html`<div class="template-row">
              <label for="template-select">${this.t('handlerForm.templateSelect')}</label>
              <select
                id="template-select"
                .value=${live(this.templateChoice)}
                @change=${(e: Event) => (this.templateChoice = (e.target as HTMLSelectElement).value)}
              >
                <option value="">${this.t('handlerForm.templateNone')}</option>
                ${templates.map((t) => html`<option value=${String(t.id)}>${t.name}</option>`)}
              </select>
              <button
                part="template-apply-button"
                class="button button--secondary button--compact"
                type="button"
                @click=${this.applyTemplate}
              >
                ${this.t('handlerForm.templateApply')}
              </button>
              <button
                part="template-delete-button"
                class="button button--danger button--compact"
                type="button"
                @click=${this.deleteTemplate}
              >
                ${this.t('handlerForm.templateDelete')}
              </button>
            </div>`
          : nothing
      }
      <div class="template-row">
        <label for="template-name">${this.t('handlerForm.templateName')}</label>
        <input
          id="template-name"
          type="text"
          maxlength="30"
          autocomplete="off"
          .value=${live(this.templateName)}
          @input=${(e: Event) => (this.templateName = (e.target as HTMLInputElement).value)}
        />
        <button
          part="template-save-button"
          class="button button--secondary button--compact"
          type="button"
          @click=${this.saveTemplate}
        >
          ${this.t('handlerForm.templateSave')}
        </button>
      </div>
      <p part="template-status" class="template-status" role="status">${status}</p>
    </fieldset>`;
  }

  private applyTemplate(): void {
    const template = this.templates?.find((t) => String(t.id) === this.templateChoice);
    if (!template) return;
    const leaves = new Set<string>();
    const walk = (nodes: readonly PermissionNode[]): void => {
      for (const node of nodes) {
        if (node.children && node.children.length > 0) walk(node.children);
        else leaves.add(node.id);
      }
    };
    walk(this.catalog ?? []);
    // Only functions still in the catalog; the person's choice from now on, as if ticked by hand.
    const chosen = template.permissions.filter((id) => leaves.has(id));
    this.chosenPermissions = chosen;
    this.permissions = chosen;
    this.templateMessage = undefined;
    this.templateApplied = this.t('handlerForm.templateApplied', { name: template.name });
    this.emit('gepi-template-apply', { id: template.id });
  }

  private saveTemplate(): void {
    this.templateApplied = undefined;
    this.emit('gepi-template-save', {
      name: this.templateName.trim(),
      permissions: [...(this.permissions ?? [])],
    });
  }

  private deleteTemplate(): void {
    const id = Number(this.templateChoice);
    if (!this.templateChoice || !Number.isFinite(id)) return;
    this.templateApplied = undefined;
    this.templateChoice = '';
    this.emit('gepi-template-delete', { id });
  }

  private renderTitle(key: 'handlerForm.addTitle' | 'handlerForm.editTitle'): TemplateResult {
    return renderHeading(this.headingLevel, this.t(key), {
      id: 'title',
      part: 'title',
      className: 'title',
      focusable: true,
    });
  }

  private renderSummary(errors: readonly FormError[]): TemplateResult {
    return html`
      <div
        part="error-summary"
        id="error-summary"
        class="error-summary"
        tabindex="-1"
        role="group"
        aria-labelledby="error-summary-title"
      >
        <p id="error-summary-title" class="error-summary__title">${this.t('form.errorSummaryTitle')}</p>
        <ul class="error-summary__list">
          ${errors.map(
            (e) =>
              html`<li>
                ${
                  e.field
                    ? html`<a
                        href=${`#${FIELD_IDS[e.field]}`}
                        @click=${(ev: Event) => this.followErrorLink(ev, e.field)}
                        >${e.message}</a
                      >`
                    : html`${e.title ? html`<strong>${e.title}</strong> ` : nothing}${e.message}`
                }
              </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private renderSerialHint(): TemplateResult {
    const reading = this.cardStatus === 'reading';
    const button = html`<button
      part="read-card-button"
      class="button button--secondary read-card"
      type="button"
      aria-disabled=${reading ? 'true' : 'false'}
      @click=${this.readCard}
    >
      ${this.t('handlerForm.readCard')}
    </button>`;
    return html`${this.tParts('handlerForm.serialHint', { button })}`;
  }

  private renderField(
    field: Exclude<HandlerField, 'permissions'>,
    error: string | undefined,
    hint?: unknown,
  ): TemplateResult {
    const id = FIELD_IDS[field];
    const label = this.t(`handlerForm.${field}`);
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const value = field === 'serial' ? this.serial : field === 'name' ? this.name : this.nationalId;
    return html`
      <div part="field" class="field">
        <label class="field__label" for=${id}>
          <span class="field__required" aria-hidden="true">*</span> ${label}
          <span class="field__hint" aria-hidden="true">${this.t('common.required')}</span>
        </label>
        ${hint ? html`<div id=${`${id}-hint`} class="field__hint">${hint}</div>` : nothing}
        <input
          id=${id}
          part="input"
          class=${field === 'serial' ? 'field__input serial-input' : 'field__input'}
          type="text"
          required
          autocomplete="off"
          spellcheck="false"
          autocapitalize=${field === 'name' ? 'off' : 'characters'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          .value=${live(value ?? '')}
          @input=${(e: Event) => this.onInput(field, (e.target as HTMLInputElement).value)}
          @blur=${field === 'nationalId' ? this.onNationalIdBlur : nothing}
        />
        ${error ? html`<p id=${`${id}-error`} class="field__error">${error}</p>` : nothing}
      </div>
    `;
  }

  private cardStatusText(): string {
    if (this.cardStatus === 'reading') return this.t('handlerForm.readingCard');
    if (this.cardStatus === 'read') return this.t('handlerForm.cardRead');
    return '';
  }

  /** Client errors, then the server's: one summary, in field order within each. */
  private visibleErrors(): FormError[] {
    const server = this.serverErrorShown && this.error ? this.serverErrors(this.error) : [];
    return [...this.clientErrors, ...server];
  }

  private serverErrors(error: ErrorExplanation): FormError[] {
    if (error.fields && error.fields.length > 0) {
      return error.fields.map((f) =>
        isHandlerField(f.field)
          ? { field: f.field, message: f.detail }
          : { field: undefined, title: f.title, message: f.detail },
      );
    }
    if (isHandlerField(error.field)) return [{ field: error.field, message: error.detail }];
    return [{ field: undefined, title: error.title, message: error.detail }];
  }

  private check(): { errors: FormError[]; detail?: GepiHandlerSubmitDetail } {
    const locale = this.resolvedLocale;
    const serial = validateCertificateSerial(this.serial ?? '', {
      label: this.labelText('handlerForm.serial'),
    });
    const name = validatePersonName(this.name ?? '', { label: this.labelText('handlerForm.name') });
    const nationalId = validateNationalId(normalizeNationalIdInput(this.nationalId ?? ''), {
      label: this.labelText('handlerForm.nationalId'),
      now: this.clock(),
    });
    const permissions = [...(this.permissions ?? [])];

    const errors: FormError[] = [];
    if (!serial.ok) errors.push({ field: 'serial', message: serial.error.messageIn(locale) });
    if (!name.ok) errors.push({ field: 'name', message: name.error.messageIn(locale) });
    if (!nationalId.ok) errors.push({ field: 'nationalId', message: nationalId.error.messageIn(locale) });
    if (permissions.length === 0) {
      errors.push({ field: 'permissions', message: this.t('handlerForm.permissionsRequired') });
    }
    if (!serial.ok || !name.ok || !nationalId.ok || errors.length > 0) return { errors };
    return {
      errors,
      detail: { serial: serial.value, name: name.value, nationalId: nationalId.value.value, permissions },
    };
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const { errors, detail } = this.check();
    this.clientErrors = errors;
    // A new attempt: the server's answer to the last one no longer applies.
    this.serverErrorShown = false;
    if (!detail) {
      this.nationalId = normalizeNationalIdInput(this.nationalId ?? '');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      return;
    }
    this.nationalId = detail.nationalId;
    this.emit('gepi-handler-submit', detail);
  }

  private onInput(field: Exclude<HandlerField, 'permissions'>, value: string): void {
    if (field === 'nationalId') {
      this.nationalId = value;
      return;
    }
    this.edited.add(field);
    this[field] = value;
  }

  private onNationalIdBlur(event: FocusEvent): void {
    const input = event.target as HTMLInputElement;
    const normalized = normalizeNationalIdInput(input.value);
    if (normalized !== input.value) input.value = normalized;
    this.nationalId = normalized;
  }

  private onPermissionsChange(event: GepiPermissionsChangeEvent): void {
    // The editor reports the selection on submit; the tree's own event is an implementation detail.
    event.stopPropagation();
    this.chosenPermissions = event.detail.value;
    this.permissions = event.detail.value;
  }

  private followErrorLink(event: Event, field: HandlerField | undefined): void {
    // Fragment links do not reach into a shadow root; move focus by hand.
    event.preventDefault();
    if (!field) return;
    this.renderRoot.querySelector<HTMLElement>(`#${FIELD_IDS[field]}`)?.focus();
  }

  private readCard(): void {
    if (this.cardStatus === 'reading') return;
    this.cardStatus = 'reading';
    this.emit('gepi-read-card', {});
  }

  private cancel(): void {
    this.emit('gepi-handler-cancel', {});
  }
}
