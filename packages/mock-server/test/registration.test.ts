// First registration (with the OID-mismatch review branch and the business-day rule), the three
// swaps, the queries, and the reviewer endpoints, over real HTTP against a seeded server.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { taipeiDate, taipeiDateParts } from '@gepi/sdk';
import { useX509 } from '@gepi/sdk/certs';
import { SUPERSEDED_REASON } from '../src/services/registration.js';
import { ADMIN_TOKEN, expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

const ROC_TIME = /^\d{3}年\d{2}月\d{2}日\d{2}點\d{2}分\d{2}秒$/;
const REVIEW_REQUIRED = '貴機關申請憑證註冊，因申請資料比對不符，需進行審核，請填聯絡資料。';
const REVIEW_PENDING =
  '申請資料審核中，若審核通過，於下一個營業日貴機關即可重新辦理註冊。若審核不通過，本部將與 貴機關聯絡。';

const contact = {
  name: '王大明',
  email: 'wang.daming@example.org',
  phone: '02-2701-3411',
  extension: '123',
  remarks: '測試',
};

describe('first registration', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('registers 10001 with its org card and the manager’s citizen card, and leaves a receipt', async () => {
    const org = await server.orgSignIn('ORG-10001', '10001', 'first-registration');
    assert.equal(org.status, 201, org.text);
    assert.equal(org.body.next, 'citizen-sign-in');
    assert.equal(org.body.managerName, null);
    const token = org.body.token;
    const citizen = await server.citizenSignIn('CIT-WANG', 'A123456789', token);
    assert.equal(citizen.status, 200, citizen.text);
    assert.equal(citizen.body.next, 'ready');

    const bad = await server.request('POST', '/api/v1/registrations', {
      token,
      json: { ...contact, email: 'nope' },
    });
    const problem = expectProblem(assert, bad, 400, 'EMAIL_INVALID');
    assert.equal(problem.field, 'email');
    const badPhone = await server.request('POST', '/api/v1/registrations', {
      token,
      json: { ...contact, phone: '2701-3411' },
    });
    expectProblem(assert, badPhone, 400, 'PHONE_INVALID');
    const badExtension = await server.request('POST', '/api/v1/registrations', {
      token,
      json: { ...contact, extension: '12a' },
    });
    assert.equal(expectProblem(assert, badExtension, 400, 'EXTENSION_INVALID').field, 'extension');
    const missing = await server.request('POST', '/api/v1/registrations', {
      token,
      json: { email: contact.email },
    });
    const missingProblem = expectProblem(assert, missing, 400, 'FIELD_REQUIRED');
    assert.deepEqual(
      missingProblem.errors.map((e: any) => e.field),
      ['name', 'phone'],
    );

    const r = await server.request('POST', '/api/v1/registrations', { token, json: contact });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.agencyCode, '10001');
    assert.match(r.body.message['zh-TW'], /註冊成功/);
    assert.equal(r.body.receipt.item, 'first-registration');
    assert.equal(r.body.receipt.itemLabel['zh-TW'], '首次註冊');
    assert.match(r.body.receipt.receivedAtRoc, ROC_TIME);

    // The session was used up; the manager now signs in for assignment like the manual says.
    expectProblem(assert, await server.request('GET', '/api/v1/session', { token }), 401, 'SESSION_INVALID');
    const assignment = await server.session('assignment', '10001', 'ORG-10001', 'CIT-WANG', 'A123456789');
    const list = await server.request('GET', '/api/v1/handlers', { token: assignment });
    assert.equal(list.body.managerName, '王大明');
    assert.equal(list.body.total, 0);
    const registration = server.store.getRegistration('10001')!;
    assert.equal(registration.contact.phone, '(02)2701-3411');
    assert.equal(registration.manager.serial, '100048210DD2DF2E128096A9282B0001');
  });

  it('answers ALREADY_REGISTERED to a second registration', async () => {
    expectProblem(
      assert,
      await server.orgSignIn('ORG-10001', '10001', 'first-registration'),
      409,
      'ALREADY_REGISTERED',
    );
  });

  it('answers AGENCY_MISMATCH, not ALREADY_REGISTERED, to another agency’s card with a registered code', async () => {
    // 30004's MOEACA card with 10002's code: the code (or the card) is wrong; 機關已註冊 would send
    // the person to 更換憑證, which is not their problem.
    assert.ok(server.store.getRegistration('10002'));
    const r = await server.orgSignIn('ORG-30004', '10002', 'first-registration');
    const problem = expectProblem(assert, r, 403, 'AGENCY_MISMATCH');
    assert.equal(problem.field, 'agencyCode');
    assert.equal(problem.i18n['zh-TW'].title, '機關憑證與機關代號不符');
    assert.doesNotMatch(problem.i18n['zh-TW'].detail, /更換憑證/);
    // The agency's own card still hears that it is registered.
    expectProblem(
      assert,
      await server.orgSignIn('ORG-10002', '10002', 'first-registration'),
      409,
      'ALREADY_REGISTERED',
    );
  });

  it('answers REVIEW_PENDING for an agency whose application is under review (50006)', async () => {
    const r = await server.orgSignIn('ORG-50006', '50006', 'first-registration');
    const problem = expectProblem(assert, r, 409, 'REVIEW_PENDING');
    assert.equal(problem.i18n['zh-TW'].detail, REVIEW_PENDING);
  });

  it('receipts: by agency code, with ROC times, paging and search', async () => {
    const r = await server.request('GET', '/api/v1/receipts?agencyCode=10001&pageSize=25&q=首次');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.total, 1);
    assert.equal(r.body.agency.name, '臺北市政府人事處');
    assert.match(r.body.items[0].receivedAtRoc, ROC_TIME);
    const none = await server.request('GET', '/api/v1/receipts?agencyCode=10001&q=更換');
    assert.equal(none.body.total, 0);
    assert.deepEqual([none.body.from, none.body.to], [0, 0]);
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/receipts?agencyCode=99999'),
      404,
      'AGENCY_UNKNOWN',
    );
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/receipts?agencyCode=1000'),
      400,
      'AGENCY_CODE_INVALID',
    );
    expectProblem(assert, await server.request('GET', '/api/v1/receipts'), 400, 'FIELD_REQUIRED');
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/receipts?agencyCode=10001&pageSize=20'),
      400,
      'PAGE_SIZE_INVALID',
    );
  });
});

describe('concurrent first registrations', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('20 complete flows for 10001 at once: exactly one registers, the others get 409', async () => {
    const flows = Array.from({ length: 20 }, async () => {
      const org = await server.orgSignIn('ORG-10001', '10001', 'first-registration');
      if (org.status !== 201) return org;
      const citizen = await server.citizenSignIn('CIT-WANG', 'A123456789', org.body.token);
      if (citizen.status !== 200) return citizen;
      return server.request('POST', '/api/v1/registrations', { token: org.body.token, json: contact });
    });
    const results = await Promise.all(flows);
    const statuses = results.map((r) => r.status).sort();
    assert.equal(statuses.filter((s) => s === 201).length, 1, JSON.stringify(statuses));
    for (const r of results.filter((x) => x.status !== 201))
      expectProblem(assert, r, 409, 'ALREADY_REGISTERED');
    assert.equal(server.store.listReceipts('10001').length, 1);
  });

  it('20 sessions ready before any registers: exactly one registers (the database’s own rule: registration-race.test.ts)', async () => {
    const fresh = await startTestServer();
    try {
      const tokens = await Promise.all(
        Array.from({ length: 20 }, () =>
          fresh.session('first-registration', '10001', 'ORG-10001', 'CIT-WANG', 'A123456789'),
        ),
      );
      const results = await Promise.all(
        tokens.map((token) => fresh.request('POST', '/api/v1/registrations', { token, json: contact })),
      );
      assert.equal(results.filter((r) => r.status === 201).length, 1);
      for (const r of results.filter((x) => x.status !== 201))
        expectProblem(assert, r, 409, 'ALREADY_REGISTERED');
      assert.equal(fresh.store.listReceipts('10001').length, 1);
      const audits = fresh.store.listAudit({ agencyCode: '10001', limit: 100 });
      assert.equal(audits.filter((a) => a.action === 'registration.created').length, 1);
    } finally {
      await fresh.close();
    }
  });
});

describe('first registration cannot be blocked by a stranger’s review', () => {
  it('a pending review filed with another OID does not stop the agency’s matching card; the reviewer sees it closed', async () => {
    const fresh = await startTestServer();
    try {
      // A stranger: 10001's card (another OID) signs in for 30004 and files an application.
      const stranger = await fresh.orgSignIn('ORG-10001', '30004', 'first-registration');
      assert.equal(stranger.status, 201, stranger.text);
      assert.equal(stranger.body.next, 'review-application');
      const filed = await fresh.request('POST', '/api/v1/reviews', {
        token: stranger.body.token,
        json: { applicantName: '冒名者', phone: '02-2311-1111' },
      });
      assert.equal(filed.status, 201, filed.text);
      // The stranger's card itself still waits for the decision.
      expectProblem(
        assert,
        await fresh.orgSignIn('ORG-10001', '30004', 'first-registration'),
        409,
        'REVIEW_PENDING',
      );

      // The agency's own card, whose OID matches the records, registers.
      const token = await fresh.session('first-registration', '30004', 'ORG-30004', 'CIT-CHEN', 'B120112236');
      const registered = await fresh.request('POST', '/api/v1/registrations', { token, json: contact });
      assert.equal(registered.status, 201, registered.text);

      // The reviewer: nothing pending for 30004; the application is closed with the reason.
      const pending = await fresh.admin('GET', '/reviews?status=pending');
      assert.ok(!pending.body.items.some((r: any) => r.agencyCode === '30004'));
      const closed = (await fresh.admin('GET', '/reviews?status=rejected')).body.items.find(
        (r: any) => r.agencyCode === '30004',
      );
      assert.equal(closed.applicantName, '冒名者');
      assert.equal(closed.reason, SUPERSEDED_REASON);
      const audit = fresh.store.listAudit({ agencyCode: '30004', limit: 20 }).map((a) => a.action);
      assert.ok(audit.includes('review.superseded'), audit.join(', '));
      assert.ok(audit.includes('registration.created'));
    } finally {
      await fresh.close();
    }
  });
});

/** Friday 15:00 in Taipei, 2–8 days after `from`. */
function fridayAfter(from: Date): Date {
  const p = taipeiDateParts(from);
  for (let d = 2; d < 9; d++) {
    const day = taipeiDate(p.year, p.month, p.day + d, 15);
    if (taipeiDateParts(day).weekday === 5) return day;
  }
  throw new Error('unreachable');
}

function ymd(at: Date): string {
  const p = taipeiDateParts(at);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

describe('OID mismatch: review, approval from the next business day', () => {
  let server: TestServer;
  let now: Date;
  let friday: Date;
  let monday: Date;
  before(async () => {
    now = new Date();
    const { sharedPki } = await import('./support/pki.js');
    const pki = await sharedPki();
    friday = fridayAfter(pki.issuedAt);
    monday = new Date(friday.getTime() + 3 * 86_400_000);
    now = new Date(friday.getTime() - 3600_000);
    server = await startTestServer({ clock: () => now, holidays: [ymd(monday)] });
  });
  after(() => server.close());

  it('an org card whose OID does not match asks for contact details (manual wording)', async () => {
    const org = await server.orgSignIn('ORG-40005-MISMATCH', '40005', 'first-registration');
    assert.equal(org.status, 201, org.text);
    assert.equal(org.body.next, 'review-application');
    assert.equal(org.body.message['zh-TW'], REVIEW_REQUIRED);
    const token = org.body.token;
    expectProblem(assert, await server.citizenSignIn('CIT-KUO', 'L211223342', token), 409, 'REVIEW_REQUIRED');
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/registrations', { token, json: contact }),
      403,
      'SESSION_INCOMPLETE',
    );
    const badPhone = await server.request('POST', '/api/v1/reviews', {
      token,
      json: { applicantName: '郭怡君', phone: '12345' },
    });
    expectProblem(assert, badPhone, 400, 'PHONE_INVALID');
    const r = await server.request('POST', '/api/v1/reviews', {
      token,
      json: { applicantName: '郭怡君', phone: '(04)2345-6789' },
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.review.status, 'pending');
    assert.equal(r.body.message['zh-TW'], REVIEW_PENDING);
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/reviews', {
        token,
        json: { applicantName: '郭怡君', phone: '(04)2345-6789' },
      }),
      409,
      'REVIEW_PENDING',
    );
    const view = await server.request('GET', '/api/v1/session', { token });
    assert.equal(view.body.next, 'review-submitted');
  });

  it('while pending, every attempt answers the pending message', async () => {
    const r = await server.orgSignIn('ORG-40005-MISMATCH', '40005', 'first-registration');
    assert.equal(expectProblem(assert, r, 409, 'REVIEW_PENDING').i18n['zh-TW'].detail, REVIEW_PENDING);
  });

  it('reviewer endpoints need the reviewer token', async () => {
    expectProblem(assert, await server.request('GET', '/api/v1/admin/reviews'), 401, 'ADMIN_UNAUTHORIZED');
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/admin/reviews', { token: `${ADMIN_TOKEN}x` }),
      401,
      'ADMIN_UNAUTHORIZED',
    );
    const disabled = await startTestServer({ adminToken: undefined });
    try {
      expectProblem(
        assert,
        await disabled.request('GET', '/api/v1/admin/reviews', { token: ADMIN_TOKEN }),
        404,
        'ADMIN_DISABLED',
      );
    } finally {
      await disabled.close();
    }
  });

  it('approval on a Friday counts from the next business day (Monday is a holiday here: Tuesday)', async () => {
    const pending = await server.admin('GET', '/reviews?status=pending');
    assert.equal(pending.status, 200, pending.text);
    const review = pending.body.items.find((r: any) => r.agencyCode === '40005');
    assert.ok(review);
    assert.equal(review.cardOrgId, '2.16.886.101.20003.20066.49999');
    assert.equal(review.orgIdOnFile, '2.16.886.101.20003.20066.40005');
    assert.equal(review.applicantName, '郭怡君');
    assert.ok(pending.body.items.some((r: any) => r.agencyCode === '50006'));

    now = friday;
    const approved = await server.admin('POST', `/reviews/${review.id}/approve`);
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.review.status, 'approved');
    const tuesday = new Date(monday.getTime() + 86_400_000);
    assert.equal(approved.body.review.effectiveFrom, ymd(tuesday));
    expectProblem(
      assert,
      await server.admin('POST', `/reviews/${review.id}/approve`),
      409,
      'REVIEW_ALREADY_DECIDED',
    );
    expectProblem(assert, await server.admin('POST', '/reviews/999999/approve'), 404, 'REVIEW_NOT_FOUND');
    expectProblem(assert, await server.admin('POST', '/reviews/abc/approve'), 404, 'REVIEW_NOT_FOUND');

    for (const at of [friday, new Date(friday.getTime() + 86_400_000), monday]) {
      now = at;
      const r = await server.orgSignIn('ORG-40005-MISMATCH', '40005', 'first-registration');
      expectProblem(assert, r, 409, 'REVIEW_PENDING');
    }

    now = taipeiDate(
      taipeiDateParts(tuesday).year,
      taipeiDateParts(tuesday).month,
      taipeiDateParts(tuesday).day,
      0,
      0,
      1,
    );
    const token = await server.session(
      'first-registration',
      '40005',
      'ORG-40005-MISMATCH',
      'CIT-KUO',
      'L211223342',
    );
    const r = await server.request('POST', '/api/v1/registrations', {
      token,
      json: { name: '郭怡君', email: 'kuo@example.org', phone: '(04)2345-6789' },
    });
    assert.equal(r.status, 201, r.text);
    // The approved OID is now the one on file: the same card works for assignment.
    assert.equal(server.store.getAgency('40005')!.orgId, '2.16.886.101.20003.20066.49999');
    const assignment = await server.orgSignIn('ORG-40005-MISMATCH', '40005', 'assignment');
    assert.equal(assignment.status, 201, assignment.text);
  });

  it('rejection is recorded; the agency can then apply again', async () => {
    const list = await server.admin('GET', '/reviews?status=pending&pageSize=10');
    const review = list.body.items.find((r: any) => r.agencyCode === '50006');
    const rejected = await server.admin('POST', `/reviews/${review.id}/reject`, {
      reason: '資料不符，將電話聯絡',
    });
    assert.equal(rejected.status, 200, rejected.text);
    assert.equal(rejected.body.review.status, 'rejected');
    assert.equal(rejected.body.review.reason, '資料不符，將電話聯絡');
    assert.equal(rejected.body.review.effectiveFrom, null);
    const all = await server.admin('GET', '/reviews?status=rejected');
    assert.equal(all.body.total, 1);
    // 50006's card matches the OID on file, so with the review closed it may register.
    const org = await server.orgSignIn('ORG-50006', '50006', 'first-registration');
    assert.equal(org.status, 201, org.text);
    assert.equal(org.body.next, 'citizen-sign-in');
  });

  it('the audit log records who did what, with cards and masked IDs only', async () => {
    const r = await server.admin('GET', '/audit?agencyCode=40005&limit=100');
    assert.equal(r.status, 200, r.text);
    const actions = r.body.items.map((e: any) => e.action).reverse();
    assert.deepEqual(actions, ['review.submitted', 'review.approved', 'registration.created']);
    const created = r.body.items.find((e: any) => e.action === 'registration.created');
    assert.equal(created.actor.kind, 'cards');
    assert.equal(created.actor.orgSerial, '9EA26158F7DBCB14CCA07B5C8E0D0005');
    assert.equal(created.actor.citizenSerial, '100048210DD2DF2E128096A9282B000D');
    assert.equal(created.changes.managerNationalIdMasked, 'L21****342');
    const everything = JSON.stringify(server.store.listAudit({ limit: 10_000 }));
    for (const person of server.pki.dataset.people) {
      assert.ok(!everything.includes(person.nationalId), `full ID ${person.nationalId} in the audit log`);
    }
    assert.ok(!everything.includes('"pin"'));
    assert.throws(() => server.store.db.prepare('DELETE FROM audit_log').run(), /append-only/);
    assert.throws(() => server.store.db.prepare("UPDATE audit_log SET action = 'x'").run(), /append-only/);
    const all = await server.admin('GET', '/audit?limit=10');
    assert.equal(all.body.items.length, 5, 'seed, review submitted, approved, registered, rejected');
    assert.equal(all.body.nextBefore, null);
    const older = await server.admin('GET', `/audit?limit=10&before=${all.body.items[1].id}`);
    assert.deepEqual(
      older.body.items.map((e: any) => e.id),
      all.body.items.slice(2).map((e: any) => e.id),
    );
  });
});

describe('certificate swaps', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('swap both: a renewed org card and a new manager (another person); handlers stay', async () => {
    const org = await server.orgSignIn('ORG-10002-RENEWED', '10002', 'swap-both');
    assert.equal(org.status, 201, org.text);
    // The manager's own current card is not a swap.
    expectProblem(
      assert,
      await server.citizenSignIn('CIT-LIN', 'F223456786', org.body.token),
      409,
      'CARD_UNCHANGED',
    );
    const token = await server.session('swap-both', '10002', 'ORG-10002-RENEWED', 'CIT-LI', 'H123456786');
    const view = await server.request('GET', '/api/v1/session', { token });
    assert.equal(view.body.contactOnFile, null, 'a new person re-enters the contact details');
    const r = await server.request('POST', '/api/v1/swaps/both', {
      token,
      json: { name: '李建國', email: 'li@example.org', phone: '(02)2701-3411', extension: '5312' },
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(
      r.body.message['zh-TW'],
      '貴機關已完成機關憑證及授權管理者自然人憑證更換，如需進行授權指派作業，請點選左方選單。',
    );
    assert.equal(r.body.receipt.item, 'swap-both');
    const registration = server.store.getRegistration('10002')!;
    assert.equal(registration.org.serial, '6B7F3E25C4A898E1997D48295BDA1002');
    assert.equal(registration.manager.nationalId, 'H123456786');
    const assignment = await server.session(
      'assignment',
      '10002',
      'ORG-10002-RENEWED',
      'CIT-LI',
      'H123456786',
    );
    const list = await server.request('GET', '/api/v1/handlers', { token: assignment });
    assert.equal(list.body.total, 3);
    assert.equal(list.body.managerName, '李建國');
    expectProblem(
      assert,
      await server.orgSignIn('ORG-10002', '10002', 'assignment'),
      403,
      'ORG_CARD_NOT_REGISTERED',
    );
  });

  it('swap manager: back to 林美惠; the old manager card is refused afterwards', async () => {
    const token = await server.session('swap-manager', '10002', 'ORG-10002-RENEWED', 'CIT-LIN', 'F223456786');
    const r = await server.request('POST', '/api/v1/swaps/manager', {
      token,
      json: { name: '林美惠', email: 'lin.meihui@example.org', phone: '(02)2701-3411', extension: '123' },
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(
      r.body.message['zh-TW'],
      '完成更換授權管理者自然人憑證，如欲繼續辦理授權指派作業，請點選左方選單！',
    );
    const org = await server.orgSignIn('ORG-10002-RENEWED', '10002', 'assignment');
    expectProblem(
      assert,
      await server.citizenSignIn('CIT-LI', 'H123456786', org.body.token),
      403,
      'NOT_REGISTERED_MANAGER',
    );
  });

  it('swap org: the contact on file is offered; the new card must be the same agency’s', async () => {
    expectProblem(assert, await server.orgSignIn('ORG-20003', '10002', 'swap-org'), 403, 'AGENCY_MISMATCH');
    const token = await server.session('swap-org', '10002', 'ORG-10002', 'CIT-LIN', 'F223456786');
    const view = await server.request('GET', '/api/v1/session', { token });
    assert.equal(view.body.contactOnFile.name, '林美惠');
    assert.equal(view.body.contactOnFile.extension, '123');
    const r = await server.request('POST', '/api/v1/swaps/org', { token, json: view.body.contactOnFile });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.message['zh-TW'], '更換機關憑證成功！');
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/swaps/org', { token, json: view.body.contactOnFile }),
      401,
      'SESSION_INVALID',
    );
  });

  it('a swap session cannot call another swap (SESSION_PURPOSE_MISMATCH)', async () => {
    const token = await server.session('swap-manager', '10002', 'ORG-10002', 'CIT-LI', 'H123456786');
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/swaps/org', { token, json: contact }),
      403,
      'SESSION_PURPOSE_MISMATCH',
    );
  });

  it('receipts list every registration and swap in order', async () => {
    const r = await server.request('GET', '/api/v1/receipts?agencyCode=10002');
    assert.deepEqual(
      r.body.items.map((x: any) => x.itemLabel['zh-TW']),
      ['首次註冊', '更換機關憑證與授權管理者自然人憑證', '更換授權管理者自然人憑證', '更換機關憑證'],
    );
    const audit = await server.admin('GET', '/audit?agencyCode=10002&limit=100');
    assert.deepEqual(audit.body.items.map((e: any) => e.action).reverse(), [
      'swap.both',
      'swap.manager',
      'swap.org',
    ]);
  });
});

describe('queries and catalogs', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('org cert OID of the signed-in card, matching the agency or not', async () => {
    const org = await server.orgSignIn('ORG-40005-MISMATCH', '40005', 'query-org-oid');
    assert.equal(org.status, 201, org.text);
    assert.equal(org.body.next, 'ready');
    const r = await server.request('GET', '/api/v1/queries/org-oid', { token: org.body.token });
    assert.deepEqual(r.body, {
      agencyCode: '40005',
      agencyName: '臺中市測試區公所',
      organizationName: '臺中市測試區公所',
      orgId: '2.16.886.101.20003.20066.49999',
      ca: 'GCA',
      matchesAgencyOnFile: false,
    });
    expectProblem(
      assert,
      await server.request('GET', '/api/v1/queries/citizen-serial', { token: org.body.token }),
      403,
      'SESSION_PURPOSE_MISMATCH',
    );
    // No citizen step in this function.
    expectProblem(
      assert,
      await server.citizenSignIn('CIT-KUO', 'L211223342', org.body.token),
      403,
      'SESSION_PURPOSE_MISMATCH',
    );
  });

  it('citizen cert serial of the signed-in card (a handler learning their SN)', async () => {
    const r = await server.citizenSignIn('CIT-HSIEH-NEW', 'P156781235', undefined, {
      purpose: 'query-citizen-serial',
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.purpose, 'query-citizen-serial');
    const q = await server.request('GET', '/api/v1/queries/citizen-serial', { token: r.body.token });
    assert.deepEqual(q.body, { name: '謝明哲', serial: '100048210DD2DF2E128096A9282B000F' });
  });

  it('permissions, contacts and terms are served as data', async () => {
    const p = await server.request('GET', '/api/v1/permissions');
    assert.equal(p.body.permissions.length, 4);
    assert.equal(p.body.permissions[0].label, '保費申報作業');
    const c = await server.request('GET', '/api/v1/contacts');
    assert.equal(c.body.certificationAuthorities.find((x: any) => x.id === 'HCA').phone, '0800-364-422');
    assert.equal(c.body.bank.sections[1].extension, '5353');
    assert.ok(c.body.bank.sections[0].regions.includes('金門'));
    const t = await server.request('GET', '/api/v1/terms');
    assert.equal(t.body.title, '公教人員保險網路作業 e 系統用戶約定條款');
    assert.equal(t.body.clauses.length, 10);
    assert.match(t.body.downloadedAtRoc, ROC_TIME);
    const h = await server.request('GET', '/api/v1/health');
    assert.equal(h.body.status, 'ok');
  });

  it('publishes the CRLs it checks cards against, as the CAs signed them (GET /api/v1/crls)', async () => {
    const x = useX509();
    const res = await server.request('GET', '/api/v1/crls');
    assert.equal(res.status, 200);
    const byCa = new Map<string, any>(res.body.crls.map((c: any) => [c.ca, c]));
    assert.deepEqual([...byCa.keys()].sort(), ['GCA', 'HCA', 'MOEACA', 'MOICA', 'ROOT', 'XCA']);
    const moica = byCa.get('MOICA');
    // Exactly the bytes of the CA's CRL, which verify with the CA's key.
    const der = new Uint8Array(Buffer.from(moica.crl, 'base64'));
    assert.deepEqual(der, new Uint8Array(server.pki.cas.MOICA.crl!));
    const crl = new x.X509Crl(der);
    const ca = new x.X509Certificate(new Uint8Array(server.pki.cas.MOICA.certificate));
    assert.equal(await crl.verify({ publicKey: ca.publicKey }), true);
    assert.equal(moica.issuer, ca.subject);
    assert.equal(moica.thisUpdate, crl.thisUpdate.toISOString());
    // It lists the revoked demo card and not a valid one.
    const listed = new Set(crl.entries.map((e) => e.serialNumber.replace(/^0+/, '').toUpperCase()));
    assert.ok(listed.has(server.pki.card('CIT-CHENG-REVOKED').serial.replace(/^0+/, '')));
    assert.ok(!listed.has(server.pki.card('CIT-WANG').serial.replace(/^0+/, '')));
  });
});
