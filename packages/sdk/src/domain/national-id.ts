// 身分證統一編號 and the resident certificate number (統一證號) that the same fields accept.
// Three shapes share one checksum:
//   citizen       A123456789  letter + 1|2 (sex) + 8 digits
//   resident-new  A800000014  letter + 8|9 + 8 digits (issued since 2021)
//   resident-old  AA23456787  letter + A–D + 8 digits; the second letter's value's units digit
//                             stands in for the first digit. Valid until 2030-12-31 (Asia/Taipei).
// Validators never repair input (a lowercase letter is an error): what is stored must be what the
// user confirmed. Forgiving UIs call `normalizeNationalIdInput` first and show the result.
import { toHalfWidth } from './half-width.js';
import { taipeiDate } from './roc-time.js';
import { fieldSpec, precheckHalfWidth } from './text-input.js';
import { ValidationCode, failure, success, unwrap } from './validation.js';
import type { FieldOptions, ValidationResult } from './validation.js';

export type NationalIdKind = 'citizen' | 'resident-new' | 'resident-old';

export interface NationalId {
  readonly value: string;
  readonly kind: NationalIdKind;
}

export interface NationalIdOptions extends FieldOptions {
  /** The moment to judge the old resident format's sunset by (default: now). */
  now?: Date;
}

export const NATIONAL_ID_LENGTH = 10;

/**
 * The first instant (epoch ms) at which old-format resident numbers are refused: 2031-01-01 00:00
 * in Taipei. A number, not a `Date`, so that no caller can move it by mutating a shared object.
 */
export const OLD_RESIDENT_FORMAT_SUNSET_TIME: number = taipeiDate(2031, 1, 1).getTime();

const DEFAULTS = { field: 'nationalId', label: { 'zh-TW': '身分證統一編號', en: 'National ID' } };

// Letter values run from 10 in this order, not the alphabet's: I, O and W were added after the
// others had been numbered.
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

const SHAPES: ReadonlyArray<readonly [NationalIdKind, RegExp]> = [
  ['citizen', /^[A-Z][12][0-9]{8}$/],
  ['resident-new', /^[A-Z][89][0-9]{8}$/],
  // Only A–D were ever issued as the second letter of the old format.
  ['resident-old', /^[A-Z][A-D][0-9]{8}$/],
];

/**
 * The three shapes in one pattern (JSON Schema / ECMAScript), as the API documents the field; the
 * check digit and the old format's sunset are checked by the validator only.
 */
// Marked pure so that a bundler drops it from a page that does not use it.
export const NATIONAL_ID_PATTERN = /* @__PURE__ */ (() =>
  `^(?:${SHAPES.map(([, shape]) => shape.source.slice(1, -1)).join('|')})$`)();

function kindOf(text: string): NationalIdKind | undefined {
  return SHAPES.find(([, shape]) => shape.test(text))?.[0];
}

function letterValue(letter: string): number {
  return LETTERS.indexOf(letter) + 10;
}

function checksumHolds(id: string): boolean {
  const head = letterValue(id.charAt(0));
  const second = id.charAt(1);
  const d1 = second >= 'A' ? letterValue(second) % 10 : Number(second);
  let sum = Math.floor(head / 10) + (head % 10) * 9 + d1 * 8;
  for (let i = 2; i <= 8; i++) sum += Number(id.charAt(i)) * (9 - i);
  sum += Number(id.charAt(9));
  return sum % 10 === 0;
}

export function validateNationalId(
  input: unknown,
  options?: NationalIdOptions,
): ValidationResult<NationalId> {
  const spec = fieldSpec(options, DEFAULTS, { max: NATIONAL_ID_LENGTH, required: true });
  const checked = precheckHalfWidth(input, spec);
  if (!checked.ok) return checked;
  const text = checked.value;
  const params = { label: spec.label };
  const kind = kindOf(text);
  if (kind === undefined) {
    const lowercaseOnly = /[a-z]/.test(text) && kindOf(text.toUpperCase()) !== undefined;
    return failure(
      lowercaseOnly ? ValidationCode.NATIONAL_ID_LOWERCASE : ValidationCode.NATIONAL_ID_FORMAT,
      spec.field,
      params,
    );
  }
  // The sunset comes before the checksum: after 2030 the right advice is "use your new number",
  // whether or not the old one was typed correctly. An Invalid Date `now` counts as past it.
  const now = (options?.now ?? new Date()).getTime();
  if (kind === 'resident-old' && !(now < OLD_RESIDENT_FORMAT_SUNSET_TIME)) {
    return failure(ValidationCode.NATIONAL_ID_OLD_FORMAT_EXPIRED, spec.field, params);
  }
  if (!checksumHolds(text))
    return failure(ValidationCode.NATIONAL_ID_CHECKSUM, spec.field, { ...params, kind });
  return success({ value: text, kind });
}

/** Like `validateNationalId`, but returns the ID and its kind or throws its `ValidationError`. */
export function parseNationalId(input: unknown, options?: NationalIdOptions): NationalId {
  return unwrap(validateNationalId(input, options));
}

/**
 * For UIs, not validators: what the user most likely meant, with full-width characters made
 * half-width, surrounding whitespace trimmed and letters uppercased. Validate the result.
 */
export function normalizeNationalIdInput(text: string): string {
  return toHalfWidth(text).trim().toUpperCase();
}
