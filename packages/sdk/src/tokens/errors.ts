// Card and reader failures: one TokenError class with stable codes, each explained in zh-TW (in the
// words of the GEPI manual) and English. UIs branch on `code` and read `details`, never `message`.
import { GepiError } from '../errors.js';
import type { LocalizedText } from '../errors.js';

/** The certification authorities whose cards this kit reads; each unlocks (鎖卡解碼) its own cards. */
export type CardAuthority = 'MOICA' | 'GCA' | 'XCA' | 'MOEACA' | 'HCA';

/** Display names of the authorities, for lock guidance and card badges. */
export const CARD_AUTHORITY_NAMES: Readonly<Record<CardAuthority, LocalizedText>> = {
  MOICA: { 'zh-TW': '內政部憑證管理中心', en: 'Ministry of the Interior Certification Authority (MOICA)' },
  GCA: { 'zh-TW': '政府憑證管理中心', en: 'Government Certification Authority (GCA)' },
  XCA: {
    'zh-TW': '組織及團體憑證管理中心',
    en: 'Certification Authority for Organizations and Groups (XCA)',
  },
  MOEACA: {
    'zh-TW': '經濟部工商憑證管理中心',
    en: 'Ministry of Economic Affairs Certification Authority (MOEACA)',
  },
  HCA: { 'zh-TW': '醫事憑證管理中心', en: 'Healthcare Certification Authority (HCA)' },
};

/**
 * Stable codes of {@link TokenError}. Never renamed once released: UIs, logs and tests key on them.
 *
 * | code | when | details |
 * |---|---|---|
 * | `PIN_INCORRECT` | the card rejected the PIN | `triesLeft` (when the provider can tell) |
 * | `PIN_LOCKED` | no tries left; even the right PIN is refused | `ca` — the authority that unlocks the card |
 * | `PIN_REQUIRED` | page-PIN provider called without a PIN | |
 * | `PIN_FORMAT` | not 6–8 digits; checked before the card is touched, costs no try | |
 * | `PAGE_PIN_NOT_ALLOWED` | a PIN was passed to a provider that collects it itself | |
 * | `TOKEN_NOT_PRESENT` | no card in the reader, or it was pulled out mid-operation | |
 * | `READER_NOT_FOUND` | unknown reader id (unplugged, or never there) | |
 * | `READER_OCCUPIED` | a card was put into a reader that already holds one | |
 * | `CERT_NOT_FOUND` | no certificate with that id on the card in that reader | `certificateId` |
 * | `KEY_NOT_FOUND` | the certificate has no private key on the card | `certificateId` |
 * | `NOT_LOGGED_IN` | signing before `login` (or after removal / logout) | |
 * | `USER_CANCELLED` | the person closed the PIN window / pressed cancel | |
 * | `OPERATION_PENDING` | a second login/sign/logout while one runs on the same card | |
 * | `ALGORITHM_NOT_ALLOWED` | signature algorithm outside the allow-list, or one the key cannot do | `algorithm`, `allowed` |
 * | `INSECURE_CONTEXT` | browser page not in a secure context (https or localhost) | |
 * | `PROVIDER_UNAVAILABLE` | provider closed, not running (Fortify), not connected yet, or no WebCrypto | `state` (the provider status), `reason` |
 * | `APPROVAL_REFUSED` | the person refused this site in the card component (Fortify's approval window) | |
 * | `TOKEN_TIMEOUT` | the card component did not answer in time | `operation`, `timeoutMs` |
 * | `TOKEN_ERROR` | anything else the card or middleware reported | `reason` |
 *
 * Errors about a particular reader or the card in it also carry `details.readerId`.
 */
export const TokenErrorCode = {
  PIN_INCORRECT: 'PIN_INCORRECT',
  PIN_LOCKED: 'PIN_LOCKED',
  PIN_REQUIRED: 'PIN_REQUIRED',
  PIN_FORMAT: 'PIN_FORMAT',
  PAGE_PIN_NOT_ALLOWED: 'PAGE_PIN_NOT_ALLOWED',
  TOKEN_NOT_PRESENT: 'TOKEN_NOT_PRESENT',
  READER_NOT_FOUND: 'READER_NOT_FOUND',
  READER_OCCUPIED: 'READER_OCCUPIED',
  CERT_NOT_FOUND: 'CERT_NOT_FOUND',
  KEY_NOT_FOUND: 'KEY_NOT_FOUND',
  NOT_LOGGED_IN: 'NOT_LOGGED_IN',
  USER_CANCELLED: 'USER_CANCELLED',
  OPERATION_PENDING: 'OPERATION_PENDING',
  ALGORITHM_NOT_ALLOWED: 'ALGORITHM_NOT_ALLOWED',
  INSECURE_CONTEXT: 'INSECURE_CONTEXT',
  PROVIDER_UNAVAILABLE: 'PROVIDER_UNAVAILABLE',
  APPROVAL_REFUSED: 'APPROVAL_REFUSED',
  TOKEN_TIMEOUT: 'TOKEN_TIMEOUT',
  TOKEN_ERROR: 'TOKEN_ERROR',
} as const;

export type TokenErrorCode = (typeof TokenErrorCode)[keyof typeof TokenErrorCode];

type TextFor = (details: Record<string, unknown>) => LocalizedText;

function pinIncorrect(details: Record<string, unknown>): LocalizedText {
  const n = details['triesLeft'];
  if (typeof n !== 'number') return { 'zh-TW': 'PIN碼錯誤', en: 'Incorrect PIN.' };
  // The last try deserves a warning: one more mistake locks the card until the CA unlocks it.
  const last = n === 1;
  return {
    'zh-TW': `PIN碼錯誤，尚可嘗試 ${n} 次${last ? '，再錯一次將鎖卡' : ''}`,
    en: `Incorrect PIN; ${n} ${n === 1 ? 'try' : 'tries'} left${last ? ' before the card locks' : ''}.`,
  };
}

function pinLocked(details: Record<string, unknown>): LocalizedText {
  const ca = details['ca'];
  const name = typeof ca === 'string' ? CARD_AUTHORITY_NAMES[ca as CardAuthority] : undefined;
  if (!name) {
    return {
      'zh-TW': 'IC卡已鎖卡，請至所屬憑證管理中心進行鎖卡解碼',
      en: 'The card is locked after too many incorrect PINs; ask the certification authority that issued it to unlock it.',
    };
  }
  return {
    'zh-TW': `IC卡已鎖卡，請至${name['zh-TW']}進行鎖卡解碼`,
    en: `The card is locked after too many incorrect PINs; ask the ${name.en} to unlock it.`,
  };
}

const TEXTS: Record<TokenErrorCode, TextFor> = {
  PIN_INCORRECT: pinIncorrect,
  PIN_LOCKED: pinLocked,
  PIN_REQUIRED: () => ({ 'zh-TW': '請輸入IC卡PIN碼', en: 'Enter the card PIN.' }),
  PIN_FORMAT: () => ({
    'zh-TW': 'PIN碼格式錯誤，請輸入6至8位數字',
    en: 'The PIN must be 6 to 8 digits.',
  }),
  PAGE_PIN_NOT_ALLOWED: () => ({
    'zh-TW': 'PIN碼須於讀卡元件視窗或讀卡機上輸入，網頁不得收集PIN碼',
    en: 'The PIN is entered in the card component’s own window or on the reader; the page must not collect it.',
  }),
  TOKEN_NOT_PRESENT: () => ({
    'zh-TW': '讀卡機中未偵測到IC卡，請插入IC卡',
    en: 'No card in the reader; insert your card.',
  }),
  READER_NOT_FOUND: () => ({
    'zh-TW': '找不到讀卡機，請確認讀卡機已連接',
    en: 'Card reader not found; check that it is connected.',
  }),
  READER_OCCUPIED: () => ({
    'zh-TW': '讀卡機中已有IC卡，請先取出',
    en: 'The reader already holds a card; remove it first.',
  }),
  CERT_NOT_FOUND: () => ({
    'zh-TW': 'IC卡中找不到指定的憑證，請確認插入的是同一張卡',
    en: 'The certificate was not found on the card; check that it is the same card.',
  }),
  KEY_NOT_FOUND: () => ({
    'zh-TW': 'IC卡中找不到與憑證對應的私密金鑰',
    en: 'The card holds no private key for this certificate.',
  }),
  NOT_LOGGED_IN: () => ({
    'zh-TW': '請先輸入PIN碼登入IC卡',
    en: 'Log in to the card with its PIN first.',
  }),
  USER_CANCELLED: () => ({ 'zh-TW': '使用者已取消操作', en: 'The operation was cancelled.' }),
  OPERATION_PENDING: () => ({
    'zh-TW': 'IC卡正在處理另一項作業，請待其完成後再試',
    en: 'Another operation is in progress on this card; wait for it to finish.',
  }),
  ALGORITHM_NOT_ALLOWED: () => ({
    'zh-TW': '不支援的簽章演算法',
    en: 'This signature algorithm is not allowed.',
  }),
  INSECURE_CONTEXT: () => ({
    'zh-TW': '本網頁未使用安全連線（HTTPS），無法使用IC卡',
    en: 'Cards can only be used from a secure (HTTPS) page.',
  }),
  PROVIDER_UNAVAILABLE: () => ({
    'zh-TW': '無法使用讀卡元件，請確認元件已安裝並啟動',
    en: 'The card component is not available; check that it is installed and running.',
  }),
  APPROVAL_REFUSED: () => ({
    'zh-TW': '讀卡元件未允許本網站使用IC卡，請重新連線並於讀卡元件視窗中按允許',
    en: 'The card component refused this site; connect again and allow it in the card component’s window.',
  }),
  TOKEN_TIMEOUT: () => ({
    'zh-TW': '讀卡元件未於時限內回應，請再試一次',
    en: 'The card component did not answer in time; try again.',
  }),
  TOKEN_ERROR: () => ({
    'zh-TW': 'IC卡發生錯誤，請重新插卡後再試',
    en: 'The card reported an error; reinsert it and try again.',
  }),
};

export interface TokenErrorOptions {
  /** Machine-readable extras (`readerId`, `triesLeft`, `ca`, …). Never a PIN. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** A card, reader or provider failure; see {@link TokenErrorCode} for the codes and their details. */
export class TokenError extends GepiError {
  override name = 'TokenError';
  declare readonly code: TokenErrorCode;

  constructor(code: TokenErrorCode, options: TokenErrorOptions = {}) {
    const details = options.details ?? {};
    super({
      code,
      text: tokenErrorText(code, details),
      details,
      field: code === 'PIN_FORMAT' || code === 'PIN_REQUIRED' ? 'pin' : undefined,
      cause: options.cause,
    });
  }
}

/** The zh-TW and English text for a code; exported so UIs can render a code they stored. */
export function tokenErrorText(code: TokenErrorCode, details: Record<string, unknown> = {}): LocalizedText {
  return TEXTS[code](details);
}

export function isTokenError(value: unknown, code?: TokenErrorCode): value is TokenError {
  return value instanceof TokenError && (code === undefined || value.code === code);
}
