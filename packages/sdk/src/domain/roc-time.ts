// Asia/Taipei wall-clock time and the ROC (民國) calendar of the bank's screens:
// `111年11月14日14點46分46秒` (page download and receipt times) and `111/11/14`.
//
// Taipei time uses a fixed UTC+08:00 offset instead of Intl time-zone data. Taiwan has kept UTC+8
// without daylight saving since 1979, so for every date this kit handles the result is the same,
// it does not depend on the host's time zone, and it needs no ICU time-zone data (some small
// runtimes ship without it). Summer dates before 1980 would be an hour off; the kit has none.
import { fieldSpec, precheckHalfWidth } from './text-input.js';
import { ValidationCode, ValidationError, failure, success, unwrap } from './validation.js';
import type { FieldOptions, ValidationResult } from './validation.js';

/** ROC year = Gregorian year − 1911 (民國1年 = 1912). */
export const ROC_YEAR_OFFSET = 1911;
export const TAIPEI_UTC_OFFSET_MINUTES = 480;

const OFFSET_MS = TAIPEI_UTC_OFFSET_MINUTES * 60_000;
// Three-digit ROC years keep the text format unambiguous and reversible (民國999年 = 2910).
const MIN_ROC_YEAR = 1;
const MAX_ROC_YEAR = 999;

/** A moment as a clock on a wall in Taipei shows it. */
export interface TaipeiDateParts {
  /** Gregorian year. */
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
  weekday: number;
}

const DATE_LABEL = { 'zh-TW': '日期', en: 'Date' };
const DATE_TIME_DEFAULTS = { field: 'dateTime', label: { 'zh-TW': '日期時間', en: 'Date and time' } };
const DATE_DEFAULTS = { field: 'date', label: DATE_LABEL };
const DATE_TIME_EXAMPLE = '111年11月14日14點46分46秒';
const DATE_EXAMPLE = '111/11/14';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The Taipei wall-clock parts of `date`, whatever the host's time zone. Throws `DATE_INVALID` for an Invalid Date. */
export function taipeiDateParts(date: Date): TaipeiDateParts {
  const time = date.getTime();
  if (!Number.isFinite(time))
    throw new ValidationError(ValidationCode.DATE_INVALID, 'date', { label: DATE_LABEL });
  // Shift the instant by the offset and read it back as UTC: the UTC fields are then Taipei's.
  const shifted = new Date(time + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/**
 * The instant a Taipei wall clock shows the given time (month 1–12). Parts out of range roll over
 * as in `Date.UTC`, so date arithmetic is easy: `taipeiDate(y, m, d + 1)` is the next midnight.
 */
export function taipeiDate(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, 0);
  return new Date(utc.getTime() - OFFSET_MS);
}

function rocParts(date: Date): TaipeiDateParts & { rocYear: number } {
  const parts = taipeiDateParts(date);
  const rocYear = parts.year - ROC_YEAR_OFFSET;
  if (rocYear < MIN_ROC_YEAR || rocYear > MAX_ROC_YEAR) {
    throw new ValidationError(ValidationCode.DATE_OUT_OF_RANGE, 'date', { label: DATE_LABEL });
  }
  return { ...parts, rocYear };
}

/** `111年11月14日14點46分46秒` in Asia/Taipei. Throws `DATE_INVALID` or `DATE_OUT_OF_RANGE`. */
export function formatRocDateTime(date: Date): string {
  const p = rocParts(date);
  return `${p.rocYear}年${pad2(p.month)}月${pad2(p.day)}日${pad2(p.hour)}點${pad2(p.minute)}分${pad2(p.second)}秒`;
}

/** `111/11/14` in Asia/Taipei. Throws `DATE_INVALID` or `DATE_OUT_OF_RANGE`. */
export function formatRocDate(date: Date): string {
  const p = rocParts(date);
  return `${p.rocYear}/${pad2(p.month)}/${pad2(p.day)}`;
}

// Comfortably above the 19 characters of the longest valid text, so that near misses (an extra
// space, a four-digit year) are reported as format errors, not as too long.
const MAX_INPUT_LENGTH = 32;
const DATE_TIME_PATTERN = /^([1-9][0-9]{0,2})年([0-9]{2})月([0-9]{2})日([0-9]{2})點([0-9]{2})分([0-9]{2})秒$/;
const DATE_PATTERN = /^([1-9][0-9]{0,2})\/([0-9]{2})\/([0-9]{2})$/;

function parseWith(
  input: unknown,
  options: FieldOptions | undefined,
  defaults: { field: string; label: { 'zh-TW': string; en: string } },
  pattern: RegExp,
  example: string,
): ValidationResult<Date> {
  const spec = fieldSpec(options, defaults, { max: MAX_INPUT_LENGTH, required: true });
  const checked = precheckHalfWidth(input, spec);
  if (!checked.ok) return checked;
  const match = pattern.exec(checked.value);
  if (!match) return failure(ValidationCode.ROC_DATE_FORMAT, spec.field, { label: spec.label, example });
  const [rocYear = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number);
  const year = rocYear + ROC_YEAR_OFFSET;
  const date = taipeiDate(year, month, day, hour, minute, second);
  // taipeiDate rolls over out-of-range parts (02月30日 → 03月02日); a round trip that changes
  // anything means the text named a date or time that does not exist.
  const back = taipeiDateParts(date);
  const exists =
    back.year === year &&
    back.month === month &&
    back.day === day &&
    back.hour === hour &&
    back.minute === minute &&
    back.second === second;
  if (!exists) return failure(ValidationCode.ROC_DATE_INVALID, spec.field, { label: spec.label });
  return success(date);
}

/** Reads `111年11月14日14點46分46秒` (Asia/Taipei) strictly: two-digit fields, no padding of the year. */
export function validateRocDateTime(input: unknown, options?: FieldOptions): ValidationResult<Date> {
  return parseWith(input, options, DATE_TIME_DEFAULTS, DATE_TIME_PATTERN, DATE_TIME_EXAMPLE);
}

/** Like `validateRocDateTime`, but returns the instant or throws its `ValidationError`. */
export function parseRocDateTime(input: unknown, options?: FieldOptions): Date {
  return unwrap(validateRocDateTime(input, options));
}

/** Reads `111/11/14` strictly, as midnight at the start of that day in Asia/Taipei. */
export function validateRocDate(input: unknown, options?: FieldOptions): ValidationResult<Date> {
  return parseWith(input, options, DATE_DEFAULTS, DATE_PATTERN, DATE_EXAMPLE);
}

/** Like `validateRocDate`, but returns the instant or throws its `ValidationError`. */
export function parseRocDate(input: unknown, options?: FieldOptions): Date {
  return unwrap(validateRocDate(input, options));
}
