// The flows end to end with the demo cards, written once and run against both transports and
// both kinds of card: the registration API in-process (flows.test.ts, flows-manager.test.ts) and
// the Node server over real HTTP, with virtual cards (flows-http.test.ts) and with SoftHSM2 tokens
// through the PKCS#11 provider (flows-pkcs11.test.ts). Each scenario takes a client and opens its
// own card desk from `env.desk` (virtual readers when there is none).
import assert from 'node:assert/strict';
import type { GepiClient } from '../src/client/index.js';
import { formatRocDateTime } from '../src/domain/index.js';
import {
  createAssignmentFlow,
  createAuthorizedListQueryFlow,
  createCitizenSerialQueryFlow,
  createFirstRegistrationFlow,
  createOrgOidQueryFlow,
  createReceiptsQueryFlow,
  createSwapFlow,
  listFooter,
} from '../src/flows/index.js';
import type { FlowState, SwapVariant } from '../src/flows/index.js';
import type { DemoPki } from '../src/testing/index.js';
import { desk } from './flows-harness.js';
import type { CardDesk, DeskFactory } from './flows-harness.js';

export interface Env {
  client: GepiClient;
  pki: DemoPki;
  origin: string;
  /** Where the cards go in; default: virtual readers holding `pki`'s cards. */
  desk?: DeskFactory;
}

/** The scenario's desk: the environment's, or virtual readers with the demo PKI's cards. */
function openDesk(env: Env, options: { readers?: string[] } = {}): Promise<CardDesk> {
  return env.desk ? env.desk(options) : desk(env.pki, options);
}

export const PIN = '123456';
export const ROC_TIME = /^\d{3}年\d{2}月\d{2}日\d{2}點\d{2}分\d{2}秒$/;
const ROC_RANGE = /^\d{3}\/\d{2}\/\d{2} ~ \d{3}\/\d{2}\/\d{2}$/;

/** Fails with the flow's own explanation when the last action left an error. */
export function ok<S extends FlowState>(state: S, step?: string): S {
  if (state.error) assert.fail(`${state.error.code}: ${state.error.explanation.en.detail}`);
  if (step !== undefined) assert.equal(state.step, step);
  assert.equal(state.busy, false);
  return state;
}

export function failed(state: FlowState, code: string, step?: string): NonNullable<FlowState['error']> {
  assert.ok(state.error, `expected ${code}, the flow is at ${state.step} without an error`);
  assert.equal(state.error.code, code, state.error.explanation.en.detail);
  if (step !== undefined) assert.equal(state.step, step);
  return state.error;
}

export const CONTACT_WANG = {
  name: '王大明',
  email: 'wang.daming@example.org',
  phone: '02-2701-3411',
  extension: '123',
};

/** 首次註冊 of 10001: ORG-10001 + CIT-WANG (A123456789); then a second attempt is refused. */
export async function firstRegistration10001(env: Env, clock?: () => Date): Promise<void> {
  const d = await openDesk(env);
  const flow = createFirstRegistrationFlow({
    client: env.client,
    tokens: d.tokens,
    origin: env.origin,
    ...(clock ? { clock } : {}),
  });
  const at = clock?.();
  assert.equal(flow.state.step, 'terms');
  assert.match(flow.state.data.downloadedAtRoc, ROC_TIME);
  if (at) assert.equal(flow.state.data.downloadedAtRoc, formatRocDateTime(at));
  const terms = await until(flow, (s) => s.data.terms !== undefined);
  assert.equal(terms.data.terms?.title, '公教人員保險網路作業 e 系統用戶約定條款');
  assert.equal(terms.data.terms?.clauses.length, 10);
  assert.deepEqual(terms.actions, ['acceptTerms', 'declineTerms', 'reloadTerms']);

  ok(flow.acceptTerms(), 'org-card');
  assert.equal(flow.state.data.prompt?.['zh-TW'], '請將機關憑證IC卡放入讀卡機，並輸入畫面欄位：');
  d.insert('ORG-10001');
  const described = await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10001'));
  const card = described.data.card;
  assert.ok(card?.certificate);
  assert.equal(card.certificate.holder, '臺北市政府人事處');
  assert.equal(card.certificate.ca, 'GCA');
  assert.equal(card.certificate.caName['zh-TW'], '政府憑證管理中心');
  assert.match(card.certificate.validityRoc, ROC_RANGE);
  assert.equal(card.pinEntry, 'page');
  // SoftHSM2 keeps no tries counter, so a PKCS#11 provider has none to report.
  assert.equal(card.pinTriesLeft, d.countsPinTries ? 3 : undefined);
  assert.deepEqual(card.warnings, []);

  ok(await flow.signInOrg({ agencyCode: '10001', pin: PIN }), 'citizen-card');
  assert.equal(flow.state.data.prompt?.['zh-TW'], '請放入授權管理者之自然人憑證IC卡，並輸入畫面欄位：');
  d.insert('CIT-WANG');
  ok(await flow.signInCitizen({ nationalId: 'A123456789', pin: PIN }), 'confirm');

  const { org, citizen } = flow.state.data;
  assert.ok(org && citizen);
  assert.equal(org.agencyCode, '10001');
  assert.equal(org.agencyName, '臺北市政府人事處');
  assert.equal(org.orgId, '2.16.886.101.20003.20065.20001');
  assert.equal(org.serial, '5A6E2D14B39787D0886C37184AC90001');
  assert.equal(org.cardNumber, 'GC00000000010001');
  assert.match(org.subjectDn, /O=臺北市政府人事處/);
  assert.match(org.validityRoc, ROC_RANGE);
  assert.equal(org.caName['zh-TW'], '政府憑證管理中心');
  assert.equal(org.cardType['zh-TW'], '正卡');
  assert.equal(citizen.nationalIdMasked, 'A12****789');
  assert.equal(citizen.serial, '100048210DD2DF2E128096A9282B0001');
  assert.equal(citizen.cardNumber, 'TP03000000000001');
  assert.match(citizen.subjectDn, /CN=王大明/);
  assert.match(citizen.validityRoc, ROC_RANGE);

  // Every wrong field at once, checked on the client; 清除 empties the form.
  const bad = await flow.submit({ name: '', email: 'not-an-email', phone: '2701' });
  const error = failed(bad, 'REQUIRED', 'confirm');
  assert.deepEqual(error.fields, ['name', 'email', 'phone']);
  assert.equal(error.explanation['zh-TW'].fields?.length, 3);
  // Editing keeps the errors on screen until the next 確認 or 清除.
  assert.equal(flow.setContact({ remarks: '備註' }).error?.code, 'REQUIRED');
  assert.equal(flow.state.data.contact.remarks, '備註');
  ok(flow.clearContact());
  assert.deepEqual(flow.state.data.contact, { name: '', email: '', phone: '', extension: '', remarks: '' });

  const done = ok(await flow.submit(CONTACT_WANG), 'registered');
  assert.equal(done.done, true);
  assert.match(done.data.message?.['zh-TW'] ?? '', /註冊成功/);
  assert.equal(done.data.result?.receipt.item, 'first-registration');
  assert.match(done.data.result?.receipt.receivedAtRoc ?? '', ROC_TIME);
  assert.equal(done.data.next, 'assignment');
  assert.equal(flow.state.data.contact.phone, '02-2701-3411');

  // Registered now: a second first registration stops at the org card with ALREADY_REGISTERED.
  const again = createFirstRegistrationFlow({ client: env.client, tokens: d.tokens, origin: env.origin });
  again.acceptTerms();
  d.insert('ORG-10001');
  failed(await again.signInOrg({ agencyCode: '10001', pin: PIN }), 'ALREADY_REGISTERED', 'org-card');
  again.dispose();
  flow.dispose();
  await d.close();
}

/** 40005 with a card whose OID does not match: applicant form → review pending, then pending again. */
export async function oidMismatch40005(env: Env): Promise<void> {
  const d = await openDesk(env);
  const flow = createFirstRegistrationFlow({ client: env.client, tokens: d.tokens, origin: env.origin });
  flow.acceptTerms();
  d.insert('ORG-40005-MISMATCH');
  const applicant = ok(await flow.signInOrg({ agencyCode: '40005', pin: PIN }), 'applicant');
  assert.equal(
    applicant.data.message?.['zh-TW'],
    '貴機關申請憑證註冊，因申請資料比對不符，需進行審核，請填聯絡資料。',
  );
  assert.equal(applicant.data.org?.orgId, '2.16.886.101.20003.20066.49999');
  assert.deepEqual(applicant.actions, ['submitApplication', 'cancelApplication', 'extendSession']);

  failed(await flow.submitApplication({ applicantName: '郭怡君', phone: '' }), 'REQUIRED', 'applicant');
  const pending = ok(
    await flow.submitApplication({ applicantName: '郭怡君', phone: '04-2222-1234' }),
    'review-pending',
  );
  assert.equal(
    pending.data.message?.['zh-TW'],
    '申請資料審核中，若審核通過，於下一個營業日貴機關即可重新辦理註冊。若審核不通過，本部將與 貴機關聯絡。',
  );
  assert.equal(pending.data.review?.status, 'pending');
  assert.equal(pending.done, true);

  // While the review is pending, every attempt shows the pending message.
  const again = createFirstRegistrationFlow({ client: env.client, tokens: d.tokens, origin: env.origin });
  again.acceptTerms();
  const state = ok(await again.signInOrg({ agencyCode: '40005', pin: PIN }), 'review-pending');
  assert.match(state.data.message?.['zh-TW'] ?? '', /^申請資料審核中/);
  flow.dispose();
  again.dispose();
  await d.close();
}

/** 50006 has an application under review: the pending message, no card step after it. */
export async function pending50006(env: Env): Promise<void> {
  const d = await openDesk(env);
  const flow = createFirstRegistrationFlow({ client: env.client, tokens: d.tokens, origin: env.origin });
  flow.acceptTerms();
  d.insert('ORG-50006');
  const state = ok(await flow.signInOrg({ agencyCode: '50006', pin: PIN }), 'review-pending');
  assert.match(state.data.message?.['zh-TW'] ?? '', /^申請資料審核中/);
  flow.dispose();
  await d.close();
}

/** 授權指派 in 10002: list, add 陳志豪 by reading his card, change 謝明哲's SN from his new card, delete 吳宗翰. */
export async function assignment10002(env: Env): Promise<void> {
  const d = await openDesk(env);
  const flow = createAssignmentFlow({ client: env.client, tokens: d.tokens, origin: env.origin });
  assert.equal(flow.state.step, 'org-card');
  d.insert('ORG-10002');
  // ORG-10002 expires within 25 days: flagged before the PIN is asked.
  const described = await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10002'));
  assert.ok(described.data.card?.warnings.includes('expiring-soon'));
  ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');

  // Only the registered manager may go on.
  d.insert('CIT-WANG');
  failed(
    await flow.signInCitizen({ nationalId: 'A123456789', pin: PIN }),
    'NOT_REGISTERED_MANAGER',
    'citizen-card',
  );
  d.insert('CIT-LIN');
  const list = ok(await flow.signInCitizen({ nationalId: 'F223456786', pin: PIN }), 'list');
  assert.deepEqual(list.data.user, {
    agencyCode: '10002',
    agencyName: '國立臺灣測試大學',
    managerName: '林美惠',
  });
  assert.deepEqual(list.data.manager, { name: '林美惠', nationalIdMasked: 'F22****786' });
  assert.deepEqual(
    list.data.list?.items.map((r) => [r.seq, r.name, r.nationalIdMasked]),
    [
      [1, '張淑芬', 'E22****894'],
      [2, '謝明哲', 'P15****235'],
      [3, '吳宗翰', 'R12****060'],
    ],
  );
  assert.equal(list.data.list?.pageSize, 10);
  assert.equal(listFooter(list.data.list!)['zh-TW'], '顯示第 1 至 3 項結果，共 3 項');
  assert.ok(list.data.permissions?.some((p) => p.label === '保費申報作業'));

  // 顯示筆數, 搜尋, paging.
  const small = ok(await flow.setPageSize(25));
  assert.equal(small.data.list?.pageSize, 25);
  const found = ok(await flow.search('謝'));
  assert.deepEqual(
    found.data.list?.items.map((r) => r.name),
    ['謝明哲'],
  );
  ok(await flow.search(''));
  ok(await flow.setPageSize(10));

  // 新增: 讀取憑證 with 陳志豪's card in the reader fills SN and name (no PIN asked).
  ok(flow.startAdd(), 'add');
  d.insert('CIT-CHEN');
  const read = ok(await flow.readCard());
  assert.equal(read.data.form?.serial, '100048210DD2DF2E128096A9282B0003');
  assert.equal(read.data.form?.name, '陳志豪');
  failed(await flow.submit({ nationalId: 'B120112236', permissions: [] }), 'PERMISSION_REQUIRED', 'add');
  const added = ok(await flow.submit({ permissions: ['premium.change', 'query.general'] }), 'list');
  assert.equal(added.data.message?.['zh-TW'], '新增成功！');
  assert.equal(added.data.list?.total, 4);
  const chen = added.data.list?.items.find((r) => r.name === '陳志豪');
  assert.equal(chen?.nationalIdMasked, 'B12****236');
  // Each change carries its receipt: 收件編號, what was done, which handler (ID masked), when.
  const addedReceipt = added.data.receipt;
  assert.match(addedReceipt?.number ?? '', /^GEPI-1\d{6}-\d{6}$/);
  assert.equal(addedReceipt?.item, 'handler-created');
  assert.equal(addedReceipt?.itemLabel['zh-TW'], '新增授權經辦人');
  assert.deepEqual(addedReceipt?.handler, { id: chen?.id, name: '陳志豪', nationalIdMasked: 'B12****236' });
  assert.match(addedReceipt?.receivedAtRoc ?? '', /^\d{3}年\d{2}月\d{2}日\d{2}點\d{2}分\d{2}秒$/);
  assert.equal(JSON.stringify(added.data).includes('B120112236'), false);
  // The next list change (search, page) clears the message and its receipt.
  const browsed = ok(await flow.refresh());
  assert.equal(browsed.data.message, undefined);
  assert.equal(browsed.data.receipt, undefined);

  // 修改: 謝明哲 renewed his card; reading the new one updates the SN.
  const hsieh = added.data.list?.items.find((r) => r.name === '謝明哲');
  assert.ok(hsieh);
  const editing = ok(await flow.startEdit(hsieh.id), 'edit');
  assert.equal(editing.data.form?.nationalId, 'P156781235');
  assert.equal(editing.data.form?.serial, '100048210DD2DF2E128096A9282B000E');
  d.insert('CIT-HSIEH-NEW');
  ok(await flow.readCard());
  assert.equal(flow.state.data.form?.serial, '100048210DD2DF2E128096A9282B000F');
  const saved = ok(await flow.submit(), 'list');
  assert.equal(saved.data.message?.['zh-TW'], '修改成功！');
  assert.equal(saved.data.receipt?.item, 'handler-updated');
  assert.equal(saved.data.receipt?.handler.name, '謝明哲');
  assert.equal(Number(saved.data.receipt?.number.slice(-6)), Number(addedReceipt?.number.slice(-6)) + 1);
  assert.equal(
    saved.data.list?.items.find((r) => r.id === hsieh.id)?.serial,
    '100048210DD2DF2E128096A9282B000F',
  );

  // 上一頁 leaves the edit form without saving.
  ok(await flow.startEdit(hsieh.id), 'edit');
  ok(flow.back(), 'list');

  // 刪除 with its confirmation; 關閉 first.
  const wu = saved.data.list?.items.find((r) => r.name === '吳宗翰');
  assert.ok(wu);
  const asking = ok(flow.askDelete(wu.id), 'confirm-delete');
  assert.equal(asking.data.message?.['zh-TW'], '您確定刪除這筆資料？');
  assert.equal(asking.data.deleteTarget?.name, '吳宗翰');
  assert.equal(asking.data.receipt, undefined);
  ok(flow.closeDelete(), 'list');
  flow.askDelete(wu.id);
  const deleted = ok(await flow.confirmDelete(), 'list');
  assert.equal(deleted.data.message?.['zh-TW'], '刪除成功！');
  assert.equal(deleted.data.receipt?.item, 'handler-deleted');
  assert.deepEqual(deleted.data.receipt?.handler, {
    id: wu.id,
    name: '吳宗翰',
    nationalIdMasked: 'R12****060',
  });
  // 收件紀錄 keeps all three, by number and item, and names no handler there.
  const kept = await env.client.listReceipts({ agencyCode: '10002', pageSize: 100 });
  const numbers = [addedReceipt, saved.data.receipt, deleted.data.receipt].map((r) => r?.number);
  assert.deepEqual(
    kept.items.filter((r) => numbers.includes(r.number)).map((r) => r.item),
    ['handler-created', 'handler-updated', 'handler-deleted'],
  );
  assert.equal(JSON.stringify(kept).includes('陳志豪'), false);
  assert.equal(JSON.stringify(kept).includes('B12****236'), false);
  assert.deepEqual(deleted.data.list?.items.map((r) => r.name).sort(), ['張淑芬', '謝明哲', '陳志豪'].sort());

  const finished = ok(await flow.finish(), 'finished');
  assert.equal(finished.done, true);
  flow.dispose();
  await d.close();
}

const SWAP_MESSAGES: Record<SwapVariant, string> = {
  org: '更換機關憑證成功！',
  manager: '完成更換授權管理者自然人憑證，如欲繼續辦理授權指派作業，請點選左方選單！',
  both: '貴機關已完成機關憑證及授權管理者自然人憑證更換，如需進行授權指派作業，請點選左方選單。',
};

export interface SwapCase {
  variant: SwapVariant;
  orgCard: string;
  citizenCard: string;
  nationalId: string;
  /** The contact the form should be prefilled with (null: a new manager, empty form). */
  prefilledName: string | null;
  contact?: { name: string; email: string; phone: string };
}

/** One swap of 10002, from the terms to the manual's message. */
export async function swap10002(env: Env, c: SwapCase): Promise<void> {
  const d = await openDesk(env);
  const flow = createSwapFlow({
    client: env.client,
    tokens: d.tokens,
    origin: env.origin,
    variant: c.variant,
  });
  assert.equal(flow.state.step, 'terms');
  ok(flow.acceptTerms(), 'org-card');
  assert.equal(
    flow.state.data.prompt?.['zh-TW'].startsWith(
      c.variant === 'manager' ? '請將機關憑證IC卡' : '請將更換後機關憑證IC卡',
    ),
    true,
  );
  d.insert(c.orgCard);
  ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
  assert.equal(
    flow.state.data.prompt?.['zh-TW'].startsWith(
      c.variant === 'org' ? '請放入授權管理者' : '請放入更換後授權管理者',
    ),
    true,
  );
  d.insert(c.citizenCard);
  const confirm = ok(await flow.signInCitizen({ nationalId: c.nationalId, pin: PIN }), 'confirm');
  assert.equal(confirm.data.org?.serial, env.pki.card(c.orgCard).serial);
  assert.equal(confirm.data.citizen?.serial, env.pki.card(c.citizenCard).serial);
  if (c.prefilledName === null) {
    assert.equal(confirm.data.contactPrefilled, false);
    assert.equal(confirm.data.contact.name, '');
  } else {
    assert.equal(confirm.data.contactPrefilled, true);
    assert.equal(confirm.data.contact.name, c.prefilledName);
    assert.match(confirm.data.contact.email, /@example\.org$/);
  }
  const done = ok(await flow.submit(c.contact), 'swapped');
  assert.equal(done.data.message?.['zh-TW'], SWAP_MESSAGES[c.variant]);
  assert.equal(done.data.result?.receipt.item, `swap-${c.variant}`);
  flow.dispose();
  await d.close();
}

export const LI = { name: '李建國', email: 'li.jianguo@example.org', phone: '(02)2701-3411' };

/** The manager (by card and ID) of 10002 now can still see the same handlers: they stay across swaps. */
export async function handlersStay(
  env: Env,
  orgCard: string,
  citizenCard: string,
  nationalId: string,
): Promise<void> {
  const d = await openDesk(env, { readers: ['讀卡機 1', '讀卡機 2'] });
  const flow = createAuthorizedListQueryFlow({ client: env.client, tokens: d.tokens, origin: env.origin });
  // Both cards in two readers at once: each step picks the card of its kind.
  d.insert(orgCard, 0);
  d.insert(citizenCard, 1);
  ok(await flow.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
  const list = ok(await flow.signInCitizen({ nationalId, pin: PIN }), 'list');
  assert.deepEqual(
    list.data.list?.items.map((r) => r.name),
    ['張淑芬', '謝明哲', '吳宗翰'],
  );
  flow.dispose();
  await d.close();
}

/** The four queries. */
export async function queries(env: Env): Promise<void> {
  const d = await openDesk(env);

  // 查詢憑證註冊收件紀錄 (no card).
  const receipts = createReceiptsQueryFlow({ client: env.client });
  failed(await receipts.query({ agencyCode: '1000' }), 'AGENCY_CODE_FORMAT', 'form');
  const table = ok(await receipts.query({ agencyCode: '10002' }), 'results');
  assert.equal(table.data.agency?.name, '國立臺灣測試大學');
  const first = table.data.list?.items[0];
  assert.equal(first?.seq, 1);
  assert.equal(first?.itemLabel['zh-TW'], '首次註冊');
  assert.match(first?.receivedAtRoc ?? '', ROC_TIME);
  ok(await receipts.setPageSize(25));
  assert.equal(receipts.state.data.list?.pageSize, 25);
  ok(receipts.newQuery(), 'form');
  receipts.dispose();

  // 查詢機關憑證OID.
  const oid = createOrgOidQueryFlow({ client: env.client, tokens: d.tokens, origin: env.origin });
  d.insert('ORG-40005-MISMATCH');
  const oidResult = ok(await oid.signInOrg({ agencyCode: '40005', pin: PIN }), 'result');
  assert.equal(oidResult.data.result?.agencyName, '臺中市測試區公所');
  assert.equal(oidResult.data.result?.orgId, '2.16.886.101.20003.20066.49999');
  assert.equal(oidResult.data.result?.matchesAgencyOnFile, false);
  oid.dispose();

  // 查詢自然人憑證序號.
  const serial = createCitizenSerialQueryFlow({ client: env.client, tokens: d.tokens, origin: env.origin });
  assert.equal(serial.state.data.prompt?.['zh-TW'], '請放入自然人憑證IC卡，並輸入畫面欄位：');
  d.insert('CIT-CHEN');
  const serialResult = ok(await serial.signInCitizen({ nationalId: 'B120112236', pin: PIN }), 'result');
  assert.deepEqual(serialResult.data.result, { name: '陳志豪', serial: '100048210DD2DF2E128096A9282B0003' });
  serial.dispose();

  // 查詢已授權清單, with its CSV.
  const authorized = createAuthorizedListQueryFlow({
    client: env.client,
    tokens: d.tokens,
    origin: env.origin,
  });
  d.insert('ORG-10002');
  ok(await authorized.signInOrg({ agencyCode: '10002', pin: PIN }), 'citizen-card');
  d.insert('CIT-LIN');
  const list = ok(await authorized.signInCitizen({ nationalId: 'F223456786', pin: PIN }), 'list');
  const chang = list.data.list?.items[0];
  assert.equal(chang?.name, '張淑芬');
  assert.equal(chang?.nationalIdMasked, 'E22****894');
  assert.deepEqual(chang?.permissionLabels, ['異動登錄', '申報與傳送', '申報資料列印']);
  const csv = await authorized.exportCsv();
  ok(authorized.state);
  assert.ok(csv);
  assert.equal(csv.filename, 'authorized-10002.csv');
  assert.ok(csv.text.startsWith('\uFEFF序號,姓名,身分證統一編號,憑證序號,權限'));
  assert.match(csv.text, /張淑芬,E22\*\*\*\*894/);
  assert.doesNotMatch(csv.text, /E224567894/);
  assert.equal(await csv.blob.text(), csv.text.slice(1));
  ok(await authorized.finish(), 'finished');
  authorized.dispose();
  await d.close();
}

/** Resolves once the flow's state satisfies `predicate` (card views refresh in the background). */
export async function until<S extends FlowState>(
  flow: { readonly state: S; subscribe(listener: (state: S) => void): () => void },
  predicate: (state: S) => boolean,
  timeoutMs = 5_000,
): Promise<S> {
  if (predicate(flow.state)) return flow.state;
  return new Promise<S>((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out; the flow is at ${flow.state.step}: ${JSON.stringify(flow.state.data)}`));
    }, timeoutMs);
    // The first call (with the current state) is already known not to match, so `off` is set
    // before any call that uses it.
    const off = flow.subscribe((state) => {
      if (!predicate(state)) return;
      clearTimeout(timer);
      queueMicrotask(() => off());
      resolve(state);
    });
  });
}

/**
 * The three swaps of 10002 in a row: a renewed org card, then the manager handed to 李建國, then
 * both cards back to the originals with 林美惠; after each change of manager the handlers stay.
 */
export async function swapRoundTrip10002(env: Env): Promise<void> {
  await swap10002(env, {
    variant: 'org',
    orgCard: 'ORG-10002-RENEWED',
    citizenCard: 'CIT-LIN',
    nationalId: 'F223456786',
    prefilledName: '林美惠',
  });
  await swap10002(env, {
    variant: 'manager',
    orgCard: 'ORG-10002-RENEWED',
    citizenCard: 'CIT-LI',
    nationalId: 'H123456786',
    prefilledName: null,
    contact: LI,
  });
  await handlersStay(env, 'ORG-10002-RENEWED', 'CIT-LI', 'H123456786');
  await swap10002(env, {
    variant: 'both',
    orgCard: 'ORG-10002',
    citizenCard: 'CIT-LIN',
    nationalId: 'F223456786',
    prefilledName: null,
    contact: { name: '林美惠', email: 'lin.meihui@example.org', phone: '(02)2701-3411' },
  });
  await handlersStay(env, 'ORG-10002', 'CIT-LIN', 'F223456786');
}
