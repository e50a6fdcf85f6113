// 申請及審核情形 (issue 14 item 9, issue 17): GET /api/v1/queries/applications over real HTTP. An
// agency's OID-mismatch applications with their state (審核中 / 核准 / 未核准), when it may register
// again by the bank's business-day calendar (a holiday included), and the reviewer's reason; read
// with the org card's query session, and never by another agency's card.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { taipeiDate, taipeiDateParts } from '@gepi/sdk';
import { expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

const PATH = '/api/v1/queries/applications';

function ymd(at: Date): string {
  const p = taipeiDateParts(at);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** `115年12月08日` of an instant's Taipei day. */
function rocDay(at: Date): string {
  const p = taipeiDateParts(at);
  return `${p.year - 1911}年${String(p.month).padStart(2, '0')}月${String(p.day).padStart(2, '0')}日`;
}

/** The Friday after `from`, 15:00 in Taipei. */
function fridayAfter(from: Date): Date {
  const p = taipeiDateParts(from);
  for (let d = 2; d < 9; d++) {
    const day = taipeiDate(p.year, p.month, p.day + d, 15);
    if (taipeiDateParts(day).weekday === 5) return day;
  }
  throw new Error('unreachable');
}

const days = (at: Date, n: number): Date => new Date(at.getTime() + n * 86_400_000);

describe('申請及審核情形 (GET /api/v1/queries/applications)', () => {
  let server: TestServer;
  let now: Date;
  let friday: Date;
  before(async () => {
    const { sharedPki } = await import('./support/pki.js');
    const pki = await sharedPki();
    friday = fridayAfter(pki.issuedAt);
    now = friday;
    // Monday is a holiday: an application of Friday may try again on Tuesday.
    server = await startTestServer({ clock: () => now, holidays: [ymd(days(friday, 3))] });
  });
  after(() => server.close());

  async function querySession(cardId: string, agencyCode: string): Promise<string> {
    const org = await server.orgSignIn(cardId, agencyCode, 'query-org-oid');
    assert.equal(org.status, 201, org.text);
    return org.body.token as string;
  }

  async function applications(cardId: string, agencyCode: string): Promise<any> {
    const r = await server.request('GET', PATH, { token: await querySession(cardId, agencyCode) });
    assert.equal(r.status, 200, r.text);
    return r.body;
  }

  it('shows a pending application as 審核中, with the next business day to try again', async () => {
    const org = await server.orgSignIn('ORG-40005-MISMATCH', '40005', 'first-registration');
    assert.equal(org.body.next, 'review-application', org.text);
    const filed = await server.request('POST', '/api/v1/reviews', {
      token: org.body.token,
      json: { applicantName: '郭怡君', phone: '(04)2345-6789' },
    });
    assert.equal(filed.status, 201, filed.text);

    const body = await applications('ORG-40005-MISMATCH', '40005');
    assert.deepEqual(body.agency, { code: '40005', name: '臺中市測試區公所' });
    assert.equal(body.items.length, 1);
    const [item] = body.items;
    const tuesday = days(friday, 4);
    assert.equal(item.status, 'pending');
    assert.deepEqual(item.statusLabel, { 'zh-TW': '審核中', en: 'Under review' });
    assert.equal(item.applicantName, '郭怡君');
    assert.equal(item.cardOrgId, '2.16.886.101.20003.20066.49999');
    assert.match(item.submittedAtRoc, /^\d{3}年\d{2}月\d{2}日15點00分00秒$/);
    assert.equal(item.retryFrom, ymd(tuesday));
    assert.deepEqual(item.retryFromText, {
      'zh-TW': `可於${rocDay(tuesday)}起重新註冊`,
      en: `You may register again from ${ymd(tuesday)}`,
    });
    assert.equal(item.reason, null);
    assert.equal(item.decidedAt, null);
    // What the screen needs, no more: the applicant's phone and the card's serial stay with the bank.
    assert.equal('phone' in item, false);
    assert.equal('cardSerial' in item, false);
  });

  it('never shows an agency’s applications to another agency’s card, whatever code it types', async () => {
    // ORG-20003 (another agency, another OID) asks with 40005's code: nothing.
    assert.deepEqual((await applications('ORG-20003', '40005')).items, []);
    // 50006's own card sees 50006's seeded application and not 40005's.
    const own = await applications('ORG-50006', '50006');
    assert.deepEqual(
      own.items.map((a: any) => [a.agencyCode, a.status, a.applicantName]),
      [['50006', 'pending', '游文傑']],
    );
    assert.deepEqual((await applications('ORG-50006', '40005')).items, []);
  });

  it('needs the org card’s query session', async () => {
    expectProblem(assert, await server.request('GET', PATH), 401, 'SESSION_REQUIRED');
    const assignment = await server.managerSession('10002');
    expectProblem(
      assert,
      await server.request('GET', PATH, { token: assignment }),
      403,
      'SESSION_PURPOSE_MISMATCH',
    );
  });

  it('shows an approval as 核准 from the business day after it, and a rejection as 未核准 with its reason', async () => {
    const pending = await server.admin('GET', '/reviews?status=pending');
    const review40005 = pending.body.items.find((r: any) => r.agencyCode === '40005');
    const review50006 = pending.body.items.find((r: any) => r.agencyCode === '50006');
    // Approved on Tuesday morning: registration opens on Wednesday.
    now = taipeiDate(
      taipeiDateParts(days(friday, 4)).year,
      taipeiDateParts(days(friday, 4)).month,
      taipeiDateParts(days(friday, 4)).day,
      10,
    );
    assert.equal((await server.admin('POST', `/reviews/${review40005.id}/approve`)).status, 200);
    const [approved] = (await applications('ORG-40005-MISMATCH', '40005')).items;
    const wednesday = days(friday, 5);
    assert.equal(approved.status, 'approved');
    assert.equal(approved.statusLabel['zh-TW'], '核准');
    assert.equal(approved.retryFrom, ymd(wednesday));
    assert.equal(approved.retryFromText['zh-TW'], `可於${rocDay(wednesday)}起重新註冊`);
    assert.match(approved.decidedAtRoc, /^\d{3}年\d{2}月\d{2}日10點00分00秒$/);

    const rejected = await server.admin('POST', `/reviews/${review50006.id}/reject`, {
      reason: '機關OID資料不符，本部將以電話聯絡',
    });
    assert.equal(rejected.status, 200, rejected.text);
    const [item] = (await applications('ORG-50006', '50006')).items;
    assert.equal(item.status, 'rejected');
    assert.deepEqual(item.statusLabel, { 'zh-TW': '未核准', en: 'Not approved' });
    assert.equal(item.reason, '機關OID資料不符，本部將以電話聯絡');
    assert.equal(item.retryFrom, null);
    assert.equal(item.retryFromText, null);
  });
});
