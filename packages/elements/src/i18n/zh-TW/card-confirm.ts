// The zh-TW words of <gepi-card-confirm> (機關憑證確認畫面, 自然人憑證確認畫面): one part of the zh-TW catalog (../zh-TW.ts, whose header says
// where the words come from). An element names the parts it shows (`static catalogParts`), so a page
// loads only those; `zhTW` is every part together.
import { flowsEnglish } from '../english.js';
import type { CatalogPart } from '../words.js';

export const cardConfirmZh = {
  // Citizen card confirmation (自然人憑證確認畫面); figures 3-8, 3-30, 3-42
  'citizenCard.title': '自然人憑證確認畫面',
  'citizenCard.instruction': '請放入授權管理者之自然人憑證IC卡，並輸入畫面欄位：',
  'citizenCard.instructionSwapped': '請放入更換後授權管理者之自然人憑證IC卡，並輸入畫面欄位：',
  'citizenCard.instructionQuery': '請放入自然人憑證IC卡，並輸入畫面欄位：',
  'citizenCard.managerNationalId': '授權管理者身分證統一編號',
  'citizenCard.nationalId': '身分證統一編號',
  'citizenCard.pin': '自然人憑證IC卡密碼（為PIN碼）',
  'citizenCard.lockWarning':
    '自然人IC卡PIN碼（即密碼）輸入三次以上錯誤，即造成IC卡鎖卡，請至內政部憑證管理中心（http://moica.nat.gov.tw）\\『憑證作業』\\『鎖卡解碼』重新設定新的PIN碼。',

  // card-confirm, cert-info, contact-form, applicant-form, message, ca-contacts. The manual has no
  // screen for the card in the reader, PIN entry outside the page, expiry or a locked card; those
  // strings follow its wording and punctuation.
  'cardConfirm.signing': 'IC卡簽章中，請勿移除IC卡，請稍候…',
  'cardConfirm.pinHint': 'PIN碼為6至8位數字。',
  'cardConfirm.pinNative':
    '按下「確認」後，請於讀卡元件（Fortify）開啟的視窗中輸入IC卡密碼（PIN碼）；本網頁不會要求您輸入PIN碼。',
  'cardConfirm.pinPinpad':
    '按下「確認」後，請直接於讀卡機的按鍵輸入IC卡密碼（PIN碼）；本網頁不會要求您輸入PIN碼。',
  'cardConfirm.pinFortifyNow': '請在 Fortify 視窗輸入 PIN 碼',
  'cardConfirm.connecting': '正在連線讀卡元件（Fortify），請稍候…',
  'cardConfirm.notRunningTitle': '未偵測到讀卡元件 Fortify',
  'cardConfirm.notRunningBody':
    'Fortify 是讓網頁使用讀卡機中IC卡的免費程式。請至 https://fortifyapp.com 下載、安裝並啟動；啟動後本頁會自動連線，無須重新整理。',
  'cardConfirm.retrying': '系統將自動重試連線。',
  'cardConfirm.pairingTitle': '請核對配對碼',
  'cardConfirm.pairingBody':
    '請確認 Fortify 視窗顯示的配對碼與下列號碼相同，再於 Fortify 視窗按下允許（Approve）。',
  'cardConfirm.pairingCode': '配對碼',
  'cardConfirm.deniedTitle': 'Fortify 未允許本網站使用IC卡',
  'cardConfirm.deniedBody':
    '您已於 Fortify 視窗拒絕本網站。如需使用IC卡，請按「重新連線」，並於 Fortify 視窗按下允許。',
  'cardConfirm.chooseCertificate': '選擇其他憑證',
  'cardConfirm.reconnect': '重新連線',
  'cardConfirm.disconnectedTitle': '與讀卡元件 Fortify 的連線中斷',
  'cardConfirm.disconnectedBody': '請確認 Fortify 仍在執行；連線恢復後本頁會自動繼續。',
  'cardConfirm.triesLeft': 'PIN碼尚可嘗試 {n} 次。',
  'cardConfirm.lastTry': '再輸入錯誤一次，即造成IC卡鎖卡。',
  'cardConfirm.lockedTitle': 'IC卡已鎖卡',
  'cardConfirm.lockedBody': 'IC卡PIN碼（即密碼）輸入三次以上錯誤，已造成IC卡鎖卡，請至{ca}進行鎖卡解碼：',
  'cardConfirm.lockedBodyAnyCa':
    'IC卡PIN碼（即密碼）輸入三次以上錯誤，已造成IC卡鎖卡，請至所屬憑證管理中心進行鎖卡解碼：',
  'cardConfirm.readerTitle': '讀卡機中的IC卡',
  'cardConfirm.noCard': '讀卡機中未偵測到IC卡，請將IC卡放入讀卡機。',
  'cardConfirm.holder': '持卡人',
  'cardConfirm.issuer': '發卡單位',
  'cardConfirm.serial': '憑證序號',
  'cardConfirm.cardNumber': '卡號',

  // A card of the wrong kind in the reader: the SDK's words for CERT_WRONG_KIND (explainError's
  // title, CertificateProfileError's text), shown as soon as the card is read.
  'cardConfirm.revoked': '此憑證已廢止，無法使用，請勿輸入PIN碼；請洽{ca}申請新憑證。',
  'cardConfirm.contactCa': '發卡單位聯絡方式：',
  'cardConfirm.wrongKindTitle': '卡片種類不符',
  'cardConfirm.wrongKindOrg': '此卡為自然人憑證，請放入機關憑證IC卡。',
  'cardConfirm.wrongKindCitizen': '此卡為機關憑證，請放入自然人憑證IC卡。',

  // The card of the other kind still in the reader before 確認 (the previous step's): not an error yet.
  'cardConfirm.nextCardOrg': '讀卡機中是自然人憑證IC卡：請取出，改放入機關憑證IC卡。',
  'cardConfirm.nextCardManager': '讀卡機中仍是機關憑證IC卡：請取出，改放入授權管理者之自然人憑證IC卡。',
  'cardConfirm.nextCardManagerSwapped':
    '讀卡機中仍是機關憑證IC卡：請取出，改放入更換後授權管理者之自然人憑證IC卡。',
  'cardConfirm.nextCardCitizen': '讀卡機中是機關憑證IC卡：請取出，改放入自然人憑證IC卡。',
} as const;

/** The cardConfirm part: these zh-TW words, and the chunk with their English. */
export const cardConfirmWords: CatalogPart = { 'zh-TW': cardConfirmZh, en: flowsEnglish };
