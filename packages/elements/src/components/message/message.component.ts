// <gepi-message>: a result or notice panel: registration and swap results, the pending-review
// message with the bank's numbers, and errors the flow wants to show as a step of their own.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { renderBankContact } from '../ca-contacts/contact-list.js';
import type { ContactWords } from '../ca-contacts/contact-list.js';
import { contactListStyles } from '../ca-contacts/contact-list.styles.js';
import type { PlainKey } from '../../internal/form-element.js';
import { renderHeading } from '../../internal/heading.js';
import { messageStyles } from './message.styles.js';

export type MessageKind = 'success' | 'info' | 'warning' | 'error';

/**
 * The manual's result messages, worded by the catalogs:
 * - `first-registration`: 首次註冊 succeeded, go on to 授權指派.
 * - `review-pending`: 申請資料審核中…, and whom to call if it persists (the bank's sections).
 * - `swap-org`, `swap-manager`, `swap-both`: the three 更換憑證 results.
 */
export type MessagePreset =
  'first-registration' | 'review-pending' | 'swap-org' | 'swap-manager' | 'swap-both';

interface Preset {
  readonly kind: MessageKind;
  readonly heading: PlainKey;
  readonly body: readonly PlainKey[];
  readonly bank?: boolean;
}

// The heading names what was done (the menu item) and the body carries the manual's sentence, so
// that a long result such as 完成更換授權管理者自然人憑證,如欲繼續… is not squeezed into a heading.
const PRESETS: Readonly<Record<MessagePreset, Preset>> = {
  // The results are headed by their own message, not the function's name: the page's title
  // already says 首次註冊 / 更換機關憑證, and two headings must not repeat it.
  'first-registration': {
    kind: 'success',
    heading: 'result.firstRegistrationSuccess',
    body: ['result.firstRegistrationNext'],
  },
  'review-pending': {
    kind: 'info',
    heading: 'message.reviewPendingTitle',
    body: ['applicant.pending', 'applicant.stillPending'],
    bank: true,
  },
  'swap-org': { kind: 'success', heading: 'result.swapOrgSuccess', body: [] },
  'swap-manager': { kind: 'success', heading: 'message.success', body: ['result.swapManagerSuccess'] },
  'swap-both': { kind: 'success', heading: 'message.success', body: ['result.swapBothSuccess'] },
};

const ICONS: Readonly<Record<MessageKind, string>> = { success: '✓', info: 'i', warning: '!', error: '✕' };
const KINDS = new Set<string>(Object.keys(ICONS));

/**
 * A panel with a heading, body text and optional actions. Errors and warnings are announced at
 * once (`role="alert"`), successes and information politely (`role="status"`).
 *
 * @tagname gepi-message
 * @summary A result or notice: success, information, warning or error.
 *
 * @slot - Extra body content after the text (links, a receipt number, `<gepi-ca-contacts>`).
 * @slot actions - Buttons or links for what to do next.
 *
 * @csspart base - The panel; it carries the live-region role.
 * @csspart icon - The kind's icon, with the kind as its text alternative.
 * @csspart heading - The heading; it takes focus with focusHeading().
 * @csspart body - The text and the default slot.
 * @csspart bank - The bank's contact (preset `review-pending`); `bank-phone`, `bank-fax`, `bank-sections`, `bank-section` inside.
 * @csspart actions - The wrapper of the actions slot, hidden while the slot is empty.
 *
 * @cssproperty --gepi-message-max-width - Width of the panel. Default `60rem`.
 * @cssproperty --gepi-message-padding - Space inside it. Default `--gepi-space-md --gepi-space-lg`.
 * @cssproperty --gepi-message-accent - Edge and icon colour. Default by kind (`--gepi-color-success`, `--gepi-color-primary`, `--gepi-warning-color`, `--gepi-color-danger`).
 * @cssproperty --gepi-message-bg - Background. Default by kind (`--gepi-color-success-bg`, `--gepi-color-surface`, `--gepi-warning-bg`, `--gepi-color-danger-bg`).
 * @cssproperty --gepi-message-heading-font-size - Heading size. Default `--gepi-font-size-lg`.
 * @cssproperty --gepi-focus-ring-color - Focus ring. Default `--gepi-color-focus`.
 */
export class GepiMessage extends GepiElementBase {
  static override styles = [sharedStyles, contactListStyles, messageStyles];

  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    preset: { reflect: true },
    heading: {},
    body: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    hasActions: { state: true },
  };

  /** `success`, `info` (default), `warning` or `error`; a preset sets it unless given. */
  declare kind: MessageKind | undefined;

  /** One of the manual's messages; `heading`, `body` and `kind` override its parts. */
  declare preset: MessagePreset | undefined;

  /** The heading text. */
  declare heading: string | undefined;

  /** The body text; line breaks start new paragraphs. */
  declare body: string | undefined;

  /** The level of the heading (1–6). Default 2. */
  declare headingLevel: number;

  declare private hasActions: boolean;

  constructor() {
    super();
    this.headingLevel = 2;
    this.hasActions = false;
  }

  /** The kind in effect: the `kind` set, else the preset's, else `info`. */
  get resolvedKind(): MessageKind {
    if (this.kind && KINDS.has(this.kind)) return this.kind;
    return this.presetSpec?.kind ?? 'info';
  }

  private get presetSpec(): Preset | undefined {
    return this.preset && Object.hasOwn(PRESETS, this.preset) ? PRESETS[this.preset] : undefined;
  }

  /** Moves focus to the heading (or the panel when it has none), as a new step does. */
  async focusHeading(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    const target =
      this.renderRoot.querySelector<HTMLElement>('[part~="heading"]') ??
      this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    target?.focus(options);
  }

  protected override firstUpdated(): void {
    if (this.autofocus) void this.focusHeading();
  }

  private get words(): ContactWords {
    return { t: (key, ...args) => this.t(key, ...args), parts: (key, slots) => this.tParts(key, slots) };
  }

  protected override render(): TemplateResult {
    const kind = this.resolvedKind;
    const preset = this.presetSpec;
    const heading = this.heading ?? (preset ? this.t(preset.heading) : undefined);
    const paragraphs =
      this.body !== undefined
        ? this.body.split(/\n+/).filter((p) => p.trim() !== '')
        : (preset?.body.map((key) => this.t(key)) ?? []);
    const live = kind === 'error' || kind === 'warning' ? 'alert' : 'status';
    return html`<div
      part="base"
      class="base"
      data-kind=${kind}
      lang=${this.resolvedLocale}
      role=${live}
      tabindex=${heading ? nothing : '-1'}
    >
      <span part="icon" class="icon" role="img" aria-label=${this.t(`message.${kind}`)}>${ICONS[kind]}</span>
      ${
        heading
          ? renderHeading(this.headingLevel, heading, {
              part: 'heading',
              className: 'heading',
              focusable: true,
            })
          : nothing
      }
      <div part="body" class="body">
        ${paragraphs.map((p) => html`<p>${p}</p>`)}
        ${
          preset?.bank && this.body === undefined
            ? renderBankContact(this.words, (name) => html`<p class="bank__name">${name}</p>`)
            : nothing
        }
        <slot></slot>
      </div>
      <div part="actions" class="actions" ?hidden=${!this.hasActions}>
        <slot name="actions" @slotchange=${this.onActionsChange}></slot>
      </div>
    </div>`;
  }

  private onActionsChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasActions = slot
      .assignedNodes({ flatten: true })
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
  }
}
