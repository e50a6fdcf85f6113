// The values a <gepi-provider> hands down to every GEPI element below it, through @lit/context's
// community protocol (events, so it works across shadow roots and without a shared global).
import { createContext } from '@lit/context';
import type { TranslationOverrides } from '../i18n/translation.js';
import type { GepiClientLike, TokenProviderLike } from './sdk-types.js';

// Keys come from Symbol.for, not Symbol(): when a page holds two bundles of this package, a provider
// from one still reaches elements from the other. The trailing number is the shape of the value; it
// changes only when a value's type changes incompatibly, so mismatched copies stop matching instead
// of passing each other values they cannot read.

/** The registration API client the flows call. */
export const clientContext = createContext<GepiClientLike | undefined>(Symbol.for('gepi.client.v1'));

/** The token provider card operations go through. */
export const tokensContext = createContext<TokenProviderLike | undefined>(Symbol.for('gepi.tokens.v1'));

/** A BCP 47 tag; undefined lets each element fall back to its `lang`. */
export const localeContext = createContext<string | undefined>(Symbol.for('gepi.locale.v1'));

/** Host strings that replace the built-in ones, per locale. */
export const translationsContext = createContext<TranslationOverrides | undefined>(
  Symbol.for('gepi.translations.v1'),
);
