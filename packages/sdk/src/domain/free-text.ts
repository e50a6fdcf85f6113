// Free-text fields of the forms: a person's name (姓名) and remarks (備註), and the rule they share
// for any other text field. Values are trimmed; lengths count characters (code points), so a name
// with a rare CJK character outside the BMP counts it once.
import type { LocalizedText } from '../errors.js';
import { fieldSpec, precheck } from './text-input.js';
import { ValidationCode, failure, success, unwrap } from './validation.js';
import type { FieldOptions, ValidationResult } from './validation.js';

export const PERSON_NAME_MAX_LENGTH = 50;
export const REMARKS_MAX_LENGTH = 200;

export interface TextRule {
  field: string;
  label: LocalizedText;
  /** Longest accepted trimmed value, in characters. */
  max: number;
  required: boolean;
  /** Whether line breaks and tabs are allowed (a textarea). */
  multiline?: boolean;
  /** Extra characters to refuse, e.g. digits in a name. */
  forbidden?: RegExp;
}

export interface OptionalTextOptions extends FieldOptions {
  required?: boolean;
}

// Control characters break records and exports; bidi overrides can make a stored name read
// differently from what it is; lone surrogates cannot be encoded as UTF-8 at all.
// `[^\P{Cc}\t\n\r]` is "a control character other than tab and line breaks", which the multiline
// check below deals with.
// The character classes are kept as text so that the API's document states the same rule as a
// pattern (`textPattern`).
const BIDI_AND_BROKEN = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uD800-\\uDFFF';
const ALWAYS_FORBIDDEN = new RegExp(`[^\\P{Cc}\\t\\n\\r]|[${BIDI_AND_BROKEN}]`, 'u');
const LINE_BREAKS_AND_TABS = /[\t\n\r]/;
// Any script's digits, full-width ones included: names never contain them, typos often do.
const DIGITS_CLASS = '\\p{Nd}';
const DIGITS = new RegExp(`[${DIGITS_CLASS}]`, 'u');

/**
 * What `validateText` accepts, as one pattern (JSON Schema / ECMAScript with the `u` flag, which
 * JSON Schema implies), for the API's document: no control characters (but tabs and line breaks
 * when `multiline`), no bidi overrides or broken surrogates, none of `forbiddenClass` (a character
 * class body, e.g. `\p{Nd}`), and when `required` something other than white space. Lengths are
 * separate (`minLength`/`maxLength`).
 */
export function textPattern(rule: {
  multiline?: boolean;
  required: boolean;
  forbiddenClass?: string;
}): string {
  const allowed = `[^\\p{Cc}${BIDI_AND_BROKEN}${rule.forbiddenClass ?? ''}]`;
  const char = rule.multiline ? `(?:${allowed}|[\\t\\n\\r])` : allowed;
  return `^${rule.required ? '(?=[\\s\\S]*\\S)' : ''}${char}*$`;
}

/** 姓名 as the API documents it: see `validatePersonName`. */
export const PERSON_NAME_PATTERN = /* @__PURE__ */ textPattern({
  required: true,
  forbiddenClass: DIGITS_CLASS,
});

/** The general rule: trim, required, length, and no control, bidi or broken characters. */
export function validateText(input: unknown, rule: TextRule): ValidationResult<string> {
  const checked = precheck(input, rule);
  if (!checked.ok || checked.value === '') return checked;
  const text = checked.value;
  const refused =
    ALWAYS_FORBIDDEN.test(text) ||
    (!rule.multiline && LINE_BREAKS_AND_TABS.test(text)) ||
    (rule.forbidden !== undefined && rule.forbidden.test(text));
  if (refused) return failure(ValidationCode.INVALID_CHARACTERS, rule.field, { label: rule.label });
  return success(text);
}

const NAME_DEFAULTS = { field: 'name', label: { 'zh-TW': '姓名', en: 'Name' } };
const REMARKS_DEFAULTS = { field: 'remarks', label: { 'zh-TW': '備註', en: 'Remarks' } };

/** 姓名: required, one line, at most 50 characters, no digits. */
export function validatePersonName(input: unknown, options?: FieldOptions): ValidationResult<string> {
  const spec = fieldSpec(options, NAME_DEFAULTS, { max: PERSON_NAME_MAX_LENGTH, required: true });
  return validateText(input, { ...spec, forbidden: DIGITS });
}

/** Like `validatePersonName`, but returns the trimmed name or throws its `ValidationError`. */
export function parsePersonName(input: unknown, options?: FieldOptions): string {
  return unwrap(validatePersonName(input, options));
}

/** 備註: optional unless `required`, line breaks allowed, at most 200 characters; `''` when left empty. */
export function validateRemarks(input: unknown, options?: OptionalTextOptions): ValidationResult<string> {
  const spec = fieldSpec(options, REMARKS_DEFAULTS, {
    max: REMARKS_MAX_LENGTH,
    required: options?.required ?? false,
  });
  return validateText(input, { ...spec, multiline: true });
}

/** Like `validateRemarks`, but returns the trimmed text or throws its `ValidationError`. */
export function parseRemarks(input: unknown, options?: OptionalTextOptions): string {
  return unwrap(validateRemarks(input, options));
}
