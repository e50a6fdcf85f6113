// The English of <gepi-applicant-form> (機關憑證註冊申請人確認畫面): the applicant-form part of the English catalog (../en.ts), fetched with the
// English of the registration flows' other views (./registration.ts). Typed by its zh-TW part, so a missing, extra or
// misspelled key fails the type check.
import type { applicantFormZh } from '../zh-TW/applicant-form.js';
import type { EnglishOf } from '../words.js';

export const applicantFormEn: EnglishOf<typeof applicantFormZh> = {
  'orgCard.oidMismatch':
    "Your agency's certificate registration does not match the data on file and needs review. Please leave your contact details.",
  'applicant.title': 'Organization certificate registration: applicant details',
  'applicant.name': 'Name',
  'applicant.phone': 'Phone',
};
