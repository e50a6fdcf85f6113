// The domain core's validators, normalisers and masking, in Node and (via domain.browser.test.ts)
// in Chromium. ROC time lives in roc-time.tz.test.ts, which also runs in a far-away host time zone.
import { assert, describe, it, runtime } from '#harness';
import { GepiError } from '../src/errors.js';
import {
  OLD_RESIDENT_FORMAT_SUNSET_TIME,
  ValidationCode,
  ValidationError,
  combineResults,
  isValidationError,
  maskNationalId,
  normalizeNationalIdInput,
  parseAgencyCode,
  parseBusinessId,
  parseCertificateSerial,
  parseEmail,
  parseExtension,
  parseHcaCode,
  parseNationalId,
  parsePersonName,
  parsePhone,
  parseRemarks,
  serialsEqual,
  toHalfWidth,
  validateAgencyCode,
  validateBusinessId,
  validateCertificateSerial,
  validateEmail,
  validateExtension,
  validateHcaCode,
  validateNationalId,
  validatePersonName,
  validatePhone,
  validateRemarks,
  validateRocDate,
  validateRocDateTime,
  validationMessages,
} from '../src/domain/index.js';
import type { ValidationResult } from '../src/domain/index.js';

interface DemoDatasetSubset {
  people: Array<{ nationalId: string }>;
  agencies: Array<{ manager?: { phone: string }; review?: { phone: string } }>;
}

/**
 * The shared demo dataset, read as JSON in both runtimes. Not a JSON import: web-test-runner's
 * esbuild drops `with { type: 'json' }` for an ES2022 target, and Chromium then refuses the module.
 */
async function readDemoDataset(): Promise<DemoDatasetSubset> {
  const url = new URL('../src/testing/demo-dataset.json', import.meta.url);
  if (runtime === 'browser') return (await fetch(url)).json() as Promise<DemoDatasetSubset>;
  const { readFile } = await import('node:fs/promises');
  return JSON.parse(await readFile(url, 'utf8')) as DemoDatasetSubset;
}

const BEFORE_SUNSET = new Date('2025-06-01T12:00:00+08:00');

/** The error code of a failed result, or `'ok'`. */
function codeOf(result: ValidationResult<unknown>): string {
  return result.ok ? 'ok' : result.error.code;
}

function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const MEGABYTE = 1 << 20;

describe('every field validator', () => {
  // [name, validator, a valid input, whether the field is half-width only]
  const validators: Array<[string, (input: unknown) => ValidationResult<unknown>, string, boolean]> = [
    ['agency code', validateAgencyCode, '10001', true],
    ['national ID', (v) => validateNationalId(v, { now: BEFORE_SUNSET }), 'A123456789', true],
    ['business ID', validateBusinessId, '04595252', true],
    ['HCA code', validateHcaCode, '0101090517', true],
    ['phone', validatePhone, '(02)2701-3411', true],
    ['extension (required)', (v) => validateExtension(v, { required: true }), '5312', true],
    ['email', validateEmail, 'lin.meihui@example.org', true],
    ['serial', validateCertificateSerial, '100048210DD2DF2E128096A9282B5EC5', true],
    ['person name', validatePersonName, '王大明', false],
    ['remarks (required)', (v) => validateRemarks(v, { required: true }), '請於上班時間聯絡', false],
    ['ROC date-time', validateRocDateTime, '111年11月14日14點46分46秒', true],
    ['ROC date', validateRocDate, '111/11/14', true],
  ];

  for (const [name, validate, sample, halfWidthOnly] of validators) {
    describe(name, () => {
      it('accepts its sample', () => {
        assert.equal(codeOf(validate(sample)), 'ok');
      });
      it('rejects empty, whitespace-only and missing values', () => {
        for (const blank of ['', '   ', '\t\n', '\u3000', null, undefined]) {
          assert.equal(codeOf(validate(blank)), ValidationCode.REQUIRED, JSON.stringify(blank));
        }
      });
      it('rejects values that are not strings', () => {
        for (const odd of [12345, {}, ['10001'], true]) {
          assert.equal(codeOf(validate(odd)), ValidationCode.INVALID_TYPE);
        }
      });
      it('refuses a 1 MB string quickly', () => {
        for (const huge of ['1'.repeat(MEGABYTE), ' '.repeat(MEGABYTE), sample + 'x'.repeat(MEGABYTE)]) {
          const started = performance.now();
          const code = codeOf(validate(huge));
          const elapsed = performance.now() - started;
          assert.ok(code === ValidationCode.TOO_LONG || code === ValidationCode.SERIAL_TOO_LONG, code);
          assert.ok(elapsed < 50, `took ${elapsed} ms`);
        }
      });
      if (halfWidthOnly) {
        it('rejects full-width characters', () => {
          assert.equal(codeOf(validate(toFullWidth(sample))), ValidationCode.FULL_WIDTH_CHARACTERS);
        });
      }
      it('trims surrounding whitespace', () => {
        assert.equal(codeOf(validate(`  ${sample}\u3000`)), 'ok');
      });
    });
  }
});

describe('ValidationError', () => {
  it('is a GepiError with a stable code, both languages and the field', () => {
    const result = validateAgencyCode('1234');
    assert.ok(!result.ok);
    const error = result.error;
    assert.ok(error instanceof ValidationError);
    assert.ok(error instanceof GepiError);
    assert.ok(isValidationError(error));
    assert.equal(error.name, 'ValidationError');
    assert.equal(error.code, 'AGENCY_CODE_FORMAT');
    assert.equal(error.field, 'agencyCode');
    assert.equal(error.messageIn('zh-TW'), '機關代號須為5位數字');
    assert.equal(error.messageIn('en'), 'Agency code must be exactly 5 digits.');
    assert.match(error.message, /^AGENCY_CODE_FORMAT: /);
  });

  it('reports a caller-chosen field and label', () => {
    const label = { 'zh-TW': '授權管理者身分證統一編號', en: "Manager's national ID" };
    const result = validateNationalId('', { field: 'managerNationalId', label });
    assert.ok(!result.ok);
    assert.equal(result.error.field, 'managerNationalId');
    assert.equal(result.error.messageIn('zh-TW'), '請輸入授權管理者身分證統一編號');
    assert.equal(result.error.messageIn('en'), "Manager's national ID is required.");
  });

  it('carries the limit in details for hosts that word their own messages', () => {
    const result = validatePersonName('王'.repeat(51));
    assert.ok(!result.ok);
    assert.equal(result.error.code, ValidationCode.TOO_LONG);
    assert.equal(result.error.details.max, 50);
    assert.equal(result.error.messageIn('zh-TW'), '姓名長度不可超過50個字元');
  });

  it('has a message in both languages for every code', () => {
    const label = { 'zh-TW': '欄位', en: 'Field' };
    for (const code of Object.values(ValidationCode)) {
      const text = validationMessages[code]({ label, max: 5, example: 'x' });
      assert.ok(text['zh-TW'].length > 0 && text.en.length > 0, code);
      assert.ok(!/undefined/.test(text['zh-TW'] + text.en), code);
    }
  });

  it('is thrown by the parse form', () => {
    assert.throws(() => parseAgencyCode('12a45'), { code: 'AGENCY_CODE_FORMAT', field: 'agencyCode' });
    assert.throws(
      () => parseNationalId('A123456788'),
      (e) => e instanceof ValidationError,
    );
  });
});

describe('combineResults', () => {
  it('collects every value of a valid form', () => {
    const result = combineResults({
      agencyCode: validateAgencyCode('10001'),
      name: validatePersonName(' 王大明 '),
    });
    assert.deepEqual(result, { ok: true, value: { agencyCode: '10001', name: '王大明' } });
  });
  it('reports every error, not only the first', () => {
    const result = combineResults({
      agencyCode: validateAgencyCode(''),
      name: validatePersonName('王大明'),
      email: validateEmail('nope'),
    });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => [e.field, e.code]),
      [
        ['agencyCode', 'REQUIRED'],
        ['email', 'EMAIL_FORMAT'],
      ],
    );
  });
});

describe('agency code (機關代號)', () => {
  it('accepts exactly 5 ASCII digits', () => {
    assert.equal(parseAgencyCode('10001'), '10001');
    assert.equal(parseAgencyCode('00000'), '00000');
    assert.equal(parseAgencyCode(' 50006 '), '50006');
  });
  it('rejects other shapes', () => {
    assert.equal(codeOf(validateAgencyCode('1234')), 'AGENCY_CODE_FORMAT');
    assert.equal(codeOf(validateAgencyCode('1234a')), 'AGENCY_CODE_FORMAT');
    assert.equal(codeOf(validateAgencyCode('12 45')), 'AGENCY_CODE_FORMAT');
    assert.equal(codeOf(validateAgencyCode('-1234')), 'AGENCY_CODE_FORMAT');
    assert.equal(codeOf(validateAgencyCode('123456')), 'TOO_LONG');
    assert.equal(codeOf(validateAgencyCode('١٢٣٤٥')), 'AGENCY_CODE_FORMAT');
    assert.equal(codeOf(validateAgencyCode('１２３４５')), 'FULL_WIDTH_CHARACTERS');
    assert.equal(codeOf(validateAgencyCode('123４5')), 'FULL_WIDTH_CHARACTERS');
  });
});

describe('national ID （身分證統一編號 / 統一證號）', () => {
  const check = (id: string, now = BEFORE_SUNSET) => codeOf(validateNationalId(id, { now }));

  it('accepts the official vectors and tells the kind', () => {
    assert.deepEqual(parseNationalId('A123456789'), { value: 'A123456789', kind: 'citizen' });
    assert.deepEqual(parseNationalId('A800000014'), { value: 'A800000014', kind: 'resident-new' });
    assert.deepEqual(parseNationalId('A900000016'), { value: 'A900000016', kind: 'resident-new' });
    assert.deepEqual(parseNationalId('AA23456787', { now: BEFORE_SUNSET }), {
      value: 'AA23456787',
      kind: 'resident-old',
    });
  });

  it('accepts every person of the demo dataset', async () => {
    const dataset = await readDemoDataset();
    assert.ok(dataset.people.length > 0);
    for (const person of dataset.people) {
      assert.equal(check(person.nationalId), 'ok', person.nationalId);
    }
  });

  it('rejects a wrong check digit', () => {
    assert.equal(check('A123456788'), 'NATIONAL_ID_CHECKSUM');
    assert.equal(check('A800000015'), 'NATIONAL_ID_CHECKSUM');
    assert.equal(check('AB23456787'), 'NATIONAL_ID_CHECKSUM');
    for (let digit = 0; digit <= 8; digit++) assert.equal(check(`A12345678${digit}`), 'NATIONAL_ID_CHECKSUM');
  });

  it('rejects a wrong letter for the digits (the letter is part of the checksum)', () => {
    assert.equal(check('B123456789'), 'NATIONAL_ID_CHECKSUM');
    assert.equal(check('Z123456789'), 'NATIONAL_ID_CHECKSUM');
  });

  it('rejects lowercase letters instead of uppercasing them', () => {
    assert.equal(check('a123456789'), 'NATIONAL_ID_LOWERCASE');
    assert.equal(check('Aa23456787'), 'NATIONAL_ID_LOWERCASE');
    assert.equal(check('a800000014'), 'NATIONAL_ID_LOWERCASE');
  });

  it('rejects other shapes', () => {
    for (const bad of [
      'A12345678',
      '1234567890',
      'A323456789',
      'A023456789',
      'AE23456787',
      'A1234 6789',
      '?123456789',
    ]) {
      assert.equal(check(bad), 'NATIONAL_ID_FORMAT', bad);
    }
    assert.equal(check('A1234567890'), 'TOO_LONG');
  });

  it('rejects full-width input, wholly or in part', () => {
    assert.equal(check('Ａ１２３４５６７８９'), 'FULL_WIDTH_CHARACTERS');
    assert.equal(check('A12345678９'), 'FULL_WIDTH_CHARACTERS');
    assert.equal(check('A1234\u30005678'), 'FULL_WIDTH_CHARACTERS');
  });

  it('accepts the old resident format until 2030-12-31 in Taipei, inclusive', () => {
    assert.equal(check('AA23456787', new Date('2030-12-31T23:59:00+08:00')), 'ok');
    assert.equal(check('AA23456787', new Date('2030-12-31T23:59:59.999+08:00')), 'ok');
    assert.equal(
      check('AA23456787', new Date('2031-01-01T00:00:00+08:00')),
      'NATIONAL_ID_OLD_FORMAT_EXPIRED',
    );
    assert.equal(check('AA23456787', new Date('2035-01-01T00:00:00Z')), 'NATIONAL_ID_OLD_FORMAT_EXPIRED');
    assert.equal(check('AA23456787', new Date(Number.NaN)), 'NATIONAL_ID_OLD_FORMAT_EXPIRED');
    assert.equal(new Date(OLD_RESIDENT_FORMAT_SUNSET_TIME).toISOString(), '2030-12-31T16:00:00.000Z');
  });

  it('does not let the sunset touch the other kinds', () => {
    const later = new Date('2040-01-01T00:00:00+08:00');
    assert.equal(check('A123456789', later), 'ok');
    assert.equal(check('A800000014', later), 'ok');
  });

  it('judges the sunset by the current time by default', () => {
    const expected = Date.now() < OLD_RESIDENT_FORMAT_SUNSET_TIME ? 'ok' : 'NATIONAL_ID_OLD_FORMAT_EXPIRED';
    assert.equal(codeOf(validateNationalId('AA23456787')), expected);
  });

  it('normalises UI input without validating it', () => {
    assert.equal(normalizeNationalIdInput('Ａ１２３４５６７８９'), 'A123456789');
    assert.equal(normalizeNationalIdInput(' a123456789\u3000'), 'A123456789');
    assert.equal(normalizeNationalIdInput('ａａ２３４５６７８７'), 'AA23456787');
    assert.equal(normalizeNationalIdInput('a123'), 'A123');
    assert.equal(check(normalizeNationalIdInput('ａ１２３４５６７８９')), 'ok');
  });
});

describe('business ID (統一編號)', () => {
  it('accepts the vectors', () => {
    assert.equal(parseBusinessId('04595252'), '04595252');
    assert.equal(parseBusinessId('10458570'), '10458570');
  });
  it('counts sum + 1 only when the 7th digit is 7', () => {
    assert.equal(codeOf(validateBusinessId('10000073')), 'ok');
    assert.equal(codeOf(validateBusinessId('10000074')), 'ok');
    assert.equal(codeOf(validateBusinessId('10000003')), 'BUSINESS_ID_CHECKSUM');
    assert.equal(codeOf(validateBusinessId('10000075')), 'BUSINESS_ID_CHECKSUM');
  });
  it('rejects wrong checksums and shapes', () => {
    assert.equal(codeOf(validateBusinessId('04595253')), 'BUSINESS_ID_CHECKSUM');
    assert.equal(codeOf(validateBusinessId('1045857')), 'BUSINESS_ID_FORMAT');
    assert.equal(codeOf(validateBusinessId('1045857a')), 'BUSINESS_ID_FORMAT');
    assert.equal(codeOf(validateBusinessId('104585700')), 'TOO_LONG');
    assert.equal(codeOf(validateBusinessId('０４５９５２５２')), 'FULL_WIDTH_CHARACTERS');
  });
});

describe('HCA institution code (醫事機構代碼)', () => {
  it('accepts exactly 10 digits', () => {
    assert.equal(parseHcaCode('0101090517'), '0101090517');
    assert.equal(parseHcaCode('0102020003'), '0102020003');
  });
  it('rejects other shapes', () => {
    assert.equal(codeOf(validateHcaCode('010109051')), 'HCA_CODE_FORMAT');
    assert.equal(codeOf(validateHcaCode('01010905A7')), 'HCA_CODE_FORMAT');
    assert.equal(codeOf(validateHcaCode('01010905171')), 'TOO_LONG');
    assert.equal(codeOf(validateHcaCode('０１０１０９０５１７')), 'FULL_WIDTH_CHARACTERS');
  });
});

describe('phone (電話)', () => {
  const bank = {
    digits: '0227013411',
    display: '(02)2701-3411',
    e164: '+886227013411',
    kind: 'landline',
    areaCode: '02',
  };

  it('reads the common ways of typing one number', () => {
    for (const typed of [
      '02-2701-3411',
      '(02)2701-3411',
      '(02) 2701-3411',
      '0227013411',
      '02 2701 3411',
      '+886 2 2701 3411',
      '+886-2-2701-3411',
      '+886 (0)2 2701 3411',
      '+886227013411',
    ]) {
      assert.deepEqual(parsePhone(typed), bank, typed);
    }
  });

  it('places the hyphen by the area code', () => {
    const display = (typed: string) => parsePhone(typed).display;
    assert.equal(display('(07)555-1234'), '(07)555-1234');
    assert.equal(display('(03)832-1234'), '(03)832-1234');
    assert.equal(display('037321234'), '(037)32-1234');
    assert.equal(display('0423456789'), '(04)2345-6789');
    assert.equal(display('047234567'), '(04)723-4567');
    assert.equal(display('0492345678'), '(049)234-5678');
    assert.equal(display('052345678'), '(05)234-5678');
    assert.equal(display('062345678'), '(06)234-5678');
    assert.equal(display('087321234'), '(08)732-1234');
    assert.equal(display('089321234'), '(089)32-1234');
    assert.equal(display('082321234'), '(082)32-1234');
    assert.equal(display('082681234'), '(0826)8-1234');
    assert.equal(display('083622345'), '(0836)2-2345');
  });

  it('reads mobile and toll-free numbers', () => {
    assert.deepEqual(parsePhone('0912-345-678'), {
      digits: '0912345678',
      display: '0912-345-678',
      e164: '+886912345678',
      kind: 'mobile',
      areaCode: '09',
    });
    assert.equal(parsePhone('+886 912 345 678').display, '0912-345-678');
    assert.equal(parsePhone('0912345678').digits, '0912345678');
    assert.equal(parsePhone('0800-364-422').display, '0800-364-422');
    assert.equal(parsePhone('0800-364-422').kind, 'toll-free');
  });

  it('accepts every phone number of the demo dataset as it is displayed', async () => {
    const dataset = await readDemoDataset();
    const phones = dataset.agencies.flatMap((agency) => [
      ...(agency.manager ? [agency.manager.phone] : []),
      ...(agency.review ? [agency.review.phone] : []),
    ]);
    assert.ok(phones.length >= 3);
    for (const phone of phones) assert.equal(parsePhone(phone).display, phone);
  });

  it('rejects numbers of the wrong length for their area code', () => {
    for (const bad of [
      '02-2701-341',
      '02-2701-34111',
      '(07)555-12345',
      '0912-345-67',
      '0912-345-6789',
      '(037)321-2345',
      '04-2345-678',
    ]) {
      assert.equal(codeOf(validatePhone(bad)), 'PHONE_LENGTH', bad);
    }
  });

  it('rejects numbers without a known area code', () => {
    for (const bad of ['2701-3411', '412-1166', '0012345678', '0112345678', '0831234567']) {
      assert.equal(codeOf(validatePhone(bad)), 'PHONE_AREA_CODE', bad);
    }
  });

  it('rejects odd characters and groupings', () => {
    for (const bad of [
      '02--2701-3411',
      '(02)(2701)3411',
      '02)2701-3411',
      '+886 02 2701 3411',
      '02.2701.3411',
      'abc',
      '02–2701–3411',
      '(02)1234-5678',
      '(02)0270-1341',
    ]) {
      assert.equal(codeOf(validatePhone(bad)), 'PHONE_FORMAT', bad);
    }
    assert.equal(codeOf(validatePhone('０２－２７０１－３４１１')), 'FULL_WIDTH_CHARACTERS');
  });

  it('points an extension typed into the number at the extension field', () => {
    for (const bad of [
      '(02)2701-3411#5312',
      '(02)2701-3411 ＃5312',
      '02-2701-3411 ext. 5312',
      '0227013411x5312',
      '(02)2701-3411轉5312',
      '(02)2701-3411 分機 5312',
    ]) {
      assert.equal(codeOf(validatePhone(bad)), 'PHONE_EXTENSION_IN_NUMBER', bad);
    }
  });
});

describe('extension (分機)', () => {
  it('takes up to 6 digits', () => {
    assert.equal(parseExtension('5312'), '5312');
    assert.equal(parseExtension(' 123456 '), '123456');
    assert.equal(codeOf(validateExtension('1234567')), 'TOO_LONG');
    assert.equal(codeOf(validateExtension('12a')), 'EXTENSION_FORMAT');
    assert.equal(codeOf(validateExtension('#123')), 'EXTENSION_FORMAT');
    assert.equal(codeOf(validateExtension('１２３')), 'FULL_WIDTH_CHARACTERS');
  });
  it('is optional unless required', () => {
    assert.equal(parseExtension(''), '');
    assert.equal(parseExtension('   '), '');
    assert.equal(parseExtension(undefined), '');
    assert.equal(codeOf(validateExtension('', { required: true })), 'REQUIRED');
    assert.equal(codeOf(validateExtension('1'.repeat(MEGABYTE))), 'TOO_LONG');
  });
});

describe('email (電子信箱)', () => {
  it('accepts ordinary addresses as typed', () => {
    for (const good of [
      'lin.meihui@example.org',
      'Huang.YaTing+gepi@mail.example.gov.tw',
      'a@b.co',
      'x_y-z@xn--kpry57d.xn--kpry57d',
    ]) {
      assert.equal(parseEmail(good), good);
    }
    assert.equal(parseEmail(' a@b.co '), 'a@b.co');
  });
  it('rejects what is not one', () => {
    for (const bad of [
      'nope',
      'a@b',
      '@b.co',
      'a@',
      'a@@b.co',
      'a@b@c.co',
      'a b@c.co',
      'a@b .co',
      '.a@b.co',
      'a.@b.co',
      'a..b@c.co',
      'a@b..co',
      'a@-b.co',
      'a@b-.co',
      'a@b.c',
      'a@b.123',
      '王@b.co',
      'a@例子.tw',
      'a@b.co\u200B',
    ]) {
      assert.equal(codeOf(validateEmail(bad)), 'EMAIL_FORMAT', bad);
    }
    assert.equal(codeOf(validateEmail('a＠b.co')), 'FULL_WIDTH_CHARACTERS');
  });
  it('limits the length to 254 and the local part to 64', () => {
    const domain = `${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(63)}.tw`;
    const at254 = `${'a'.repeat(254 - domain.length - 1)}@${domain}`;
    assert.equal(at254.length, 254);
    assert.equal(codeOf(validateEmail(at254)), 'ok');
    assert.equal(codeOf(validateEmail(`a${at254}`)), 'TOO_LONG');
    assert.equal(codeOf(validateEmail(`${'a'.repeat(65)}@b.co`)), 'EMAIL_FORMAT');
  });
});

describe('certificate serial (憑證序號, SN)', () => {
  it('normalises to uppercase hex without separators or leading zeros', () => {
    assert.equal(
      parseCertificateSerial('100048210DD2DF2E128096A9282B5EC5'),
      '100048210DD2DF2E128096A9282B5EC5',
    );
    assert.equal(
      parseCertificateSerial('00:10:00:48:21:0d:d2:df:2e:12:80:96:a9:28:2b:5e:c5'),
      '100048210DD2DF2E128096A9282B5EC5',
    );
    assert.equal(parseCertificateSerial('  0a 1b 2c\n3d  '), 'A1B2C3D');
    assert.equal(parseCertificateSerial('0001'), '1');
  });
  it('rejects non-hex, empty and zero serials', () => {
    for (const bad of ['0x12', 'G1', '12-34', '12_34', ':::', '12;34']) {
      assert.equal(codeOf(validateCertificateSerial(bad)), 'SERIAL_FORMAT', bad);
    }
    assert.equal(codeOf(validateCertificateSerial('00')), 'SERIAL_ZERO');
    assert.equal(codeOf(validateCertificateSerial('00:00')), 'SERIAL_ZERO');
    assert.equal(codeOf(validateCertificateSerial('')), 'REQUIRED');
    assert.equal(codeOf(validateCertificateSerial('ＡＢ')), 'FULL_WIDTH_CHARACTERS');
  });
  it('allows at most 40 significant hex digits', () => {
    assert.equal(parseCertificateSerial('F'.repeat(40)), 'F'.repeat(40));
    assert.equal(parseCertificateSerial(`0000${'F'.repeat(40)}`), 'F'.repeat(40));
    const result = validateCertificateSerial('F'.repeat(41));
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'SERIAL_TOO_LONG');
    assert.equal(result.error.details.max, 40);
    const huge = validateCertificateSerial('F'.repeat(MEGABYTE));
    assert.ok(!huge.ok);
    assert.equal(huge.error.details.max, 40);
  });
  it('compares spellings of one serial as equal', () => {
    assert.ok(serialsEqual('0a:1b', 'A1B'));
    assert.ok(serialsEqual('10 00 48 21', '0010004821'));
    assert.ok(!serialsEqual('A1B', 'A1C'));
    assert.ok(!serialsEqual('', ''));
    assert.ok(!serialsEqual('zz', 'zz'));
    assert.ok(!serialsEqual(undefined, undefined));
  });
});

describe('person name (姓名) and remarks (備註)', () => {
  it('trims names and limits them to 50 characters', () => {
    assert.equal(parsePersonName('  王大明 '), '王大明');
    assert.equal(parsePersonName('Wang Da-Ming'), 'Wang Da-Ming');
    assert.equal(parsePersonName('Lituan‧Ciwas'), 'Lituan‧Ciwas');
    assert.equal(parsePersonName('王'.repeat(50)), '王'.repeat(50));
    assert.equal(codeOf(validatePersonName('王'.repeat(51))), 'TOO_LONG');
  });
  it('counts characters outside the BMP once', () => {
    assert.equal(codeOf(validatePersonName('𡘙'.repeat(50))), 'ok');
    assert.equal(codeOf(validatePersonName('𡘙'.repeat(51))), 'TOO_LONG');
  });
  it('refuses digits, line breaks, control and bidi characters in names', () => {
    for (const bad of [
      '王大明2',
      '王大明２',
      '王\n大明',
      '王\t大明',
      '王\u0007大明',
      '王\u202E大明',
      '王\uD800大明',
    ]) {
      assert.equal(codeOf(validatePersonName(bad)), 'INVALID_CHARACTERS', JSON.stringify(bad));
    }
  });
  it('keeps remarks optional, multi-line and within 200 characters', () => {
    assert.equal(parseRemarks(''), '');
    assert.equal(parseRemarks(' \n '), '');
    assert.equal(parseRemarks('第一行\n第二行\r\n\t第三行 '), '第一行\n第二行\r\n\t第三行');
    assert.equal(parseRemarks('備'.repeat(200)), '備'.repeat(200));
    assert.equal(codeOf(validateRemarks('備'.repeat(201))), 'TOO_LONG');
    assert.equal(codeOf(validateRemarks('a\u0000b')), 'INVALID_CHARACTERS');
    assert.equal(codeOf(validateRemarks('分機 5312 下午')), 'ok');
    assert.equal(codeOf(validateRemarks('', { required: true })), 'REQUIRED');
  });
});

describe('maskNationalId', () => {
  it('shows the first 3 and last 3 characters around 4 stars', () => {
    assert.equal(maskNationalId('A123456789'), 'A12****789');
    assert.equal(maskNationalId('AA23456787'), 'AA2****787');
  });
  it('never shows more than 6 characters, nor the length of long input', () => {
    assert.equal(maskNationalId('A1234567890123'), 'A12****123');
    assert.equal(maskNationalId('x'.repeat(MEGABYTE)), 'xxx****xxx');
  });
  it('shows less of short input and hides at least 4 characters', () => {
    assert.equal(maskNationalId('A12345678'), 'A12****78');
    assert.equal(maskNationalId('A1234567'), 'A1****67');
    assert.equal(maskNationalId('A123456'), 'A1****6');
    assert.equal(maskNationalId('A1234'), 'A****');
    assert.equal(maskNationalId('A123'), '****');
    assert.equal(maskNationalId('A'), '*');
  });
  it('maps empty to empty and ignores surrounding whitespace', () => {
    assert.equal(maskNationalId(''), '');
    assert.equal(maskNationalId('   '), '');
    assert.equal(maskNationalId(' A123456789 '), 'A12****789');
  });
  it('never splits a surrogate pair', () => {
    assert.equal(maskNationalId('𡘙𡘙𡘙𡘙𡘙𡘙𡘙𡘙𡘙𡘙'), '𡘙𡘙𡘙****𡘙𡘙𡘙');
  });
});

describe('toHalfWidth', () => {
  it('converts full-width ASCII and the ideographic space only', () => {
    assert.equal(toHalfWidth('Ａ１２３\u3000（０２）－＠'), 'A123 (02)-@');
    assert.equal(toHalfWidth('王大明 A1'), '王大明 A1');
  });
});
