// The built-in catalogs by locale, and the translator an element uses: built-in catalog, then the
// provider's overrides, then the element's own. zh-TW, the manual's language and the default, is
// always here; the English catalog is fetched the first time an element renders in English
// (GepiElement waits for it before rendering, so no zh-TW text flashes in its place).
import { loadOnce } from '../internal/load-once.js';
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

const loaded: { [L in Locale]?: Translation } = { 'zh-TW': zhTW };

// Literal paths, so bundlers split each catalog into a chunk of its own. zh-TW is always loaded.
const fetchCatalog = loadOnce(async (locale: Exclude<Locale, 'zh-TW'>): Promise<Translation> => {
  const { en } = await import('./en.js');
  return (loaded[locale] = en);
});

/** The built-in catalog of `locale` if it is loaded, else undefined (see {@link loadCatalog}). */
export function builtInCatalog(locale: Locale): Translation | undefined {
  return loaded[locale];
}

/**
 * Loads the built-in catalog of `locale` (once; a failed fetch is tried again on the next call).
 * Elements call this themselves before rendering; a host may call it early to save a round trip.
 */
export function loadCatalog(locale: Locale): Promise<Translation> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  return fetchCatalog(locale as Exclude<Locale, 'zh-TW'>);
}

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
 * type-checked, nor can a catalog it supplies) still shows the manual's text rather than nothing;
 * so does a locale whose catalog is not loaded yet ({@link loadCatalog}).
 */
export function createTranslator(
  locale: Locale,
  ...overrides: ReadonlyArray<TranslationOverrides | undefined>
): Translator {
  const layers = [zhTW, loaded[locale], ...overrides.map((o) => o?.[locale])];
  return {
    locale,
    t: (key, ...args) => interpolate(lookupTemplate(layers, key), args[0]),
    parts: (key, slots) => splitTemplate(lookupTemplate(layers, key), slots),
  };
}
