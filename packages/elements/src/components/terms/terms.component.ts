// <gepi-terms>: the user terms (用戶約定條款) a user accepts before first registration and before
// each certificate swap. It only shows the terms and reports the choice; the flow decides what follows.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { systemClock } from '../../internal/clock.js';
import type { Clock } from '../../internal/clock.js';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { renderHeading } from '../../internal/heading.js';
import { rocDateTimeParts, taipeiIsoString } from '../../internal/roc.js';
import type { TranslationKey } from '../../i18n/translation.js';
import { sharedStyles } from '../../styles/shared.js';
import { termsStyles } from './terms.styles.js';
import { termsWords } from '../../i18n/zh-TW/terms.js';

export interface GepiTermsEventDetail {
  /** When the page was shown (網頁下載時間): the moment whose terms the user answered. */
  readonly downloadedAt: Date;
}

export type GepiTermsAcceptedEvent = CustomEvent<GepiTermsEventDetail>;
export type GepiTermsDeclinedEvent = CustomEvent<GepiTermsEventDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-terms-accepted': GepiTermsAcceptedEvent;
    'gepi-terms-declined': GepiTermsDeclinedEvent;
  }
}

const CLAUSES = [
  'terms.clause1',
  'terms.clause2',
  'terms.clause3',
  'terms.clause4',
  'terms.clause5',
  'terms.clause6',
  'terms.clause7',
  'terms.clause8',
  'terms.clause9',
  'terms.clause10',
] as const satisfies readonly TranslationKey[];

/**
 * The GEPI e-system's user terms: download time, title, introduction, the ten clauses and the
 * buttons to agree or not.
 *
 * @tagname gepi-terms
 * @summary 用戶約定條款: shows the terms and reports whether the user agrees.
 *
 * @fires gepi-terms-accepted - The user pressed 同意條款內容 (agree). `detail.downloadedAt` is the page's download time.
 * @fires gepi-terms-declined - The user pressed 不同意條款內容 (do not agree). Same detail.
 *
 * @slot - Extra content after the clauses and before the buttons, e.g. a link to a printable copy.
 *
 * @csspart base - The region holding everything.
 * @csspart header - The row with the title and the download time.
 * @csspart title - The heading; it takes focus when the step is shown.
 * @csspart download-time - 網頁下載時間, the time the page was shown (ROC calendar, Taipei time).
 * @csspart intro - The sentence before the clauses.
 * @csspart clauses - The ordered list of clauses.
 * @csspart clause - One clause.
 * @csspart actions - The row of buttons.
 * @csspart accept-button - 同意條款內容.
 * @csspart decline-button - 不同意條款內容.
 *
 * @cssproperty --gepi-terms-max-width - Width of the terms column. Default `60rem`.
 * @cssproperty --gepi-terms-padding - Space around the terms. Default `--gepi-space-lg`.
 * @cssproperty --gepi-terms-bg - Background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-terms-title-color - Title colour. Default `--gepi-color-text`.
 * @cssproperty --gepi-terms-title-font-size - Title size. Default `--gepi-font-size-xl`.
 * @cssproperty --gepi-terms-clause-gap - Space between clauses. Default `--gepi-space-sm`.
 * @cssproperty --gepi-button-bg - Agree button background. Default `--gepi-color-primary`.
 * @cssproperty --gepi-button-color - Agree button text. Default `--gepi-color-on-primary`.
 * @cssproperty --gepi-button-secondary-bg - Decline button background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-button-secondary-color - Decline button text. Default `--gepi-color-primary`.
 * @cssproperty --gepi-focus-ring-color - Focus ring. Default `--gepi-color-focus`.
 */
export class GepiTerms extends GepiElementBase {
  static override catalogParts = [...GepiElementBase.catalogParts, termsWords];

  static override styles = [sharedStyles, termsStyles];

  static override properties: PropertyDeclarations = {
    clock: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    shownAt: { state: true },
  };

  /** Where "now" comes from; the download time is read from it when the page is shown. */
  declare clock: Clock;

  /** The level of the title heading (1–6), to fit the host page's outline. Default 2. */
  declare headingLevel: number;

  private shownAt: Date | undefined;

  constructor() {
    super();
    this.clock = systemClock;
    this.headingLevel = 2;
  }

  /** When the page was shown, as read from `clock`; undefined before the element is first rendered. */
  get downloadedAt(): Date | undefined {
    return this.shownAt;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Shown again (re-attached by a flow going back a step): that is a new download of the page.
    this.shownAt = undefined;
  }

  /** Moves focus to the title, as a new step does, so screen readers start reading there. */
  async focusHeading(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#title')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.shownAt === undefined || changed.has('clock')) this.shownAt = this.clock();
  }

  protected override firstUpdated(): void {
    // The `autofocus` attribute does for a step what it does for a control on page load.
    if (this.autofocus) void this.focusHeading();
  }

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="base" lang=${this.resolvedLocale} aria-labelledby="title">
        <div part="header" class="header">${this.renderTitle()} ${this.renderDownloadTime()}</div>
        <p part="intro" class="intro">${this.t('terms.intro')}</p>
        <ol part="clauses" class="clauses">
          ${CLAUSES.map((key) => html`<li part="clause" class="clause">${this.t(key)}</li>`)}
        </ol>
        <slot></slot>
        <div part="actions" class="actions">
          <button part="accept-button" class="button button--primary" type="button" @click=${this.accept}>
            ${this.t('terms.agree')}
          </button>
          <button part="decline-button" class="button button--secondary" type="button" @click=${this.decline}>
            ${this.t('terms.disagree')}
          </button>
        </div>
      </section>
    `;
  }

  private renderTitle(): TemplateResult {
    return renderHeading(this.headingLevel, this.t('terms.title'), {
      id: 'title',
      part: 'title',
      className: 'title',
      focusable: true,
    });
  }

  private renderDownloadTime(): TemplateResult | typeof nothing {
    const at = this.shownAt;
    if (!at || Number.isNaN(at.getTime())) return nothing;
    const time = html`<time datetime=${taipeiIsoString(at)}
      >${this.t('format.rocDateTime', rocDateTimeParts(at))}</time
    >`;
    return html`<p part="download-time" class="download-time">
      ${this.tParts('terms.downloadTime', { time })}
    </p>`;
  }

  private accept(): void {
    this.emit('gepi-terms-accepted', { downloadedAt: this.shownAt ?? this.clock() });
  }

  private decline(): void {
    this.emit('gepi-terms-declined', { downloadedAt: this.shownAt ?? this.clock() });
  }
}
