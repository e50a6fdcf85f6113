// The built-in catalogs in parts, as the elements use them. Each part is the zh-TW words of one
// area (zh-TW/*.ts: what every element shows, the terms, the certificate panels, the contact and
// applicant forms, the card step, the flows, the handler views, the queries, the portal, the demo's
// card reader) with the chunk that holds its English
// (english.ts). An element names the parts it shows (`static catalogParts`): their zh-TW words come
// with its code, and their English is fetched the first time it renders in English, so a page
// pays only for the words of the elements it shows. The whole catalogs (`zhTW`, `loadCatalog()`)
// are the same parts put together (zh-TW.ts, en.ts), for hosts that import them.
import { loadOnce } from '../internal/load-once.js';
import { interpolate, lookupTemplate, splitTemplate } from './translation.js';
import type {
  Locale,
  Translate,
  Translation,
  TranslationKey,
  TranslationOverrides,
  TranslationSlots,
} from './translation.js';

/** Some of a catalog's messages. */
export type Words = Partial<Translation>;

/** The English of a zh-TW part: the same keys, each with its text. */
export type EnglishOf<T> = { readonly [K in keyof T]: string };

/** A lazy chunk of English words (one or several parts'), fetched once. */
export interface EnglishWords {
  /** The words, once loaded; undefined before. */
  readonly words: Words | undefined;
  /** Fetches the chunk (once; a failed fetch is tried again on the next call). */
  load(): Promise<Words>;
}

/** The English words that `importer` (a literal `import()`, so bundlers make it a chunk) gives. */
export function englishWords(importer: () => Promise<Words>): EnglishWords {
  const fetch = loadOnce(importer);
  const chunk: { words: Words | undefined; load(): Promise<Words> } = {
    words: undefined,
    load: () => fetch(undefined).then((words) => (chunk.words = words)),
  };
  return chunk;
}

/** One part of the built-in catalogs: its zh-TW words and the chunk with their English. */
export interface CatalogPart {
  readonly 'zh-TW': Words;
  readonly en: EnglishWords;
}

/** The English chunks of `parts` not loaded yet, each once. */
export function missingEnglish(parts: readonly CatalogPart[]): EnglishWords[] {
  return [...new Set(parts.map((part) => part.en))].filter((chunk) => !chunk.words);
}

/** Lookups bound to one locale and one stack of overrides. */
export interface Translator {
  readonly locale: Locale;
  /** The message as text, parameters filled in. */
  readonly t: Translate;
  /** The message as an array for a Lit template, its slots filled with text or markup. */
  readonly parts: <K extends TranslationKey>(key: K, slots: TranslationSlots<K>) => unknown[];
}

/** A translator over `layers` (catalogs and override objects, the last one winning). */
export function layeredTranslator(locale: Locale, layers: ReadonlyArray<Words | undefined>): Translator {
  return {
    locale,
    t: (key, ...args) => interpolate(lookupTemplate(layers, key), args[0]),
    parts: (key, slots) => splitTemplate(lookupTemplate(layers, key), slots),
  };
}

/**
 * The translator of an element showing `parts` in `locale`; overrides listed later win. The parts'
 * zh-TW words lie beneath every locale, so a key missing at run time (an override object of a
 * plain-JavaScript host) or English not loaded yet still shows the manual's text.
 */
export function partsTranslator(
  locale: Locale,
  parts: readonly CatalogPart[],
  ...overrides: ReadonlyArray<TranslationOverrides | undefined>
): Translator {
  const zh = parts.map((part) => part['zh-TW']);
  const own = locale === 'en' ? parts.map((part) => part.en.words) : [];
  return layeredTranslator(locale, [...zh, ...own, ...overrides.map((o) => o?.[locale])]);
}
