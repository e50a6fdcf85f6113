// 機關代號: the 5-digit code that identifies an insured agency (the tenant) at the bank.
import { fieldSpec, precheckHalfWidth } from './text-input.js';
import { ValidationCode, failure, success, unwrap } from './validation.js';
import type { FieldOptions, ValidationResult } from './validation.js';

export const AGENCY_CODE_LENGTH = 5;
/** The agency code as the API documents it (JSON Schema / ECMAScript pattern): what the validator accepts once trimmed. */
export const AGENCY_CODE_PATTERN = `^[0-9]{${AGENCY_CODE_LENGTH}}$`;
const AGENCY_CODE = new RegExp(AGENCY_CODE_PATTERN);

const DEFAULTS = { field: 'agencyCode', label: { 'zh-TW': '機關代號', en: 'Agency code' } };

export function validateAgencyCode(input: unknown, options?: FieldOptions): ValidationResult<string> {
  const spec = fieldSpec(options, DEFAULTS, { max: AGENCY_CODE_LENGTH, required: true });
  const checked = precheckHalfWidth(input, spec);
  if (!checked.ok) return checked;
  if (!AGENCY_CODE.test(checked.value)) {
    return failure(ValidationCode.AGENCY_CODE_FORMAT, spec.field, { label: spec.label });
  }
  return success(checked.value);
}

/** Like `validateAgencyCode`, but returns the code or throws its `ValidationError`. */
export function parseAgencyCode(input: unknown, options?: FieldOptions): string {
  return unwrap(validateAgencyCode(input, options));
}
