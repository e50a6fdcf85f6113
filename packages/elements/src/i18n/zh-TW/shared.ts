// The zh-TW words several elements show: shared buttons and labels, dates, forms, the certification authorities and the bank, the labels the card step shares with the org panel, results and messages. Every element has them: one part of the zh-TW catalog (../zh-TW.ts, whose header says
// where the words come from). An element names the parts it shows (`static catalogParts`), so a page
// loads only those; `zhTW` is every part together.
import { flowsEnglish } from '../english.js';
import type { CatalogPart } from '../words.js';

export const sharedZh = {
  // Shared words
  'common.confirm': '確認',
  'common.cancel': '取消',
  'common.exit': '退出',
  'common.close': '關閉',
  'common.previousPage': '上一頁',
  'common.add': '新增',
  'common.edit': '修改',
  'common.delete': '刪除',
  'common.search': '搜尋',
  'common.query': '查詢',
  'common.required': '（必填）',
  'common.notes': '※注意事項：',
  'common.requiredNote': '* 為必填欄位。',

  // Organization card confirmation (機關憑證確認畫面); figures 3-5, 3-24
  'orgCard.title': '機關憑證確認畫面',
  'orgCard.openCardNotice': '※請先確認IC卡已完成開卡程序。',
  'orgCard.instruction': '請將機關憑證IC卡放入讀卡機，並輸入畫面欄位：',
  'orgCard.instructionSwapped': '請將更換後機關憑證IC卡放入讀卡機，並輸入畫面欄位：',
  'orgCard.agencyCode': '機關代號（五碼）',
  'orgCard.pin': '機關憑證IC卡密碼（PIN碼）',
  'orgCard.lockWarning':
    'IC卡PIN碼（即密碼）輸入三次以上錯誤，即造成IC卡鎖卡，請至所屬憑證管理中心進行鎖卡解碼：',

  // The review notice after an OID mismatch (<gepi-message>); figures 3-6, 3-7. The applicant's form is
  // in applicant-form.ts.
  'applicant.pending':
    '申請資料審核中，若審核通過，於下一個營業日貴機關即可重新辦理註冊。若審核不通過，本部將與 貴機關聯絡。',
  'applicant.stillPending': '如於次一營業日後再行註冊仍出現此訊息，請惠予與本部聯絡，連絡電話：',

  // Bank contact (臺灣銀行公教保險部)
  'bank.name': '臺灣銀行公教保險部',
  'bank.switchboard': '總機：{phone}',
  'bank.extension': '分機 {ext}',
  'bank.section1': '承保第一科',
  'bank.section1Regions': '宜蘭、基隆、臺北、桃園、苗栗、新竹、花蓮、澎湖、金門、馬祖等地要保機關',
  'bank.section2': '承保第二科',
  'bank.section2Regions': '彰化、臺中、南投、雲林、嘉義、臺南、高雄、屏東、臺東等地要保機關',

  // Certificate authorities (憑證管理中心), for the lock warning's contact list
  'ca.GCA': '政府憑證管理中心（GCA）',
  'ca.XCA': '組織及團體憑證管理中心（XCA）',
  'ca.MOEACA': '經濟部工商憑證管理中心（MOEACA）',
  'ca.HCA': '醫事憑證管理中心（HCA）',
  'ca.MOICA': '內政部憑證管理中心（MOICA）',
  'ca.website': '服務網址：{url}',
  'ca.phone': '服務專線：{phone}',

  // Labels the card step shares with the org panel (figures 3-9, 3-26; the panels' own are in cert-info.ts)
  'orgInfo.agencyCode': '機關代號',
  'orgInfo.validity': '憑證效期',

  // The phone example of the contact and applicant forms (contact-form.ts, applicant-form.ts)
  'contact.phoneExample': '範例：(02)2701-3411',

  // Results. The manual's figure of the first-registration result is illegible; its success message
  // follows the wording of the swap results (更換機關憑證成功!).
  'result.firstRegistrationSuccess': '首次註冊成功！',
  'result.firstRegistrationNext': '註冊成功後可點選左方功能列接續辦理授權指派經辦人作業。',
  'result.swapOrgSuccess': '更換機關憑證成功！',
  'result.swapManagerSuccess': '完成更換授權管理者自然人憑證，如欲繼續辦理授權指派作業，請點選左方選單！',
  'result.swapBothSuccess':
    '貴機關已完成機關憑證及授權管理者自然人憑證更換，如需進行授權指派作業，請點選左方選單。',
  'result.addSuccess': '新增成功！',
  'result.editSuccess': '修改成功！',
  'result.deleteSuccess': '刪除成功！',

  // Under a result, as the manual's result figures show it.
  'result.receivedAt': '收件時間：{time}',
  'result.receiptNumber': '收件編號：{number}',
  'result.printReceipt': '列印收件回執',

  // ROC date-time (民國紀年, Asia/Taipei): {y} ROC year, {gy} Gregorian year, the rest two digits
  'format.rocDateTime': '{y}年{MM}月{dd}日{HH}點{mm}分{ss}秒',

  // card-confirm, cert-info, contact-form, applicant-form, message, ca-contacts. The manual has no
  // screen for the card in the reader, PIN entry outside the page, expiry or a locked card; those
  // strings follow its wording and punctuation.
  'form.errorSummaryTitle': '輸入資料有誤，請修正下列項目：',
  'form.busy': '處理中，請稍候…',

  // The card of the other kind still in the reader before 確認 (the previous step's): not an error yet.
  'validity.range': '{from} ~ {to}',
  'validity.expiresSoon': '此憑證將於{date}到期（剩餘{days}天），請儘速向發卡單位辦理展期或換發。',
  'validity.expired': '此憑證已於{date}到期，請向發卡單位申請換發。',
  'validity.notYetValid': '此憑證自{date}起生效，目前尚不能使用。',
  'message.success': '成功',
  'message.info': '訊息',
  'message.warning': '注意',
  'message.error': '錯誤',
  'message.reviewPendingTitle': '申請資料審核中',
  'caContacts.caTitle': '憑證管理中心服務窗口',
  'caContacts.fax': '傳真：{fax}',
  'caContacts.newWindow': '（另開新視窗）',
} as const;

/** The shared part: these zh-TW words, and the chunk with their English. */
export const sharedWords: CatalogPart = { 'zh-TW': sharedZh, en: flowsEnglish };
