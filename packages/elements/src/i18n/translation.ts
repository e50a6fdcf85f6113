// Types and pure functions of the per-instance localization: which locales exist, how a BCP 47 tag
// maps to one of them, and how a message is looked up (catalog, then host overrides) and filled in.
// Nothing here is global: every element resolves its own locale and overrides, so two hosts on one
// page can never fight over a shared setting.
import type { ZhTWCatalog } from './zh-TW.js';

/** The locales this package ships catalogs for. */
export type Locale = 'zh-TW' | 'en';

/** The fallback when neither a provider nor `lang` names a supported locale. */
export const DEFAULT_LOCALE: Locale = 'zh-TW';

/** Every message key; the zh-TW catalog defines the set. */
export type TranslationKey = keyof ZhTWCatalog;

/** A complete catalog: one message per key. */
export type Translation = { readonly [K in TranslationKey]: string };

/**
 * Strings a host replaces, per locale; whatever is left out comes from the built-in catalog.
 * Keyed by locale so an override written in one language never shows up in another.
 */
export type TranslationOverrides = { readonly [L in Locale]?: Partial<Translation> };

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The names a message takes as `{name}` parameters, read from the zh-TW text. */
export type TranslationParamName<K extends TranslationKey> = Placeholders<ZhTWCatalog[K]>;

/** The parameters a message needs, or none. */
export type TranslationParams<K extends TranslationKey> = {
  readonly [P in TranslationParamName<K>]: string | number;
};

/** `t(key)` for a message without parameters, `t(key, params)` for one with. */
export type TranslateArgs<K extends TranslationKey> = [TranslationParamName<K>] extends [never]
  ? []
  : [params: TranslationParams<K>];

/** A bound lookup for one locale and one set of overrides. */
export type Translate = <K extends TranslationKey>(key: K, ...args: TranslateArgs<K>) => string;

/**
 * Maps a BCP 47 tag to a supported locale: `en`, `en-US` → `en`; `zh`, `zh-TW`, `zh-Hant`,
 * `zh-Hant-TW` → `zh-TW`. Simplified Chinese (`zh-CN`, `zh-Hans`) also maps to `zh-TW`: this UI
 * has no Simplified catalog, and Traditional is closer to it than English.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'en') return 'en';
  if (language === 'zh') return 'zh-TW';
  return undefined;
}

/** Replaces each `{name}` with its parameter; an unknown name is left as written, to stay visible. */
export function interpolate(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** The values a message's `{name}` slots take when rendered as a template: text or markup. */
export type TranslationSlots<K extends TranslationKey> = { readonly [P in TranslationParamName<K>]: unknown };

/**
 * Finds `key` in the layers from the last (most specific) to the first. Layers are catalogs and
 * override objects; a missing key falls through, and the key itself is the last resort so a gap
 * shows on screen instead of a blank.
 */
export function lookupTemplate(
  layers: ReadonlyArray<Partial<Translation> | undefined>,
  key: TranslationKey,
): string {
  for (let i = layers.length - 1; i >= 0; i--) {
    const message = layers[i]?.[key];
    if (typeof message === 'string') return message;
  }
  return key;
}

/**
 * Splits a template at its `{name}` slots and puts the values in between, for messages that hold
 * markup (a `<time>`, a button) that a string cannot carry. Lit renders the array in order.
 */
export function splitTemplate(template: string, values: Readonly<Record<string, unknown>>): unknown[] {
  const parts: unknown[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    if (!Object.hasOwn(values, name)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(values[name]);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}
