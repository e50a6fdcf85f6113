// The public surface of @gepi/elements: classes, helpers and types, without side effects. Importing
// this registers no tag; import a define file (`components/<name>/gepi-<name>.js`) for that, or call
// `defineElement` with a registry of your own.

export { GepiTerms } from './components/terms/terms.component.js';
export type {
  GepiTermsAcceptedEvent,
  GepiTermsDeclinedEvent,
  GepiTermsEventDetail,
} from './components/terms/terms.component.js';
export { GepiProvider } from './components/provider/provider.component.js';

export { clientContext, localeContext, tokensContext, translationsContext } from './context/contexts.js';
export type { GepiClientLike, TokenProviderLike } from './context/sdk-types.js';

export { catalogs, createTranslator } from './i18n/catalogs.js';
export type { Translator } from './i18n/catalogs.js';
export { en } from './i18n/en.js';
export { zhTW } from './i18n/zh-TW.js';
export { DEFAULT_LOCALE, matchLocale } from './i18n/translation.js';
export type {
  Locale,
  Translate,
  TranslateArgs,
  Translation,
  TranslationKey,
  TranslationOverrides,
  TranslationParams,
} from './i18n/translation.js';

export { defineElement } from './internal/define.js';
export type { DefineOptions, VersionedConstructor } from './internal/define.js';
export { GepiElement } from './internal/gepi-element.js';
export type { EmitOptions, GepiEventDetail, GepiEventName } from './internal/gepi-element.js';
export { systemClock } from './internal/clock.js';
export type { Clock } from './internal/clock.js';
export { VERSION } from './internal/version.js';

export { defaultTheme, token, tokenDefaults } from './styles/tokens.js';
export type { TokenName } from './styles/tokens.js';
export {
  buttonStyles,
  errorSummaryStyles,
  fieldStyles,
  focusRingStyles,
  hostStyles,
  sharedStyles,
  visuallyHiddenStyles,
} from './styles/shared.js';
