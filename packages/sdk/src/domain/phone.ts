// Taiwanese phone numbers as people type them into 連絡電話 / 電話, and the 分機 field beside them.
//
// Accepted typing: digits grouped by single spaces or hyphens, the area code optionally in
// parentheses, optionally `+886` (with an optional `(0)`) in front: `(02)2701-3411`,
// `02-2701-3411`, `0227013411`, `+886 2 2701 3411`, `0912-345-678`, `+886 912 345 678`.
// An extension typed into the number is refused with its own code, pointing at the 分機 field.
//
// Numbers are told apart by prefix, longest first, with the subscriber-number length each area
// code has in Taiwan's numbering plan:
//
// | prefix | area | subscriber digits | display |
// |---|---|---|---|
// | 02 | 臺北、新北、基隆 | 8 | (02)2701-3411 |
// | 03 | 桃園、新竹、宜蘭、花蓮 | 7 | (03)832-1234 |
// | 037 | 苗栗 | 6 | (037)32-1234 |
// | 04 | 臺中 (2…) / 彰化 | 8 / 7 | (04)2345-6789, (04)723-4567 |
// | 049 | 南投 | 7 | (049)234-5678 |
// | 05 | 嘉義、雲林 | 7 | (05)234-5678 |
// | 06 | 臺南、澎湖 | 7 | (06)234-5678 |
// | 07 | 高雄 | 7 | (07)555-1234 |
// | 08 | 屏東 | 7 | (08)732-1234 |
// | 082 | 金門 | 6 | (082)32-1234 |
// | 0826 | 烏坵 | 5 | (0826)8-1234 |
// | 0836 | 馬祖 | 5 | (0836)2-2345 |
// | 089 | 臺東 | 6 | (089)32-1234 |
// | 09 | mobile | 8 | 0912-345-678 |
// | 0800 | toll-free | 6 | 0800-364-422 |
//
// The landline display puts the area code in parentheses, as the bank's own `(02)2701-3411`, and
// the hyphen before the last four digits, the grouping Taiwanese directories print for every
// length. Subscriber numbers never start with 0 (trunk prefix) or 1 (service codes such as 110).
import { fieldSpec, precheckHalfWidth } from './text-input.js';
import { ValidationCode, failure, success, unwrap } from './validation.js';
import type { FieldOptions, ValidationResult } from './validation.js';

export type PhoneKind = 'landline' | 'mobile' | 'toll-free';

export interface PhoneNumber {
  /** National digits only, with the leading 0: `0227013411`. Store this. */
  readonly digits: string;
  /** How the bank's screens show it: `(02)2701-3411`, `0912-345-678`, `0800-364-422`. */
  readonly display: string;
  /** International form for `tel:` links: `+886227013411`. */
  readonly e164: string;
  readonly kind: PhoneKind;
  /** The area code or prefix, with its 0: `02`, `037`, `09`, `0800`. */
  readonly areaCode: string;
}

export interface ExtensionOptions extends FieldOptions {
  /** Extensions are optional unless this is set; empty input then yields `''`. */
  required?: boolean;
}

/** The longest input worth reading: `+886 (0)2 2701 3411` is 19 characters. */
export const PHONE_MAX_LENGTH = 30;
export const EXTENSION_MAX_LENGTH = 6;

const PHONE_DEFAULTS = { field: 'phone', label: { 'zh-TW': '電話', en: 'Phone number' } };
const EXTENSION_DEFAULTS = { field: 'extension', label: { 'zh-TW': '分機', en: 'Extension' } };

// Longest prefix first, so 0826 wins over 082 and 082 over 08.
const AREA_CODES: ReadonlyArray<readonly [string, (subscriber: string) => number]> = [
  ['0826', () => 5],
  ['0836', () => 5],
  ['037', () => 6],
  ['049', () => 7],
  ['082', () => 6],
  ['089', () => 6],
  ['02', () => 8],
  ['03', () => 7],
  // Taichung's numbers have 8 digits and start with 2; Changhua's have 7.
  ['04', (subscriber) => (subscriber.startsWith('2') ? 8 : 7)],
  ['05', () => 7],
  ['06', () => 7],
  ['07', () => 7],
  ['08', () => 7],
];

const INTERNATIONAL_PREFIX = /^\+886[ -]?(?:\(0\)[ -]?)?/;
const GROUPED_DIGITS = /^(?:\([0-9]{1,4}\)[ -]?)?[0-9]+(?:[ -][0-9]+)*$/;
/**
 * The typing the validator reads, as one pattern (JSON Schema / ECMAScript), as the API documents the
 * field: optional +886 prefix, optional area code in parentheses, digits grouped by single spaces or
 * hyphens. Whether the digits make a Taiwanese number (area code, length) only the validator knows.
 */
// Marked pure so that a bundler drops it from a page that does not use it.
export const PHONE_SHAPE_PATTERN = /* @__PURE__ */ (() =>
  `^(?:${INTERNATIONAL_PREFIX.source.slice(1)})?${GROUPED_DIGITS.source.slice(1)}`)();
/** 分機 as the API documents it: up to 6 digits (empty: none). */
export const EXTENSION_PATTERN = /* @__PURE__ */ (() => `^[0-9]{0,${EXTENSION_MAX_LENGTH}}$`)();
const TRAILING_EXTENSION = /(?:#|＃|轉|分機|ext\.?|x)\s*[0-9]+$/i;

type Classified =
  | { ok: true; kind: PhoneKind; areaCode: string; subscriber: string }
  | { ok: false; code: ValidationCode; areaCode?: string };

function classify(digits: string): Classified {
  if (digits.startsWith('09')) {
    return digits.length === 10
      ? { ok: true, kind: 'mobile', areaCode: '09', subscriber: digits.slice(2) }
      : { ok: false, code: ValidationCode.PHONE_LENGTH, areaCode: '09' };
  }
  if (digits.startsWith('0800')) {
    return digits.length === 10
      ? { ok: true, kind: 'toll-free', areaCode: '0800', subscriber: digits.slice(4) }
      : { ok: false, code: ValidationCode.PHONE_LENGTH, areaCode: '0800' };
  }
  // 083x is unassigned except Matsu's 0836; without this it would pass as a 08 (Pingtung) number.
  if (digits.startsWith('083') && !digits.startsWith('0836'))
    return { ok: false, code: ValidationCode.PHONE_AREA_CODE };
  const entry = AREA_CODES.find(([prefix]) => digits.startsWith(prefix));
  if (!entry) return { ok: false, code: ValidationCode.PHONE_AREA_CODE };
  const [areaCode, subscriberLength] = entry;
  const subscriber = digits.slice(areaCode.length);
  if (subscriber.length !== subscriberLength(subscriber)) {
    return { ok: false, code: ValidationCode.PHONE_LENGTH, areaCode };
  }
  if (/^[01]/.test(subscriber)) return { ok: false, code: ValidationCode.PHONE_FORMAT, areaCode };
  return { ok: true, kind: 'landline', areaCode, subscriber };
}

function display(kind: PhoneKind, digits: string, areaCode: string, subscriber: string): string {
  if (kind !== 'landline') return `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;
  return `(${areaCode})${subscriber.slice(0, -4)}-${subscriber.slice(-4)}`;
}

export function validatePhone(input: unknown, options?: FieldOptions): ValidationResult<PhoneNumber> {
  const spec = fieldSpec(options, PHONE_DEFAULTS, { max: PHONE_MAX_LENGTH, required: true });
  const params = { label: spec.label };
  // First, so that `#123`, `＃123` or `轉123` get the helpful message instead of a generic one.
  if (
    typeof input === 'string' &&
    input.length <= PHONE_MAX_LENGTH &&
    TRAILING_EXTENSION.test(input.trim())
  ) {
    return failure(ValidationCode.PHONE_EXTENSION_IN_NUMBER, spec.field, params);
  }
  const checked = precheckHalfWidth(input, spec);
  if (!checked.ok) return checked;
  let body = checked.value;
  const international = INTERNATIONAL_PREFIX.exec(body);
  if (international) body = body.slice(international[0].length);
  if (!GROUPED_DIGITS.test(body)) return failure(ValidationCode.PHONE_FORMAT, spec.field, params);
  let digits = body.replace(/[^0-9]/g, '');
  if (international) {
    // After +886 the trunk 0 is dropped; `+886 02…` mixes the two forms and is refused.
    if (digits.startsWith('0')) return failure(ValidationCode.PHONE_FORMAT, spec.field, params);
    digits = `0${digits}`;
  } else if (!digits.startsWith('0')) {
    return failure(ValidationCode.PHONE_AREA_CODE, spec.field, params);
  }
  const found = classify(digits);
  if (!found.ok) {
    return failure(found.code, spec.field, found.areaCode ? { ...params, areaCode: found.areaCode } : params);
  }
  return success({
    digits,
    display: display(found.kind, digits, found.areaCode, found.subscriber),
    e164: `+886${digits.slice(1)}`,
    kind: found.kind,
    areaCode: found.areaCode,
  });
}

/** Like `validatePhone`, but returns the number or throws its `ValidationError`. */
export function parsePhone(input: unknown, options?: FieldOptions): PhoneNumber {
  return unwrap(validatePhone(input, options));
}

/** 分機: up to 6 digits, optional unless `required`. Returns the digits, or `''` when left empty. */
export function validateExtension(input: unknown, options?: ExtensionOptions): ValidationResult<string> {
  const spec = fieldSpec(options, EXTENSION_DEFAULTS, {
    max: EXTENSION_MAX_LENGTH,
    required: options?.required ?? false,
  });
  const checked = precheckHalfWidth(input, spec);
  if (!checked.ok || checked.value === '') return checked;
  if (!/^[0-9]+$/.test(checked.value)) {
    return failure(ValidationCode.EXTENSION_FORMAT, spec.field, { label: spec.label });
  }
  return success(checked.value);
}

/** Like `validateExtension`, but returns the digits (or `''`) or throws its `ValidationError`. */
export function parseExtension(input: unknown, options?: ExtensionOptions): string {
  return unwrap(validateExtension(input, options));
}
