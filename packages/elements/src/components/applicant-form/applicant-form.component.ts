// <gepi-applicant-form>: 機關憑證註冊申請人確認畫面, shown in first registration when the organization
// certificate's OID does not match the agency on file. The applicant leaves a name and phone so
// the bank can review the application; 取消 gives up registering with this card.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { validatePersonName, validatePhone } from '@gepi/sdk';
import { sharedStyles } from '../../styles/shared.js';
import { GepiFormElement } from '../../internal/form-element.js';
import type { Collected, FieldProblem } from '../../internal/form-element.js';
import { formStyles } from '../../styles/form.js';
import { applicantFormStyles } from './applicant-form.styles.js';
import { applicantFormWords } from '../../i18n/zh-TW/applicant-form.js';

/** The applicant's details, named as the API's review application (`ReviewApplication`). */
export interface ApplicantValue {
  applicantName: string;
  /** Display form, e.g. `(02)2701-3411`. */
  phone: string;
}

export type GepiApplicantSubmitDetail = Readonly<ApplicantValue>;
export type GepiApplicantCancelDetail = Readonly<Record<string, never>>;
export type GepiApplicantSubmitEvent = CustomEvent<GepiApplicantSubmitDetail>;
export type GepiApplicantCancelEvent = CustomEvent<GepiApplicantCancelDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-applicant-submit': GepiApplicantSubmitEvent;
    'gepi-applicant-cancel': GepiApplicantCancelEvent;
  }
}

const FIELD_IDS: Readonly<Record<string, string>> = {
  applicantName: 'applicant-name',
  name: 'applicant-name',
  phone: 'phone',
};

/**
 * The OID-mismatch message, then 姓名 and 電話 (both required), with 確認 and 取消.
 *
 * @tagname gepi-applicant-form
 * @summary 機關憑證註冊申請人確認畫面: applicant name and phone for a registration under review.
 *
 * @fires gepi-applicant-submit - 確認 with valid input. `detail`: `{ applicantName, phone }`, trimmed; `phone` in display form.
 * @fires gepi-applicant-cancel - 取消, or Esc in the form. `detail`: `{}`.
 *
 * @csspart base - The region holding everything; `aria-busy` while busy.
 * @csspart title - The heading; it takes focus when the step is shown.
 * @csspart reason - 貴機關申請憑證註冊,因申請資料比對不符,需進行審核,請填聯絡資料。
 * @csspart alerts - The live region holding the error summary.
 * @csspart error-summary - The list of problems, each linked to its field.
 * @csspart error-summary-title - Its heading.
 * @csspart form - The form.
 * @csspart label - A field's label.
 * @csspart input - Both inputs.
 * @csspart hint - The phone example.
 * @csspart field-error - A field's own error message.
 * @csspart required-note - * 為必填欄位。
 * @csspart actions - The row of buttons.
 * @csspart confirm-button - 確認.
 * @csspart cancel-button - 取消.
 *
 * @cssproperty --gepi-form-max-width - Width of the step. Default `36rem`.
 * @cssproperty --gepi-form-padding - Space around it. Default `--gepi-space-lg`.
 * @cssproperty --gepi-form-bg - Background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-form-title-color - Title colour. Default `--gepi-color-text`.
 * @cssproperty --gepi-form-title-font-size - Title size. Default `--gepi-font-size-xl`.
 * @cssproperty --gepi-warning-color - Edge of the mismatch message. Default `#8a5300`.
 * @cssproperty --gepi-warning-bg - Background of the mismatch message. Default `#fff7e0`.
 * @cssproperty --gepi-field-border-color - Input border. Default `--gepi-color-border`.
 * @cssproperty --gepi-button-bg - Confirm button background. Default `--gepi-color-primary`.
 * @cssproperty --gepi-button-secondary-bg - Cancel button background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-focus-ring-color - Focus ring. Default `--gepi-color-focus`.
 */
export class GepiApplicantForm extends GepiFormElement<ApplicantValue> {
  static override catalogParts = [...GepiFormElement.catalogParts, applicantFormWords];

  static override styles = [sharedStyles, formStyles, applicantFormStyles];

  static override properties: PropertyDeclarations = {
    value: { attribute: false },
  };

  /** Values to fill the fields with; setting it again refills them. */
  declare value: Partial<ApplicantValue> | null | undefined;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('value')) this.fill(this.value ?? {});
  }

  private fill(value: Partial<ApplicantValue>): void {
    const name = this.control('applicant-name');
    const phone = this.control('phone');
    if (name) name.value = value.applicantName ?? '';
    if (phone) phone.value = value.phone ?? '';
  }

  protected override fieldIdFor(field: string): string | undefined {
    return FIELD_IDS[field];
  }

  protected override get escapeCancels(): boolean {
    return true;
  }

  protected override cancelled(): void {
    this.cancel();
  }

  protected override collect(): Collected<ApplicantValue> {
    const locale = this.resolvedLocale;
    const problems: FieldProblem[] = [];
    const name = validatePersonName(this.inputValue('applicant-name'), {
      field: 'applicantName',
      label: this.labelText('applicant.name'),
    });
    if (!name.ok) problems.push({ id: 'applicant-name', message: name.error.text[locale] });
    const phone = validatePhone(this.inputValue('phone'), { label: this.labelText('applicant.phone') });
    if (!phone.ok) problems.push({ id: 'phone', message: phone.error.text[locale] });
    if (!name.ok || !phone.ok) return { problems, value: undefined };
    return { problems, value: { applicantName: name.value, phone: phone.value.display } };
  }

  protected override submitted(value: ApplicantValue): void {
    this.fill(value);
    this.emit('gepi-applicant-submit', value);
  }

  private cancel(): void {
    if (this.busy) return;
    this.emit('gepi-applicant-cancel', {});
  }

  private formatPhone(event: Event): void {
    const input = event.target as HTMLInputElement;
    const result = validatePhone(input.value);
    if (result.ok && result.value.display !== input.value) input.value = result.value.display;
  }

  protected override render(): TemplateResult {
    const busy = this.busy ? 'true' : nothing;
    // The manual shows the mismatch message above the title; it comes after the heading here, so
    // that focus on the heading (a new step) is followed by the reason when read on.
    return html`<section
      part="base"
      class="base"
      lang=${this.resolvedLocale}
      aria-labelledby="title"
      aria-busy=${this.busy ? 'true' : 'false'}
    >
      ${this.renderTitle(this.t('applicant.title'))}
      <p part="reason" class="reason">${this.t('orgCard.oidMismatch')}</p>
      ${this.renderAlerts()}
      <form
        part="form"
        novalidate
        @submit=${this.onSubmit}
        @keydown=${this.onKeydown}
        @input=${this.onFieldInput}
      >
        <div class="field">
          <label part="label" class="field__label" for="applicant-name"
            >${this.renderRequiredMark()}${this.t('applicant.name')}</label
          >
          <input
            id="applicant-name"
            name="applicantName"
            part="input"
            class="field__input"
            type="text"
            autocomplete="name"
            required
            ?readonly=${this.busy}
            aria-invalid=${this.invalid('applicant-name')}
            aria-describedby=${this.describedBy('applicant-name')}
          />
          ${this.renderInlineError('applicant-name')}
        </div>
        <div class="field">
          <label part="label" class="field__label" for="phone"
            >${this.renderRequiredMark()}${this.t('applicant.phone')}</label
          >
          <span id="phone-hint" part="hint" class="field__hint">${this.t('contact.phoneExample')}</span>
          <input
            id="phone"
            name="phone"
            part="input"
            class="field__input"
            type="tel"
            autocomplete="tel-national"
            required
            ?readonly=${this.busy}
            aria-invalid=${this.invalid('phone')}
            aria-describedby=${this.describedBy('phone', 'phone-hint')}
            @blur=${this.formatPhone}
          />
          ${this.renderInlineError('phone')}
        </div>
        <p part="required-note" class="note">${this.t('common.requiredNote')}</p>
        <div part="actions" class="actions">
          <button part="confirm-button" class="button button--primary" type="submit" aria-disabled=${busy}>
            ${this.t('common.confirm')}
          </button>
          <button
            part="cancel-button"
            class="button button--secondary"
            type="button"
            aria-disabled=${busy}
            @click=${this.cancel}
          >
            ${this.t('common.cancel')}
          </button>
        </div>
      </form>
      ${this.renderBusyStatus()}
    </section>`;
  }
}
