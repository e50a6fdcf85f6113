// <gepi-authorization> against the real registration API in the page and virtual cards: 10002's
// manager (ORG-10002 + CIT-LIN) sees the three handlers masked, pages and searches, adds 陳志豪 by
// reading his card, changes 謝明哲's SN from his renewed card, and deletes 吳宗翰; only the
// registered manager gets in; axe on the list, the editor and the dialog.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/authorization/gepi-authorization.js';
import type { GepiAuthorization } from '../src/components/authorization/authorization.component.js';
import { describe, it } from './support/mocha.js';
import {
  before,
  deepActive,
  demoPki,
  desk,
  failure,
  fill,
  inside,
  listAsLin,
  press,
  signInCitizen,
  signInOrg,
  step,
  textOf,
  view,
} from './support/portal.js';
import type { Desk, SeenRequest as SeenRequestLike } from './support/portal.js';
import { byLabel, clean, part, parts, typeInto } from './support/views.js';

async function signedIn(d: Desk): Promise<GepiAuthorization> {
  const el = await fixture<GepiAuthorization>(
    html`<gepi-authorization .client=${d.client} .tokens=${d.tokens}></gepi-authorization>`,
  );
  await listAsLin(el, d);
  return el;
}

/** The rows of the list as shown: 序號, 姓名, 身分證統一編號. */
function rows(list: HTMLElement): string[][] {
  // The name cell also holds the card's badge: its `.name` is the name.
  return parts(list, 'row').map((row) =>
    [...row.querySelectorAll('td, th')]
      .slice(0, 3)
      .map((cell) => clean((cell.querySelector('.name') ?? cell).textContent)),
  );
}

/** The row (`row` part) of the handler named `name`. */
function rowOf(list: HTMLElement, name: string): HTMLElement {
  const row = parts(list, 'row').find((r) => clean(r.querySelector('.name')?.textContent) === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/** The row button (`edit-button`, `delete-button`) of the handler named `name`. */
function rowButton(list: HTMLElement, name: string, which: string): HTMLButtonElement {
  const row = parts(list, 'row').find((r) => clean(r.querySelector('th')?.textContent).startsWith(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row.querySelector<HTMLButtonElement>(`[part~="${which}"]`)!;
}

describe('<gepi-authorization>', function () {
  before(() => demoPki(), 30_000);

  it('lists 10002’s handlers with masked IDs, pages and searches', async () => {
    const d = await desk();
    const el = await signedIn(d);
    const list = await view(el, 'gepi-handler-list');
    expect(clean(part(list, 'agency').textContent)).to.contain('國立臺灣測試大學');
    expect(clean(part(list, 'agency').textContent)).to.contain('林美惠');
    expect(rows(list)).to.deep.equal([
      ['1', '張淑芬', 'E22****894'],
      ['2', '謝明哲', 'P15****235'],
      ['3', '吳宗翰', 'R12****060'],
    ]);
    expect(textOf(list)).not.to.contain('E224567894');
    await expect(el).to.be.accessible();

    const pager = inside(list, 'gepi-pager');
    const size = inside<HTMLSelectElement>(pager, '[part~="page-size-select"]');
    size.value = '25';
    size.dispatchEvent(new Event('change'));
    await waitUntil(() => el.state?.data.list?.pageSize === 25 && !el.state.busy, 'page size');

    typeInto(inside<HTMLInputElement>(pager, '[part~="search-input"]'), '謝');
    await waitUntil(() => el.state?.data.list?.q === '謝' && !el.state.busy, 'search');
    await el.updateComplete;
    await list.updateComplete;
    expect(rows(list).map((r) => r[1])).to.deep.equal(['謝明哲']);
    await d.close();
  });

  it('lets only the registered manager in', async () => {
    const d = await desk();
    const el = await fixture<GepiAuthorization>(
      html`<gepi-authorization .client=${d.client} .tokens=${d.tokens}></gepi-authorization>`,
    );
    await signInOrg(el, d, 'ORG-10002', '10002');
    await step(el, 'citizen-card');
    await signInCitizen(el, d, 'CIT-WANG', 'A123456789');
    await failure(el, 'NOT_REGISTERED_MANAGER');
    expect(el.state?.step).to.equal('citizen-card');
    await d.close();
  });

  it('adds 陳志豪 by reading his card, changes 謝明哲’s SN from his new card, deletes 吳宗翰', async () => {
    const d = await desk();
    const el = await signedIn(d);
    let list = await view(el, 'gepi-handler-list');

    // 新增: 讀取憑證 with 陳志豪's card in the reader fills SN and name; no PIN is asked.
    press(list, 'add-button');
    await step(el, 'add');
    let editor = await view(el, 'gepi-handler-editor');
    expect(textOf(editor)).to.contain('資料輸入區【新增授權經辦人】');
    d.insert('CIT-CHEN');
    press(editor, 'read-card-button');
    await waitUntil(
      () => byLabel(editor, '憑證序號（SN）').value === '100048210DD2DF2E128096A9282B0003',
      'SN',
    );
    expect(byLabel(editor, '姓名').value).to.equal('陳志豪');
    await waitUntil(
      () => clean(part(editor, 'card-status').textContent).includes('已讀取憑證'),
      'read status',
    );
    fill(editor, '身分證統一編號', 'B120112236');
    const tree = inside(editor, 'gepi-permission-tree');
    inside<HTMLInputElement>(tree, 'input[value="premium.change"]').click();
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'gepi-handler-saved');
    press(editor, 'submit-button');
    const added = (await saved).detail;
    expect(added.mode).to.equal('add');
    expect(added.name).to.equal('陳志豪');
    expect(added.id).to.be.a('number');
    await step(el, 'list');
    list = await view(el, 'gepi-handler-list');
    await list.updateComplete;
    expect(clean(part(list, 'notice').textContent)).to.equal('新增成功！');
    expect(rows(list).map((r) => r[2])).to.include('B12****236');
    // Back on the list, focus is on 使用者資訊, under the notice and just before 新增.
    await waitUntil(() => clean(deepActive()?.textContent) === '使用者資訊', 'focus on the list');

    // 修改: 謝明哲 renewed his card; reading the new one puts its SN in.
    rowButton(list, '謝明哲', 'edit-button').click();
    await step(el, 'edit');
    editor = await view(el, 'gepi-handler-editor');
    expect(textOf(editor)).to.contain('資料輸入區【修改授權經辦人】');
    expect(byLabel(editor, '憑證序號（SN）').value).to.equal('100048210DD2DF2E128096A9282B000E');
    expect(byLabel(editor, '身分證統一編號').value).to.equal('P156781235');
    d.insert('CIT-HSIEH-NEW');
    press(editor, 'read-card-button');
    await waitUntil(
      () => byLabel(editor, '憑證序號（SN）').value === '100048210DD2DF2E128096A9282B000F',
      'new SN',
    );
    const changed = oneEvent(el, 'gepi-handler-saved');
    press(editor, 'submit-button');
    expect((await changed).detail.mode).to.equal('edit');
    await step(el, 'list');
    list = await view(el, 'gepi-handler-list');
    await list.updateComplete;
    expect(clean(part(list, 'notice').textContent)).to.equal('修改成功！');

    // 刪除, with 刪除確認: 關閉 first keeps the row, 確認 deletes it.
    rowButton(list, '吳宗翰', 'delete-button').click();
    await step(el, 'confirm-delete');
    const dialog = await view(el, 'gepi-confirm-dialog');
    await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')?.open, 'dialog never opened');
    expect(textOf(dialog)).to.contain('您確定刪除這筆資料？');
    expect(clean(dialog.textContent)).to.contain('吳宗翰');
    await expect(el).to.be.accessible();
    press(dialog, 'close-button');
    await step(el, 'list');
    expect(rows(list).map((r) => r[1])).to.include('吳宗翰');

    rowButton(list, '吳宗翰', 'delete-button').click();
    await step(el, 'confirm-delete');
    await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')?.open, 'dialog never opened again');
    const deleted = oneEvent(el, 'gepi-handler-deleted');
    press(dialog, 'confirm-button');
    expect((await deleted).detail.name).to.equal('吳宗翰');
    await step(el, 'list');
    await list.updateComplete;
    expect(clean(part(list, 'notice').textContent)).to.equal('刪除成功！');
    expect(
      rows(list)
        .map((r) => r[1])
        .sort(),
    ).to.deep.equal(['張淑芬', '謝明哲', '陳志豪'].sort());
    await d.close();
  });

  it('讀取憑證 with the manager’s own card still in asks for the handler’s card and fills in nothing', async () => {
    const d = await desk();
    const el = await signedIn(d);
    const list = await view(el, 'gepi-handler-list');
    press(list, 'add-button');
    await step(el, 'add');
    const editor = await view(el, 'gepi-handler-editor');
    // Right after sign-in the reader still holds 林美惠's (the manager's) card.
    press(editor, 'read-card-button');
    await failure(el, 'CERT_IS_MANAGER');
    await editor.updateComplete;
    const summary = clean(part(editor, 'error-summary').textContent);
    expect(summary).to.contain('此為授權管理者之自然人憑證');
    expect(summary).to.contain('請取出，改放入經辦人的自然人憑證IC卡');
    expect(byLabel(editor, '憑證序號（SN）').value).to.equal('');
    expect(byLabel(editor, '姓名').value).to.equal('');
    expect(clean(part(editor, 'card-status').textContent)).to.equal('');
    await expect(el).to.be.accessible();
    // The handler's card in: read, and the message goes.
    d.insert('CIT-CHEN');
    press(editor, 'read-card-button');
    await waitUntil(() => byLabel(editor, '姓名').value === '陳志豪', 'name');
    await editor.updateComplete;
    expect(part(editor, 'error-summary')).to.equal(null);
    await d.close();
  });

  it('keeps what the person chose on 新增 while the session countdown ticks', async () => {
    const d = await desk();
    const el = await signedIn(d);
    const list = await view(el, 'gepi-handler-list');
    press(list, 'add-button');
    await step(el, 'add');
    const editor = await view(el, 'gepi-handler-editor');
    const tree = inside(editor, 'gepi-permission-tree');
    inside<HTMLInputElement>(tree, 'input[value="premium.change"]').click();
    await editor.updateComplete;
    expect(editor.permissions).to.deep.equal(['premium.change']);
    // The countdown re-renders every second (and Lit sets an array property again at each render):
    // the choice must outlive two ticks.
    await new Promise((done) => setTimeout(done, 2_200));
    await editor.updateComplete;
    expect(editor.permissions).to.deep.equal(['premium.change']);
    expect(inside<HTMLInputElement>(tree, 'input[value="premium.change"]').checked).to.equal(true);
  });

  it('shows the flow’s own check of the form and 取消 leaves it unsaved', async () => {
    const d = await desk();
    const el = await signedIn(d);
    const list = await view(el, 'gepi-handler-list');
    press(list, 'add-button');
    await step(el, 'add');
    const editor = await view(el, 'gepi-handler-editor');
    // No card in the reader: 讀取憑證 explains that.
    d.remove();
    press(editor, 'read-card-button');
    await failure(el, 'TOKEN_NOT_PRESENT');
    await editor.updateComplete;
    expect(clean(part(editor, 'error-summary').textContent)).to.contain('未偵測到IC卡');
    press(editor, 'cancel-button');
    await step(el, 'list');
    expect(el.state?.data.list?.total).to.equal(3);
    await d.close();
  });
  it('shows the session’s time left, warns politely near the end and ends it when it runs out', async () => {
    const d = await desk();
    const el = await signedIn(d);
    const expiresAt = Date.parse(el.state!.data.sessionExpiresAt!);
    // The server's idle limit, 10 minutes, as it set it at the last call.
    expect(expiresAt - Date.now()).to.be.within(9 * 60_000, 10 * 60_000 + 1);
    const time = part(el, 'session-time');
    expect(time.getAttribute('role')).to.equal('timer');
    expect(clean(time.textContent)).to.match(/^作業剩餘時間：(10:00|09:5\d)$/);
    expect(clean(part(el, 'session-warning').textContent)).to.equal('');
    await expect(el).to.be.accessible();

    el.clock = () => new Date(expiresAt - 90_000);
    await waitUntil(() => clean(part(el, 'session-time').textContent).endsWith('01:30'), 'no 01:30', {
      timeout: 3000,
    });
    const warning = part(el, 'session-warning');
    expect(warning.getAttribute('aria-live')).to.equal('polite');
    expect(clean(warning.textContent)).to.equal(
      '作業將於2分鐘後逾時，如需繼續，請按延長作業時間或繼續操作；否則請結束作業。',
    );

    el.clock = () => new Date(expiresAt + 1_000);
    await step(el, 'finished');
    const ended = await view(el, 'gepi-message');
    expect(ended.getAttribute('heading')).to.equal('作業時間已到');
    expect(part(el, 'session')).to.equal(null);
    expect(d.requests.filter((r) => r.method === 'DELETE' && r.path === '/api/v1/session')).to.have.length(1);
    await expect(el).to.be.accessible();
    press(el, 'restart-button');
    await step(el, 'org-card');
    await d.close();
  });

  it('結束作業 ends the session in the API and says so, from the list and from an open form', async () => {
    const d = await desk();
    const el = await signedIn(d);
    press(el, 'end-session-button');
    await step(el, 'finished');
    const ended = await view(el, 'gepi-message');
    expect(ended.getAttribute('heading')).to.equal('已結束作業');
    expect(ended.getAttribute('body')).to.contain('伺服器端的作業階段已關閉');
    const deletes = (): SeenRequestLike[] =>
      d.requests.filter((r) => r.method === 'DELETE' && r.path === '/api/v1/session');
    expect(deletes().map((r) => r.status)).to.deep.equal([204]);

    await d.close();

    // A form open: the flow is cancelled (cards logged out), the session ended all the same.
    const d2 = await desk();
    const el2 = await signedIn(d2);
    press(await view(el2, 'gepi-handler-list'), 'add-button');
    await step(el2, 'add');
    press(el2, 'end-session-button');
    await step(el2, 'cancelled');
    expect((await view(el2, 'gepi-message')).getAttribute('heading')).to.equal('已結束作業');
    expect(
      d2.requests.filter((r) => r.method === 'DELETE' && r.path === '/api/v1/session').map((r) => r.status),
    ).to.deep.equal([204]);
    await d2.close();
  });
  it('taking the manager’s card out on the list ends the session; on 新增 it is expected', async () => {
    const d = await desk();
    const el = await signedIn(d);
    const deletes = (): number[] =>
      d.requests.filter((r) => r.method === 'DELETE' && r.path === '/api/v1/session').map((r) => r.status);
    // On 新增 the card comes out to read the handler's: nothing ends.
    press(await view(el, 'gepi-handler-list'), 'add-button');
    await step(el, 'add');
    d.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.state?.step).to.equal('add');
    expect(deletes()).to.deep.equal([]);
    d.insert('CIT-LIN');
    press(await view(el, 'gepi-handler-editor'), 'cancel-button');
    await step(el, 'list');

    // Back on the list, the manager's card taken out: the session ends and the page says why.
    d.remove();
    await step(el, 'finished');
    const ended = await view(el, 'gepi-message');
    expect(ended.getAttribute('heading')).to.equal('已取出IC卡');
    expect(ended.getAttribute('body')).to.contain('作業已結束');
    expect(deletes()).to.deep.equal([204]);
    expect(part(el, 'session')).to.equal(null);
    await expect(el).to.be.accessible();
    await d.close();
  });
  it('flags each card’s state and the agency’s expiring org card; 讀取新卡更新序號 opens 修改 with the new card read', async () => {
    // Two readers: the manager's card stays in the first, the handler's new card goes in the second.
    const d = await desk({ readers: ['讀卡機 1', '讀卡機 2'] });
    const el = await signedIn(d);
    let list = await view(el, 'gepi-handler-list');
    // ORG-10002 expires in 25 days: the manager is told on the list, in the manual's words.
    expect(clean(part(list, 'card-notices').textContent)).to.match(
      /^機關憑證將於\d{3}\/\d{2}\/\d{2}到期，請於到期前辦理更換機關憑證$/,
    );
    expect(rowOf(list, '張淑芬').querySelector('[part~="badge-valid"]')).not.to.equal(null);
    expect(clean(rowOf(list, '謝明哲').querySelector('[part~="badge-expired"]')?.textContent)).to.match(
      /^憑證已於\d{3}\/\d{2}\/\d{2}到期$/,
    );
    expect(rowOf(list, '吳宗翰').querySelector('[part~="badge-expiring"]')).not.to.equal(null);
    // 讀取新卡更新序號 only where a new card is due.
    expect(rowOf(list, '張淑芬').querySelector('[part~="renew-button"]')).to.equal(null);
    await expect(el).to.be.accessible();

    d.insert('CIT-HSIEH-NEW', 1);
    rowOf(list, '謝明哲').querySelector<HTMLButtonElement>('[part~="renew-button"]')!.click();
    await step(el, 'edit');
    const editor = await view(el, 'gepi-handler-editor');
    await waitUntil(
      () => byLabel(editor, '憑證序號（SN）').value === '100048210DD2DF2E128096A9282B000F',
      'the new card was not read',
    );
    await waitUntil(
      () => clean(part(editor, 'card-status').textContent).includes('已讀取憑證'),
      'read status',
    );
    expect(byLabel(editor, '身分證統一編號').value).to.equal('P156781235');
    const saved = oneEvent(el, 'gepi-handler-saved');
    press(editor, 'submit-button');
    expect((await saved).detail.serial).to.equal('100048210DD2DF2E128096A9282B000F');
    await step(el, 'list');
    list = await view(el, 'gepi-handler-list');
    await list.updateComplete;
    expect(rowOf(list, '謝明哲').querySelector('[part~="badge-valid"]')).not.to.equal(null);
    expect(rowOf(list, '謝明哲').querySelector('[part~="renew-button"]')).to.equal(null);
    await d.close();
  });

  it('saves the ticked functions as a template and applies it; a duplicate name is told at the template', async () => {
    const d = await desk();
    const el = await signedIn(d);
    const list = await view(el, 'gepi-handler-list');
    press(list, 'add-button');
    await step(el, 'add');
    const editor = await view(el, 'gepi-handler-editor');
    const tree = inside(editor, 'gepi-permission-tree');
    inside<HTMLInputElement>(tree, 'input[value="premium.change"]').click();
    inside<HTMLInputElement>(tree, 'input[value="query.general"]').click();
    await editor.updateComplete;
    typeInto(byLabel(editor, '範本名稱'), '保費承辦');
    press(editor, 'template-save-button');
    await waitUntil(
      () => clean(part(editor, 'template-status').textContent) === '權限範本已儲存！',
      'template saved',
    );
    const select = byLabel<HTMLSelectElement>(editor, '套用權限範本');
    await waitUntil(() => [...select.options].some((o) => o.text === '保費承辦'), 'template listed');

    // Untick, then apply: the template's functions come back, and a host re-render keeps them.
    inside<HTMLInputElement>(tree, 'input[value="premium.change"]').click();
    await editor.updateComplete;
    expect(editor.permissions).to.deep.equal(['query.general']);
    select.value = [...select.options].find((o) => o.text === '保費承辦')!.value;
    select.dispatchEvent(new Event('change'));
    press(editor, 'template-apply-button');
    await editor.updateComplete;
    expect([...editor.permissions].sort()).to.deep.equal(['premium.change', 'query.general']);
    expect(clean(part(editor, 'template-status').textContent)).to.contain('已套用權限範本「保費承辦」');
    el.requestUpdate();
    await el.updateComplete;
    await editor.updateComplete;
    expect([...editor.permissions].sort()).to.deep.equal(['premium.change', 'query.general']);
    await expect(el).to.be.accessible();

    // The same name again: said at the template, not in the handler form's error summary.
    press(editor, 'template-save-button');
    await waitUntil(
      () => clean(part(editor, 'template-status').textContent).startsWith('範本名稱重複'),
      'duplicate told',
    );
    expect(editor.shadowRoot!.querySelector('[part~="error-summary"]')).to.equal(null);
    await d.close();
  });
});
