// The UI's Traditional Chinese text, copied word for word from chapter 3 of the GEPI e-system manual
// (憑證註冊與指派作業). This catalog is the reference: its keys define `Translation`, so every other
// catalog must supply the same keys. `{name}` marks a parameter filled in by `t(key, params)`.
// The words are the manual's; its punctuation is not: the published text's half-width `,` `:` `(` `)`
// are an artifact of its extraction, so this catalog writes the full-width ，：；！？（） a Taiwanese
// reader expects (test/zh-punctuation.test.ts checks every zh-TW string of the kit).
//
// The words are kept in parts (zh-TW/*.ts), one per area of the UI, so that an element loads only
// the parts it shows (see words.ts); this catalog is every part together, for hosts that import it.

import { cardConfirmZh } from './zh-TW/card-confirm.js';
import { flowZh } from './zh-TW/flow.js';
import { handlersZh } from './zh-TW/handlers.js';
import { portalZh } from './zh-TW/portal.js';
import { queriesZh } from './zh-TW/queries.js';
import { sharedZh } from './zh-TW/shared.js';
import { applicantFormZh } from './zh-TW/applicant-form.js';
import { certInfoZh } from './zh-TW/cert-info.js';
import { contactFormZh } from './zh-TW/contact-form.js';
import { termsZh } from './zh-TW/terms.js';
import { virtualReaderZh } from './zh-TW/virtual-reader.js';

/** The whole zh-TW catalog: every part. */
export const zhTW = {
  ...queriesZh,
  ...sharedZh,
  ...certInfoZh,
  ...contactFormZh,
  ...applicantFormZh,
  ...termsZh,
  ...cardConfirmZh,
  ...flowZh,
  ...handlersZh,
  ...portalZh,
  ...virtualReaderZh,
} as const;

/** The zh-TW catalog's exact type, with each message's literal text (used to type parameters). */
export type ZhTWCatalog = typeof zhTW;
