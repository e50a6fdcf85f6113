// explainError over everything the SDK can throw: every problem code of the API's catalog and every
// card error code, in zh-TW and English, plus input, transport and foreign errors; and the error
// classes a problem document turns into.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiErrorFromCode, apiErrorFromResponse, problemWords } from '../src/api/problem-errors.js';
import { problemCatalog, problemCodes } from '../src/api/problems.js';
import type { ProblemCode } from '../src/api/problems.js';
import { GepiError } from '../src/errors.js';
import type { Locale } from '../src/errors.js';
import { validateAgencyCode, validateNationalId } from '../src/domain/index.js';
import { TokenError, TokenErrorCode } from '../src/tokens/errors.js';
import {
  ApiError,
  AuthProblem,
  ClientErrorCode,
  ConflictProblem,
  NotFoundProblem,
  RateLimited,
  ServerProblem,
  TransportError,
  ValidationProblem,
  errorCode,
  explainError,
  isApiError,
  isTransportError,
  tokenErrorTitles,
} from '../src/client/index.js';
import type { ErrorExplanation, ErrorWords } from '../src/client/index.js';
import { apiErrorFromDocument } from '../src/client/problem-document.js';
import { flowProblems } from '../src/api/flow-problems.js';

const LOCALES: readonly Locale[] = ['zh-TW', 'en'];
const HAN = /\p{Script=Han}/u;

function assertWords(e: ErrorExplanation, locale: Locale, context: string): void {
  assert.ok(e.title.trim().length > 0, `${context}: empty title`);
  assert.ok(e.detail.trim().length > 0, `${context}: empty detail`);
  assert.ok(!/undefined|\[object/.test(e.title + e.detail), `${context}: ${e.title} / ${e.detail}`);
  if (locale === 'zh-TW') assert.match(e.title + e.detail, HAN, `${context}: no Chinese in zh-TW text`);
  else assert.ok(!HAN.test(e.title), `${context}: Chinese in the English title ${e.title}`);
}

const CONTACTS = {
  certificationAuthorities: [
    {
      id: 'MOICA',
      name: { 'zh-TW': '內政部憑證管理中心', en: 'MOICA' },
      web: 'http://moica.nat.gov.tw',
      phone: '0800-080-117',
      applyUrl: 'http://moica.nat.gov.tw/apply.html',
      unlockUrl: 'http://moica.nat.gov.tw',
    },
  ],
};

describe('explainError over the problem catalog', () => {
  it('explains every catalog code in both locales, with the class of its status', () => {
    for (const code of problemCodes) {
      const error = apiErrorFromCode(code, { requestId: 'req-1' });
      assert.equal(error.status, problemCatalog[code].status);
      for (const locale of LOCALES) {
        const e = explainError(error, locale);
        assert.equal(e.code, code);
        assert.equal(e.kind, 'api');
        assertWords(e, locale, `${code}/${locale}`);
        assert.ok(e.detail.startsWith(problemCatalog[code].detail[locale]), `${code}/${locale}: ${e.detail}`);
        assert.equal(e.title, problemCatalog[code].title[locale]);
      }
    }
  });

  it('explains every catalog code from a bare problem document (only `code`), falling back to the catalog', () => {
    for (const code of problemCodes) {
      const status = problemCatalog[code].status;
      const error = apiErrorFromResponse({ status, body: { code }, requestId: undefined });
      for (const locale of LOCALES) {
        const e = explainError(error, locale);
        assert.equal(e.title, problemCatalog[code].title[locale], code);
        assert.ok(e.detail.length > 0);
      }
    }
  });

  it('asks the lookup (the client’s problemWords) only for the codes of words a document lacks', () => {
    const full = {
      code: 'AGENCY_UNKNOWN',
      i18n: { 'zh-TW': { title: '甲', detail: '乙' }, en: { title: 'A', detail: 'B' } },
    };
    const asked = (body: unknown, status = 404): string[] => {
      const codes: string[] = [];
      apiErrorFromDocument({ status, body, requestId: undefined }, (code): ErrorWords | undefined => {
        codes.push(code);
        return problemWords(code);
      });
      return [...new Set(codes)];
    };
    assert.deepEqual(asked(full), []);
    assert.deepEqual(asked({ code: 'AGENCY_UNKNOWN' }), ['AGENCY_UNKNOWN']);
    // RFC 9457 title and detail count as the English words; Chinese ones are still missing.
    assert.deepEqual(asked({ code: 'AGENCY_UNKNOWN', title: 'A', detail: 'B' }), ['AGENCY_UNKNOWN']);
    assert.deepEqual(asked({ ...full, errors: [{ code: 'PHONE_INVALID', field: 'q' }] }), ['PHONE_INVALID']);
    assert.deepEqual(asked({ ...full, errors: [{ field: 'q', i18n: full.i18n }] }), []);
    // Not a problem document (a gateway's page): the client's own generic words, no lookup.
    assert.deepEqual(asked('<html>', 502), []);
    assert.deepEqual(asked({ message: 'no code' }, 500), []);
  });

  it('words a document generically without a lookup (a client without problemWords), keeping code and field', () => {
    const error = apiErrorFromDocument(
      { status: 404, body: { code: 'AGENCY_UNKNOWN', field: 'agencyCode' }, requestId: undefined },
      undefined,
    );
    assert.equal(error.code, 'AGENCY_UNKNOWN');
    assert.equal(error.field, 'agencyCode');
    assert.deepEqual(error.title, { 'zh-TW': '伺服器回應錯誤', en: 'Server error' });
    assert.deepEqual(error.text, {
      'zh-TW': '伺服器無法處理此請求，請稍後再試。(HTTP 404)',
      en: 'The server could not handle the request. Try again later. (HTTP 404)',
    });
    assert.match(explainError(error, 'zh-TW').title, HAN);
  });

  it('has the flows’ own problems in the catalog, the very same entries (one source)', () => {
    for (const [code, definition] of Object.entries(flowProblems)) {
      assert.equal(problemCatalog[code as ProblemCode], definition, code);
    }
  });

  it('picks the subclass by status', () => {
    const expected: Partial<Record<ProblemCode, new (...args: never[]) => ApiError>> = {
      FIELD_INVALID: ValidationProblem,
      BODY_TOO_LARGE: ValidationProblem,
      NATIONAL_ID_MISMATCH: ValidationProblem,
      SESSION_EXPIRED: AuthProblem,
      ORIGIN_NOT_ALLOWED: AuthProblem,
      AGENCY_UNKNOWN: NotFoundProblem,
      ALREADY_REGISTERED: ConflictProblem,
      RATE_LIMITED: RateLimited,
      INTERNAL: ServerProblem,
      CRL_UNAVAILABLE: ServerProblem,
    };
    for (const [code, cls] of Object.entries(expected)) {
      const error = apiErrorFromCode(code as ProblemCode);
      assert.ok(error instanceof cls, `${code} is a ${error.name}`);
      assert.ok(isApiError(error, code));
      assert.ok(error instanceof GepiError);
    }
  });

  it('prefers the words of the problem document, which may carry a validator’s message', () => {
    const error = apiErrorFromResponse({
      status: 400,
      requestId: 'req-2',
      body: {
        code: 'PHONE_INVALID',
        field: 'phone',
        i18n: {
          'zh-TW': { title: '電話格式錯誤', detail: '連絡電話須以區碼開頭' },
          en: { title: 'Invalid phone number', detail: 'The phone must start with an area code.' },
        },
      },
    });
    const zh = explainError(error, 'zh-TW');
    assert.equal(zh.detail, '連絡電話須以區碼開頭');
    assert.equal(zh.field, 'phone');
    assert.equal(explainError(error, 'en').detail, 'The phone must start with an area code.');
  });

  it('lists every offending field of a rejected form', () => {
    const error = apiErrorFromResponse({
      status: 400,
      requestId: 'req-3',
      body: {
        code: 'FIELD_INVALID',
        field: 'email',
        errors: [
          { code: 'EMAIL_INVALID', field: 'email' },
          { code: 'PHONE_INVALID', field: 'phone', reason: 'PHONE_LENGTH' },
        ],
      },
    });
    const e = explainError(error, 'zh-TW');
    assert.deepEqual(
      e.fields?.map((f) => [f.field, f.code, f.detail]),
      [
        ['email', 'EMAIL_INVALID', problemCatalog.EMAIL_INVALID.detail['zh-TW']],
        ['phone', 'PHONE_INVALID', problemCatalog.PHONE_INVALID.detail['zh-TW']],
      ],
    );
  });

  it('keeps an unknown code from a newer server, with its own words', () => {
    const error = apiErrorFromResponse({
      status: 409,
      requestId: 'req-4',
      body: {
        code: 'NEW_RULE',
        i18n: { 'zh-TW': { title: '新規則', detail: '新規則說明' } },
        detail: 'A new rule.',
      },
    });
    assert.equal(error.code, 'NEW_RULE');
    assert.equal(explainError(error, 'zh-TW').detail, '新規則說明');
    assert.equal(explainError(error, 'en').detail, 'A new rule.');
    // No English title anywhere: the generic one, never an empty string.
    assert.equal(explainError(error, 'en').title, 'Server error');
  });

  it('says how long to wait after a 429 and quotes the request id of a 5xx', () => {
    const limited = apiErrorFromResponse({
      status: 429,
      body: { code: 'RATE_LIMITED' },
      requestId: 'r',
      retryAfter: 30,
    });
    const zh = explainError(limited, 'zh-TW');
    assert.equal(zh.retryAfter, 30);
    assert.ok(zh.retryable);
    assert.match(zh.detail, /請於 30 秒後再試/);
    assert.match(explainError(limited, 'en').detail, /Try again in 30 seconds\./);
    assert.match(
      explainError(apiErrorFromResponse({ status: 429, body: {}, requestId: 'r', retryAfter: 600 }), 'en')
        .detail,
      /10 minutes/,
    );

    const internal = apiErrorFromCode('INTERNAL', { requestId: 'req-500' });
    assert.match(explainError(internal, 'zh-TW').detail, /請求編號：req-500/);
    assert.equal(explainError(internal, 'en').requestId, 'req-500');
    assert.ok(
      !/req-1/.test(explainError(apiErrorFromCode('FIELD_INVALID', { requestId: 'req-1' }), 'en').detail),
    );
  });

  it('names the CA and its phone when a certificate problem says which CA', () => {
    const revoked = apiErrorFromCode('CERT_REVOKED', { details: { ca: 'MOICA' } });
    const e = explainError(revoked, 'zh-TW', { contacts: CONTACTS });
    assert.equal(e.contact?.phone, '0800-080-117');
    assert.match(e.detail, /0800-080-117/);
  });
});

describe('explainError over card errors', () => {
  it('explains every TokenErrorCode in both locales, with a title of its own', () => {
    for (const code of Object.values(TokenErrorCode)) {
      for (const locale of LOCALES) {
        const e = explainError(new TokenError(code), locale);
        assert.equal(e.code, code);
        assert.equal(e.kind, 'token');
        assertWords(e, locale, `${code}/${locale}`);
        assert.equal(e.title, tokenErrorTitles[code][locale]);
      }
    }
  });

  it('tells the tries left, warning on the last one', () => {
    assert.match(
      explainError(new TokenError('PIN_INCORRECT', { details: { triesLeft: 2 } }), 'zh-TW').detail,
      /尚可嘗試 2 次/,
    );
    const last = explainError(new TokenError('PIN_INCORRECT', { details: { triesLeft: 1 } }), 'en');
    assert.match(last.detail, /1 try left before the card locks/);
  });

  it('names the CA that unlocks a locked card, with its contacts when known', () => {
    const locked = new TokenError('PIN_LOCKED', { details: { ca: 'MOICA', readerId: 'r1' } });
    const bare = explainError(locked, 'zh-TW');
    assert.match(bare.detail, /內政部憑證管理中心進行鎖卡解碼/);
    assert.deepEqual(bare.contact, { ca: 'MOICA', name: '內政部憑證管理中心' });

    const full = explainError(locked, 'en', { contacts: CONTACTS });
    assert.match(full.detail, /MOICA: 0800-080-117\./);
    assert.equal(full.contact?.unlockUrl, 'http://moica.nat.gov.tw');
    assert.equal(full.retryable, false);
  });

  it('marks the PIN field for PIN input errors', () => {
    assert.equal(explainError(new TokenError('PIN_FORMAT'), 'en').field, 'pin');
  });
});

describe('explainError over input, transport and foreign errors', () => {
  it('explains a ValidationError with its field and label', () => {
    const result = validateAgencyCode('12a');
    assert.ok(!result.ok);
    const zh = explainError(result.error, 'zh-TW');
    assert.equal(zh.kind, 'validation');
    assert.equal(zh.field, 'agencyCode');
    assert.equal(zh.title, '機關代號');
    assert.equal(zh.detail, result.error.text['zh-TW']);
    const id = validateNationalId('A123456788');
    assert.ok(!id.ok);
    assertWords(explainError(id.error, 'en'), 'en', 'national id');
  });

  it('explains the three transport codes in both locales', () => {
    for (const code of ['NETWORK_ERROR', 'TIMEOUT', 'ABORTED'] as const) {
      const error = new TransportError({ code, method: 'GET', path: '/api/v1/health', attempts: 1 });
      assert.ok(isTransportError(error, code));
      for (const locale of LOCALES) {
        const e = explainError(error, locale);
        assert.equal(e.kind, 'transport');
        assert.equal(e.retryable, code !== 'ABORTED');
        assertWords(e, locale, `${code}/${locale}`);
      }
    }
  });

  it('explains the client codes of ApiError in both locales', () => {
    for (const code of [ClientErrorCode.RESPONSE_INVALID, ClientErrorCode.HTTP_ERROR]) {
      const error =
        code === 'HTTP_ERROR'
          ? apiErrorFromResponse({ status: 502, body: '<html>', requestId: 'gw-1' })
          : new ApiError({
              status: 200,
              code,
              title: { 'zh-TW': '', en: '' },
              text: { 'zh-TW': '', en: '' },
            });
      for (const locale of LOCALES) assertWords(explainError(error, locale), locale, `${code}/${locale}`);
    }
  });

  it('explains bare DOMExceptions of an AbortSignal, unknown throwables and other GepiErrors', () => {
    assert.equal(explainError(new DOMException('x', 'AbortError'), 'en').code, 'ABORTED');
    assert.equal(explainError(new DOMException('x', 'TimeoutError'), 'zh-TW').code, 'TIMEOUT');
    for (const thrown of [new Error('boom'), 'a string', undefined, null, 42, { code: 7 }]) {
      for (const locale of LOCALES) {
        const e = explainError(thrown, locale);
        assert.equal(e.code, 'UNKNOWN');
        assertWords(e, locale, `${String(thrown)}/${locale}`);
      }
    }
    const other = new GepiError({ code: 'SOMETHING', text: { 'zh-TW': '某事', en: 'Something.' } });
    assert.equal(explainError(other, 'zh-TW').detail, '某事');
  });

  it('recognises a TokenError from another copy of the SDK by its shape', () => {
    const foreign = JSON.parse(
      JSON.stringify({
        name: 'TokenError',
        code: 'PIN_LOCKED',
        text: { 'zh-TW': 'x', en: 'x' },
        details: { ca: 'GCA' },
      }),
    ) as unknown;
    const e = explainError(foreign, 'zh-TW');
    assert.equal(e.kind, 'token');
    assert.match(e.detail, /政府憑證管理中心/);
    assert.equal(errorCode(foreign), 'PIN_LOCKED');
  });

  it('maps other locale tags', () => {
    const error = apiErrorFromCode('AGENCY_UNKNOWN');
    assert.equal(explainError(error, 'zh-Hant-TW').title, problemCatalog.AGENCY_UNKNOWN.title['zh-TW']);
    assert.equal(explainError(error, 'en-GB').title, problemCatalog.AGENCY_UNKNOWN.title.en);
  });

  it('gives a stable code for anything through errorCode()', () => {
    assert.equal(errorCode(apiErrorFromCode('HANDLER_NOT_FOUND')), 'HANDLER_NOT_FOUND');
    assert.equal(errorCode(new TokenError('TOKEN_NOT_PRESENT')), 'TOKEN_NOT_PRESENT');
    assert.equal(errorCode(new DOMException('x', 'AbortError')), 'ABORTED');
    assert.equal(errorCode(new Error('x')), 'UNKNOWN');
  });
});
