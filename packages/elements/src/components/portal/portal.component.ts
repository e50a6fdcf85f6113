// <gepi-portal>: the certificate registration pages as the manual shows them: the left menu
// (首次註冊 · 授權指派 · 更換憑證 · 查詢作業 · 回首頁 · 回要保機關作業) and, beside it, the home page
// or the function chosen. Each function is a flow element created when chosen and thrown away
// (its flow cancelled) when the person goes elsewhere.
import { ContextConsumer } from '@lit/context';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { GepiClient, TokenProvider } from '@gepi/sdk';
import { localeContext, translationsContext } from '../../context/contexts.js';
import { partsTranslator } from '../../i18n/words.js';
import type { Translator } from '../../i18n/words.js';
import { matchLocale } from '../../i18n/translation.js';
import type { Locale, TranslateArgs, TranslationKey, TranslationSlots } from '../../i18n/translation.js';
import type { Clock } from '../../internal/clock.js';
import type { PlainKey } from '../../internal/form-element.js';
import type { GepiStepChangeEvent } from '../../internal/flow-controller.js';
import type { CertificatePickerOpener } from '../../internal/flow-element.js';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { clampHeadingLevel, renderHeading } from '../../internal/heading.js';
import { loadDefinition } from '../../internal/load-once.js';
import { sharedStyles } from '../../styles/shared.js';
import { portalStyles } from './portal.styles.js';
import { portalWords } from '../../i18n/zh-TW/portal.js';
import { queriesWords } from '../../i18n/zh-TW/queries.js';

/** A page of the portal: the home page or one function of the menu. */
export type PortalView =
  | 'home'
  | 'first-registration'
  | 'authorization'
  | 'swap-org'
  | 'swap-manager'
  | 'swap-both'
  | 'query-receipts'
  | 'query-org-oid'
  | 'query-citizen-serial'
  | 'query-authorized';

export interface GepiViewChangeDetail {
  /** The page now shown. */
  readonly view: PortalView;
}

export type GepiViewChangeEvent = CustomEvent<GepiViewChangeDetail>;
export type GepiExitEvent = CustomEvent<Record<string, never>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-view-change': GepiViewChangeEvent;
    'gepi-exit': GepiExitEvent;
  }
}

interface MenuGroup {
  readonly id: string;
  readonly label: PlainKey;
  readonly items: readonly PortalView[];
}

// The manual's left menu (figures 3-3, 3-23, 3-38): each function opens a list of its pages.
const MENU: readonly MenuGroup[] = [
  { id: 'first-registration', label: 'menu.firstRegistration', items: ['first-registration'] },
  { id: 'authorization', label: 'menu.authorization', items: ['authorization'] },
  { id: 'swap', label: 'menu.certSwap', items: ['swap-org', 'swap-manager', 'swap-both'] },
  {
    id: 'queries',
    label: 'menu.queries',
    items: ['query-receipts', 'query-org-oid', 'query-citizen-serial', 'query-authorized'],
  },
];

const TITLES: Readonly<Record<PortalView, PlainKey>> = {
  home: 'portal.home',
  'first-registration': 'menu.firstRegistration',
  authorization: 'menu.authorization',
  'swap-org': 'menu.swapOrgCert',
  'swap-manager': 'menu.swapManagerCert',
  'swap-both': 'menu.swapBoth',
  'query-receipts': 'menu.queryReceipts',
  'query-org-oid': 'menu.queryOrgOid',
  'query-citizen-serial': 'menu.queryCitizenSerial',
  'query-authorized': 'menu.queryAuthorizedList',
};

const VIEWS = new Set<string>(Object.keys(TITLES));

/**
 * The manual's screen of a function's step, for the breadcrumb (`首頁 / 首次註冊 同意條款畫面 /
 * 首次註冊 機關憑證確認畫面 / …`). Steps that only show an outcome (registered, swapped, cancelled…)
 * add no screen. `confirm` is the function's own screen (首次註冊畫面, 更換機關憑證畫面).
 */
function screenOf(step: string): PlainKey | 'confirm' | undefined {
  switch (step) {
    case 'terms':
      return 'screen.terms';
    case 'org-card':
      return 'screen.orgCard';
    case 'citizen-card':
      return 'screen.citizenCard';
    case 'applicant':
      return 'screen.applicant';
    case 'confirm':
      return 'confirm';
    case 'form':
      return 'screen.queryForm';
    case 'list':
    case 'result':
    case 'results':
      return 'screen.results';
    case 'add':
      return 'screen.add';
    case 'edit':
      return 'screen.edit';
    case 'confirm-delete':
      return 'screen.delete';
    default:
      return undefined;
  }
}

interface Crumb {
  /** `flow:step`. */
  step: string;
  label: string;
}

// The home page's cards, figure 3-3: what each function does, in the manual's words.
const HOME_CARDS: readonly { title: PlainKey; text: PlainKey; views: readonly PortalView[] }[] = [
  { title: 'menu.firstRegistration', text: 'portal.homeFirstRegistration', views: ['first-registration'] },
  { title: 'menu.authorization', text: 'portal.homeAuthorization', views: ['authorization'] },
  { title: 'menu.certSwap', text: 'portal.homeCertSwap', views: ['swap-org', 'swap-manager', 'swap-both'] },
  { title: 'menu.queryReceipts', text: 'portal.homeReceipts', views: ['query-receipts'] },
  { title: 'menu.queryCitizenSerial', text: 'portal.homeCitizenSerial', views: ['query-citizen-serial'] },
  { title: 'menu.queryOrgOid', text: 'portal.homeOrgOid', views: ['query-org-oid'] },
];

const groupOf = (view: PortalView): MenuGroup | undefined => MENU.find((g) => g.items.includes(view));

/** The element of each function of the menu. */
export type PortalFunctionTag =
  'gepi-first-registration' | 'gepi-authorization' | 'gepi-cert-swap' | 'gepi-query';
type FunctionTag = PortalFunctionTag;

/** The element that shows a page; the home page is the portal's own. */
function functionOf(view: PortalView): FunctionTag | undefined {
  if (view === 'home') return undefined;
  if (view === 'first-registration' || view === 'authorization') return `gepi-${view}`;
  return view.startsWith('swap-') ? 'gepi-cert-swap' : 'gepi-query';
}

// Each function's code is a chunk of its own, fetched when the function is first opened. The
// `import()`s live in the define file (gepi-portal.ts), not here: a bundler that splits code (esbuild)
// would otherwise make a page that imports anything from the main entry load every function up front.
// The class alone accepts the functions the host registered (define files or the autoloader).
const REGISTERED_ONLY = (): Promise<void> => Promise.resolve();
const FUNCTION_LOADERS: Readonly<Record<FunctionTag, () => Promise<unknown>>> = {
  'gepi-first-registration': REGISTERED_ONLY,
  'gepi-authorization': REGISTERED_ONLY,
  'gepi-cert-swap': REGISTERED_ONLY,
  'gepi-query': REGISTERED_ONLY,
};

/**
 * The registration portal: a navigation landmark with the manual's menu (disclosure sub-menus,
 * `aria-current` on the page shown) and a main landmark with the home page or the chosen function.
 * Client and token provider are handed to the functions (from the properties, else the nearest
 * <gepi-provider>); `locale` sets the language of everything inside. The page region is the
 * document's `<main>` landmark: place the portal where the host page has no main of its own.
 *
 * @tagname gepi-portal
 * @summary 憑證註冊與指派作業: the manual's left menu, home page and every flow, in one element.
 *
 * @fires gepi-view-change - The person opened another page. `detail: { view }`.
 * @fires gepi-exit - 回要保機關作業 was pressed; the host goes back to its agency pages. Cancelable: unless prevented, the portal ends the function in progress and shows its home page.
 * @fires gepi-step-change - From the function shown (see its element).
 * @fires gepi-error - From the function shown (see its element).
 * @fires gepi-registered - From 首次註冊.
 * @fires gepi-handler-saved - From 授權指派.
 * @fires gepi-handler-deleted - From 授權指派.
 * @fires gepi-cert-swapped - From 更換憑證.
 *
 * @slot header - The host's page header (a bank's banner), above menu and page.
 * @slot footer - The host's footer (公教保險部 contacts, browser note), below them.
 *
 * @csspart frame - Everything: skip link, header, menu and page, footer.
 * @csspart skip-link - 跳到主要內容, the first stop of Tab; shown when it has focus.
 * @csspart base - The layout of menu and page.
 * @csspart menu-toggle - 功能列 ▼, which opens the menu on a phone (hidden on wider screens).
 * @csspart guide - The 導盲磚 `:::` (accesskey C) at the start of the page's content.
 * @csspart breadcrumb - 首頁 / function / page, above the page's heading.
 * @csspart nav - The `<nav>` with the menu.
 * @csspart menu - The menu's list.
 * @csspart menu-group - A function's button that opens its pages (更換憑證 ▼).
 * @csspart submenu - The list of a function's pages.
 * @csspart menu-item - A page's button; the current one has `aria-current="page"`.
 * @csspart main - The `<main>` with the page.
 * @csspart title - The page's heading; it takes focus when another page is opened.
 * @csspart home - The home page's list of functions.
 * @csspart home-card - One function on the home page.
 * @csspart home-link - A button on the home page that opens a function.
 * @csspart next-button - 接續辦理授權指派, offered after a first registration.
 * @csspart loading - 載入中…, shown while a function opened for the first time is fetched.
 * @csspart load-error - The notice and 重試 button when a function could not be fetched.
 *
 * @cssproperty --gepi-portal-menu-width - Width of the menu column. Default `16rem`.
 * @cssproperty --gepi-portal-menu-bg - Menu background. Default `--gepi-color-surface`.
 * @cssproperty --gepi-portal-menu-current-bg - Background of the current page's item. Default `--gepi-color-primary`.
 * @cssproperty --gepi-portal-menu-current-color - Its text. Default `--gepi-color-on-primary`.
 * @cssproperty --gepi-portal-gap - Space between menu and page. Default `--gepi-space-xl`.
 */
export class GepiPortal extends GepiElementBase {
  static override catalogParts = [...GepiElementBase.catalogParts, portalWords, queriesWords];

  static override styles = [sharedStyles, portalStyles];

  /**
   * How each function's element is fetched the first time it is opened. The define file
   * (`gepi-portal.js`, also what the autoloader loads) sets each to the function's define file, a
   * chunk of its own; the class from the main entry, registered by the host, only shows functions
   * the host registered. A host that serves the elements its own way (an import map, a CDN path)
   * replaces an entry; the loader must define the tag.
   */
  static functionLoaders: Record<PortalFunctionTag, () => Promise<unknown>> = { ...FUNCTION_LOADERS };

  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    tokens: { attribute: false },
    locale: { type: String },
    clock: { attribute: false },
    readerId: { attribute: 'reader-id' },
    certificatePicker: { attribute: false },
    view: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    expanded: { state: true },
    menuOpen: { state: true },
    documentTitle: { type: Boolean, attribute: 'document-title' },
    history: { type: Boolean },
  };

  /** The registration API client; unset, the nearest <gepi-provider>'s. */
  declare client: GepiClient | undefined;

  /** The token provider; unset, the nearest <gepi-provider>'s. */
  declare tokens: TokenProvider | undefined;

  /** The language of the portal and everything in it (`zh-TW`, `en`); wins over a provider's and `lang`. */
  declare locale: string | undefined;

  /** Where "now" comes from, for every function. */
  declare clock: Clock | undefined;

  /** Use this reader for every card step. */
  declare readerId: string | undefined;

  /**
   * Opt-in 選擇其他憑證 on the card steps in Fortify mode: pass `openFortifyCertificatePicker` from
   * `@gepi/elements/fortify-picker` (docs/fortify.md); handed to each function's element.
   */
  declare certificatePicker: CertificatePickerOpener | undefined;

  /** The page shown: `home` (default) or a function (`first-registration`, `swap-org`, `query-receipts`, …). */
  declare view: PortalView;

  /** The level of the page's heading (1–6); the functions' headings are one below. Default 2. */
  declare headingLevel: number;

  // The functions whose pages are listed (open disclosure sub-menus).
  declare private expanded: ReadonlySet<string>;

  // On a phone the menu folds behind 功能列 ▼ so that the page starts at the top; open or not.
  declare private menuOpen: boolean;

  /**
   * Keep the tab's title on the page shown (`首次註冊 - <the host's title>`), as a site's pages do.
   * Off by default: the document's title is the host's.
   */
  declare documentTitle: boolean;

  // The host's own title, kept when document-title is first applied.
  private hostTitle: string | undefined;

  /**
   * Each page the person opens is an entry of the browser's history (`#<view>` in the address):
   * Back returns to the page before instead of leaving the portal, and a reload or a bookmark
   * opens that page again (its function starts at its first step). Off by default: the history
   * is the host's.
   */
  declare history: boolean;

  private readonly onPopState = (event: PopStateEvent): void => {
    if (!this.history) return;
    const state = event.state as { gepiView?: unknown } | null;
    const view = typeof state?.gepiView === 'string' ? state.gepiView : this.viewFromHash();
    this.navigate(view && VIEWS.has(view) ? (view as PortalView) : 'home', false);
  };

  private readonly outerLocale = new ContextConsumer(this, { context: localeContext, subscribe: true });
  private readonly outerTranslations = new ContextConsumer(this, {
    context: translationsContext,
    subscribe: true,
  });
  // Set when `locale` is: the portal's own words in that language, whatever surrounds it.
  private ownTranslator: Translator | undefined;
  // Bumped on every opening, so that choosing the page shown again starts its function anew.
  private visit = 0;
  // The screens of this opening of the function passed so far (the breadcrumb's trail after the
  // function), with the opening they belong to: another page or opening starts a new trail.
  private trail: { visit: string; crumbs: Crumb[] } = { visit: '', crumbs: [] };
  private focusTitle = false;
  // The function being fetched, and the one whose fetch failed (offered 重試).
  private loading: Promise<unknown> | undefined;
  private loadFailed: FunctionTag | undefined;

  constructor() {
    super();
    this.view = 'home';
    this.headingLevel = 2;
    this.expanded = new Set();
    this.menuOpen = false;
    this.documentTitle = false;
    this.history = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.history) return;
    // A reload or a bookmark of #<view> opens that page; the entry is marked as the portal's.
    const view = this.viewFromHash();
    if (view && VIEWS.has(view) && view !== this.currentView) this.navigate(view as PortalView, false);
    history.replaceState({ ...(history.state as object | null), gepiView: this.currentView }, '');
  }

  private viewFromHash(): string | undefined {
    const hash = decodeURIComponent(location.hash.slice(1));
    return hash === '' ? undefined : hash;
  }

  /** Opens a page as the menu does (the function starts at its first step). */
  open(view: PortalView): void {
    this.navigate(view, false);
  }

  override get resolvedLocale(): Locale {
    return this.ownTranslator?.locale ?? super.resolvedLocale;
  }

  protected override localesNeeded(): Locale[] {
    const own = matchLocale(this.locale);
    return own ? [own] : super.localesNeeded();
  }

  protected override t<K extends TranslationKey>(key: K, ...args: TranslateArgs<K>): string {
    return this.ownTranslator ? this.ownTranslator.t(key, ...args) : super.t(key, ...args);
  }

  protected override tParts<K extends TranslationKey>(key: K, slots: TranslationSlots<K>): unknown[] {
    return this.ownTranslator ? this.ownTranslator.parts(key, slots) : super.tParts(key, slots);
  }

  private get currentView(): PortalView {
    return VIEWS.has(this.view) ? this.view : 'home';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = matchLocale(this.locale);
    this.ownTranslator = locale
      ? partsTranslator(locale, this.catalogParts, this.outerTranslations.value, this.translations)
      : undefined;
    if (changed.has('view')) {
      // The page's function stays open in the menu, so its item (aria-current) can be seen.
      const group = groupOf(this.currentView);
      if (group && !this.expanded.has(group.id)) this.expanded = new Set([...this.expanded, group.id]);
    }
    this.ensureFunction();
  }

  /** Starts fetching the shown function's element when it is not defined yet. */
  private ensureFunction(): void {
    const tag = functionOf(this.currentView);
    if (!tag || customElements.get(tag) || this.loading || this.loadFailed === tag) return;
    this.loadFailed = undefined;
    const pending = loadDefinition(tag, GepiPortal.functionLoaders[tag]).then(
      () => undefined,
      (error: unknown) => {
        this.loadFailed = tag;
        console.error(`<gepi-portal>: <${tag}> could not be loaded.`, error);
      },
    );
    this.loading = pending.finally(() => {
      this.loading = undefined;
      this.requestUpdate();
    });
  }

  private retryFunction(): void {
    this.loadFailed = undefined;
    // The 重試 button goes away: reading resumes at the page's heading, as after opening it.
    this.focusTitle = true;
    this.requestUpdate();
  }

  /** Also waits for the function opened to be fetched and shown, so `await portal.updateComplete` sees it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loading) {
      await this.loading;
      done = (await super.getUpdateComplete()) && done;
    }
    const shown = this.renderRoot.querySelector('gepi-provider > :defined') as {
      updateComplete?: Promise<boolean>;
    } | null;
    if (shown?.updateComplete) done = (await shown.updateComplete) && done;
    return done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.documentTitle) {
      this.hostTitle ??= document.title;
      const page = this.t(TITLES[this.currentView]);
      document.title = this.hostTitle ? `${page} - ${this.hostTitle}` : page;
    }
    if (!this.focusTitle) return;
    this.focusTitle = false;
    this.renderRoot.querySelector<HTMLElement>('#view-title')?.focus();
  }

  protected override render(): TemplateResult {
    const view = this.currentView;
    return html`<div part="frame" class="frame" lang=${this.resolvedLocale}>
      <button part="skip-link" class="skip-link" type="button" @click=${this.skipToContent}>
        ${this.t('portal.skipToContent')}
      </button>
      <slot name="header"></slot>
      <div part="base" class="base">
        <nav part="nav" class="nav" aria-label=${this.t('portal.navLabel')} @keydown=${this.onMenuKeydown}>
          <button
            part="menu-toggle"
            class="menu-toggle"
            type="button"
            aria-expanded=${this.menuOpen ? 'true' : 'false'}
            aria-controls="menu"
            @click=${() => (this.menuOpen = !this.menuOpen)}
          >
            ${this.t('portal.navLabel')}<span class="menu__chevron" aria-hidden="true"
              >${this.menuOpen ? '▲' : '▼'}</span
            >
          </button>
          <ul id="menu" part="menu" class=${this.menuOpen ? 'menu menu--open' : 'menu'} role="list">
            ${MENU.map((group) => this.renderGroup(group, view))}
            <li>${this.renderItem('home', this.t('menu.home'), view)}</li>
            <li>
              <button part="menu-item" class="menu__item" type="button" @click=${this.exit}>
                ${this.t('menu.backToAgency')}
              </button>
            </li>
          </ul>
        </nav>
        <main part="main" class="main" aria-labelledby="view-title" @gepi-step-change=${this.onStepChange}>
          <button
            part="guide"
            class="guide"
            type="button"
            accesskey="C"
            title=${this.t('portal.guideCenter')}
            aria-label=${`::: ${this.t('portal.guideCenter')}`}
            @click=${this.skipToContent}
          >
            :::
          </button>
          ${this.renderBreadcrumb(view)}
          ${renderHeading(this.headingLevel, this.t(TITLES[view]), {
            id: 'view-title',
            part: 'title',
            className: 'title',
            focusable: true,
          })}
          <gepi-provider
            .client=${this.client}
            .tokens=${this.tokens}
            .locale=${this.locale || this.outerLocale.value}
            .translations=${this.translations}
          >
            ${keyed(`${view}:${this.visit}`, this.renderView(view))}
          </gepi-provider>
        </main>
      </div>
      <slot name="footer"></slot>
    </div>`;
  }

  /**
   * 首頁 / the function's group / the screens passed, as the manual's screens show it: `首頁 /
   * 首次註冊 同意條款畫面 / 首次註冊 機關憑證確認畫面 / …`. Before the function's first screen is
   * shown, the function's title stands in; going back to a screen shortens the trail to it.
   */
  private renderBreadcrumb(view: PortalView): TemplateResult | typeof nothing {
    if (view === 'home') return nothing;
    const group = groupOf(view);
    const groupLabel = group && group.items.length > 1 ? this.t(group.label) : undefined;
    const crumbs = this.trail.visit === `${view}:${this.visit}` ? this.trail.crumbs : [];
    const labels = crumbs.length > 0 ? crumbs.map((c) => c.label) : [this.t(TITLES[view])];
    return html`<nav part="breadcrumb" class="breadcrumb" aria-label=${this.t('portal.breadcrumbLabel')}>
      <ol role="list">
        <li>
          <button class="breadcrumb__link" type="button" @click=${() => this.navigate('home', true)}>
            ${this.t('portal.home')}
          </button>
        </li>
        ${groupLabel ? html`<li>${groupLabel}</li>` : nothing}
        ${labels.map(
          (label, i) =>
            html`<li aria-current=${i === labels.length - 1 ? 'location' : nothing}>${label}</li>`,
        )}
      </ol>
    </nav>`;
  }

  /** The breadcrumb's words for a step of the function shown, or undefined (no screen of its own). */
  private crumbOf(view: PortalView, step: string): string | undefined {
    const screen = screenOf(step);
    if (screen === undefined) return undefined;
    const fn = this.t(TITLES[view]);
    if (screen === 'confirm') return this.t('screen.confirm', { function: fn });
    return this.t('portal.crumb', { function: fn, screen: this.t(screen) });
  }

  // Buttons, not fragment links: a fragment cannot reach into the shadow root. The skip link and the
  // 導盲磚 move focus to the page's heading, where reading continues.
  private skipToContent(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#view-title')?.focus();
  }

  private renderGroup(group: MenuGroup, view: PortalView): TemplateResult {
    const open = this.expanded.has(group.id);
    const listId = `menu-${group.id}`;
    return html`<li>
      <button
        part="menu-group"
        class="menu__group"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${listId}
        @click=${() => this.toggle(group.id)}
      >
        ${this.t(group.label)}<span class="menu__chevron" aria-hidden="true">${open ? '▲' : '▼'}</span>
      </button>
      <ul id=${listId} part="submenu" class="submenu" role="list" ?hidden=${!open}>
        ${group.items.map((item) => html`<li>${this.renderItem(item, this.t(TITLES[item]), view)}</li>`)}
      </ul>
    </li>`;
  }

  private renderItem(item: PortalView, label: string, view: PortalView): TemplateResult {
    return html`<button
      part="menu-item"
      class="menu__item"
      type="button"
      data-view=${item}
      aria-current=${item === view ? 'page' : nothing}
      @click=${() => this.navigate(item, true)}
    >
      ${label}
    </button>`;
  }

  private renderView(view: PortalView): TemplateResult {
    // The function's view sits one level below the portal's title.
    const level = clampHeadingLevel(this.headingLevel + 1);
    const tag = functionOf(view);
    if (tag && this.loadFailed === tag) {
      return html`<div part="load-error" class="status" role="alert">
        <p>${this.t('portal.loadFailed')}</p>
        <button class="button" type="button" @click=${this.retryFunction}>${this.t('portal.retry')}</button>
      </div>`;
    }
    if (tag && !customElements.get(tag)) {
      return html`<p part="loading" class="status" role="status">${this.t('portal.loading')}</p>`;
    }
    switch (view) {
      case 'home':
        return this.renderHome();
      case 'first-registration':
        return html`<gepi-first-registration
          heading-level=${level}
          reader-id=${this.readerId ?? nothing}
          .clock=${this.clock}
          .certificatePicker=${this.certificatePicker}
        >
          <button
            slot="actions"
            part="next-button"
            class="button button--primary"
            type="button"
            @click=${() => this.navigate('authorization', true)}
          >
            ${this.t('portal.goToAuthorization')}
          </button>
        </gepi-first-registration>`;
      case 'authorization':
        return html`<gepi-authorization
          heading-level=${level}
          reader-id=${this.readerId ?? nothing}
          .clock=${this.clock}
          .certificatePicker=${this.certificatePicker}
        ></gepi-authorization>`;
      case 'swap-org':
      case 'swap-manager':
      case 'swap-both':
        // The manual's swap results say 請點選左方選單; the portal offers the way on as a button too.
        return html`<gepi-cert-swap
          variant=${view.slice('swap-'.length)}
          heading-level=${level}
          reader-id=${this.readerId ?? nothing}
          .clock=${this.clock}
          .certificatePicker=${this.certificatePicker}
        >
          <button
            slot="actions"
            part="next-button"
            class="button button--primary"
            type="button"
            @click=${() => this.navigate('authorization', true)}
          >
            ${this.t('portal.goToAuthorization')}
          </button>
        </gepi-cert-swap>`;
      default:
        return html`<gepi-query
          variant=${view.slice('query-'.length)}
          heading-level=${level}
          reader-id=${this.readerId ?? nothing}
          .clock=${this.clock}
          .certificatePicker=${this.certificatePicker}
        ></gepi-query>`;
    }
  }

  private renderHome(): TemplateResult {
    return html`<ul part="home" class="home" role="list">
      ${HOME_CARDS.map((card) => {
        const single = card.views.length === 1 ? card.views[0] : undefined;
        const title = single
          ? html`<button
              part="home-link"
              class="home__link"
              type="button"
              @click=${() => this.navigate(single, true)}
            >
              ${this.t(card.title)}
            </button>`
          : this.t(card.title);
        return html`<li part="home-card" class="home__card">
          ${renderHeading(this.headingLevel + 1, title, { className: 'home__title' })}
          <p class="home__text">${this.t(card.text)}</p>
          ${
            single
              ? nothing
              : html`<ul class="home__links" role="list">
                  ${card.views.map(
                    (v) =>
                      html`<li>
                        <button
                          part="home-link"
                          class="home__link"
                          type="button"
                          @click=${() => this.navigate(v, true)}
                        >
                          ${this.t(TITLES[v])}
                        </button>
                      </li>`,
                  )}
                </ul>`
          }
        </li>`;
      })}
    </ul>`;
  }

  private navigate(view: PortalView, byPerson: boolean): void {
    this.visit++;
    this.view = view;
    this.menuOpen = false;
    // The person asked for a new page: reading starts at its heading, as after a page load.
    this.focusTitle = byPerson;
    this.requestUpdate();
    if (byPerson && this.history && history.state?.gepiView !== view) {
      history.pushState({ gepiView: view }, '', `#${view}`);
    }
    if (byPerson) this.emit('gepi-view-change', { view });
  }

  private toggle(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  private exit(): void {
    const event = this.emit('gepi-exit', {}, { cancelable: true });
    if (!event.defaultPrevented) this.navigate('home', false);
  }

  // 退出 / 取消 on a card step ends the function: back to the home page, as the manual's pages do.
  // Any other step with a screen of its own extends the breadcrumb's trail.
  private onStepChange(event: GepiStepChangeEvent): void {
    const { flow, step } = event.detail;
    if (step === 'cancelled') {
      this.navigate('home', true);
      return;
    }
    const view = this.currentView;
    const label = this.crumbOf(view, step);
    if (label === undefined) return;
    const visit = `${view}:${this.visit}`;
    const crumbs = this.trail.visit === visit ? this.trail.crumbs : [];
    // A screen is a step of one flow (收件紀錄's 申請及審核情形 runs a flow of its own).
    const key = `${flow}:${step}`;
    const seen = crumbs.findIndex((c) => c.step === key);
    const next = seen >= 0 ? crumbs.slice(0, seen + 1) : [...crumbs, { step: key, label }];
    this.trail = { visit, crumbs: next };
    this.requestUpdate();
  }

  // The disclosure menu works with Tab alone; arrows, Home and End move between its buttons too,
  // and Esc closes the sub-menu focus is in, back on its function's button.
  private onMenuKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('nav.nav button')].filter(
      (b) => b.offsetParent !== null,
    );
    const current = event.composedPath()[0];
    const index = buttons.findIndex((b) => b === current);
    if (index < 0) return;
    let target: HTMLButtonElement | undefined;
    switch (event.key) {
      case 'ArrowDown':
        target = buttons[(index + 1) % buttons.length];
        break;
      case 'ArrowUp':
        target = buttons[(index - 1 + buttons.length) % buttons.length];
        break;
      case 'Home':
        target = buttons[0];
        break;
      case 'End':
        target = buttons[buttons.length - 1];
        break;
      case 'Escape': {
        const list = (current as HTMLElement).closest('.submenu');
        const group = list?.previousElementSibling;
        if (!list || !(group instanceof HTMLButtonElement)) return;
        this.toggle(list.id.slice('menu-'.length));
        target = group;
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    target?.focus();
  }
}
