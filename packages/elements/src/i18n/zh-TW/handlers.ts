// The zh-TW words of the handler views: <gepi-handler-list>, <gepi-handler-editor>, <gepi-permission-tree>, <gepi-pager>, <gepi-confirm-dialog>: one part of the zh-TW catalog (../zh-TW.ts, whose header says
// where the words come from). An element names the parts it shows (`static catalogParts`), so a page
// loads only those; `zhTW` is every part together.
import { englishWords } from '../words.js';
import type { CatalogPart } from '../words.js';

export const handlersZh = {
  // Handler list (授權經辦人清單); figures 3-14 to 3-22
  'handlers.userInfo': '使用者資訊',
  'handlers.agencyCode': '機關代號',
  'handlers.agencyName': '機關名稱',
  'handlers.managerName': '授權管理者姓名',
  'handlers.listTitle': '【授權經辦人清單】',
  'handlers.pageSize': '顯示筆數',
  'handlers.colIndex': '序號',
  'handlers.colName': '姓名',
  'handlers.colNationalId': '身分證統一編號',
  'handlers.colActions': '操作區',
  'handlers.empty': '目前查無資料！',
  'handlers.footer': '顯示第 {from} 至 {to} 項結果，共 {total} 項',

  // Handler form (資料輸入區)
  'handlerForm.addTitle': '資料輸入區【新增授權經辦人】',
  'handlerForm.editTitle': '資料輸入區【修改授權經辦人】',
  'handlerForm.instruction': '新增指派經辦人，請放入指派經辦人自然人憑證以便匯入憑證序號及姓名',
  'handlerForm.serial': '憑證序號（SN）',
  'handlerForm.serialHint': '請直接輸入本欄位或於讀卡機中插入自然人憑證後按{button}',
  'handlerForm.readCard': '讀取憑證',
  'handlerForm.name': '姓名',
  'handlerForm.nationalId': '身分證統一編號',
  'handlerForm.permissionsTitle': '功能選單【新增擁有權限】',

  // Delete confirmation dialog (刪除確認); figure 3-21
  'deleteDialog.title': '刪除確認',
  'deleteDialog.message': '您確定刪除這筆資料？',

  // handler views: pager, handler list, handler editor. The manual names none of these strings
  // (its screens have no paging buttons, badges or export); they follow its wording and punctuation.
  'pager.label': '分頁',
  'pager.page': '第 {page} 頁',
  'pager.next': '下一頁',
  'handlers.colPermissions': '擁有權限',
  'handlers.noPermissions': '無',
  'handlers.exportCsv': '匯出CSV',
  'handlers.print': '列印',
  'handlers.cardExpiring': '憑證將於{date}到期',
  'handlers.cardExpired': '憑證已於{date}到期',
  'handlers.cardRevoked': '憑證已廢止',
  'handlers.cardUnknown': '憑證狀態不明',
  'handlers.cardUnknownHint': '本系統未曾讀取此序號的憑證，無法得知其效期',
  'handlers.cardValid': '憑證有效至{date}',
  'handlers.renewCard': '讀取新卡更新序號',
  'handlers.newPermissions': '未具新增功能：{names}',
  'handlers.colCardState': '憑證狀態',
  'handlers.colNewPermissions': '未具新增功能',
  'handlers.printTitle': '{agency}　已授權清單',
  'handlers.printedAt': '列印時間：{time}',
  'handlers.orgCardExpiring': '機關憑證將於{date}到期，請於到期前辦理更換機關憑證',
  'handlers.orgCardExpired': '機關憑證已於{date}到期，請辦理更換機關憑證',
  'handlers.orgCardRevoked': '機關憑證已廢止，請辦理更換機關憑證',
  'handlers.managerCardExpiring':
    '授權管理者自然人憑證將於{date}到期，請於到期前辦理更換授權管理者自然人憑證',
  'handlers.managerCardExpired': '授權管理者自然人憑證已於{date}到期，請辦理更換授權管理者自然人憑證',
  'handlers.managerCardRevoked': '授權管理者自然人憑證已廢止，請辦理更換授權管理者自然人憑證',
  'handlerForm.templates': '權限範本',
  'handlerForm.templateSelect': '套用權限範本',
  'handlerForm.templateNone': '請選擇',
  'handlerForm.templateApply': '套用',
  'handlerForm.templateApplied': '已套用權限範本「{name}」，請確認勾選的功能。',
  'handlerForm.templateName': '範本名稱',
  'handlerForm.templateSave': '儲存為範本',
  'handlerForm.templateDelete': '刪除範本',
  'handlerForm.permissionsRequired': '請至少勾選一項功能選單權限。',
  'handlerForm.readingCard': '讀取憑證中，請稍候…',
  'handlerForm.cardRead': '已讀取憑證，已匯入憑證序號及姓名。',
} as const;

// Defined here, not in ../english.ts, so that only the elements that show this part can fetch its English.
const handlersEnglish = englishWords(() => import('../en/handlers.js').then((m) => m.handlersEn));

/** The handlers part: these zh-TW words, and the chunk with their English. */
export const handlersWords: CatalogPart = { 'zh-TW': handlersZh, en: handlersEnglish };
