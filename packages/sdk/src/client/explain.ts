// explainError: the UI's one place to turn anything the SDK throws into words. API problems, card
// errors (tries left, which CA unlocks a card and how to reach it), input validation, transport
// failures and the unexpected all come out as one shape in zh-TW or English, so an element renders
// `title` and `detail` and never parses a message.
import { GepiError } from '../errors.js';
import type { Locale, LocalizedText } from '../errors.js';
import { CARD_AUTHORITY_NAMES, TokenError, TokenErrorCode, tokenErrorText } from '../tokens/errors.js';
import type { CardAuthority } from '../tokens/errors.js';
import { ValidationError } from '../domain/validation.js';
import { CARD_REFUSAL_TITLES } from '../flows/refusal.js';
import { ApiError, TransportError, clientErrorCatalog, errorCode, isLocalizedText } from './errors.js';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-TW': zh, en });

export type ErrorKind = 'api' | 'transport' | 'token' | 'validation' | 'certificate' | 'other' | 'unknown';

/** Who to contact about a card: the certification authority that issued it. */
export interface AuthorityContact {
  ca: CardAuthority;
  name: string;
  phone?: string;
  web?: string;
  /** Where to unlock the card (鎖卡解碼), when the CA has such a page. */
  unlockUrl?: string;
}

export interface FieldExplanation {
  field: string;
  code: string;
  title: string;
  detail: string;
}

export interface ErrorExplanation {
  /** The stable code (`PIN_LOCKED`, `AGENCY_UNKNOWN`, `TIMEOUT`, …; `UNKNOWN` for foreign errors). */
  code: string;
  kind: ErrorKind;
  /** A short heading, e.g. 機關憑證未註冊. */
  title: string;
  /** What happened and what to do, in full sentences. */
  detail: string;
  /** The input field to mark, when there is one. */
  field?: string;
  /** Every offending field of a rejected form, when the server listed them. */
  fields?: FieldExplanation[];
  /** The server's request id, to quote when contacting the bank. */
  requestId?: string;
  /** Seconds to wait before trying again, when the server said. */
  retryAfter?: number;
  /** Whether trying the same thing again later may work (network, timeout, 429, 5xx). */
  retryable: boolean;
  /** The CA to contact (a locked card, a revoked or expired certificate). */
  contact?: AuthorityContact;
}

/** The part of the `contacts` endpoint's answer explainError uses. */
export interface ContactsLike {
  certificationAuthorities: readonly {
    id: string;
    name: LocalizedText;
    phone: string;
    web: string;
    unlockUrl?: string;
  }[];
}

export interface ExplainOptions {
  /** `client.contacts()`; adds the CA's phone and pages to card and certificate errors. */
  contacts?: ContactsLike;
}

/** Short headings for card errors (TokenError carries only the sentence). */
export const tokenErrorTitles: Readonly<Record<TokenErrorCode, LocalizedText>> = {
  PIN_INCORRECT: t('PIN碼錯誤', 'Incorrect PIN'),
  PIN_LOCKED: t('IC卡已鎖卡', 'Card locked'),
  PIN_REQUIRED: t('請輸入PIN碼', 'PIN required'),
  PIN_FORMAT: t('PIN碼格式錯誤', 'Invalid PIN format'),
  PAGE_PIN_NOT_ALLOWED: t('請於讀卡元件輸入PIN碼', 'PIN entered in the wrong place'),
  TOKEN_NOT_PRESENT: t('未偵測到IC卡', 'No card'),
  READER_NOT_FOUND: t('找不到讀卡機', 'Card reader not found'),
  READER_OCCUPIED: t('讀卡機已有IC卡', 'Reader already holds a card'),
  CERT_NOT_FOUND: t('找不到憑證', 'Certificate not found'),
  KEY_NOT_FOUND: t('找不到私密金鑰', 'Private key not found'),
  NOT_LOGGED_IN: t('尚未登入IC卡', 'Not logged in to the card'),
  USER_CANCELLED: t('已取消', 'Cancelled'),
  OPERATION_PENDING: t('IC卡作業處理中', 'Card busy'),
  ALGORITHM_NOT_ALLOWED: t('不支援的簽章演算法', 'Signature algorithm not allowed'),
  INSECURE_CONTEXT: t('非安全連線', 'Insecure page'),
  PROVIDER_UNAVAILABLE: t('讀卡元件無法使用', 'Card component unavailable'),
  APPROVAL_REFUSED: t('讀卡元件未允許本網站', 'Site not allowed by the card component'),
  TOKEN_TIMEOUT: t('讀卡元件未回應', 'Card component did not answer'),
  TOKEN_ERROR: t('IC卡發生錯誤', 'Card error'),
};

const CERTIFICATE_TITLES: Readonly<Record<string, LocalizedText>> = {
  CERT_MALFORMED: t('憑證無法解讀', 'Malformed certificate'),
  CERT_UNRECOGNISED_PROFILE: t('不接受的憑證', 'Certificate not accepted'),
  CERT_WRONG_KIND: t('卡片種類不符', 'Wrong kind of card'),
  CERT_IS_MANAGER: t('此為授權管理者之自然人憑證', "The manager's own card"),
};

const GENERIC = {
  input: t('輸入資料有誤', 'Invalid input'),
  error: t('發生錯誤', 'Error'),
  unknown: {
    title: t('發生未預期的錯誤', 'Something went wrong'),
    detail: t(
      '系統發生未預期的錯誤，請稍後再試；如持續發生，請與本部聯絡。',
      'An unexpected error occurred. Try again later; if it persists, contact us.',
    ),
  },
};

const TOKEN_CODES = new Set<string>(Object.values(TokenErrorCode));

/** `zh`, `zh-TW`, `zh-Hant-TW` → zh-TW; anything else → en. */
export function resolveLocale(tag: string): Locale {
  return /^zh\b/i.test(tag) ? 'zh-TW' : 'en';
}

/**
 * Words for any error, in one locale. Never throws and never returns an empty title or detail.
 * @param locale `zh-TW` or `en` (other BCP 47 tags are mapped: `zh*` → zh-TW, else en).
 */
export function explainError(
  error: unknown,
  locale: Locale | string,
  options: ExplainOptions = {},
): ErrorExplanation {
  const lang = locale === 'zh-TW' || locale === 'en' ? locale : resolveLocale(locale);
  if (error instanceof ApiError) return explainApi(error, lang, options);
  if (error instanceof TransportError) return explainTransport(error.code, lang);
  if (error instanceof TokenError || isForeign(error, 'TokenError')) {
    return explainToken(error as GepiError, lang, options);
  }
  if (error instanceof ValidationError || isForeign(error, 'ValidationError')) {
    return explainValidation(error as GepiError, lang);
  }
  if (error instanceof GepiError || isForeign(error)) return explainOther(error as GepiError, lang, options);
  const code = errorCode(error);
  if (code === 'ABORTED' || code === 'TIMEOUT') return explainTransport(code, lang);
  return {
    code: 'UNKNOWN',
    kind: 'unknown',
    title: GENERIC.unknown.title[lang],
    detail: GENERIC.unknown.detail[lang],
    retryable: true,
  };
}

function explainApi(error: ApiError, lang: Locale, options: ExplainOptions): ErrorExplanation {
  const status = error.status;
  const retryable = status === 408 || status === 429 || status >= 500;
  const extra: LocalizedText[] = [];
  const retryAfter = error.retryAfter;
  if (retryAfter !== undefined) extra.push(waitText(retryAfter));
  const showRequestId = status >= 500 || error.code === 'RESPONSE_INVALID' || error.code === 'HTTP_ERROR';
  if (showRequestId && error.requestId) extra.push(requestIdText(error.requestId));
  const contact = contactFor(error.details['ca'], lang, options);
  if (contact?.phone) extra.push(phoneText(contact));

  const out: ErrorExplanation = {
    code: error.code,
    kind: 'api',
    title: nonEmpty(error.title[lang], GENERIC.error[lang]),
    detail: join(lang, nonEmpty(error.text[lang], GENERIC.unknown.detail[lang]), extra),
    retryable,
  };
  if (error.field) out.field = error.field;
  if (error.fieldErrors.length > 0) {
    out.fields = error.fieldErrors.map((f) => ({
      field: f.field,
      code: f.code,
      title: nonEmpty(f.title[lang], GENERIC.input[lang]),
      detail: nonEmpty(f.text[lang], GENERIC.input[lang]),
    }));
  }
  if (error.requestId) out.requestId = error.requestId;
  if (retryAfter !== undefined) out.retryAfter = retryAfter;
  if (contact) out.contact = contact;
  return out;
}

function explainTransport(code: 'NETWORK_ERROR' | 'TIMEOUT' | 'ABORTED', lang: Locale): ErrorExplanation {
  const words = clientErrorCatalog[code];
  return {
    code,
    kind: 'transport',
    title: words.title[lang],
    detail: words.detail[lang],
    retryable: code !== 'ABORTED',
  };
}

function explainToken(error: GepiError, lang: Locale, options: ExplainOptions): ErrorExplanation {
  const code = error.code;
  const known = TOKEN_CODES.has(code) ? (code as TokenErrorCode) : undefined;
  // Re-worded from the code and details, so a TokenError stored and revived still reads right.
  const text = known ? tokenErrorText(known, error.details) : error.text;
  const contact = contactFor(error.details['ca'], lang, options);
  const out: ErrorExplanation = {
    code,
    kind: 'token',
    title: (known ? tokenErrorTitles[known] : GENERIC.error)[lang],
    detail: join(
      lang,
      nonEmpty(text[lang], GENERIC.unknown.detail[lang]),
      contact?.phone ? [phoneText(contact)] : [],
    ),
    retryable: code === 'TOKEN_NOT_PRESENT' || code === 'OPERATION_PENDING' || code === 'TOKEN_ERROR',
  };
  if (error.field) out.field = error.field;
  if (contact) out.contact = contact;
  return out;
}

function explainValidation(error: GepiError, lang: Locale): ErrorExplanation {
  const label = error.details['label'];
  const out: ErrorExplanation = {
    code: error.code,
    kind: 'validation',
    title: isLocalizedText(label) ? nonEmpty(label[lang], GENERIC.input[lang]) : GENERIC.input[lang],
    detail: nonEmpty(error.text[lang], GENERIC.input[lang]),
    retryable: false,
  };
  if (error.field) out.field = error.field;
  return out;
}

function explainOther(error: GepiError, lang: Locale, options: ExplainOptions): ErrorExplanation {
  const certificate =
    error.name === 'CertificateProfileError'
      ? CERTIFICATE_TITLES[error.code]
      : error.name === 'CardRefusedError'
        ? (CARD_REFUSAL_TITLES as Readonly<Record<string, LocalizedText>>)[error.code]
        : undefined;
  const contact = contactFor(error.details['ca'], lang, options);
  const out: ErrorExplanation = {
    code: error.code,
    kind: certificate ? 'certificate' : 'other',
    title: (certificate ?? GENERIC.error)[lang],
    detail: join(
      lang,
      nonEmpty(error.text[lang], GENERIC.unknown.detail[lang]),
      contact?.phone ? [phoneText(contact)] : [],
    ),
    retryable: false,
  };
  if (error.field) out.field = error.field;
  if (contact) out.contact = contact;
  return out;
}

/** A GepiError from another copy of the SDK on the page: same shape, different class identity. */
function isForeign(error: unknown, name?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Record<string, unknown>;
  return (
    typeof e['code'] === 'string' &&
    isLocalizedText(e['text']) &&
    typeof e['details'] === 'object' &&
    e['details'] !== null &&
    (name === undefined || e['name'] === name)
  );
}

function contactFor(ca: unknown, lang: Locale, options: ExplainOptions): AuthorityContact | undefined {
  if (typeof ca !== 'string' || !Object.prototype.hasOwnProperty.call(CARD_AUTHORITY_NAMES, ca))
    return undefined;
  const id = ca as CardAuthority;
  const entry = options.contacts?.certificationAuthorities.find((c) => c.id === id);
  const contact: AuthorityContact = { ca: id, name: entry?.name[lang] || CARD_AUTHORITY_NAMES[id][lang] };
  if (entry?.phone) contact.phone = entry.phone;
  if (entry?.web) contact.web = entry.web;
  if (entry?.unlockUrl) contact.unlockUrl = entry.unlockUrl;
  return contact;
}

function waitText(seconds: number): LocalizedText {
  if (seconds >= 120) {
    const minutes = Math.ceil(seconds / 60);
    return t(`請於 ${minutes} 分鐘後再試。`, `Try again in ${minutes} minutes.`);
  }
  return t(`請於 ${seconds} 秒後再試。`, `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`);
}

function requestIdText(id: string): LocalizedText {
  return t(`（請求編號：${id}）`, `(Request ID: ${id})`);
}

function phoneText(contact: AuthorityContact): LocalizedText {
  return t(`${contact.name}電話：${contact.phone}`, `${contact.name}: ${contact.phone}.`);
}

/** Sentences joined the way each language does: none between Chinese sentences, a space in English. */
function join(lang: Locale, first: string, more: readonly LocalizedText[]): string {
  return [first, ...more.map((m) => m[lang])].join(lang === 'zh-TW' ? '' : ' ');
}

function nonEmpty(value: string | undefined, fallback: string): string {
  return value !== undefined && value.trim() !== '' ? value : fallback;
}
