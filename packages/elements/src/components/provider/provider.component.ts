// <gepi-provider>: hands the SDK client, the token provider, the locale and string overrides to every
// GEPI element inside it, so a host configures them once instead of on each element.
import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { clientContext, localeContext, tokensContext, translationsContext } from '../../context/contexts.js';
import type { GepiClientLike, TokenProviderLike } from '../../context/sdk-types.js';
import type { Locale, TranslationOverrides } from '../../i18n/translation.js';
import { VERSION } from '../../internal/version.js';

/** Overrides of an outer provider with this one's on top, locale by locale. */
function mergeOverrides(
  outer: TranslationOverrides | undefined,
  inner: TranslationOverrides | undefined,
): TranslationOverrides | undefined {
  if (!outer) return inner;
  if (!inner) return outer;
  const merged: { [L in Locale]?: TranslationOverrides[L] } = { ...outer };
  for (const locale of Object.keys(inner) as Locale[]) {
    merged[locale] = { ...outer[locale], ...inner[locale] };
  }
  return merged;
}

/**
 * Configures the GEPI elements inside it. Providers nest: a value left unset here is taken from the
 * nearest outer provider, and translation overrides merge with the outer ones.
 *
 * @tagname gepi-provider
 * @summary Supplies client, token provider, locale and translation overrides to GEPI elements.
 *
 * @slot - The GEPI elements (and anything else) to configure.
 */
export class GepiProvider extends LitElement {
  /** Compared by the define helper when another copy of this package registered the tag first. */
  static readonly version: string = VERSION;

  // Lays out nothing of its own: its children sit in the host page's layout as if it were absent.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    tokens: { attribute: false },
    locale: { type: String },
    translations: { attribute: false },
  };

  /** The registration API client (from `@gepi/sdk`). */
  declare client: GepiClientLike | undefined;

  /** The token provider card operations use: virtual, PKCS#11 or Fortify (from `@gepi/sdk`). */
  declare tokens: TokenProviderLike | undefined;

  /**
   * The language of the elements inside, as a BCP 47 tag (`zh-TW`, `en`). It wins over their `lang`;
   * left unset, each element follows its `lang` or its ancestors'.
   */
  declare locale: string | undefined;

  /** Strings replacing built-in ones, per locale, for every element inside. */
  declare translations: TranslationOverrides | undefined;

  private readonly outerClient = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private readonly outerTokens = new ContextConsumer(this, { context: tokensContext, subscribe: true });
  private readonly outerLocale = new ContextConsumer(this, { context: localeContext, subscribe: true });
  private readonly outerTranslations = new ContextConsumer(this, {
    context: translationsContext,
    subscribe: true,
  });

  private readonly clientProvider = new ContextProvider(this, { context: clientContext });
  private readonly tokensProvider = new ContextProvider(this, { context: tokensContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly translationsProvider = new ContextProvider(this, { context: translationsContext });

  override connectedCallback(): void {
    super.connectedCallback();
    // The consumers have just asked the new surroundings; provide what they found, or this
    // provider's own values alone where no outer provider answered.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Values from an outer provider this one has left must not follow it to its new place.
    this.outerClient.value = undefined;
    this.outerTokens.value = undefined;
    this.outerLocale.value = undefined;
    this.outerTranslations.value = undefined;
  }

  // Runs on every change of this provider's properties and of an outer provider's values (the
  // consumers request an update), so the provided values are always current.
  protected override willUpdate(): void {
    this.clientProvider.setValue(this.client ?? this.outerClient.value);
    this.tokensProvider.setValue(this.tokens ?? this.outerTokens.value);
    this.localeProvider.setValue(this.locale || this.outerLocale.value);
    this.translationsProvider.setValue(mergeOverrides(this.outerTranslations.value, this.translations));
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
