// The zh-TW words of <gepi-portal>: its home page, menu, skip link and breadcrumb: one part of the zh-TW catalog (../zh-TW.ts, whose header says
// where the words come from). An element names the parts it shows (`static catalogParts`), so a page
// loads only those; `zhTW` is every part together.
import { englishWords } from '../words.js';
import type { CatalogPart } from '../words.js';

export const portalZh = {
  // Flow-bound elements and <gepi-portal>. The home page's descriptions are figure 3-3's; the rest
  // (a flow left or declined, the portal's own labels) follow the manual's wording.
  'portal.navLabel': '功能列',
  'portal.home': '首頁',
  'portal.homeFirstRegistration':
    '提供註冊作業畫面，先進行機關憑證相關資料之登錄、建檔，再進行授權管理人自然人憑證之登錄。',
  'portal.homeAuthorization':
    '必須使用「機關憑證」及授權管理人「自然人憑證」才能進行授權作業，設定各經辦於系統之作業權限。',
  'portal.homeCertSwap': '提供更換「機關憑證」或授權管理人「自然人憑證」之作業功能。',
  'portal.homeReceipts': '提供憑證註冊、憑證更換，申請及審核情形之查詢功能。',
  'portal.homeCitizenSerial': '提供自然人憑證序號查詢功能。',
  'portal.homeOrgOid': '查詢機關憑證包括政府、工商、組織及團體及醫事 OID。',
  'portal.goToAuthorization': '接續辦理授權指派',

  // Skip link and 導盲磚 (accessibility guidelines of Taiwan's government sites); breadcrumb.
  'portal.skipToContent': '跳到主要內容區塊',
  'portal.guideCenter': '中央內容區塊',
  'portal.breadcrumbLabel': '目前位置',

  // The breadcrumb's screens, as the manual's breadcrumbs and figure titles name them
  // (首頁 / 首次註冊 同意條款畫面 / 首次註冊 機關憑證確認畫面 / …; 授權指派 查詢結果畫面).
  'portal.crumb': '{function} {screen}',
  'screen.terms': '同意條款畫面',
  'screen.orgCard': '機關憑證確認畫面',
  'screen.citizenCard': '自然人憑證確認畫面',
  'screen.applicant': '機關憑證註冊申請人確認畫面',
  'screen.confirm': '{function}畫面',
  'screen.queryForm': '查詢條件畫面',
  'screen.results': '查詢結果畫面',
  'screen.add': '新增授權經辦人畫面',
  'screen.edit': '修改授權經辦人畫面',
  'screen.delete': '刪除授權經辦人清單畫面',
  'portal.loading': '載入中…',
  'portal.loadFailed': '無法載入此功能，請確認網路連線後重試。',
  'portal.retry': '重試',
  // Menu (左方功能列); 查詢憑證註冊收件紀錄 is in the queries part (its results' heading names it too)
  'menu.firstRegistration': '首次註冊',
  'menu.authorization': '授權指派',
  'menu.certSwap': '更換憑證',
  'menu.swapOrgCert': '更換機關憑證',
  'menu.swapManagerCert': '更換授權管理者自然人憑證',
  'menu.swapBoth': '更換機關憑證和更換授權管理者自然人憑證',
  'menu.queries': '查詢作業',
  'menu.queryOrgOid': '查詢機關憑證OID',
  'menu.queryCitizenSerial': '查詢自然人憑證序號',
  'menu.queryAuthorizedList': '查詢已授權清單',
  'menu.home': '回首頁',
  'menu.backToAgency': '回要保機關作業',
} as const;

// Defined here, not in ../english.ts, so that only the elements that show this part can fetch its English.
const portalEnglish = englishWords(() => import('../en/portal.js').then((m) => m.portalEn));

/** The portal part: these zh-TW words, and the chunk with their English. */
export const portalWords: CatalogPart = { 'zh-TW': portalZh, en: portalEnglish };
