// The zh-TW words of <gepi-terms> (用戶約定條款): one part of the zh-TW catalog (../zh-TW.ts, whose header says
// where the words come from). An element names the parts it shows (`static catalogParts`), so a page
// loads only those; `zhTW` is every part together.
import { englishWords } from '../words.js';
import type { CatalogPart } from '../words.js';

export const termsZh = {
  // Terms (用戶約定條款); figures 3-4, 3-23, 3-28, 3-33
  'terms.title': '公教人員保險網路作業 e 系統用戶約定條款',
  'terms.downloadTime': '網頁下載時間：{time}',
  'terms.intro':
    '本要保單位已閱讀後充分瞭解並同意遵守「公教人員保險網路作業 e 系統」（以下稱本作業系統）用戶約定條款（以下稱本約定條款）：',
  'terms.clause1': '本要保單位應選用本作業系統所需的電腦環境及安全的應用系統，並採取適當的防護控制措施。',
  'terms.clause2':
    '本要保單位應確保資料之正確性，如因資料有誤、不實導致被保險人等權益受損，應自行解決並承擔責任。',
  'terms.clause3':
    '本要保單位應以機關憑證及單位授權管理人之自然人憑證完成註冊，進行承辦人權限設定（含授權指派、變更或停止作業），代理本要保單位辦理公教人員保險相關事宜。本要保單位對承辦人之申報作業應善盡管理責任，並監督其使用本作業系統之正確性與安全性。',
  'terms.clause4': '本要保單位應避免將相關憑證交付他人或遭他人冒用、盜用之情事發生，以善盡保管責任。',
  'terms.clause5':
    '本要保單位同意以本作業系統申報（辦）後產製及傳輸之電子文件作為書面文件之原本或正本，免再送蓋用印信或公保專用章的書面文件。',
  'terms.clause6': '當本作業系統無法運作時，本要保單位仍應依相關規定於期限內辦理申報（辦）作業。',
  'terms.clause7': '雙方對申報（辦）結果產生疑義時，同意承保機關依相關法律規定及程序辦理。',
  'terms.clause8':
    '本要保單位自本作業系統取得（查詢、列印）之資料，應負保密責任，如有不當使用或侵犯個人隱私，應依個人資料保護法暨其他相關規定負法律責任。',
  'terms.clause9': '本要保單位裁撤後，承保機關有權終止提供本作業系統服務。',
  'terms.clause10': '本約定條款如有未盡事宜，悉依有關法令及承保機關相關作業規定辦理。',
  'terms.agree': '同意條款內容',
  'terms.disagree': '不同意條款內容',
} as const;

// Not ../english.ts's chunk: the authorization and query flows show no terms. The registration flows'
// views share the chunk (../en/registration.ts).
const termsEnglish = englishWords(() => import('../en/registration.js').then((m) => m.termsEn));

/** The terms part: these zh-TW words, and the chunk with their English. */
export const termsWords: CatalogPart = { 'zh-TW': termsZh, en: termsEnglish };
