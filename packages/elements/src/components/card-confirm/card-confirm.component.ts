// <gepi-card-confirm>: 機關憑證確認畫面 and 自然人憑證確認畫面, the step in every flow where a person
// puts a card in the reader, types the agency code or national ID, and proves the card with its PIN.
// A view only: it checks the typing, reports what was entered, and shows what the flow tells it
// (the card in the reader and whether it is the kind the step takes, tries left, a locked card, an
// error). The PIN lives in its input alone.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import {
  isPinWellFormed,
  normalizeNationalIdInput,
  toHalfWidth,
  tokenErrorText,
  validateAgencyCode,
  validateNationalId,
} from '@gepi/sdk';
import type { CardAuthority, ErrorExplanation, PinEntry, ProviderStatus } from '@gepi/sdk';
import { ORG_CARD_AUTHORITIES, isCardAuthority } from '../../data/contacts.js';
import { systemClock } from '../../internal/clock.js';
import type { Clock } from '../../internal/clock.js';
import { sharedStyles } from '../../styles/shared.js';
import { renderCaContactList } from '../ca-contacts/contact-list.js';
import type { ContactWords } from '../ca-contacts/contact-list.js';
import { contactListStyles } from '../ca-contacts/contact-list.styles.js';
import {
  EXPIRY_WARNING_DAYS,
  renderValidityRange,
  validityOf,
  validityWarning,
} from '../cert-info/validity.js';
import type { DateInput } from '../cert-info/validity.js';
import { validityStyles } from '../cert-info/validity.styles.js';
import { GepiFormElement } from '../../internal/form-element.js';
import type { Collected, FieldProblem, PlainKey, StandingProblem } from '../../internal/form-element.js';
import { formStyles } from '../../styles/form.js';
import { renderHeading } from '../../internal/heading.js';
import { cardConfirmStyles } from './card-confirm.styles.js';
import { cardConfirmWords } from '../../i18n/zh-TW/card-confirm.js';

/** Which card: the agency's organization card or a citizen card (the manager's, or anyone's in a query). */
export type CardConfirmKind = 'org' | 'citizen';

/**
 * Which wording: `default`; `swapped` when the card is the replacement in a certificate swap
 * (請將更換後機關憑證IC卡… / 請放入更換後授權管理者之自然人憑證IC卡…); `query` for 查詢自然人憑證序號,
 * where the citizen card is anyone's (身分證統一編號 rather than 授權管理者身分證統一編號).
 */
export type CardConfirmVariant = 'default' | 'swapped' | 'query';

/** What can be read from the card in the reader before login, for the person to check it is the right one. */
export interface CardInReader {
  /** The holder: a person's name (citizen card) or the organization's (org card). */
  holderName?: string;
  /** The issuing authority, which is also the one that unlocks the card. */
  ca?: CardAuthority;
  notBefore?: DateInput;
  notAfter?: DateInput;
  /** 憑證序號 (hex). */
  serial?: string;
  /** 卡號. */
  cardNumber?: string;
  /**
   * The card is not the kind this step takes (a citizen card where the organization card is asked
   * for, or the reverse), as the flow found it (its card view's `wrong-kind` warning). The element
   * says so at once and refuses 確認 until another card is in.
   */
  wrongKind?: boolean;
  /**
   * The CRL the registration API publishes lists the card's certificate (its card view's `revoked`
   * warning): the box says it cannot be used and whom to ask for a new one.
   */
  revoked?: boolean;
}

export interface GepiCardSubmitDetail {
  readonly kind: CardConfirmKind;
  /** 機關代號, validated (org card). */
  readonly agencyCode?: string;
  /** 身分證統一編號, normalized and validated (citizen card). */
  readonly nationalId?: string;
  /**
   * The PIN, with `pin-entry="page"` only. Read it synchronously in the listener: the element deletes
   * it from the detail as soon as dispatch returns, and clears the input.
   */
  pin?: string;
}

export interface GepiCardCancelDetail {
  readonly kind: CardConfirmKind;
}

export type GepiCardSubmitEvent = CustomEvent<GepiCardSubmitDetail>;
export type GepiCardCancelEvent = CustomEvent<GepiCardCancelDetail>;
export type GepiCardReconnectEvent = CustomEvent<GepiCardCancelDetail>;
export type GepiCardChooseEvent = CustomEvent<GepiCardCancelDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-card-submit': GepiCardSubmitEvent;
    'gepi-card-cancel': GepiCardCancelEvent;
    'gepi-card-reconnect': GepiCardReconnectEvent;
    'gepi-card-choose': GepiCardChooseEvent;
  }
}

type CardValues = Pick<GepiCardSubmitDetail, 'agencyCode' | 'nationalId'>;

const FIELD_IDS: Readonly<Record<string, string>> = {
  agencyCode: 'agency-code',
  nationalId: 'national-id',
  managerNationalId: 'national-id',
  pin: 'pin',
  card: 'card',
};

/**
 * The card confirmation step: instructions, the card in the reader, 機關代號 or 身分證統一編號, the
 * PIN (or where to enter it instead), 確認 and 退出 / 取消, and the notes with the lock warning and
 * the contacts of the authority that unlocks the card.
 *
 * @tagname gepi-card-confirm
 * @summary 機關憑證確認畫面 / 自然人憑證確認畫面: agency code or national ID, and the card's PIN.
 *
 * @fires gepi-card-submit - The person confirmed with valid input and a card of the right kind (or none known). `detail`: `{ kind, agencyCode }` (org) or `{ kind, nationalId }` (citizen), plus `pin` in page PIN entry, deleted once dispatch returns.
 * @fires gepi-card-cancel - The person pressed 退出 / 取消, or Esc in the form. `detail`: `{ kind }`.
 * @fires gepi-card-choose - The person pressed 選擇其他憑證 (only with `certificate-picker`): open Fortify's certificate picker (`@gepi/elements/fortify-picker`) and use the reader chosen. `detail`: `{ kind }`.
 * @fires gepi-card-reconnect - The person pressed 重新連線 after refusing the site in Fortify; call the token provider's `connect()`. `detail`: `{ kind }`.
 *
 * @csspart base - The region holding everything; `aria-busy` while busy.
 * @csspart title - The heading; it takes focus when the step is shown.
 * @csspart alerts - The live region with the locked-card panel and the error summary.
 * @csspart locked - The locked-card panel: which authority unlocks the card, and its contacts.
 * @csspart locked-title - Its heading.
 * @csspart error-summary - The list of problems, each linked to its field.
 * @csspart error-summary-title - Its heading.
 * @csspart instructions - The column with the notice, the instruction and the card.
 * @csspart notice - ※請先確認IC卡已完成開卡程序。 (organization card).
 * @csspart instruction - 請將…IC卡放入讀卡機,並輸入畫面欄位:
 * @csspart card - The live region describing the card in the reader; the error summary links to it (and it takes focus) when the card is the wrong kind.
 * @csspart card-title - 讀卡機中的IC卡.
 * @csspart card-details - The card's holder, authority, validity, serial and card number.
 * @csspart card-warning - The warning about a card that expires soon, has expired, is not yet valid, or is revoked.
 * @csspart card-contact - Under an expired or revoked card: the issuing authority's contacts (where to get a new one).
 * @csspart no-card - The message shown when the reader holds no card.
 * @csspart connection - Instead of the card while the card component (Fortify) is not ready: not detected, the pairing code, refused, connection lost; `data-state` names the state.
 * @csspart connection-title - Its heading.
 * @csspart pairing-code - The 6-digit pairing code to compare with Fortify's window.
 * @csspart choose-button - 選擇其他憑證, with `certificate-picker` (Fortify mode, several tokens or certificates).
 * @csspart reconnect-button - 重新連線, after the site was refused.
 * @csspart pin-now - 請在 Fortify 視窗輸入 PIN 碼, announced while the card component asks for the PIN.
 * @csspart next-card - The instruction shown while the reader still holds the other kind of card (the previous step's): take it out and put in this step's.
 * @csspart form - The form.
 * @csspart label - A field's label.
 * @csspart input - Every input.
 * @csspart agency-code-input - 機關代號(五碼).
 * @csspart national-id-input - 身分證統一編號.
 * @csspart pin-input - The PIN input (page PIN entry).
 * @csspart pin-message - Where to enter the PIN instead (Fortify window or reader keypad).
 * @csspart tries-left - PIN tries left.
 * @csspart field-error - A field's own error message.
 * @csspart actions - The row of buttons.
 * @csspart busy - The status below the buttons: IC卡簽章中，請勿移除IC卡… with a spinner while the card signs and the server answers.
 * @csspart confirm-button - 確認.
 * @csspart cancel-button - 退出 (organization card) or 取消 (citizen card).
 * @csspart notes - ※注意事項: required-field note, lock warning and contacts.
 * @csspart ca-list - A list of authorities; `ca`, `ca-name`, `ca-web`, `ca-phone` inside it.
 *
 * @cssproperty --gepi-form-max-width - Width of the step. Default `60rem`.
 * @cssproperty --gepi-form-padding - Space around it. Default `--gepi-space-lg`.
 * @cssproperty --gepi-form-bg - Background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-form-title-color - Title colour. Default `--gepi-color-text`.
 * @cssproperty --gepi-form-title-font-size - Title size. Default `--gepi-font-size-xl`.
 * @cssproperty --gepi-card-bg - Background of the card box. Default `--gepi-color-surface`.
 * @cssproperty --gepi-card-border-color - Border of the card box and the notes. Default `--gepi-color-border`.
 * @cssproperty --gepi-card-wrong-border-color - Border of the card box holding a card of the wrong kind. Default `--gepi-color-danger`.
 * @cssproperty --gepi-card-next-border-color - Edge of the card box while it asks for the next card (the previous step's card still in). Default `--gepi-color-primary`.
 * @cssproperty --gepi-warning-color - Edge of an expiry warning. Default `#8a5300`.
 * @cssproperty --gepi-warning-bg - Background of an expiry warning. Default `#fff7e0`.
 * @cssproperty --gepi-field-border-color - Input border. Default `--gepi-color-border`.
 * @cssproperty --gepi-button-bg - Confirm button background. Default `--gepi-color-primary`.
 * @cssproperty --gepi-button-secondary-bg - Cancel button background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-link-color - Contact links. Default `--gepi-color-primary`.
 * @cssproperty --gepi-focus-ring-color - Focus ring. Default `--gepi-color-focus`.
 */
export class GepiCardConfirm extends GepiFormElement<CardValues> {
  static override catalogParts = [...GepiFormElement.catalogParts, cardConfirmWords];

  static override styles = [sharedStyles, formStyles, contactListStyles, validityStyles, cardConfirmStyles];

  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    variant: { reflect: true },
    pinEntry: { attribute: 'pin-entry' },
    card: { attribute: false },
    connection: { attribute: false },
    clock: { attribute: false },
    triesLeft: { type: Number, attribute: 'tries-left' },
    locked: { type: Boolean, reflect: true },
    agencyCode: { attribute: 'agency-code' },
    expiryWarningDays: { type: Number, attribute: 'expiry-warning-days' },
    wrongCardTried: { state: true },
    certificatePicker: { type: Boolean, attribute: 'certificate-picker' },
  };

  /** `org` (機關憑證, default) or `citizen` (自然人憑證). */
  declare kind: CardConfirmKind;

  /** `default`, `swapped` (the replacement card of a swap) or `query` (查詢自然人憑證序號). */
  declare variant: CardConfirmVariant;

  /**
   * Who collects the PIN, from the token provider: `page` shows a PIN field; `native` tells the
   * person to type it in Fortify's window; `pinpad` on the reader's keypad.
   */
  declare pinEntry: PinEntry;

  /** The card in the reader: its details, `null` when the reader is empty, `undefined` when not known. */
  declare card: CardInReader | null | undefined;

  /**
   * The token provider's connection status (`state.data.provider` of the flow). Anything but
   * `ready` is shown instead of the card: Fortify not detected, the pairing code, refused, lost.
   * Unset: always ready (virtual reader, PKCS#11).
   */
  declare connection: ProviderStatus | undefined;

  /** Where "now" comes from, for the card's expiry warning and the national ID rules. */
  declare clock: Clock;

  /**
   * Offer 選擇其他憑證 (fires `gepi-card-choose`): Fortify mode, for a person whose readers hold
   * several tokens or certificates. Off by default.
   */
  declare certificatePicker: boolean;

  /** PIN tries left before the card locks, after a wrong PIN; unset when unknown. */
  declare triesLeft: number | undefined;

  /** The card is locked (鎖卡): shows which authority unlocks it and how to reach it. */
  declare locked: boolean;

  /** A 機關代號 to start with (a portal that knows the agency); what the person types is not written back. */
  declare agencyCode: string | undefined;

  /** Days before expiry from which the card in the reader is flagged. Default 60. */
  declare expiryWarningDays: number;

  // 確認 was pressed while the card of the other kind was in the reader. Until then that card is
  // simply the previous step's (the org card, still in after it was accepted): the person is told
  // calmly which card to put in next, and only trying to use it is an error.
  declare private wrongCardTried: boolean;

  constructor() {
    super();
    this.kind = 'org';
    this.variant = 'default';
    this.pinEntry = 'page';
    this.clock = systemClock;
    this.locked = false;
    this.expiryWarningDays = EXPIRY_WARNING_DAYS;
    this.wrongCardTried = false;
    this.certificatePicker = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The shadow root outlives a removal; a PIN typed but not sent must not wait in it.
    this.clearPin();
  }

  private get isOrg(): boolean {
    return this.kind !== 'citizen';
  }

  private get usesPagePin(): boolean {
    return this.pinEntry !== 'native' && this.pinEntry !== 'pinpad';
  }

  private get words(): ContactWords {
    return { t: (key, ...args) => this.t(key, ...args), parts: (key, slots) => this.tParts(key, slots) };
  }

  private get isLocked(): boolean {
    return this.locked || this.error?.code === 'PIN_LOCKED';
  }

  /** The authority that unlocks this card: from the flow's error, else the card, else MOICA for citizen cards. */
  private get unlockingCa(): CardAuthority | undefined {
    const fromError = this.error?.contact?.ca;
    if (isCardAuthority(fromError)) return fromError;
    if (isCardAuthority(this.card?.ca)) return this.card.ca;
    return this.isOrg ? undefined : 'MOICA';
  }

  // The locked panel says all that a PIN_LOCKED error would, with the contacts; the wrong-card
  // problem all that a CERT_WRONG_KIND error would.
  protected override get shownError(): ErrorExplanation | undefined {
    const error = super.shownError;
    if (error?.code === 'PIN_LOCKED' && this.isLocked) return undefined;
    if (error?.code === 'CERT_WRONG_KIND' && this.card?.wrongKind) return undefined;
    return error;
  }

  // A card of the other kind is first met with the instruction to swap cards (renderCard); 確認
  // with it in the reader refuses, and from then on it is an error: in the error summary (linked to
  // the card box) and in the box itself, until the card is replaced. The words are the SDK's for
  // CERT_WRONG_KIND, which a flow answers with otherwise.
  protected override get standingProblems(): readonly StandingProblem[] {
    if (!this.card?.wrongKind || !this.wrongCardTried) return [];
    return [
      {
        id: 'card',
        title: this.t('cardConfirm.wrongKindTitle'),
        message: this.t(this.isOrg ? 'cardConfirm.wrongKindOrg' : 'cardConfirm.wrongKindCitizen'),
      },
    ];
  }

  private get nationalIdLabelKey(): PlainKey {
    return this.variant === 'query' ? 'citizenCard.nationalId' : 'citizenCard.managerNationalId';
  }

  private get instructionKey(): PlainKey {
    if (this.isOrg) return this.variant === 'swapped' ? 'orgCard.instructionSwapped' : 'orgCard.instruction';
    if (this.variant === 'swapped') return 'citizenCard.instructionSwapped';
    return this.variant === 'query' ? 'citizenCard.instructionQuery' : 'citizenCard.instruction';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('card') && !this.card?.wrongKind) this.wrongCardTried = false;
  }

  protected override async onSubmit(event: Event): Promise<void> {
    if (this.card?.wrongKind && !this.busy) this.wrongCardTried = true;
    await super.onSubmit(event);
  }

  /** The calm instruction for a card of the other kind still in the reader: take it out, put in this step's. */
  private get nextCardKey(): PlainKey {
    if (this.isOrg) return 'cardConfirm.nextCardOrg';
    if (this.variant === 'swapped') return 'cardConfirm.nextCardManagerSwapped';
    return this.variant === 'query' ? 'cardConfirm.nextCardCitizen' : 'cardConfirm.nextCardManager';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('agencyCode') || (changed.has('kind') && this.isOrg)) {
      const input = this.control('agency-code');
      if (input && this.agencyCode !== undefined) input.value = this.agencyCode;
    }
  }

  protected override fieldIdFor(field: string): string | undefined {
    const id = FIELD_IDS[field];
    if (id === 'pin' && !this.usesPagePin) return undefined;
    if (id === 'agency-code' && !this.isOrg) return undefined;
    if (id === 'national-id' && this.isOrg) return undefined;
    if (id === 'card' && !this.card) return undefined;
    return id;
  }

  protected override get escapeCancels(): boolean {
    return true;
  }

  protected override cancelled(): void {
    this.cancel();
  }

  protected override collect(): Collected<CardValues> {
    const locale = this.resolvedLocale;
    const problems: FieldProblem[] = [];
    const value: { agencyCode?: string; nationalId?: string } = {};
    if (this.isOrg) {
      const result = validateAgencyCode(toHalfWidth(this.inputValue('agency-code')), {
        label: this.labelText('orgInfo.agencyCode'),
      });
      if (result.ok) value.agencyCode = result.value;
      else problems.push({ id: 'agency-code', message: result.error.text[locale] });
    } else {
      const result = validateNationalId(normalizeNationalIdInput(this.inputValue('national-id')), {
        label: this.labelText(this.nationalIdLabelKey),
        now: this.clock(),
      });
      if (result.ok) value.nationalId = result.value.value;
      else problems.push({ id: 'national-id', message: result.error.text[locale] });
    }
    if (this.usesPagePin) {
      // Checked here only for shape (6–8 digits); it is not kept, and submitted() reads the input afresh.
      const pin = this.inputValue('pin');
      if (pin === '') problems.push({ id: 'pin', message: tokenErrorText('PIN_REQUIRED')[locale] });
      else if (!isPinWellFormed(pin))
        problems.push({ id: 'pin', message: tokenErrorText('PIN_FORMAT')[locale] });
    }
    return { problems, value: problems.length === 0 ? value : undefined };
  }

  protected override submitted(value: CardValues): void {
    const nationalIdInput = this.control('national-id');
    if (nationalIdInput && value.nationalId !== undefined) nationalIdInput.value = value.nationalId;
    const detail: GepiCardSubmitDetail = { kind: this.isOrg ? 'org' : 'citizen', ...value };
    const pinInput = this.usesPagePin ? this.control('pin') : null;
    if (pinInput) detail.pin = pinInput.value;
    try {
      this.emit('gepi-card-submit', detail);
    } finally {
      delete detail.pin;
      this.clearPin();
    }
  }

  private clearPin(): void {
    const input = this.control('pin');
    if (input) input.value = '';
  }

  private cancel(): void {
    if (this.busy) return;
    this.emit('gepi-card-cancel', { kind: this.isOrg ? 'org' : 'citizen' });
  }

  private normalizeAgencyCode(event: Event): void {
    const input = event.target as HTMLInputElement;
    const normalized = toHalfWidth(input.value).trim();
    if (normalized !== input.value) input.value = normalized;
  }

  private normalizeNationalId(event: Event): void {
    const input = event.target as HTMLInputElement;
    const normalized = normalizeNationalIdInput(input.value);
    if (normalized !== input.value) input.value = normalized;
  }

  protected override render(): TemplateResult {
    const org = this.isOrg;
    const busy = this.busy ? 'true' : nothing;
    return html`<section
      part="base"
      class="base"
      lang=${this.resolvedLocale}
      aria-labelledby="title"
      aria-busy=${this.busy ? 'true' : 'false'}
    >
      ${this.renderTitle(this.t(org ? 'orgCard.title' : 'citizenCard.title'))}
      ${this.renderAlerts(this.isLocked ? this.renderLocked() : nothing)}
      <div class="layout">
        <div part="instructions" class="instructions">
          ${org ? html`<p part="notice" class="notice">${this.t('orgCard.openCardNotice')}</p>` : nothing}
          <p part="instruction" class="instruction">${this.t(this.instructionKey)}</p>
          <div id="card" part="card" class="card" tabindex="-1" aria-live="polite">${this.renderCard()}</div>
        </div>
        <form
          part="form"
          class="form"
          novalidate
          @submit=${this.onSubmit}
          @keydown=${this.onKeydown}
          @input=${this.onFieldInput}
        >
          ${org ? this.renderAgencyCode() : this.renderNationalId()} ${this.renderPin()}
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
              ${this.t(org ? 'common.exit' : 'common.cancel')}
            </button>
          </div>
          ${this.renderBusyStatus(this.t('cardConfirm.signing'))}
        </form>
      </div>
      ${this.renderNotes()}
    </section>`;
  }

  private renderAgencyCode(): TemplateResult {
    return html`<div class="field">
      <label part="label" class="field__label" for="agency-code"
        >${this.renderRequiredMark()}${this.t('orgCard.agencyCode')}</label
      >
      <input
        id="agency-code"
        name="agencyCode"
        part="input agency-code-input"
        class="field__input"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        required
        ?readonly=${this.busy}
        aria-invalid=${this.invalid('agency-code')}
        aria-describedby=${this.describedBy('agency-code')}
        @blur=${this.normalizeAgencyCode}
      />
      ${this.renderInlineError('agency-code')}
    </div>`;
  }

  private renderNationalId(): TemplateResult {
    return html`<div class="field">
      <label part="label" class="field__label" for="national-id"
        >${this.renderRequiredMark()}${this.t(this.nationalIdLabelKey)}</label
      >
      <input
        id="national-id"
        name="nationalId"
        part="input national-id-input"
        class="field__input"
        type="text"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        required
        ?readonly=${this.busy}
        aria-invalid=${this.invalid('national-id')}
        aria-describedby=${this.describedBy('national-id')}
        @blur=${this.normalizeNationalId}
      />
      ${this.renderInlineError('national-id')}
    </div>`;
  }

  private renderTries(): TemplateResult | typeof nothing {
    const n = this.triesLeft;
    if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0 || this.isLocked) return nothing;
    return html`<p id="pin-tries" part="tries-left" class="tries">
      ${this.t('cardConfirm.triesLeft', { n })} ${n === 1 ? this.t('cardConfirm.lastTry') : nothing}
    </p>`;
  }

  private renderPin(): TemplateResult {
    if (!this.usesPagePin) {
      const key = this.pinEntry === 'pinpad' ? 'cardConfirm.pinPinpad' : 'cardConfirm.pinNative';
      // While busy the card component is asking (Fortify's window is open): say where, politely live.
      const now = this.busy && this.pinEntry === 'native';
      return html`<p part="pin-message" class="pin-message">${this.t(key)}</p>
        <p part="pin-now" class="pin-now" role="status">${now ? this.t('cardConfirm.pinFortifyNow') : ''}</p>
        ${this.renderTries()}`;
    }
    const tries = this.renderTries();
    return html`<div class="field">
      <label part="label" class="field__label" for="pin"
        >${this.renderRequiredMark()}${this.t(this.isOrg ? 'orgCard.pin' : 'citizenCard.pin')}</label
      >
      <span id="pin-hint" class="field__hint">${this.t('cardConfirm.pinHint')}</span>
      ${tries}
      <input
        id="pin"
        name="pin"
        part="input pin-input"
        class="field__input"
        type="password"
        inputmode="numeric"
        autocomplete="off"
        required
        ?readonly=${this.busy}
        aria-invalid=${this.invalid('pin')}
        aria-describedby=${this.describedBy('pin', 'pin-hint', tries !== nothing && 'pin-tries')}
      />
      ${this.renderInlineError('pin')}
    </div>`;
  }

  private renderConnection(status: ProviderStatus): TemplateResult {
    const box = (title: PlainKey, body: unknown) =>
      html`<div part="connection" class="card__box connection" data-state=${status.state}>
        ${renderHeading(this.headingLevel + 1, this.t(title), {
          part: 'connection-title',
          className: 'card__title',
        })}
        ${body}
      </div>`;
    switch (status.state) {
      case 'connecting':
        return html`<div part="connection" class="card__box connection" data-state="connecting">
          <p>${this.t('cardConfirm.connecting')}</p>
        </div>`;
      case 'not-running':
        return box(
          'cardConfirm.notRunningTitle',
          html`<p>${this.t('cardConfirm.notRunningBody')}</p>
            <p>${this.t('cardConfirm.retrying')}</p>`,
        );
      case 'pairing':
        return box(
          'cardConfirm.pairingTitle',
          html`<p>${this.t('cardConfirm.pairingBody')}</p>
            <p class="pairing">
              ${this.t('cardConfirm.pairingCode')}
              <strong part="pairing-code" class="pairing__code" aria-label=${status.code.split('').join(' ')}
                >${status.code}</strong
              >
            </p>`,
        );
      case 'denied':
        return box(
          'cardConfirm.deniedTitle',
          html`<p>${this.t('cardConfirm.deniedBody')}</p>
            <button
              part="reconnect-button"
              class="button button--secondary"
              type="button"
              @click=${() => this.emit('gepi-card-reconnect', { kind: this.isOrg ? 'org' : 'citizen' })}
            >
              ${this.t('cardConfirm.reconnect')}
            </button>`,
        );
      default:
        return box(
          'cardConfirm.disconnectedTitle',
          html`<p>${this.t('cardConfirm.disconnectedBody')}</p>
            <p>${this.t('cardConfirm.retrying')}</p>`,
        );
    }
  }

  private renderCard(): TemplateResult | typeof nothing {
    const connection = this.connection;
    if (connection && connection.state !== 'ready') return this.renderConnection(connection);
    const card = this.card;
    if (card === undefined) return nothing;
    if (card === null) {
      return html`<div class="card__box">
        <p part="no-card" class="card__missing">${this.t('cardConfirm.noCard')}</p>
        ${this.renderChoose()}
      </div>`;
    }
    const locale = this.resolvedLocale;
    const validity = validityOf(card.notBefore, card.notAfter, this.clock(), this.expiryWarningDays);
    const warning = validityWarning(this.words, locale, validity, card.notBefore, card.notAfter);
    const row = (key: PlainKey, value: unknown) =>
      html`<div>
        <dt>${this.t(key)}</dt>
        <dd>${value}</dd>
      </div>`;
    const boxClass = !card.wrongKind
      ? 'card__box'
      : this.wrongCardTried
        ? 'card__box card__box--wrong'
        : 'card__box card__box--next';
    return html`<div class=${boxClass}>
      ${renderHeading(this.headingLevel + 1, this.t('cardConfirm.readerTitle'), {
        part: 'card-title',
        className: 'card__title',
      })}
      ${this.renderInlineError('card')}
      ${
        card.wrongKind && !this.wrongCardTried
          ? html`<p part="next-card" class="card__next">${this.t(this.nextCardKey)}</p>`
          : nothing
      }
      ${
        warning
          ? html`<p
              part="card-warning"
              class=${validity.state === 'expired' ? 'warning warning--expired' : 'warning'}
            >
              ${warning}
            </p>`
          : nothing
      }
      ${
        card.revoked
          ? html`<p part="card-warning" class="warning warning--expired">
              ${this.t('cardConfirm.revoked', { ca: isCardAuthority(card.ca) ? this.t(`ca.${card.ca}`) : '' })}
            </p>`
          : nothing
      }
      ${
        (card.revoked || validity.state === 'expired') && isCardAuthority(card.ca)
          ? html`<div part="card-contact" class="card__contact">
              <p>${this.t('cardConfirm.contactCa')}</p>
              ${renderCaContactList(this.words, [card.ca])}
            </div>`
          : nothing
      }
      <dl part="card-details" class="details">
        ${card.holderName ? row('cardConfirm.holder', card.holderName) : nothing}
        ${isCardAuthority(card.ca) ? row('cardConfirm.issuer', this.t(`ca.${card.ca}`)) : nothing}
        ${
          card.notAfter !== undefined
            ? row('orgInfo.validity', renderValidityRange(this.words, locale, card.notBefore, card.notAfter))
            : nothing
        }
        ${card.serial ? row('cardConfirm.serial', card.serial) : nothing}
        ${card.cardNumber ? row('cardConfirm.cardNumber', card.cardNumber) : nothing}
      </dl>
      ${this.renderChoose()}
    </div>`;
  }

  /** 選擇其他憑證: only when the host opted in, and not while the card is busy. */
  private renderChoose(): TemplateResult | typeof nothing {
    if (!this.certificatePicker || this.busy) return nothing;
    return html`<button
      part="choose-button"
      class="button button--secondary"
      type="button"
      @click=${() => this.emit('gepi-card-choose', { kind: this.isOrg ? 'org' : 'citizen' })}
    >
      ${this.t('cardConfirm.chooseCertificate')}
    </button>`;
  }

  private renderLocked(): TemplateResult {
    const ca = this.unlockingCa;
    return html`<div part="locked" class="locked">
      ${renderHeading(this.headingLevel + 1, this.t('cardConfirm.lockedTitle'), {
        part: 'locked-title',
        className: 'locked__title',
      })}
      <p>
        ${ca ? this.t('cardConfirm.lockedBody', { ca: this.t(`ca.${ca}`) }) : this.t('cardConfirm.lockedBodyAnyCa')}
      </p>
      ${renderCaContactList(this.words, ca ? [ca] : ORG_CARD_AUTHORITIES)}
    </div>`;
  }

  private renderNotes(): TemplateResult {
    const org = this.isOrg;
    const ca = this.unlockingCa;
    const authorities = org ? (ca ? [ca] : ORG_CARD_AUTHORITIES) : (['MOICA'] as const);
    return html`<div part="notes" class="notes">
      <p class="notes__title">${this.t('common.notes')}</p>
      <ul class="notes__list">
        <li>${this.t('common.requiredNote')}</li>
        <li>
          ${this.t(org ? 'orgCard.lockWarning' : 'citizenCard.lockWarning')}
          ${renderCaContactList(this.words, authorities)}
        </li>
      </ul>
    </div>`;
  }
}
