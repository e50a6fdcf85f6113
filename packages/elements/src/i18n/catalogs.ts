// The built-in catalogs by locale, and the translator an element uses: built-in catalog, then the
// provider's overrides, then the element's own.
import { en } from './en.js';
import { zhTW } from './zh-TW.js';
import { interpolate, lookupTemplate, splitTemplate } from './translation.js';
import type {
  Locale,
  Translate,
  Translation,
  TranslationKey,
  TranslationOverrides,
  TranslationSlots,
} from './translation.js';

export const catalogs: { readonly [L in Locale]: Translation } = { 'zh-TW': zhTW, en };

/** Lookups bound to one locale and one stack of overrides. */
export interface Translator {
  readonly locale: Locale;
  /** The message as text, parameters filled in. */
  readonly t: Translate;
  /** The message as an array for a Lit template, its slots filled with text or markup. */
  readonly parts: <K extends TranslationKey>(key: K, slots: TranslationSlots<K>) => unknown[];
}

/**
 * The translator for `locale`; overrides listed later win. The zh-TW catalog lies beneath every
 * locale, so a key missing at run time (a plain-JavaScript host's override object cannot be
 * type-checked, nor can a catalog it supplies) still shows the manual's text rather than nothing.
 */
export function createTranslator(
  locale: Locale,
  ...overrides: ReadonlyArray<TranslationOverrides | undefined>
): Translator {
  const layers = [catalogs['zh-TW'], catalogs[locale], ...overrides.map((o) => o?.[locale])];
  return {
    locale,
    t: (key, ...args) => interpolate(lookupTemplate(layers, key), args[0]),
    parts: (key, slots) => splitTemplate(lookupTemplate(layers, key), slots),
  };
}
