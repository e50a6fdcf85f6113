// 統一編號: the 8-digit business ID that MOEACA (工商憑證) cards carry as their organization ID.
// Since 2023 the check sum need only be divisible by 5 (it was 10), which also accepts older numbers.
import { fieldSpec, precheckHalfWidth } from './text-input.js';
import { ValidationCode, failure, success, unwrap } from './validation.js';
import type { FieldOptions, ValidationResult } from './validation.js';

export const BUSINESS_ID_LENGTH = 8;

const DEFAULTS = { field: 'businessId', label: { 'zh-TW': '統一編號', en: 'Business ID' } };
const WEIGHTS = [1, 2, 1, 2, 1, 2, 4, 1] as const;

function checksumHolds(id: string): boolean {
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    const product = Number(id.charAt(i)) * weight;
    sum += Math.floor(product / 10) + (product % 10);
  });
  // A 7 in the 7th place gives 7×4 = 28 → 10, which counts as either 1 or 0: both sums are tried.
  return sum % 5 === 0 || (id.charAt(6) === '7' && (sum + 1) % 5 === 0);
}

export function validateBusinessId(input: unknown, options?: FieldOptions): ValidationResult<string> {
  const spec = fieldSpec(options, DEFAULTS, { max: BUSINESS_ID_LENGTH, required: true });
  const checked = precheckHalfWidth(input, spec);
  if (!checked.ok) return checked;
  const params = { label: spec.label };
  if (!/^[0-9]{8}$/.test(checked.value))
    return failure(ValidationCode.BUSINESS_ID_FORMAT, spec.field, params);
  if (!checksumHolds(checked.value)) return failure(ValidationCode.BUSINESS_ID_CHECKSUM, spec.field, params);
  return success(checked.value);
}

/** Like `validateBusinessId`, but returns the ID or throws its `ValidationError`. */
export function parseBusinessId(input: unknown, options?: FieldOptions): string {
  return unwrap(validateBusinessId(input, options));
}
