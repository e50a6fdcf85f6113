// The zh-TW words of the flow elements (首次註冊, 授權指派, 更換憑證, 查詢作業): card coach, session, a flow left or declined, the 收件回執: one part of the zh-TW catalog (../zh-TW.ts, whose header says
// where the words come from). An element names the parts it shows (`static catalogParts`), so a page
// loads only those; `zhTW` is every part together.
import { flowsEnglish } from '../english.js';
import type { CatalogPart } from '../words.js';

export const flowZh = {
  // 收件回執, the printed receipt of a registration or swap (not in the manual).
  'receipt.title': '收件回執',
  'receipt.number': '收件編號',
  'receipt.agency': '機關',
  'receipt.item': '辦理項目',
  'receipt.by': '辦理人',
  'receipt.handler': '授權經辦人',
  'receipt.person': '{name}（{id}）',
  'receipt.at': '收件時間',

  // Card coach (the step indicator and the live instruction above every card flow)
  'coach.label': '作業步驟',
  'coach.done': '（已完成）',
  'coach.step.terms': '同意條款',
  'coach.step.orgCard': '機關憑證',
  'coach.step.newOrgCard': '新機關憑證',
  'coach.step.managerCard': '管理者憑證',
  'coach.step.newManagerCard': '新管理者憑證',
  'coach.step.citizenCard': '自然人憑證',
  'coach.step.confirm': '確認',
  'coach.step.done': '完成',
  'coach.step.handlers': '經辦人清單',
  'coach.step.authorizedList': '已授權清單',
  'coach.step.result': '查詢結果',
  'coach.readTerms': '請閱讀用戶約定條款。',
  'coach.connectFirst': '請先完成讀卡元件連線。',
  'coach.insertOrg': '請插入機關憑證IC卡。',
  'coach.insertNewOrg': '請插入更換後的機關憑證IC卡。',
  'coach.insertManagerNamed': '請插入{name}的自然人憑證IC卡。',
  'coach.insertManager': '請插入授權管理者的自然人憑證IC卡。',
  'coach.insertNewManager': '請插入更換後授權管理者的自然人憑證IC卡。',
  'coach.insertCitizen': '請插入自然人憑證IC卡。',
  'coach.swapToOrg': '請取出自然人憑證，插入機關憑證。',
  'coach.swapToManagerNamed': '請取出機關憑證，插入{name}的自然人憑證。',
  'coach.swapToManager': '請取出機關憑證，插入授權管理者的自然人憑證。',
  'coach.swapToNewManager': '請取出機關憑證，插入更換後授權管理者的自然人憑證。',
  'coach.swapToCitizen': '請取出機關憑證，插入自然人憑證。',
  'coach.replaceCard': '此IC卡無法使用，請取出，改插入有效的IC卡。',
  'coach.enterPin': '請輸入欄位及PIN碼，再按「確認」。',
  'coach.enterPinNative': '請按「確認」，再於讀卡元件視窗輸入PIN碼。',
  'coach.enterPinPinpad': '請按「確認」，再於讀卡機鍵盤輸入PIN碼。',
  'coach.signing': 'IC卡簽章中，請勿移除。',
  'coach.removeCard': '可取出IC卡。',
  'coach.readHandlerCard': '如需讀取經辦人憑證，請插入經辦人的自然人憑證IC卡，再按「讀取憑證」。',
  'flow.declinedTitle': '未同意條款內容',
  'flow.declinedBody': '您未同意用戶約定條款，無法辦理本項作業。',
  'flow.readTermsAgain': '重新閱讀條款',
  'flow.cancelledTitle': '已退出作業',
  'flow.cancelledBody': '已退出本項作業，IC卡已登出。如需辦理，請重新開始。',
  'flow.restart': '重新開始',
  'session.remaining': '作業剩餘時間',
  'session.end': '結束作業',
  'session.cardRemovedTitle': '已取出IC卡',
  'session.cardRemovedBody':
    '授權管理者的自然人憑證IC卡已取出，為保護資料，作業已結束，伺服器端的作業階段已關閉。如需辦理，請重新放入IC卡並重新開始。',
  'session.warning': '作業將於{minutes}分鐘後逾時，',
  'session.warningSeconds': '作業將於{seconds}秒後逾時，',
  'session.warningExtend': '如需繼續，請按延長作業時間或繼續操作；否則請結束作業。',
  'session.warningAtLimit': '已達作業時間上限，請儘速完成或結束作業。',
  'session.extend': '延長作業時間',
  'session.extended': '已延長作業時間。',
  'session.atLimit': '已達作業時間上限，無法再延長',
  'session.endedTitle': '已結束作業',
  'session.endedBody': '本次作業已結束，伺服器端的作業階段已關閉。如需辦理，請重新開始。',
  'session.expiredTitle': '作業時間已到',
  'session.expiredBody': '閒置超過時間，作業階段已逾時結束，畫面上的資料未再變更。如需辦理，請重新開始。',
} as const;

/** The flow part: these zh-TW words, and the chunk with their English. */
export const flowWords: CatalogPart = { 'zh-TW': flowZh, en: flowsEnglish };
