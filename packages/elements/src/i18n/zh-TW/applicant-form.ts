// The zh-TW words of <gepi-applicant-form> (機關憑證註冊申請人確認畫面): one part of the zh-TW catalog (../zh-TW.ts, whose header says where the
// words come from), in the chunk of the one element that shows them. Their English is in the chunk of
// the parts every flow shows (../english.ts): a chunk of its own would cost the flows that show the
// element more than these few words.
import { flowsEnglish } from '../english.js';
import type { CatalogPart } from '../words.js';

export const applicantFormZh = {
  // Applicant contact when the OID does not match (機關憑證註冊申請人確認畫面); figures 3-6, 3-7
  'orgCard.oidMismatch': '貴機關申請憑證註冊，因申請資料比對不符，需進行審核，請填聯絡資料。',
  'applicant.title': '機關憑證註冊申請人確認畫面',
  'applicant.name': '姓名',
  'applicant.phone': '電話',
} as const;

/** The applicant-form part: these zh-TW words, and the chunk with their English. */
export const applicantFormWords: CatalogPart = { 'zh-TW': applicantFormZh, en: flowsEnglish };
