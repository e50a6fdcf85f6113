// The whole built-in catalogs by locale, for hosts (the main entry exports these): `zhTW` is always
// here, the English catalog is fetched by `loadCatalog('en')`. The elements do not use this module:
// each loads only the catalog parts it shows (words.ts), so that a page does not pay for the words
// of elements it does not show; the whole catalogs are those parts put together.
import { loadOnce } from '../internal/load-once.js';
import { zhTW } from './zh-TW.js';
import { layeredTranslator } from './words.js';
import type { Translator } from './words.js';
import type { Locale, Translation, TranslationOverrides } from './translation.js';

export type { Translator } from './words.js';

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
 * Elements fetch the English of the parts they show themselves before rendering; a host may call
 * this early to fetch all the English words at once.
 */
export function loadCatalog(locale: Locale): Promise<Translation> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  return fetchCatalog(locale as Exclude<Locale, 'zh-TW'>);
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
  return layeredTranslator(locale, [zhTW, loaded[locale], ...overrides.map((o) => o?.[locale])]);
}
