// 憑證序號 (the handler's "SN"): a certificate serial number as people copy it from card tools,
// certificate viewers or `openssl x509 -text`: in either case, with spaces or colons between
// bytes, with or without the leading zero byte DER adds. Normalised to uppercase hex without
// leading zeros so that two spellings of one serial compare equal.
import { fieldSpec, precheckHalfWidth } from './text-input.js';
import { ValidationCode, failure, success, unwrap } from './validation.js';
import type { FieldOptions, ValidationResult } from './validation.js';

/** RFC 5280 caps serials at 20 octets. */
export const SERIAL_MAX_HEX_DIGITS = 40;
/** Room for 40 hex digits written as colon- or space-separated bytes, plus line breaks. */
export const SERIAL_MAX_INPUT_LENGTH = 128;

/**
 * The serial as the API documents it (JSON Schema / ECMAScript pattern): hex digits, spaces and
 * colons, with 1 to 40 significant digits. Stricter than the validator only in which separators it
 * names (the validator also takes tabs and line breaks).
 */
// Marked pure so that a bundler drops it from a page that does not use it.
export const SERIAL_PATTERN = /* @__PURE__ */ (() =>
  `^[0: ]*[1-9A-Fa-f][: ]*(?:[0-9A-Fa-f][: ]*){0,${SERIAL_MAX_HEX_DIGITS - 1}}$`)();

const DEFAULTS = { field: 'serial', label: { 'zh-TW': '憑證序號', en: 'Certificate serial number' } };

export function validateCertificateSerial(input: unknown, options?: FieldOptions): ValidationResult<string> {
  const spec = fieldSpec(options, DEFAULTS, {
    max: SERIAL_MAX_INPUT_LENGTH,
    required: true,
    tooLongCode: ValidationCode.SERIAL_TOO_LONG,
  });
  const checked = precheckHalfWidth(input, spec);
  if (!checked.ok) {
    // Report the limit users can act on (hex digits), not the raw input allowance.
    return checked.error.code === ValidationCode.SERIAL_TOO_LONG
      ? failure(ValidationCode.SERIAL_TOO_LONG, spec.field, { label: spec.label, max: SERIAL_MAX_HEX_DIGITS })
      : checked;
  }
  const params = { label: spec.label };
  const hex = checked.value.replace(/[\s:]/g, '');
  if (!/^[0-9A-Fa-f]+$/.test(hex)) return failure(ValidationCode.SERIAL_FORMAT, spec.field, params);
  const significant = hex.replace(/^0+/, '').toUpperCase();
  if (significant === '') return failure(ValidationCode.SERIAL_ZERO, spec.field, params);
  if (significant.length > SERIAL_MAX_HEX_DIGITS) {
    return failure(ValidationCode.SERIAL_TOO_LONG, spec.field, { ...params, max: SERIAL_MAX_HEX_DIGITS });
  }
  return success(significant);
}

/** Like `validateCertificateSerial`, but returns the normalised serial or throws its `ValidationError`. */
export function parseCertificateSerial(input: unknown, options?: FieldOptions): string {
  return unwrap(validateCertificateSerial(input, options));
}

/** Whether two typed or stored serials name the same certificate; false if either is not a serial. */
export function serialsEqual(a: unknown, b: unknown): boolean {
  const x = validateCertificateSerial(a);
  const y = validateCertificateSerial(b);
  return x.ok && y.ok && x.value === y.value;
}
