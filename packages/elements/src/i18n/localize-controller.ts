// Resolves an element's locale and builds its translator. Order: the nearest <gepi-provider>'s
// locale, else the element's own `lang` or the closest ancestor's (crossing shadow roots), else
// zh-TW. Re-renders the element when any of these change.
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeContext, translationsContext } from '../context/contexts.js';
import { partsTranslator } from './words.js';
import type { CatalogPart, Translator } from './words.js';
import { DEFAULT_LOCALE, matchLocale } from './translation.js';
import type { Locale, TranslationOverrides } from './translation.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Walks up from `element`, through shadow hosts, to the first `lang` attribute. */
export function closestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

// One observer for the page: hosts switch the language by changing `lang` on <html> or on a
// container, and every connected element should follow. An element's own `lang` inside another
// shadow root is outside this observer's view; GepiElement watches that attribute itself.
const connected = new Set<Host>();
let langObserver: MutationObserver | undefined;

function watchLang(host: Host): void {
  connected.add(host);
  if (langObserver) return;
  langObserver = new MutationObserver(() => {
    for (const element of connected) element.requestUpdate();
  });
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

function unwatchLang(host: Host): void {
  connected.delete(host);
  if (connected.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

// Catches context requests made before a provider was upgraded (a page that defines <gepi-terms>
// before <gepi-provider>) and replays them once the provider connects. Attached on first use, not
// at import, so importing this package changes nothing on the page.
let contextRoot: ContextRoot | undefined;

function ensureContextRoot(): void {
  if (contextRoot) return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
}

export class LocalizeController implements ReactiveController {
  private readonly host: Host;
  private readonly localeConsumer: ContextConsumer<typeof localeContext, Host>;
  private readonly translationsConsumer: ContextConsumer<typeof translationsContext, Host>;

  constructor(host: Host) {
    this.host = host;
    // Added before the consumers, so the context root listens before their first request.
    host.addController({ hostConnected: ensureContextRoot });
    this.localeConsumer = new ContextConsumer(host, { context: localeContext, subscribe: true });
    this.translationsConsumer = new ContextConsumer(host, { context: translationsContext, subscribe: true });
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.host);
    // A re-attached element may have a new provider, or none, and new ancestors' `lang`.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    unwatchLang(this.host);
    // A moved element must not keep the values of the provider it left; if its new place has a
    // provider, the consumers' next request fills these in again.
    this.localeConsumer.value = undefined;
    this.translationsConsumer.value = undefined;
  }

  /** The locale to render in now. */
  get locale(): Locale {
    const tag = this.localeConsumer.value ?? closestLang(this.host);
    return matchLocale(tag) ?? DEFAULT_LOCALE;
  }

  /** A translator for the current locale: the built-in `parts`, provider overrides, then `own`. */
  translator(parts: readonly CatalogPart[], own?: TranslationOverrides): Translator {
    return partsTranslator(this.locale, parts, this.translationsConsumer.value, own);
  }
}
