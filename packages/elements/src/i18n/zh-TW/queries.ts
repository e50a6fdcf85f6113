// The zh-TW words of the queries (查詢作業): <gepi-query>, <gepi-receipt-table>, <gepi-query-result>, and the menu's 查詢憑證註冊收件紀錄: one part of the zh-TW catalog (../zh-TW.ts, whose header says
// where the words come from). An element names the parts it shows (`static catalogParts`), so a page
// loads only those; `zhTW` is every part together.
import { englishWords } from '../words.js';
import type { CatalogPart } from '../words.js';

export const queriesZh = {
  // Menu (左方功能列): the one function the receipt table's heading names too (the rest are in portal.ts)
  'menu.queryReceipts': '查詢憑證註冊收件紀錄',

  // Receipt record query (查詢憑證註冊收件紀錄); figures 3-38, 3-39
  'receipts.title': '查詢憑證註冊紀錄',
  'receipts.agencyCode': '機關代號',
  'receipts.results': '查詢結果：',
  'receipts.colIndex': '序號',
  'receipts.colAgencyCode': '機關代號',
  'receipts.colAgencyName': '機關名稱',
  'receipts.colReceivedAt': '收件時間',
  'receipts.colItem': '註冊項目',
  'receipts.number': '收件編號：{number}',
  'receipts.item.firstRegistration': '首次註冊',
  'receipts.item.swapOrg': '更換機關憑證',
  'receipts.item.swapManager': '更換授權管理者自然人憑證',
  'receipts.item.swapBoth': '更換機關憑證與授權管理者自然人憑證',
  'receipts.item.handlerCreated': '新增授權經辦人',
  'receipts.item.handlerUpdated': '修改授權經辦人',
  'receipts.item.handlerDeleted': '刪除授權經辦人',

  // 申請及審核情形 in 收件紀錄 (not in the manual: the home page's 申請及審核情形之查詢功能)
  'applications.title': '申請及審核情形',
  'applications.intro': '機關憑證OID與本部登錄資料不符而送出之註冊申請，請插入該機關憑證查詢審核情形。',
  'applications.open': '以機關憑證查詢申請及審核情形',
  'applications.back': '回查詢憑證註冊紀錄',
  'applications.agency': '機關：{code} {name}',
  'applications.empty': '目前查無資料！',
  'applications.item': '申請案件 {n}',
  'applications.submittedAt': '申請時間',
  'applications.applicant': '申請人',
  'applications.card': '機關憑證',
  'applications.state': '審核情形',
  'applications.decidedAt': '審核時間',
  'applications.retry': '重新註冊',
  'applications.reason': '未核准原因',
  'applications.noReason': '本部將與 貴機關聯絡。',
  'applications.found': '共 {total} 件申請',

  // Organization certificate OID query; figure 3-41
  'oidResult.title': '機關憑證OID查詢結果畫面',
  'oidResult.agencyName': '機關名稱',
  'oidResult.oid': '機關憑證OID',

  // Citizen certificate serial query (查詢自然人憑證結果畫面)
  'serialResult.title': '查詢自然人憑證結果畫面',
  'serialResult.name': '姓名',
  'serialResult.serial': '自然人憑證序號',

  // Card coach (the step indicator and the live instruction above every card flow)
  'query.again': '重新查詢',
} as const;

// Defined here, not in ../english.ts, so that only the elements that show this part can fetch its English.
const queriesEnglish = englishWords(() => import('../en/queries.js').then((m) => m.queriesEn));

/** The queries part: these zh-TW words, and the chunk with their English. */
export const queriesWords: CatalogPart = { 'zh-TW': queriesZh, en: queriesEnglish };
