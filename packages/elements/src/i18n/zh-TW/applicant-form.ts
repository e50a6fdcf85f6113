// The zh-TW words of <gepi-applicant-form> (機關憑證註冊申請人確認畫面): one part of the zh-TW catalog (../zh-TW.ts, whose header says where the
// words come from), in the chunk of the one element that shows them. Their English is in the chunk
// of the registration flows' views (../en/registration.ts), which an authorization or a query page
// never fetches.
import { englishWords } from '../words.js';
import type { CatalogPart } from '../words.js';

export const applicantFormZh = {
  // Applicant contact when the OID does not match (機關憑證註冊申請人確認畫面); figures 3-6, 3-7
  'orgCard.oidMismatch': '貴機關申請憑證註冊，因申請資料比對不符，需進行審核，請填聯絡資料。',
  'applicant.title': '機關憑證註冊申請人確認畫面',
  'applicant.name': '姓名',
  'applicant.phone': '電話',
} as const;

const applicantFormEnglish = englishWords(() =>
  import('../en/registration.js').then((m) => m.applicantFormEn),
);

/** The applicant-form part: these zh-TW words, and the chunk with their English. */
export const applicantFormWords: CatalogPart = { 'zh-TW': applicantFormZh, en: applicantFormEnglish };
