// The business-day calendar works on Taipei dates whatever the host's time zone (this file also
// runs with TZ=America/New_York): weekends and configured holidays are skipped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { taipeiDate } from '@gepi/sdk';
import { BusinessCalendar, taipeiDay } from '../src/services/business-days.js';

describe('business days (Asia/Taipei)', () => {
  const calendar = new BusinessCalendar(['2025-04-04', '2025-04-03']);

  it('the next business day after a weekday is the following weekday', () => {
    assert.equal(calendar.nextBusinessDay(taipeiDate(2025, 3, 4, 10)), '2025-03-05');
  });

  it('Friday → Monday; Saturday and Sunday → Monday', () => {
    assert.equal(calendar.nextBusinessDay(taipeiDate(2025, 3, 7, 16)), '2025-03-10');
    assert.equal(calendar.nextBusinessDay(taipeiDate(2025, 3, 8, 9)), '2025-03-10');
    assert.equal(calendar.nextBusinessDay(taipeiDate(2025, 3, 9, 23, 59)), '2025-03-10');
  });

  it('skips holidays (兒童節/清明 2025: Thu 3 and Fri 4 April)', () => {
    assert.equal(calendar.nextBusinessDay(taipeiDate(2025, 4, 2, 15)), '2025-04-07');
  });

  it('uses the Taipei date, not UTC: 23:30 Taipei Friday is already Friday', () => {
    // 2025-03-07 00:30 Taipei is 2025-03-06 16:30 UTC (a Thursday in UTC).
    const earlyFriday = taipeiDate(2025, 3, 7, 0, 30);
    assert.equal(taipeiDay(earlyFriday), '2025-03-07');
    assert.equal(calendar.nextBusinessDay(earlyFriday), '2025-03-10');
  });

  it('refuses a malformed holiday list', () => {
    assert.throws(() => new BusinessCalendar(['2025/04/04']), /YYYY-MM-DD/);
  });

  it('knows weekends', () => {
    assert.equal(calendar.isBusinessDay('2025-03-08'), false);
    assert.equal(calendar.isBusinessDay('2025-03-10'), true);
    assert.equal(calendar.isBusinessDay('2025-04-04'), false);
  });
});
