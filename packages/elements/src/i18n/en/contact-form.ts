// The English of <gepi-contact-form> (請輸入下列欄位): the contact-form part of the English catalog (../en.ts), fetched with the
// English of the registration flows' other views (./registration.ts). Typed by its zh-TW part, so a missing, extra or
// misspelled key fails the type check.
import type { contactFormZh } from '../zh-TW/contact-form.js';
import type { EnglishOf } from '../words.js';

export const contactFormEn: EnglishOf<typeof contactFormZh> = {
  'contact.prompt': 'Please fill in the following fields:',
  'contact.name': 'Name',
  'contact.email': 'Email',
  'contact.phone': 'Phone',
  'contact.extension': 'Extension',
  'contact.note': 'Notes',
  'common.clear': 'Clear',
};
