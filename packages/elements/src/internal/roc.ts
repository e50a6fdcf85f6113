// The parts of a date-time in the ROC (Minguo) calendar, Asia/Taipei, for the screens' time stamps
// (網頁下載時間, 收件時間), split into fields so that each locale's template can arrange them. The
// calendar arithmetic is the SDK's (`taipeiDateParts`).
import { ROC_YEAR_OFFSET, taipeiDateParts } from '@gepi/sdk';

/** Zero-padded fields, ready to drop into a `format.rocDateTime` template. */
export interface RocDateTimeParts {
  /** ROC year: Gregorian year − 1911 (民國). Dates before 1912 are out of scope for this UI. */
  readonly y: string;
  /** Gregorian year, for locales that show it beside the ROC year. */
  readonly gy: string;
  readonly MM: string;
  readonly dd: string;
  readonly HH: string;
  readonly mm: string;
  readonly ss: string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function rocDateTimeParts(date: Date): RocDateTimeParts {
  const p = taipeiDateParts(date);
  return {
    y: String(p.year - ROC_YEAR_OFFSET),
    gy: String(p.year),
    MM: pad2(p.month),
    dd: pad2(p.day),
    HH: pad2(p.hour),
    mm: pad2(p.minute),
    ss: pad2(p.second),
  };
}

/** The instant as an ISO 8601 string with the +08:00 offset, for `<time datetime>`. */
export function taipeiIsoString(date: Date): string {
  const p = rocDateTimeParts(date);
  return `${p.gy}-${p.MM}-${p.dd}T${p.HH}:${p.mm}:${p.ss}+08:00`;
}
