// English catalog: a faithful rendering of the zh-TW catalog for hosts whose users read English.
// Typed as `Translation`, so a missing or misspelled key fails the type check. Kept in parts
// (en/*.ts, each typed by its zh-TW part); this is every part together, what `loadCatalog('en')` gives.
import type { Translation } from './translation.js';
import { cardConfirmEn } from './en/card-confirm.js';
import { flowEn } from './en/flow.js';
import { handlersEn } from './en/handlers.js';
import { portalEn } from './en/portal.js';
import { queriesEn } from './en/queries.js';
import { sharedEn } from './en/shared.js';
import { applicantFormEn } from './en/applicant-form.js';
import { certInfoEn } from './en/cert-info.js';
import { contactFormEn } from './en/contact-form.js';
import { termsEn } from './en/terms.js';
import { virtualReaderEn } from './en/virtual-reader.js';

export const en: Translation = {
  ...queriesEn,
  ...sharedEn,
  ...certInfoEn,
  ...contactFormEn,
  ...applicantFormEn,
  ...termsEn,
  ...cardConfirmEn,
  ...flowEn,
  ...handlersEn,
  ...portalEn,
  ...virtualReaderEn,
};
