// Certificate validity as the views show it: dates in each locale's form (ROC `111/11/14` in zh-TW,
// as the bank's screens print them; ISO 8601 in English) and the window before expiry in which a
// holder is warned, which is when the CAs accept renewals. Shared by <gepi-cert-info> and the
// card-in-reader box of <gepi-card-confirm>.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { formatRocDate } from '@gepi/sdk';
import type { Locale } from '../../i18n/translation.js';
import { rocDateTimeParts } from '../../internal/roc.js';
import type { ContactWords } from '../ca-contacts/contact-list.js';

/** Days before `notAfter` from which a certificate is flagged as expiring. */
export const EXPIRY_WARNING_DAYS = 60;

const DAY_MS = 86_400_000;

/** A date as the server sends it (ISO 8601 text) or as the SDK parses it (`Date`). */
export type DateInput = Date | string | number;

export type ValidityState = 'valid' | 'expiring' | 'expired' | 'not-yet-valid' | 'unknown';

export interface Validity {
  readonly state: ValidityState;
  /** Whole days until `notAfter`, rounded up (1 on the last day); absent when not known. */
  readonly daysLeft?: number;
}

/** A valid `Date` for the input, or undefined for missing or unreadable input. */
export function toDate(value: DateInput | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isFinite(date.getTime()) ? date : undefined;
}

export function validityOf(
  notBefore: DateInput | null | undefined,
  notAfter: DateInput | null | undefined,
  now: Date,
  warningDays: number = EXPIRY_WARNING_DAYS,
): Validity {
  const end = toDate(notAfter);
  if (!end || !Number.isFinite(now.getTime())) return { state: 'unknown' };
  const start = toDate(notBefore);
  const left = end.getTime() - now.getTime();
  if (left <= 0) return { state: 'expired', daysLeft: 0 };
  const daysLeft = Math.ceil(left / DAY_MS);
  if (start && start.getTime() > now.getTime()) return { state: 'not-yet-valid', daysLeft };
  return { state: daysLeft <= warningDays ? 'expiring' : 'valid', daysLeft };
}

/** The calendar date in Taipei as `YYYY-MM-DD`, for `<time datetime>`. */
export function taipeiIsoDate(date: Date): string {
  const p = rocDateTimeParts(date);
  return `${p.gy}-${p.MM}-${p.dd}`;
}

/**
 * The date in the locale's form: `111/11/14` (zh-TW) or `2022-11-14` (en). Dates outside the ROC
 * calendar's range (a broken certificate) fall back to ISO rather than throwing during a render.
 */
export function formatCertDate(date: Date, locale: Locale): string {
  if (locale === 'zh-TW') {
    try {
      return formatRocDate(date);
    } catch {
      return taipeiIsoDate(date);
    }
  }
  return taipeiIsoDate(date);
}

/** `<time>` for a certificate date, or the raw input when it cannot be read. */
export function renderCertDate(value: DateInput | null | undefined, locale: Locale): TemplateResult | string {
  const date = toDate(value);
  if (!date) return value === null || value === undefined ? '' : String(value);
  return html`<time datetime=${taipeiIsoDate(date)}>${formatCertDate(date, locale)}</time>`;
}

/** 憑證效期 as `111/11/14 ~ 116/11/13` (zh-TW) or `2022-11-14 to 2027-11-13` (en). */
export function renderValidityRange(
  w: ContactWords,
  locale: Locale,
  notBefore: DateInput | null | undefined,
  notAfter: DateInput | null | undefined,
): unknown[] {
  return w.parts('validity.range', {
    from: renderCertDate(notBefore, locale),
    to: renderCertDate(notAfter, locale),
  });
}

/** The sentence that warns about `validity`, or undefined when there is nothing to warn about. */
export function validityWarning(
  w: ContactWords,
  locale: Locale,
  validity: Validity,
  notBefore: DateInput | null | undefined,
  notAfter: DateInput | null | undefined,
): string | undefined {
  const format = (value: DateInput | null | undefined): string => {
    const date = toDate(value);
    return date ? formatCertDate(date, locale) : '';
  };
  switch (validity.state) {
    case 'expiring':
      return w.t('validity.expiresSoon', { date: format(notAfter), days: validity.daysLeft ?? 0 });
    case 'expired':
      return w.t('validity.expired', { date: format(notAfter) });
    case 'not-yet-valid':
      return w.t('validity.notYetValid', { date: format(notBefore) });
    default:
      return undefined;
  }
}
