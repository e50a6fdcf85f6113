// The bank's business-day calendar (營業日): Monday to Friday in Asia/Taipei, minus a configurable
// list of holidays. An approved review counts from the next business day after the approval.
import { taipeiDate, taipeiDateParts } from '@gepi/sdk';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD of an instant on a Taipei wall calendar. */
export function taipeiDay(at: Date): string {
  const p = taipeiDateParts(at);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export class BusinessCalendar {
  private readonly holidays: ReadonlySet<string>;

  constructor(holidays: readonly string[] = []) {
    for (const day of holidays) {
      if (!DATE.test(day)) throw new Error(`Holiday "${day}" is not a YYYY-MM-DD date`);
    }
    this.holidays = new Set(holidays);
  }

  isBusinessDay(day: string): boolean {
    const m = DATE.exec(day);
    if (!m) return false;
    const weekday = taipeiDateParts(taipeiDate(Number(m[1]), Number(m[2]), Number(m[3]), 12)).weekday;
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(day);
  }

  /** The first business day strictly after the Taipei day of `at`. */
  nextBusinessDay(at: Date): string {
    const p = taipeiDateParts(at);
    // Noon keeps the arithmetic clear of midnight edges; a year of holidays cannot exhaust 400 days.
    for (let offset = 1; offset <= 400; offset++) {
      const day = taipeiDay(taipeiDate(p.year, p.month, p.day + offset, 12));
      if (this.isBusinessDay(day)) return day;
    }
    throw new Error('No business day within 400 days: check the holiday list');
  }
}
