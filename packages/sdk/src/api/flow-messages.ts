// The one success-side message a flow shows by itself, before any answer: the manual's 您確定刪除這筆資料？
// (authorization assignment's 刪除確認). messages.ts takes it from here, so it has one source, and a
// page running the assignment flow loads this instead of every message, receipt item and session
// purpose of messages.ts (the server's words, which a page reads from the answers).
import type { LocalizedText } from '../errors.js';

/** messages.DELETE_CONFIRM. */
export const DELETE_CONFIRM_TEXT: LocalizedText = {
  'zh-TW': '您確定刪除這筆資料？',
  en: 'Delete this record?',
};
