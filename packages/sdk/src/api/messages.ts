// The words the registration API answers with on success, in zh-TW (the manual's own text where
// it has one) and English, plus the labels of receipt items and session purposes. The server puts
// these in responses and the elements show the same entries, so both say the same thing.
import type { LocalizedText } from '../errors.js';
import { DELETE_CONFIRM_TEXT } from './flow-messages.js';
import { REVIEW_PENDING_TEXT, REVIEW_REQUIRED_TEXT } from './flow-problems.js';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-TW': zh, en });

export const messages = {
  /** The manual shows only "成功與否訊息" for first registration; these words are this kit's. */
  REGISTERED: t(
    '貴機關首次註冊成功！如欲辦理授權指派作業，請點選左方選單。',
    'Your agency is registered. To assign handlers, choose Authorization assignment from the menu.',
  ),
  REVIEW_REQUIRED: REVIEW_REQUIRED_TEXT,
  REVIEW_SUBMITTED: REVIEW_PENDING_TEXT,
  HANDLER_CREATED: t('新增成功！', 'Added.'),
  HANDLER_UPDATED: t('修改成功！', 'Saved.'),
  HANDLER_DELETED: t('刪除成功！', 'Deleted.'),
  TEMPLATE_SAVED: t('權限範本已儲存！', 'Permission template saved.'),
  TEMPLATE_DELETED: t('權限範本已刪除！', 'Permission template deleted.'),
  DELETE_CONFIRM: DELETE_CONFIRM_TEXT,
  NO_DATA: t('目前查無資料！', 'No records found.'),
  SWAPPED_ORG: t('更換機關憑證成功！', 'The organization card has been replaced.'),
  SWAPPED_MANAGER: t(
    '完成更換授權管理者自然人憑證，如欲繼續辦理授權指派作業，請點選左方選單！',
    "The manager's citizen card has been replaced. To continue with authorization assignment, choose it from the menu.",
  ),
  SWAPPED_BOTH: t(
    '貴機關已完成機關憑證及授權管理者自然人憑證更換，如需進行授權指派作業，請點選左方選單。',
    "Your agency's organization card and manager's citizen card have been replaced. For authorization assignment, choose it from the menu.",
  ),
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof messages;

/**
 * 註冊項目 of a receipt record (收件紀錄): the manual's four words for registrations and swaps, and
 * its screen titles for the three handler changes (新增 / 修改 / 刪除授權經辦人).
 */
export const receiptItems = {
  'first-registration': t('首次註冊', 'First registration'),
  'swap-org': t('更換機關憑證', 'Organization card replaced'),
  'swap-manager': t('更換授權管理者自然人憑證', "Manager's citizen card replaced"),
  'swap-both': t(
    '更換機關憑證與授權管理者自然人憑證',
    "Organization card and manager's citizen card replaced",
  ),
  'handler-created': t('新增授權經辦人', 'Handler added'),
  'handler-updated': t('修改授權經辦人', 'Handler changed'),
  'handler-deleted': t('刪除授權經辦人', 'Handler deleted'),
} as const satisfies Record<string, LocalizedText>;

export type ReceiptItem = keyof typeof receiptItems;

/** 審核情形 of an OID-mismatch application, as its agency sees it (issue 14: 審核中 / 核准 / 未核准). */
export const reviewStatuses = {
  pending: t('審核中', 'Under review'),
  approved: t('核准', 'Approved'),
  rejected: t('未核准', 'Not approved'),
} as const satisfies Record<string, LocalizedText>;

/**
 * When the agency can try to register again: `可於115年12月08日起重新註冊` (the first business day after
 * the application, or after the approval). `rocDate` is `115年12月08日`, `isoDate` `2026-12-08`.
 */
export function retryFromText(rocDate: string, isoDate: string): LocalizedText {
  return t(`可於${rocDate}起重新註冊`, `You may register again from ${isoDate}`);
}

/** What a card session was opened for; each allows exactly the operations of one menu entry. */
export const sessionPurposes = {
  'first-registration': t('首次註冊', 'First registration'),
  assignment: t('授權指派', 'Authorization assignment'),
  'swap-org': t('更換機關憑證', 'Replace the organization card'),
  'swap-manager': t('更換授權管理者自然人憑證', "Replace the manager's citizen card"),
  'swap-both': t(
    '更換機關憑證和更換授權管理者自然人憑證',
    "Replace the organization card and the manager's citizen card",
  ),
  'query-org-oid': t('查詢機關憑證OID', 'Look up the organization certificate OID'),
  'query-citizen-serial': t('查詢自然人憑證序號', 'Look up a citizen certificate serial number'),
  'query-authorized': t('查詢已授權清單', 'List authorized handlers'),
} as const satisfies Record<string, LocalizedText>;

export type SessionPurpose = keyof typeof sessionPurposes;
