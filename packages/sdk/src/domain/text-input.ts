// The checks every field validator runs first, in one order: type, a cheap length bound (so a
// megabyte of input is refused before any pattern or scan touches it), trimming, required, the
// field's own maximum and, for code-like fields, half-width only. Internal: not re-exported.
import type { LocalizedText } from '../errors.js';
import { ValidationCode, failure, success } from './validation.js';
import type { FieldOptions, ValidationResult } from './validation.js';

export interface FieldSpec {
  field: string;
  label: LocalizedText;
  /** Longest accepted trimmed value, in code points. */
  max: number;
  /** When false, empty input is fine and yields `''`. */
  required: boolean;
  /** Reported when the value is longer than `max` (defaults to `TOO_LONG`). */
  tooLongCode?: ValidationCode;
}

/**
 * Room for surrounding whitespace and surrogate pairs in the raw string before the first cheap
 * refusal; beyond it the value cannot possibly fit and nothing else is looked at.
 */
const RAW_SLACK = 64;

// U+FF01–U+FF5E is full-width ASCII; U+3000 the ideographic (full-width) space. Both appear when an
// IME is left in full-width mode, which is common with Chinese input methods.
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

export function fieldSpec(
  options: FieldOptions | undefined,
  defaults: { field: string; label: LocalizedText },
  rest: Omit<FieldSpec, 'field' | 'label'>,
): FieldSpec {
  return { field: options?.field ?? defaults.field, label: options?.label ?? defaults.label, ...rest };
}

function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Type, length and required checks; the trimmed text on success. */
export function precheck(input: unknown, spec: FieldSpec): ValidationResult<string> {
  const params = { label: spec.label };
  const tooLong = () =>
    failure(spec.tooLongCode ?? ValidationCode.TOO_LONG, spec.field, { ...params, max: spec.max });
  if (input === undefined || input === null) {
    return spec.required ? failure(ValidationCode.REQUIRED, spec.field, params) : success('');
  }
  if (typeof input !== 'string') return failure(ValidationCode.INVALID_TYPE, spec.field, params);
  if (input.length > spec.max * 2 + RAW_SLACK) return tooLong();
  const text = input.trim();
  if (text === '') return spec.required ? failure(ValidationCode.REQUIRED, spec.field, params) : success('');
  if (codePointLength(text) > spec.max) return tooLong();
  return success(text);
}

/** `precheck`, then refuse full-width characters: for codes, numbers and addresses. */
export function precheckHalfWidth(input: unknown, spec: FieldSpec): ValidationResult<string> {
  const checked = precheck(input, spec);
  if (checked.ok && FULL_WIDTH.test(checked.value)) {
    return failure(ValidationCode.FULL_WIDTH_CHARACTERS, spec.field, { label: spec.label });
  }
  return checked;
}
