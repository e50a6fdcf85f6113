// The shared vocabulary of the domain validators: the result shape, the error class, the stable
// codes and their zh-TW / English messages. Forms and the mock API explain input errors from the
// code and details, so a host can re-word any message without parsing text.
import { GepiError } from '../errors.js';
import type { LocalizedText } from '../errors.js';

/**
 * Stable codes of input validation errors. Never reword or reuse a code once released; add new ones.
 *
 * | code | raised when | details |
 * |---|---|---|
 * | `REQUIRED` | empty, whitespace only, `null` or `undefined` in a required field | `label` |
 * | `INVALID_TYPE` | the value is not a string (untyped callers, JSON bodies) | `label` |
 * | `TOO_LONG` | longer than the field allows (checked before any pattern, so huge input fails fast) | `label`, `max` |
 * | `FULL_WIDTH_CHARACTERS` | full-width ASCII (`Ａ１`) or U+3000 in a field that takes half-width only | `label` |
 * | `INVALID_CHARACTERS` | control or bidi characters, broken surrogates; digits in a person's name | `label` |
 * | `AGENCY_CODE_FORMAT` | 機關代號 is not exactly 5 ASCII digits | `label` |
 * | `NATIONAL_ID_FORMAT` | not letter + 1/2/8/9 + 8 digits, nor old resident letter + A–D + 8 digits | `label` |
 * | `NATIONAL_ID_LOWERCASE` | the shape is right but a letter is lowercase | `label` |
 * | `NATIONAL_ID_CHECKSUM` | the check digit does not match | `label`, `kind` |
 * | `NATIONAL_ID_OLD_FORMAT_EXPIRED` | an old-format 統一證號 after 2030-12-31 (Asia/Taipei) | `label` |
 * | `BUSINESS_ID_FORMAT` | 統一編號 is not exactly 8 ASCII digits | `label` |
 * | `BUSINESS_ID_CHECKSUM` | 統一編號 fails the weighted check | `label` |
 * | `HCA_CODE_FORMAT` | 醫事機構代碼 is not exactly 10 ASCII digits | `label` |
 * | `PHONE_FORMAT` | characters or grouping we cannot read as a phone number | `label` |
 * | `PHONE_AREA_CODE` | no Taiwanese area code, mobile (09) or toll-free (0800) prefix | `label` |
 * | `PHONE_LENGTH` | the digit count does not fit the area code | `label`, `areaCode` |
 * | `PHONE_EXTENSION_IN_NUMBER` | an extension (`#123`, `轉123`, `ext 123`) typed into the number | `label` |
 * | `EXTENSION_FORMAT` | 分機 contains something other than digits | `label` |
 * | `EMAIL_FORMAT` | not one `@`, no dotted domain, spaces, bad characters | `label` |
 * | `SERIAL_FORMAT` | 憑證序號 has characters other than hex digits, spaces and colons | `label` |
 * | `SERIAL_ZERO` | 憑證序號 is all zeros (serials are positive) | `label` |
 * | `SERIAL_TOO_LONG` | more than 40 significant hex digits (RFC 5280 allows 20 octets) | `label`, `max` |
 * | `ROC_DATE_FORMAT` | text is not `111年11月14日14點46分46秒` / `111/11/14` shaped | `label`, `example` |
 * | `ROC_DATE_INVALID` | shaped right but no such date or time (`02月30日`, `24點`) | `label` |
 * | `DATE_INVALID` | a `Date` to format is an Invalid Date | `label` |
 * | `DATE_OUT_OF_RANGE` | a `Date` outside ROC years 1–999 (1912–2910) | `label` |
 */
export const ValidationCode = {
  REQUIRED: 'REQUIRED',
  INVALID_TYPE: 'INVALID_TYPE',
  TOO_LONG: 'TOO_LONG',
  FULL_WIDTH_CHARACTERS: 'FULL_WIDTH_CHARACTERS',
  INVALID_CHARACTERS: 'INVALID_CHARACTERS',
  AGENCY_CODE_FORMAT: 'AGENCY_CODE_FORMAT',
  NATIONAL_ID_FORMAT: 'NATIONAL_ID_FORMAT',
  NATIONAL_ID_LOWERCASE: 'NATIONAL_ID_LOWERCASE',
  NATIONAL_ID_CHECKSUM: 'NATIONAL_ID_CHECKSUM',
  NATIONAL_ID_OLD_FORMAT_EXPIRED: 'NATIONAL_ID_OLD_FORMAT_EXPIRED',
  BUSINESS_ID_FORMAT: 'BUSINESS_ID_FORMAT',
  BUSINESS_ID_CHECKSUM: 'BUSINESS_ID_CHECKSUM',
  HCA_CODE_FORMAT: 'HCA_CODE_FORMAT',
  PHONE_FORMAT: 'PHONE_FORMAT',
  PHONE_AREA_CODE: 'PHONE_AREA_CODE',
  PHONE_LENGTH: 'PHONE_LENGTH',
  PHONE_EXTENSION_IN_NUMBER: 'PHONE_EXTENSION_IN_NUMBER',
  EXTENSION_FORMAT: 'EXTENSION_FORMAT',
  EMAIL_FORMAT: 'EMAIL_FORMAT',
  SERIAL_FORMAT: 'SERIAL_FORMAT',
  SERIAL_ZERO: 'SERIAL_ZERO',
  SERIAL_TOO_LONG: 'SERIAL_TOO_LONG',
  ROC_DATE_FORMAT: 'ROC_DATE_FORMAT',
  ROC_DATE_INVALID: 'ROC_DATE_INVALID',
  DATE_INVALID: 'DATE_INVALID',
  DATE_OUT_OF_RANGE: 'DATE_OUT_OF_RANGE',
} as const;
export type ValidationCode = (typeof ValidationCode)[keyof typeof ValidationCode];

/** What a message may refer to. Also stored as the error's `details`, so hosts can word their own text. */
export interface MessageParams {
  /** The field's name as the user sees it, e.g. 機關代號 / Agency code. */
  label: LocalizedText;
  /** The limit that was exceeded (`TOO_LONG`, `SERIAL_TOO_LONG`). */
  max?: number;
  /** A well-formed example of the expected text (`ROC_DATE_FORMAT`). */
  example?: string;
  /** Anything else a UI may want (the ID kind, the area code, …). */
  [extra: string]: unknown;
}

export type MessageBuilder = (params: MessageParams) => LocalizedText;

const zh = (p: MessageParams) => p.label['zh-TW'];
const en = (p: MessageParams) => p.label.en;

/** The default texts. Hosts wanting other wording build their own from `error.code` and `error.details`. */
export const validationMessages: Readonly<Record<ValidationCode, MessageBuilder>> = {
  REQUIRED: (p) => ({ 'zh-TW': `請輸入${zh(p)}`, en: `${en(p)} is required.` }),
  INVALID_TYPE: (p) => ({ 'zh-TW': `${zh(p)}的資料型別不正確`, en: `${en(p)} must be text.` }),
  TOO_LONG: (p) => ({
    'zh-TW': `${zh(p)}長度不可超過${p.max}個字元`,
    en: `${en(p)} must be at most ${p.max} characters.`,
  }),
  FULL_WIDTH_CHARACTERS: (p) => ({
    'zh-TW': `${zh(p)}請使用半形英數字，勿使用全形字元`,
    en: `${en(p)} must be typed with half-width characters, not full-width ones.`,
  }),
  INVALID_CHARACTERS: (p) => ({
    'zh-TW': `${zh(p)}含有不允許的字元`,
    en: `${en(p)} contains characters that are not allowed.`,
  }),
  AGENCY_CODE_FORMAT: (p) => ({ 'zh-TW': `${zh(p)}須為5位數字`, en: `${en(p)} must be exactly 5 digits.` }),
  NATIONAL_ID_FORMAT: (p) => ({
    'zh-TW': `${zh(p)}格式不正確，應為1個英文字母加9個數字（或統一證號）`,
    en: `${en(p)} must be a letter followed by 9 digits (or a resident certificate number).`,
  }),
  NATIONAL_ID_LOWERCASE: (p) => ({
    'zh-TW': `${zh(p)}的英文字母須為大寫`,
    en: `${en(p)} must be typed with uppercase letters.`,
  }),
  NATIONAL_ID_CHECKSUM: (p) => ({
    'zh-TW': `${zh(p)}檢查碼不符，請確認是否輸入正確`,
    en: `${en(p)} fails the check-digit test; please check it.`,
  }),
  NATIONAL_ID_OLD_FORMAT_EXPIRED: (p) => ({
    'zh-TW': `${zh(p)}為舊式統一證號，已於2030年12月31日後停止使用，請輸入新式統一證號`,
    en: `${en(p)} is an old-format resident certificate number, not valid after 2030-12-31; enter the new-format number.`,
  }),
  BUSINESS_ID_FORMAT: (p) => ({ 'zh-TW': `${zh(p)}須為8位數字`, en: `${en(p)} must be exactly 8 digits.` }),
  BUSINESS_ID_CHECKSUM: (p) => ({
    'zh-TW': `${zh(p)}檢查碼不符，請確認是否輸入正確`,
    en: `${en(p)} fails the check-digit test; please check it.`,
  }),
  HCA_CODE_FORMAT: (p) => ({ 'zh-TW': `${zh(p)}須為10位數字`, en: `${en(p)} must be exactly 10 digits.` }),
  PHONE_FORMAT: (p) => ({
    'zh-TW': `${zh(p)}格式不正確，範例：(02)2701-3411 或 0912-345-678`,
    en: `${en(p)} must be a Taiwanese number written like (02)2701-3411 or 0912-345-678.`,
  }),
  PHONE_AREA_CODE: (p) => ({
    'zh-TW': `${zh(p)}須以區碼（如02）或手機號碼（09）開頭`,
    en: `${en(p)} must start with a Taiwanese area code (such as 02) or a mobile prefix (09).`,
  }),
  PHONE_LENGTH: (p) => ({
    'zh-TW': `${zh(p)}的位數與區碼不符`,
    en: `${en(p)} has the wrong number of digits for its area code.`,
  }),
  PHONE_EXTENSION_IN_NUMBER: (p) => ({
    'zh-TW': `${zh(p)}請勿包含分機，分機請填寫於分機欄位`,
    en: `${en(p)} must not include the extension; enter it in the extension field.`,
  }),
  EXTENSION_FORMAT: (p) => ({ 'zh-TW': `${zh(p)}只能填寫數字`, en: `${en(p)} may contain digits only.` }),
  EMAIL_FORMAT: (p) => ({
    'zh-TW': `${zh(p)}格式不正確，範例：name@example.gov.tw`,
    en: `${en(p)} is not a valid email address; for example name@example.gov.tw.`,
  }),
  SERIAL_FORMAT: (p) => ({
    'zh-TW': `${zh(p)}須為16進位數字（0-9、A-F）`,
    en: `${en(p)} must be hexadecimal (0-9, A-F).`,
  }),
  SERIAL_ZERO: (p) => ({ 'zh-TW': `${zh(p)}不可為0`, en: `${en(p)} cannot be zero.` }),
  SERIAL_TOO_LONG: (p) => ({
    'zh-TW': `${zh(p)}不可超過${p.max}個16進位數字`,
    en: `${en(p)} must be at most ${p.max} hexadecimal digits.`,
  }),
  ROC_DATE_FORMAT: (p) => ({
    'zh-TW': `${zh(p)}格式不正確，範例：${p.example}`,
    en: `${en(p)} must be written like ${p.example}.`,
  }),
  ROC_DATE_INVALID: (p) => ({
    'zh-TW': `${zh(p)}不是存在的日期或時間`,
    en: `${en(p)} is not a date or time that exists.`,
  }),
  DATE_INVALID: (p) => ({ 'zh-TW': `${zh(p)}不是有效的日期`, en: `${en(p)} is not a valid date.` }),
  DATE_OUT_OF_RANGE: (p) => ({
    'zh-TW': `${zh(p)}超出民國1年至999年的範圍`,
    en: `${en(p)} is outside ROC years 1-999 (1912-2910).`,
  }),
};

/** An input error: a `GepiError` whose `field` is always set and whose `code` is a `ValidationCode`. */
export class ValidationError extends GepiError {
  override name = 'ValidationError';
  declare readonly code: ValidationCode;
  declare readonly field: string;

  constructor(code: ValidationCode, field: string, params: MessageParams) {
    super({ code, field, text: validationMessages[code](params), details: { ...params } });
  }
}

export function isValidationError(value: unknown): value is ValidationError {
  return value instanceof ValidationError;
}

export interface ValidationSuccess<T> {
  readonly ok: true;
  readonly value: T;
}
export interface ValidationFailure {
  readonly ok: false;
  readonly error: ValidationError;
}
/** What every `validate*` function returns; the matching `parse*` function throws the error instead. */
export type ValidationResult<T> = ValidationSuccess<T> | ValidationFailure;

/** Options every field validator takes, so one rule can serve fields such as `managerNationalId`. */
export interface FieldOptions {
  /** The field name reported in `error.field` (defaults to the validator's own, e.g. `nationalId`). */
  field?: string;
  /** The field's label in messages (defaults to the validator's own, e.g. 身分證統一編號). */
  label?: LocalizedText;
}

export function success<T>(value: T): ValidationSuccess<T> {
  return { ok: true, value };
}

export function failure(code: ValidationCode, field: string, params: MessageParams): ValidationFailure {
  return { ok: false, error: new ValidationError(code, field, params) };
}

/** The value of a successful result; throws the `ValidationError` of a failed one. */
export function unwrap<T>(result: ValidationResult<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * Validates several fields at once (a form): every field's error, not only the first, so a form can
 * mark them all. Errors come in the order of the keys of `results`.
 */
export function combineResults<R extends Record<string, ValidationResult<unknown>>>(
  results: R,
):
  | { ok: true; value: { [K in keyof R]: R[K] extends ValidationResult<infer T> ? T : never } }
  | { ok: false; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const value: Record<string, unknown> = {};
  for (const [key, result] of Object.entries(results)) {
    if (result.ok) value[key] = result.value;
    else errors.push(result.error);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: value as { [K in keyof R]: R[K] extends ValidationResult<infer T> ? T : never } };
}
