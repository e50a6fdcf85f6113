// The base of every GEPI element: its version (for the define helper), per-instance localization
// over the catalog parts it shows, and `emit()` for the package's prefixed, typed events. The main
// entry's `GepiElement` (host-element.ts) is this base with every part, for hosts' own elements.
import { LitElement } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { LocalizedText } from '@gepi/sdk';
import { LocalizeController } from '../i18n/localize-controller.js';
import { missingEnglish, partsTranslator } from '../i18n/words.js';
import type { CatalogPart, Translator } from '../i18n/words.js';
import { sharedWords } from '../i18n/zh-TW/shared.js';
import { DEFAULT_LOCALE } from '../i18n/translation.js';
import type {
  Locale,
  TranslateArgs,
  TranslationKey,
  TranslationOverrides,
  TranslationSlots,
} from '../i18n/translation.js';
import { VERSION } from './version.js';

/** Every event this package fires; components add theirs to `GlobalEventHandlersEventMap`. */
export type GepiEventName = Extract<keyof GlobalEventHandlersEventMap, `gepi-${string}`>;

/** The `detail` of a GEPI event, read from its entry in `GlobalEventHandlersEventMap`. */
export type GepiEventDetail<K extends GepiEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

export interface EmitOptions {
  /** Whether a listener may call `preventDefault()` to stop the default action. */
  cancelable?: boolean;
}

/**
 * @attr lang - The element's language (`zh-TW`, `en`), as on any HTML element. A `<gepi-provider locale>` around it wins; unset, the nearest ancestor's `lang` applies, else zh-TW.
 */
export class GepiElementBase extends LitElement {
  /** Compared by the define helper when another copy of this package registered a tag first. */
  static readonly version: string = VERSION;

  /**
   * The parts of the built-in catalogs this element shows (see i18n/words.ts): the shared words,
   * and what a subclass adds. Their zh-TW words come with the element's code; their English is
   * fetched before the element first renders in English.
   */
  static catalogParts: readonly CatalogPart[] = [sharedWords];

  static override properties: PropertyDeclarations = {
    translations: { attribute: false },
  };

  // The element's own `lang` is watched here rather than through a reactive property, which would
  // shadow the native `lang` accessor and stop `el.lang = 'en'` from setting the attribute.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Strings that replace the built-in ones for this element only, per locale, e.g.
   * `{ 'zh-TW': { 'terms.agree': '我同意' } }`. They win over a provider's overrides.
   */
  declare translations: TranslationOverrides | undefined;

  private readonly i18n = new LocalizeController(this);
  // Defaults until the first update, which resolves the real locale once the element is connected.
  private translator: Translator = partsTranslator(DEFAULT_LOCALE, this.catalogParts);

  /** This element's class's catalog parts. */
  protected get catalogParts(): readonly CatalogPart[] {
    return (this.constructor as typeof GepiElementBase).catalogParts;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** The locale the element renders in, as resolved at its last update. */
  get resolvedLocale(): Locale {
    return this.translator.locale;
  }

  /** A message in the resolved locale, with the provider's and the element's overrides applied. */
  protected t<K extends TranslationKey>(key: K, ...args: TranslateArgs<K>): string {
    return this.translator.t(key, ...args);
  }

  /**
   * A field's label as this element shows it (resolved locale, host overrides applied), in the
   * shape the SDK's validators build their messages around. Both slots hold that one text: only
   * the resolved locale's message is ever read back.
   */
  protected labelText<K extends TranslationKey>(key: K, ...args: TranslateArgs<K>): LocalizedText {
    const text = this.t(key, ...args);
    return { 'zh-TW': text, en: text };
  }

  /** A message whose `{name}` slots hold markup, as an array to put in a template. */
  protected tParts<K extends TranslationKey>(key: K, slots: TranslationSlots<K>): unknown[] {
    return this.translator.parts(key, slots);
  }

  /** The locales this element is about to render in; its parts' words in them are loaded before it updates. */
  protected localesNeeded(): Locale[] {
    return [this.i18n.locale];
  }

  // An update waits for the words of a locale not loaded yet (the English of its parts, the first
  // time), so the element renders in its language from the first paint and `updateComplete` covers
  // the fetch.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const missing = this.localesNeeded().includes('en') ? missingEnglish(this.catalogParts) : [];
    if (missing.length === 0) return super.scheduleUpdate();
    return Promise.all(missing.map((chunk) => chunk.load())).then(
      () => super.scheduleUpdate(),
      (error: unknown) => {
        // Offline or a failed chunk: the manual's zh-TW words are always there, so render with them.
        console.error('@gepi/elements: a catalog could not be loaded; showing zh-TW.', error);
        return super.scheduleUpdate();
      },
    );
  }

  // Resolved once per update, so a render reads one consistent locale however many strings it uses.
  protected override update(changed: PropertyValues): void {
    this.translator = this.i18n.translator(this.catalogParts, this.translations);
    super.update(changed);
  }

  /**
   * Dispatches a GEPI event from this element: bubbling and composed, so a host page hears it
   * through any number of shadow roots. Returns the event, to check `defaultPrevented`.
   */
  protected emit<K extends GepiEventName>(
    name: K,
    detail: GepiEventDetail<K>,
    options: EmitOptions = {},
  ): CustomEvent<GepiEventDetail<K>> {
    const event = new CustomEvent<GepiEventDetail<K>>(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    this.dispatchEvent(event);
    return event;
  }
}
