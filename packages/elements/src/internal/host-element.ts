// `GepiElement` of the main entry: the base of the kit's elements with every part of the built-in
// catalogs, so that a host's own element may show any built-in message with `this.t(key)`, as the
// kit's elements do. The kit's elements extend the base itself (gepi-element.ts) and name only the
// parts they show; a host that imports this class pays for the whole zh-TW catalog.
import { GepiElementBase } from './gepi-element.js';
import type { CatalogPart } from '../i18n/words.js';
import { cardConfirmWords } from '../i18n/zh-TW/card-confirm.js';
import { flowWords } from '../i18n/zh-TW/flow.js';
import { handlersWords } from '../i18n/zh-TW/handlers.js';
import { portalWords } from '../i18n/zh-TW/portal.js';
import { queriesWords } from '../i18n/zh-TW/queries.js';
import { sharedWords } from '../i18n/zh-TW/shared.js';
import { applicantFormWords } from '../i18n/zh-TW/applicant-form.js';
import { certInfoWords } from '../i18n/zh-TW/cert-info.js';
import { contactFormWords } from '../i18n/zh-TW/contact-form.js';
import { termsWords } from '../i18n/zh-TW/terms.js';
import { virtualReaderWords } from '../i18n/zh-TW/virtual-reader.js';

/** Every part of the built-in catalogs, in the order of the whole catalogs. */
export const everyCatalogPart: readonly CatalogPart[] = [
  queriesWords,
  sharedWords,
  certInfoWords,
  contactFormWords,
  applicantFormWords,
  termsWords,
  cardConfirmWords,
  flowWords,
  handlersWords,
  portalWords,
  virtualReaderWords,
];

/**
 * The base for a host's own GEPI-style element: per-instance localization with every built-in
 * message (`this.t(key)`, `this.tParts(key, slots)`; the English is fetched before the element
 * first renders in English), `resolvedLocale`, and `emit()` for prefixed, typed events.
 */
export class GepiElement extends GepiElementBase {
  static override catalogParts: readonly CatalogPart[] = everyCatalogPart;
}
