// 電子信箱: pragmatic checks that catch typing mistakes, not RFC 5322 in full. Quoted local parts,
// IP-literal domains and internationalised addresses are refused: the bank mails to ordinary
// addresses, and a user with an unusual one can be asked for another.
import { fieldSpec, precheckHalfWidth } from './text-input.js';
import { ValidationCode, failure, success, unwrap } from './validation.js';
import type { FieldOptions, ValidationResult } from './validation.js';

/** RFC 5321's limit on a forward path, less the angle brackets. */
export const EMAIL_MAX_LENGTH = 254;
const LOCAL_PART_MAX_LENGTH = 64;

const DEFAULTS = { field: 'email', label: { 'zh-TW': '電子信箱', en: 'Email' } };

// Dot-separated atoms: no leading, trailing or doubled dot. Each repetition must start after a dot,
// so the pattern cannot backtrack badly.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL_DOMAIN = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/**
 * The same rules as one pattern (JSON Schema / ECMAScript), as the API documents the field: a local
 * part of at most 64 characters, `@`, two or more labels, the last a top-level domain.
 */
// Marked pure so that a bundler drops it from a page that does not use it.
export const EMAIL_PATTERN = /* @__PURE__ */ (() =>
  `^(?=[^@]{1,${LOCAL_PART_MAX_LENGTH}}@)${LOCAL_PART.source.slice(1, -1)}` +
  `@(?:${DOMAIN_LABEL.source.slice(1, -1)}\\.)+(?=${TOP_LEVEL_DOMAIN.source.slice(1, -1)}$)${DOMAIN_LABEL.source.slice(1, -1)}$`)();

function wellFormed(text: string): boolean {
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@')) return false;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  const tld = labels[labels.length - 1] ?? '';
  return (
    local.length <= LOCAL_PART_MAX_LENGTH &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_DOMAIN.test(tld)
  );
}

/** Returns the trimmed address as typed (case kept: the local part may be case-sensitive). */
export function validateEmail(input: unknown, options?: FieldOptions): ValidationResult<string> {
  const spec = fieldSpec(options, DEFAULTS, { max: EMAIL_MAX_LENGTH, required: true });
  const checked = precheckHalfWidth(input, spec);
  if (!checked.ok) return checked;
  if (!wellFormed(checked.value))
    return failure(ValidationCode.EMAIL_FORMAT, spec.field, { label: spec.label });
  return success(checked.value);
}

/** Like `validateEmail`, but returns the address or throws its `ValidationError`. */
export function parseEmail(input: unknown, options?: FieldOptions): string {
  return unwrap(validateEmail(input, options));
}
