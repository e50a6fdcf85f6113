// What the kit's forms share (<gepi-card-confirm>, <gepi-contact-form>, <gepi-applicant-form>):
// validation on submit into an error summary whose items link to their fields; errors from the
// flow (`error`, an `explainError` result) in the same summary; busy state; Enter submits and Esc
// cancels; focus on the heading when a step is shown. It belongs in internal/ beside
// gepi-element.ts, and sits here only because views add files in their own folders.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { ErrorExplanation } from '@gepi/sdk';
import type { TranslateArgs, TranslationKey } from '../i18n/translation.js';
import { GepiElementBase } from './gepi-element.js';
import { renderHeading } from './heading.js';

/** A problem with one input: the input's id and the message shown in the summary and beneath it. */
export interface FieldProblem {
  readonly id: string;
  readonly message: string;
}

/** A problem that holds whatever is typed (the wrong card in the reader), with the summary's heading. */
export interface StandingProblem extends FieldProblem {
  /** The summary's heading when this is all there is to fix; default `form.errorSummaryTitle`. */
  readonly title?: string;
}

/** What a form found on submit: its problems, or (when there are none) the values to emit. */
export interface Collected<V> {
  readonly problems: readonly FieldProblem[];
  readonly value: V | undefined;
}

/** A message key without parameters, for labels chosen at run time. */
export type PlainKey = { [K in TranslationKey]: TranslateArgs<K> extends [] ? K : never }[TranslationKey];

interface SummaryItem {
  readonly id: string | undefined;
  readonly text: string;
}

type Control = HTMLInputElement | HTMLTextAreaElement;

export abstract class GepiFormElement<V> extends GepiElementBase {
  static override properties: PropertyDeclarations = {
    busy: { type: Boolean, reflect: true },
    error: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    problems: { state: true },
    dismissedError: { state: true },
  };

  /**
   * The flow is working on the last submission (signing, calling the API, waiting for a PIN in
   * Fortify's window). The buttons are marked disabled with `aria-disabled`, not `disabled`, so the
   * button the person pressed keeps focus and nothing is lost from the Tab order.
   */
  declare busy: boolean;

  /**
   * An error from the flow, as `explainError` words it. Shown in the error summary, linked to its
   * field when it names one (`fields` are listed one by one). Hidden again when the person submits.
   */
  declare error: ErrorExplanation | null | undefined;

  /** The level of the title heading (1–6), to fit the host page's outline. Default 2. */
  declare headingLevel: number;

  declare protected problems: readonly FieldProblem[];

  // The error the person has already answered by submitting again; a new error object shows again.
  declare private dismissedError: ErrorExplanation | null | undefined;

  constructor() {
    super();
    this.busy = false;
    this.headingLevel = 2;
    this.problems = [];
  }

  /** Validates the inputs; never emits. */
  protected abstract collect(): Collected<V>;

  /** Emits the values of a valid submission. */
  protected abstract submitted(value: V): void;

  /** The input id for a field name used by the SDK and the API (`agencyCode` → `agency-code`). */
  protected abstract fieldIdFor(field: string): string | undefined;

  /** What Esc does in the form; nothing unless a form has a cancel action. */
  protected cancelled(): void {}

  /** Whether Esc runs `cancelled()`. */
  protected get escapeCancels(): boolean {
    return false;
  }

  /**
   * Problems that hold whatever is typed, read from the form's properties at each render (the
   * wrong kind of card in the reader): listed first in the summary as soon as they arise, without
   * waiting for 確認, linked to their element, and gone as soon as their cause is. A submission is
   * refused while any stands. None by default.
   */
  protected get standingProblems(): readonly StandingProblem[] {
    return [];
  }

  /** Moves focus to the title, as a new step does, so screen readers start reading there. */
  async focusHeading(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus(options);
  }

  protected override firstUpdated(): void {
    // The `autofocus` attribute does for a step what it does for a control on page load.
    if (this.autofocus) void this.focusHeading();
  }

  protected control(id: string): Control | null {
    return this.renderRoot.querySelector<Control>(`#${id}`);
  }

  /** The text of an input as typed, '' when it is not rendered. */
  protected inputValue(id: string): string {
    return this.control(id)?.value ?? '';
  }

  protected focusField(id: string): void {
    this.control(id)?.focus();
  }

  /** The error the summary shows now, if any. Forms that show some errors elsewhere override it. */
  protected get shownError(): ErrorExplanation | undefined {
    const error = this.error ?? undefined;
    return error && error !== this.dismissedError ? error : undefined;
  }

  private serverItems(): SummaryItem[] {
    const error = this.shownError;
    if (!error) return [];
    if (error.fields && error.fields.length > 0) {
      return error.fields.map((f) => ({ id: this.fieldIdFor(f.field), text: f.detail }));
    }
    return [{ id: error.field ? this.fieldIdFor(error.field) : undefined, text: error.detail }];
  }

  /** The message for one input: a standing problem first, then the form's own check, then the flow's. */
  protected problemFor(id: string): string | undefined {
    return (
      this.standingProblems.find((p) => p.id === id)?.message ??
      this.problems.find((p) => p.id === id)?.message ??
      this.serverItems().find((item) => item.id === id)?.text
    );
  }

  protected invalid(id: string): 'true' | 'false' {
    return this.problemFor(id) === undefined ? 'false' : 'true';
  }

  /** `aria-describedby` for an input: its hints, then its error when it has one. */
  protected describedBy(
    id: string,
    ...hints: ReadonlyArray<string | undefined | false>
  ): string | typeof nothing {
    const ids = hints.filter((h): h is string => typeof h === 'string' && h !== '');
    if (this.problemFor(id) !== undefined) ids.push(`${id}-error`);
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  protected renderInlineError(id: string): TemplateResult | typeof nothing {
    const message = this.problemFor(id);
    if (message === undefined) return nothing;
    return html`<p id=${`${id}-error`} part="field-error" class="field__error">${message}</p>`;
  }

  protected renderRequiredMark(): TemplateResult {
    // The asterisk is for sighted users; the input's `required` tells assistive technology.
    return html`<span class="field__required" aria-hidden="true">*</span>`;
  }

  protected renderTitle(text: string): TemplateResult {
    return renderHeading(this.headingLevel, text, {
      id: 'title',
      part: 'title',
      className: 'title',
      focusable: true,
    });
  }

  /**
   * The live region at the top of the form: `extra` (a form's own alert, e.g. a locked card) and
   * the error summary. The region is always in the DOM so that what appears in it is announced.
   */
  protected renderAlerts(extra: unknown = nothing): TemplateResult {
    const standing = this.standingProblems;
    const own = [...standing, ...this.problems].map((p): SummaryItem => ({ id: p.id, text: p.message }));
    const server = this.serverItems();
    const items = [...own, ...server];
    const error = this.shownError;
    // A lone error that is not about input (no card, network) is titled by itself, not as bad input;
    // so are standing problems alone (卡片種類不符).
    let title = this.t('form.errorSummaryTitle');
    if (own.length === 0 && error && !(error.fields && error.fields.length > 0)) title = error.title;
    else if (this.problems.length === 0 && server.length === 0) title = standing[0]?.title ?? title;
    return html`<div part="alerts" class="alerts" role="alert">
      ${extra}
      ${
        items.length === 0
          ? nothing
          : html`<div part="error-summary" class="error-summary">
              ${renderHeading(this.headingLevel + 1, title, {
                part: 'error-summary-title',
                className: 'error-summary__title',
              })}
              <ul class="error-summary__list">
                ${items.map(
                  (item) =>
                    html`<li>
                      ${
                        item.id
                          ? html`<a
                              href=${`#${item.id}`}
                              @click=${(e: Event) => this.followSummaryLink(e, item.id)}
                              >${item.text}</a
                            >`
                          : item.text
                      }
                    </li>`,
                )}
              </ul>
            </div>`
      }
    </div>`;
  }

  /**
   * What is going on while busy, visible and announced (a live region always in the DOM): a card
   * that signs for 1–3 s must not look idle, or people pull it out. `text` defaults to 處理中，請稍候….
   */
  protected renderBusyStatus(text?: string): TemplateResult {
    // No whitespace inside the paragraph: idle, it is :empty and takes no room.
    const content = this.busy
      ? html`<span class="busy__spinner" aria-hidden="true"></span>${text ?? this.t('form.busy')}`
      : nothing;
    return html`<p part="busy" class="busy" role="status">${content}</p>`;
  }

  // A fragment link cannot reach into a shadow root, so the summary focuses the field itself.
  private followSummaryLink(event: Event, id: string | undefined): void {
    event.preventDefault();
    if (id) this.focusField(id);
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.dismissedError = this.error;
    const { problems, value } = this.collect();
    const standing = this.standingProblems;
    if (standing.length > 0 || problems.length > 0 || value === undefined) {
      this.problems = problems;
      await this.updateComplete;
      const first = standing[0] ?? problems[0];
      if (first) this.focusField(first.id);
      return;
    }
    this.problems = [];
    this.submitted(value);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.isComposing || !this.escapeCancels || this.busy) return;
    event.preventDefault();
    this.cancelled();
  }

  /** Re-checks, as the person types, only the inputs already marked wrong: fixed ones clear, none are added. */
  protected onFieldInput(): void {
    if (this.problems.length === 0) return;
    const fresh = this.collect().problems;
    this.problems = this.problems.flatMap((p) => fresh.filter((f) => f.id === p.id));
  }

  /** Starts over: no problems, and the flow's last error hidden. */
  protected resetProblems(): void {
    this.problems = [];
    this.dismissedError = this.error;
  }
}
