// <gepi-contact-form>: the authorization manager's contact details (請輸入下列欄位) under the two
// certificate panels of first registration and the swaps. It checks them with the SDK's rules and
// reports them normalized; prefilled from the contact on file for swaps.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import {
  validateEmail,
  validateExtension,
  validatePersonName,
  validatePhone,
  validateRemarks,
} from '@gepi/sdk';
import type { LocalizedText } from '@gepi/sdk';
import { sharedStyles } from '../../styles/shared.js';
import { GepiFormElement } from '../../internal/form-element.js';
import type { Collected, FieldProblem, PlainKey } from '../../internal/form-element.js';
import { formStyles } from '../../styles/form.js';
import { contactFormStyles } from './contact-form.styles.js';
import { contactFormWords } from '../../i18n/zh-TW/contact-form.js';

/** The manager's contact, as the API's `Contact` / `ContactInput` names its fields. */
export interface ContactValue {
  name: string;
  email: string;
  /** Display form, e.g. `(02)2701-3411`. */
  phone: string;
  /** Digits, or '' when left empty. */
  extension: string;
  /** Trimmed, or '' when left empty. */
  remarks: string;
}

export type GepiContactSubmitDetail = Readonly<ContactValue>;
export type GepiContactClearDetail = Readonly<Record<string, never>>;
export type GepiContactSubmitEvent = CustomEvent<GepiContactSubmitDetail>;
export type GepiContactClearEvent = CustomEvent<GepiContactClearDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-contact-submit': GepiContactSubmitEvent;
    'gepi-contact-clear': GepiContactClearEvent;
  }
}

type FieldName = keyof ContactValue;

interface FieldSpec {
  readonly name: FieldName;
  readonly label: PlainKey;
  readonly required: boolean;
  readonly type?: 'text' | 'email' | 'tel';
  readonly inputmode?: 'numeric' | 'email' | 'tel';
  /** WCAG 1.3.5: the purpose of fields about the user, so browsers can fill them in. */
  readonly autocomplete: string;
  readonly hint?: PlainKey;
  readonly multiline?: boolean;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'contact.name', required: true, autocomplete: 'name' },
  { name: 'email', label: 'contact.email', required: true, type: 'email', autocomplete: 'email' },
  {
    name: 'phone',
    label: 'contact.phone',
    required: true,
    type: 'tel',
    autocomplete: 'tel-national',
    hint: 'contact.phoneExample',
  },
  {
    name: 'extension',
    label: 'contact.extension',
    required: false,
    inputmode: 'numeric',
    autocomplete: 'tel-extension',
  },
  { name: 'remarks', label: 'contact.note', required: false, autocomplete: 'off', multiline: true },
];

const FIELD_NAMES = new Set<string>(FIELDS.map((f) => f.name));

/**
 * The manager's 姓名, 電子信箱, 連絡電話 (with 分機) and 備註, with 確認 and 清除.
 *
 * @tagname gepi-contact-form
 * @summary 請輸入下列欄位: the manager's contact details, validated and normalized.
 *
 * @fires gepi-contact-submit - 確認 with valid input. `detail`: `{ name, email, phone, extension, remarks }`, trimmed; `phone` in display form (`(02)2701-3411`); empty optional fields as ''.
 * @fires gepi-contact-clear - 清除: the fields were emptied. `detail`: `{}`.
 *
 * @csspart base - The form.
 * @csspart alerts - The live region holding the error summary.
 * @csspart error-summary - The list of problems, each linked to its field.
 * @csspart error-summary-title - Its heading.
 * @csspart prompt - 請輸入下列欄位: (the group's legend).
 * @csspart label - A field's label.
 * @csspart input - Every input and the remarks box.
 * @csspart hint - The phone example.
 * @csspart field-error - A field's own error message.
 * @csspart required-note - * 為必填欄位。
 * @csspart actions - The row of buttons.
 * @csspart confirm-button - 確認.
 * @csspart clear-button - 清除.
 *
 * @cssproperty --gepi-form-max-width - Width of the form. Default `60rem`.
 * @cssproperty --gepi-form-padding - Space around it. Default `--gepi-space-lg`.
 * @cssproperty --gepi-form-bg - Background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-field-border-color - Input border. Default `--gepi-color-border`.
 * @cssproperty --gepi-field-bg - Input background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-button-bg - Confirm button background. Default `--gepi-color-primary`.
 * @cssproperty --gepi-button-secondary-bg - Clear button background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-focus-ring-color - Focus ring. Default `--gepi-color-focus`.
 */
export class GepiContactForm extends GepiFormElement<ContactValue> {
  static override catalogParts = [...GepiFormElement.catalogParts, contactFormWords];

  static override styles = [sharedStyles, formStyles, contactFormStyles];

  static override properties: PropertyDeclarations = {
    value: { attribute: false },
  };

  /**
   * Values to fill the fields with (the contact on file, for a swap). A value with other contents
   * refills them; the same contents again (a host that builds a new object at every render) leave
   * what the person typed alone. What the person types is not written back.
   */
  declare value: Partial<ContactValue> | null | undefined;

  /** The contents last filled from `value`, to tell a new value from the same one rebuilt. */
  private filledFrom: string | undefined;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('value')) return;
    const value = this.value ?? {};
    const contents = JSON.stringify(FIELDS.map((field) => value[field.name] ?? ''));
    if (contents === this.filledFrom) return;
    this.filledFrom = contents;
    this.fill(value);
  }

  private fill(value: Partial<ContactValue>): void {
    for (const field of FIELDS) {
      const control = this.control(field.name);
      if (control) control.value = value[field.name] ?? '';
    }
  }

  protected override fieldIdFor(field: string): string | undefined {
    return FIELD_NAMES.has(field) ? field : undefined;
  }

  protected override collect(): Collected<ContactValue> {
    const locale = this.resolvedLocale;
    const problems: FieldProblem[] = [];
    const read = <T>(
      name: FieldName,
      result: { ok: true; value: T } | { ok: false; error: { text: LocalizedText } },
    ) => {
      if (result.ok) return result.value;
      problems.push({ id: name, message: result.error.text[locale] });
      return undefined;
    };
    const options = (name: FieldName) => {
      const spec = FIELDS.find((f) => f.name === name)!;
      return { field: name, label: this.labelText(spec.label) };
    };
    const name = read('name', validatePersonName(this.inputValue('name'), options('name')));
    const email = read('email', validateEmail(this.inputValue('email'), options('email')));
    const phone = read('phone', validatePhone(this.inputValue('phone'), options('phone')));
    const extension = read(
      'extension',
      validateExtension(this.inputValue('extension'), options('extension')),
    );
    const remarks = read('remarks', validateRemarks(this.inputValue('remarks'), options('remarks')));
    if (
      problems.length > 0 ||
      name === undefined ||
      email === undefined ||
      phone === undefined ||
      extension === undefined ||
      remarks === undefined
    ) {
      return { problems, value: undefined };
    }
    return { problems, value: { name, email, phone: phone.display, extension, remarks } };
  }

  protected override submitted(value: ContactValue): void {
    // Show what is sent: the phone as the bank writes it, trimmed text.
    this.fill(value);
    this.emit('gepi-contact-submit', value);
  }

  private clear(): void {
    if (this.busy) return;
    this.fill({});
    this.resetProblems();
    this.emit('gepi-contact-clear', {});
    this.focusField('name');
  }

  private formatPhone(event: Event): void {
    const input = event.target as HTMLInputElement;
    const result = validatePhone(input.value);
    if (result.ok && result.value.display !== input.value) input.value = result.value.display;
  }

  protected override render(): TemplateResult {
    const busy = this.busy ? 'true' : nothing;
    return html`<form
      part="base"
      class="base"
      lang=${this.resolvedLocale}
      novalidate
      aria-busy=${this.busy ? 'true' : 'false'}
      @submit=${this.onSubmit}
      @input=${this.onFieldInput}
    >
      ${this.renderAlerts()}
      <fieldset>
        <legend part="prompt">${this.t('contact.prompt')}</legend>
        <div class="grid">${FIELDS.map((field) => this.renderField(field))}</div>
      </fieldset>
      <p part="required-note" class="note">${this.t('common.requiredNote')}</p>
      <div part="actions" class="actions">
        <button part="confirm-button" class="button button--primary" type="submit" aria-disabled=${busy}>
          ${this.t('common.confirm')}
        </button>
        <button
          part="clear-button"
          class="button button--secondary"
          type="button"
          aria-disabled=${busy}
          @click=${this.clear}
        >
          ${this.t('common.clear')}
        </button>
      </div>
      ${this.renderBusyStatus()}
    </form>`;
  }

  private renderField(field: FieldSpec): TemplateResult {
    const id = field.name;
    const hintId = field.hint ? `${id}-hint` : undefined;
    const label = html`<label part="label" class="field__label" for=${id}
      >${field.required ? this.renderRequiredMark() : nothing}${this.t(field.label)}</label
    >`;
    const hint = field.hint
      ? html`<span id=${hintId!} part="hint" class="field__hint">${this.t(field.hint)}</span>`
      : nothing;
    const control = field.multiline
      ? html`<textarea
          id=${id}
          name=${id}
          part="input"
          class="field__input"
          rows="3"
          ?required=${field.required}
          ?readonly=${this.busy}
          aria-invalid=${this.invalid(id)}
          aria-describedby=${this.describedBy(id, hintId)}
        ></textarea>`
      : html`<input
          id=${id}
          name=${id}
          part="input"
          class="field__input"
          type=${field.type ?? 'text'}
          inputmode=${field.inputmode ?? nothing}
          autocomplete=${field.autocomplete}
          ?required=${field.required}
          ?readonly=${this.busy}
          aria-invalid=${this.invalid(id)}
          aria-describedby=${this.describedBy(id, hintId)}
          @blur=${id === 'phone' ? this.formatPhone : nothing}
        />`;
    return html`<div class=${field.multiline ? 'field field--wide' : 'field'}>
      ${label} ${control} ${hint} ${this.renderInlineError(id)}
    </div>`;
  }
}
