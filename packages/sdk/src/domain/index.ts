// The domain core's public surface: pure, browser-safe rules for the identifiers, contact fields
// and ROC times of GEPI registration. Each validator has a `validate*` form returning a result and
// a `parse*` form throwing a `ValidationError`.
export {
  ValidationCode,
  ValidationError,
  combineResults,
  failure,
  isValidationError,
  success,
  unwrap,
  validationMessages,
} from './validation.js';
export type {
  FieldOptions,
  MessageBuilder,
  MessageParams,
  ValidationFailure,
  ValidationResult,
  ValidationSuccess,
} from './validation.js';

export {
  AGENCY_CODE_LENGTH,
  AGENCY_CODE_PATTERN,
  parseAgencyCode,
  validateAgencyCode,
} from './agency-code.js';
export {
  NATIONAL_ID_LENGTH,
  NATIONAL_ID_PATTERN,
  OLD_RESIDENT_FORMAT_SUNSET_TIME,
  normalizeNationalIdInput,
  parseNationalId,
  validateNationalId,
} from './national-id.js';
export type { NationalId, NationalIdKind, NationalIdOptions } from './national-id.js';
export { BUSINESS_ID_LENGTH, parseBusinessId, validateBusinessId } from './business-id.js';
export { HCA_CODE_LENGTH, parseHcaCode, validateHcaCode } from './hca-code.js';
export {
  EXTENSION_MAX_LENGTH,
  EXTENSION_PATTERN,
  PHONE_MAX_LENGTH,
  PHONE_SHAPE_PATTERN,
  parseExtension,
  parsePhone,
  validateExtension,
  validatePhone,
} from './phone.js';
export type { ExtensionOptions, PhoneKind, PhoneNumber } from './phone.js';
export { EMAIL_MAX_LENGTH, EMAIL_PATTERN, parseEmail, validateEmail } from './email.js';
export {
  SERIAL_MAX_HEX_DIGITS,
  SERIAL_MAX_INPUT_LENGTH,
  SERIAL_PATTERN,
  parseCertificateSerial,
  serialsEqual,
  validateCertificateSerial,
} from './serial.js';
export {
  PERSON_NAME_MAX_LENGTH,
  PERSON_NAME_PATTERN,
  REMARKS_MAX_LENGTH,
  parsePersonName,
  parseRemarks,
  validatePersonName,
  validateRemarks,
  textPattern,
  validateText,
} from './free-text.js';
export type { OptionalTextOptions, TextRule } from './free-text.js';
export {
  ROC_YEAR_OFFSET,
  TAIPEI_UTC_OFFSET_MINUTES,
  formatRocDate,
  formatRocDateTime,
  parseRocDate,
  parseRocDateTime,
  taipeiDate,
  taipeiDateParts,
  validateRocDate,
  validateRocDateTime,
} from './roc-time.js';
export type { TaipeiDateParts } from './roc-time.js';
export { maskNationalId } from './masking.js';
export { toHalfWidth } from './half-width.js';
export { BANK_CONTACT_FACTS, CA_CONTACT_FACTS, phoneDigits } from './contacts.js';
export type { BankContactFacts, BankSectionFacts, CaContactFacts } from './contacts.js';
