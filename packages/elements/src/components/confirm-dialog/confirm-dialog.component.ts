// <gepi-confirm-dialog>: the 刪除確認 box (您確定刪除這筆資料? 確認 / 關閉) on the native modal <dialog>,
// which makes the rest of the page inert and closes on Esc. The element adds Tab wrapping, focus
// return to whatever opened it (even inside another shadow root), and typed events.
import { html } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { confirmDialogStyles } from './confirm-dialog.styles.js';
import { handlersWords } from '../../i18n/zh-TW/handlers.js';

export type GepiConfirmEvent = CustomEvent<Record<string, never>>;
export type GepiDismissEvent = CustomEvent<Record<string, never>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-confirm': GepiConfirmEvent;
    'gepi-dismiss': GepiDismissEvent;
  }
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The element that really has focus, looking through shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * A modal confirmation, by default the manual's delete confirmation.
 *
 * @tagname gepi-confirm-dialog
 * @summary 刪除確認: 您確定刪除這筆資料? with 確認 / 關閉, as a native modal dialog.
 *
 * @fires gepi-confirm - 確認 was pressed; the dialog closes. `detail: {}`.
 * @fires gepi-dismiss - 關閉 or Esc; the dialog closes. `detail: {}`.
 *
 * @slot - Extra content under the message, e.g. the record's name.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart title - Its heading, 刪除確認.
 * @csspart message - 您確定刪除這筆資料?
 * @csspart actions - The row of buttons.
 * @csspart confirm-button - 確認.
 * @csspart close-button - 關閉; it has focus when the dialog opens, the safe choice.
 *
 * @cssproperty --gepi-confirm-dialog-width - Width. Default `28rem`.
 * @cssproperty --gepi-confirm-dialog-bg - Background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-confirm-dialog-border-color - Border. Default `--gepi-color-border`.
 * @cssproperty --gepi-confirm-dialog-backdrop - The page dimming behind it. Default `rgb(0 0 0 / 0.5)`.
 */
export class GepiConfirmDialog extends GepiElementBase {
  static override catalogParts = [...GepiElementBase.catalogParts, handlersWords];

  static override styles = [sharedStyles, confirmDialogStyles];

  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    heading: { type: String },
    message: { type: String },
  };

  /** Whether the dialog is shown. Prefer `show()`, which also remembers where focus goes back to. */
  declare open: boolean;

  /** The title; defaults to 刪除確認. */
  declare heading: string | undefined;

  /** The question; defaults to 您確定刪除這筆資料? */
  declare message: string | undefined;

  private invoker: HTMLElement | null = null;
  // Whether this opening has already been answered (an event fired, or the host closed it), so
  // that the dialog's close event does not report it a second time.
  private answered = false;

  constructor() {
    super();
    this.open = false;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog; focus returns to the element that had it when the dialog closes. */
  async show(): Promise<void> {
    this.invoker = deepActiveElement();
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog without an event, as when the flow moves on. */
  async close(): Promise<void> {
    this.open = false;
    await this.updateComplete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.invoker = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Opened through the property or attribute rather than show(): remember the invoker now,
    // before the dialog moves focus.
    if (changed.has('open') && this.open && !this.invoker) this.invoker = deepActiveElement();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open && this.isConnected) {
      this.answered = false;
      dialog.showModal();
    } else if (!this.open && dialog.open) {
      this.answered = true;
      dialog.close();
    }
  }

  protected override render(): TemplateResult {
    return html`
      <dialog
        part="dialog"
        class="dialog"
        role="alertdialog"
        aria-labelledby="title"
        aria-describedby="message"
        lang=${this.resolvedLocale}
        @cancel=${this.onCancel}
        @close=${this.onClose}
        @keydown=${this.onKeydown}
      >
        <h2 id="title" part="title" class="title">${this.heading || this.t('deleteDialog.title')}</h2>
        <p id="message" part="message" class="message">${this.message || this.t('deleteDialog.message')}</p>
        <slot></slot>
        <div part="actions" class="actions">
          <button part="confirm-button" class="button button--primary" type="button" @click=${this.confirm}>
            ${this.t('common.confirm')}
          </button>
          <button
            part="close-button"
            class="button button--secondary"
            type="button"
            autofocus
            @click=${this.dismiss}
          >
            ${this.t('common.close')}
          </button>
        </div>
      </dialog>
    `;
  }

  private confirm(): void {
    this.answered = true;
    this.emit('gepi-confirm', {});
    this.open = false;
  }

  private dismiss(): void {
    this.answered = true;
    this.emit('gepi-dismiss', {});
    this.open = false;
  }

  // Esc: the browser closes the dialog itself right after this event.
  private onCancel(): void {
    this.answered = true;
    this.emit('gepi-dismiss', {});
  }

  private onClose(): void {
    // Closed by the browser without a cancel event: Chromium skips it for an Esc when the page has
    // had no user activation since the dialog opened. Still a dismissal.
    if (!this.answered) this.emit('gepi-dismiss', {});
    this.answered = true;
    this.open = false;
    const invoker = this.invoker;
    this.invoker = null;
    if (invoker?.isConnected) invoker.focus();
  }

  // The modal dialog makes the page inert, but Tab from its last control would still leave for the
  // browser's own toolbar; wrap it round to the first control instead, and Shift+Tab likewise.
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const controls = this.focusableControls();
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (!first || !last) return;
    const current = event.composedPath()[0];
    if (event.shiftKey && current === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && current === last) {
      event.preventDefault();
      first.focus();
    }
  }

  private focusableControls(): HTMLElement[] {
    const slot = this.renderRoot.querySelector('slot');
    const slotted = (slot?.assignedElements({ flatten: true }) ?? []).flatMap((el) => [
      ...(el.matches(FOCUSABLE) ? [el as HTMLElement] : []),
      ...el.querySelectorAll<HTMLElement>(FOCUSABLE),
    ]);
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.actions button')];
    return [...slotted, ...buttons];
  }
}
