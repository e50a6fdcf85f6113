// The zh-TW words of <gepi-contact-form> (請輸入下列欄位): one part of the zh-TW catalog (../zh-TW.ts, whose header says where the
// words come from), in the chunk of the one element that shows them. Their English is in the chunk
// of the registration flows' views (../en/registration.ts), which an authorization or a query page
// never fetches.
import { englishWords } from '../words.js';
import type { CatalogPart } from '../words.js';

export const contactFormZh = {
  // Manager contact fields (請輸入下列欄位)
  'contact.prompt': '請輸入下列欄位：',
  'contact.name': '姓名',
  'contact.email': '電子信箱',
  'contact.phone': '連絡電話',
  'contact.extension': '分機',
  'contact.note': '備註',
  'common.clear': '清除',
} as const;

const contactFormEnglish = englishWords(() => import('../en/registration.js').then((m) => m.contactFormEn));

/** The contact-form part: these zh-TW words, and the chunk with their English. */
export const contactFormWords: CatalogPart = { 'zh-TW': contactFormZh, en: contactFormEnglish };
