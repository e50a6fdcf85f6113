// 醫事機構代碼: the 10-digit medical institution code that HCA cards carry where GCA cards carry
// an agency OID; the registration screens show it as the 機關(組織)OID of an HCA card.
import { fieldSpec, precheckHalfWidth } from './text-input.js';
import { ValidationCode, failure, success, unwrap } from './validation.js';
import type { FieldOptions, ValidationResult } from './validation.js';

export const HCA_CODE_LENGTH = 10;

const DEFAULTS = { field: 'hcaCode', label: { 'zh-TW': '醫事機構代碼', en: 'Medical institution code' } };

export function validateHcaCode(input: unknown, options?: FieldOptions): ValidationResult<string> {
  const spec = fieldSpec(options, DEFAULTS, { max: HCA_CODE_LENGTH, required: true });
  const checked = precheckHalfWidth(input, spec);
  if (!checked.ok) return checked;
  if (!/^[0-9]{10}$/.test(checked.value)) {
    return failure(ValidationCode.HCA_CODE_FORMAT, spec.field, { label: spec.label });
  }
  return success(checked.value);
}

/** Like `validateHcaCode`, but returns the code or throws its `ValidationError`. */
export function parseHcaCode(input: unknown, options?: FieldOptions): string {
  return unwrap(validateHcaCode(input, options));
}
