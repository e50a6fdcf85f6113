// ROC (民國) date-times in Asia/Taipei. The Node runner runs this file twice, the second time with
// TZ=America/New_York, so every expectation here must hold whatever the host's time zone is.
import { assert, describe, it } from '#harness';
import {
  ROC_YEAR_OFFSET,
  ValidationCode,
  formatRocDate,
  formatRocDateTime,
  parseRocDate,
  parseRocDateTime,
  taipeiDate,
  taipeiDateParts,
  validateRocDate,
  validateRocDateTime,
} from '../src/domain/index.js';
import type { ValidationResult } from '../src/domain/index.js';

function codeOf(result: ValidationResult<unknown>): string {
  return result.ok ? 'ok' : result.error.code;
}

const hostTimeZone = typeof process === 'undefined' ? undefined : process.env.TZ;

/** Minutes `zone` is behind UTC at `date`, as Date.getTimezoneOffset() counts them, computed by Intl. */
function intlOffset(zone: string, date: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((date.getTime() - (date.getTime() % 60_000) - wall) / 60_000);
}

describe('the host time zone', () => {
  // Winter and summer: New York's offset changes (300 / 240), Taipei's does not (-480).
  const dates = [new Date('2022-01-15T12:00:00Z'), new Date('2022-07-15T12:00:00Z')];

  it('is the zone the runner set (TZ), and the host clock agrees with Intl about it', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (hostTimeZone !== undefined && hostTimeZone !== '') assert.equal(zone, hostTimeZone);
    for (const date of dates) assert.equal(date.getTimezoneOffset(), intlOffset(zone, date), zone);
  });

  it('is really New York when the runner says so: 5 hours behind in winter, 4 in summer', () => {
    const expected =
      hostTimeZone === 'America/New_York'
        ? [300, 240]
        : dates.map((d) => intlOffset(Intl.DateTimeFormat().resolvedOptions().timeZone, d));
    assert.deepEqual(
      dates.map((d) => d.getTimezoneOffset()),
      expected,
    );
    assert.deepEqual(
      dates.map((d) => intlOffset('Asia/Taipei', d)),
      [-480, -480],
    );
  });
});

describe('formatRocDateTime', () => {
  it('writes the manual’s page download time', () => {
    assert.equal(formatRocDateTime(new Date('2022-11-14T06:46:46Z')), '111年11月14日14點46分46秒');
    assert.equal(formatRocDateTime(new Date('2016-04-22T14:36:34+08:00')), '105年04月22日14點36分34秒');
  });

  it('crosses the year boundary at Taipei midnight, not UTC or host midnight', () => {
    assert.equal(formatRocDateTime(new Date('2022-12-31T15:59:59Z')), '111年12月31日23點59分59秒');
    assert.equal(formatRocDateTime(new Date('2022-12-31T16:00:00Z')), '112年01月01日00點00分00秒');
  });

  it('pads month, day and time but not the year', () => {
    assert.equal(formatRocDateTime(new Date('1912-01-01T00:00:00+08:00')), '1年01月01日00點00分00秒');
    assert.equal(formatRocDateTime(new Date('1921-03-04T05:06:07+08:00')), '10年03月04日05點06分07秒');
    assert.equal(formatRocDateTime(new Date('2910-12-31T23:59:59+08:00')), '999年12月31日23點59分59秒');
  });

  it('drops milliseconds rather than rounding them up', () => {
    assert.equal(formatRocDateTime(new Date('2022-12-31T15:59:59.999Z')), '111年12月31日23點59分59秒');
  });

  it('refuses invalid dates and years outside ROC 1–999', () => {
    assert.throws(() => formatRocDateTime(new Date(Number.NaN)), { code: ValidationCode.DATE_INVALID });
    assert.throws(() => formatRocDateTime(new Date('1911-12-31T23:59:59+08:00')), {
      code: ValidationCode.DATE_OUT_OF_RANGE,
    });
    assert.throws(() => formatRocDate(new Date('2911-01-01T00:00:00+08:00')), {
      code: ValidationCode.DATE_OUT_OF_RANGE,
    });
  });
});

describe('parseRocDateTime', () => {
  it('reads what formatRocDateTime writes, across the year boundary', () => {
    for (const iso of [
      '2022-12-31T15:59:59.000Z',
      '2022-12-31T16:00:00.000Z',
      '2022-11-14T06:46:46.000Z',
      '2020-02-29T03:00:00.000Z',
      '1912-01-01T00:00:00.000+08:00',
    ]) {
      const date = new Date(iso);
      assert.equal(parseRocDateTime(formatRocDateTime(date)).getTime(), date.getTime(), iso);
    }
    assert.equal(parseRocDateTime('111年12月31日23點59分59秒').toISOString(), '2022-12-31T15:59:59.000Z');
    assert.equal(parseRocDateTime('112年01月01日00點00分00秒').toISOString(), '2022-12-31T16:00:00.000Z');
  });

  it('is strict about the shape', () => {
    for (const bad of [
      '111年1月14日14點46分46秒',
      '111年11月14日14時46分46秒',
      '111年11月14日 14點46分46秒',
      '0111年11月14日14點46分46秒',
      '011年11月14日14點46分46秒',
      '0年01月01日00點00分00秒',
      '111/11/14 14:46:46',
      '2022-11-14T06:46:46Z',
      '111年11月14日14點46分',
      '1111年11月14日14點46分46秒',
    ]) {
      assert.equal(codeOf(validateRocDateTime(bad)), ValidationCode.ROC_DATE_FORMAT, bad);
    }
  });

  it('refuses dates and times that do not exist', () => {
    for (const bad of [
      '111年02月29日00點00分00秒',
      '111年13月01日00點00分00秒',
      '111年00月10日00點00分00秒',
      '111年04月31日00點00分00秒',
      '111年11月00日00點00分00秒',
      '111年11月14日24點00分00秒',
      '111年11月14日14點60分00秒',
      '111年11月14日14點46分60秒',
    ]) {
      assert.equal(codeOf(validateRocDateTime(bad)), ValidationCode.ROC_DATE_INVALID, bad);
    }
    assert.equal(codeOf(validateRocDateTime('109年02月29日00點00分00秒')), 'ok');
  });

  it('refuses blank, full-width and huge input with codes', () => {
    assert.equal(codeOf(validateRocDateTime('')), ValidationCode.REQUIRED);
    assert.equal(
      codeOf(validateRocDateTime('１１１年１１月１４日１４點４６分４６秒')),
      ValidationCode.FULL_WIDTH_CHARACTERS,
    );
    assert.equal(codeOf(validateRocDateTime('1'.repeat(1 << 20))), ValidationCode.TOO_LONG);
    assert.throws(() => parseRocDateTime('yesterday'), {
      code: ValidationCode.ROC_DATE_FORMAT,
      field: 'dateTime',
    });
  });
});

describe('formatRocDate and parseRocDate', () => {
  it('write and read 111/11/14 as the Taipei calendar day', () => {
    assert.equal(formatRocDate(new Date('2022-11-14T06:46:46Z')), '111/11/14');
    assert.equal(formatRocDate(new Date('2022-11-13T16:00:00Z')), '111/11/14');
    assert.equal(formatRocDate(new Date('2022-11-13T15:59:59Z')), '111/11/13');
    assert.equal(parseRocDate('111/11/14').toISOString(), '2022-11-13T16:00:00.000Z');
    assert.equal(formatRocDate(parseRocDate('112/01/01')), '112/01/01');
  });

  it('is strict', () => {
    assert.equal(codeOf(validateRocDate('111/1/14')), ValidationCode.ROC_DATE_FORMAT);
    assert.equal(codeOf(validateRocDate('111-11-14')), ValidationCode.ROC_DATE_FORMAT);
    assert.equal(codeOf(validateRocDate('2022/11/14')), ValidationCode.ROC_DATE_FORMAT);
    assert.equal(codeOf(validateRocDate('111/02/29')), ValidationCode.ROC_DATE_INVALID);
    assert.equal(codeOf(validateRocDate('   ')), ValidationCode.REQUIRED);
  });
});

describe('taipeiDateParts and taipeiDate', () => {
  it('give Taipei wall-clock parts and weekday', () => {
    assert.deepEqual(taipeiDateParts(new Date('2022-11-14T06:46:46Z')), {
      year: 2022,
      month: 11,
      day: 14,
      hour: 14,
      minute: 46,
      second: 46,
      weekday: 1,
    });
    // 2022-12-31 was a Saturday in Taipei until 16:00 UTC, then Sunday 2023-01-01.
    assert.equal(taipeiDateParts(new Date('2022-12-31T15:59:59Z')).weekday, 6);
    assert.deepEqual(taipeiDateParts(new Date('2022-12-31T16:00:00Z')), {
      year: 2023,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
      weekday: 0,
    });
  });

  it('turn Taipei wall-clock parts into an instant, rolling over like Date.UTC', () => {
    assert.equal(taipeiDate(2022, 11, 14, 14, 46, 46).toISOString(), '2022-11-14T06:46:46.000Z');
    assert.equal(taipeiDate(2023, 1, 1).toISOString(), '2022-12-31T16:00:00.000Z');
    assert.equal(taipeiDate(2022, 12, 32).toISOString(), '2022-12-31T16:00:00.000Z');
    assert.equal(taipeiDate(2024, 2, 28 + 1).toISOString(), '2024-02-28T16:00:00.000Z');
  });

  it('agree with each other', () => {
    for (let t = Date.UTC(2022, 0, 1); t < Date.UTC(2023, 0, 1); t += 37 * 3600_000 + 1234_000) {
      const p = taipeiDateParts(new Date(t));
      assert.equal(taipeiDate(p.year, p.month, p.day, p.hour, p.minute, p.second).getTime(), t - (t % 1000));
    }
  });

  it('match the ROC year offset', () => {
    assert.equal(ROC_YEAR_OFFSET, 1911);
    assert.throws(() => taipeiDateParts(new Date('nope')), { code: ValidationCode.DATE_INVALID });
  });
});
