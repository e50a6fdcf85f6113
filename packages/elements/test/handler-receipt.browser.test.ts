// 收件編號 of handler changes (issue 17) in <gepi-authorization>, against the real API in the page:
// after 新增 / 刪除 the list's notice announces the change's 收件編號 (the number 收件紀錄 keeps) in
// its live region, with 列印收件回執 beside it (a cancelable gepi-print-receipt); printed (print
// media emulated), the 收件回執 takes the list's place: agency, 辦理項目, 授權經辦人 and 辦理人 with
// masked IDs, ROC time. In English too, and on a 375 px phone without sideways scrolling.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/components/authorization/gepi-authorization.js';
import type { GepiAuthorization } from '../src/components/authorization/authorization.component.js';
import type { GepiHandlerList } from '../src/components/handler-list/handler-list.component.js';
import type { GepiPrintReceiptEvent } from '../src/internal/flow-element.js';
import { describe, it } from './support/mocha.js';
import { before, demoPki, desk, fill, inside, listAsLin, press, step, view } from './support/portal.js';
import type { Desk } from './support/portal.js';
import { clean, part, parts } from './support/views.js';

const NUMBER = /^GEPI-1\d{6}-\d{6}$/;
const ROC_TIME = /^\d{3}年\d{2}月\d{2}日\d{2}點\d{2}分\d{2}秒$/;

async function signedIn(d: Desk, lang = 'zh-TW'): Promise<GepiAuthorization> {
  const el = await fixture<GepiAuthorization>(
    html`<gepi-authorization lang=${lang} .client=${d.client} .tokens=${d.tokens}></gepi-authorization>`,
  );
  await listAsLin(el, d);
  return el;
}

/** Label → value of the 收件回執. */
function receiptFields(el: Element): Record<string, string> {
  return Object.fromEntries(
    [...part(el, 'receipt').querySelectorAll('dt')].map((dt) => [
      clean(dt.textContent),
      clean(dt.nextElementSibling?.textContent),
    ]),
  );
}

/** The list after a change, updated. */
async function listAfter(el: GepiAuthorization): Promise<GepiHandlerList> {
  await step(el, 'list');
  const list = await view(el, 'gepi-handler-list');
  await list.updateComplete;
  return list;
}

async function deleteRow(
  el: GepiAuthorization,
  list: GepiHandlerList,
  name: string,
): Promise<GepiHandlerList> {
  const row = parts(list, 'row').find((r) => clean(r.querySelector('.name')?.textContent) === name);
  row!.querySelector<HTMLButtonElement>('[part~="delete-button"]')!.click();
  await step(el, 'confirm-delete');
  const dialog = await view(el, 'gepi-confirm-dialog');
  await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')?.open, 'dialog never opened');
  press(dialog, 'confirm-button');
  return listAfter(el);
}

const shownNumber = (list: Element) =>
  clean(part(list, 'receipt-number').textContent).replace(/^收件編號：/, '');

describe('收件編號 and 收件回執 of handler changes', function () {
  before(() => demoPki(), 30_000);

  it('新增 shows the 收件編號 in the live notice, as 收件紀錄 keeps it, and prints the 收件回執', async () => {
    const d = await desk();
    const el = await signedIn(d);
    let list = await view(el, 'gepi-handler-list');
    // No change yet: no number, no print button, no 收件回執.
    expect(part(list, 'receipt-number')).to.equal(null);
    expect(part(list, 'print-receipt-button')).to.equal(null);
    expect(part(el, 'receipt')).to.equal(null);

    press(list, 'add-button');
    await step(el, 'add');
    const editor = await view(el, 'gepi-handler-editor');
    fill(editor, '憑證序號（SN）', '100048210DD2DF2E128096A9282B0003');
    fill(editor, '姓名', '陳志豪');
    fill(editor, '身分證統一編號', 'B120112236');
    inside<HTMLInputElement>(inside(editor, 'gepi-permission-tree'), 'input[value="premium.change"]').click();
    press(editor, 'submit-button');
    list = await listAfter(el);

    // The notice and the number are in the one polite live region; the button is outside it.
    const status = list.shadowRoot!.querySelector('[role="status"]')!;
    expect(clean(part(list, 'notice').textContent)).to.equal('新增成功！');
    expect(part(list, 'receipt-number').parentElement).to.equal(status);
    expect(status.contains(part(list, 'print-receipt-button'))).to.equal(false);
    const number = shownNumber(list);
    expect(number).to.match(NUMBER);
    expect(number).to.equal(el.state?.data.receipt?.number);
    const kept = await d.client.queries.receipts({ agencyCode: '10002', pageSize: 100 });
    expect(kept.items.find((r) => r.number === number)?.itemLabel['zh-TW']).to.equal('新增授權經辦人');

    // On screen: the list, not the 收件回執.
    const receipt = part(el, 'receipt');
    expect(receipt.checkVisibility()).to.equal(false);
    expect(list.checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();

    const printing = oneEvent(el, 'gepi-print-receipt');
    el.addEventListener('gepi-print-receipt', (event) => event.preventDefault(), { once: true });
    press(list, 'print-receipt-button');
    const event = (await printing) as GepiPrintReceiptEvent;
    expect(event.detail.number).to.equal(number);
    expect(event.cancelable).to.equal(true);

    await emulateMedia({ media: 'print' });
    try {
      expect(receipt.checkVisibility()).to.equal(true);
      expect(list.checkVisibility()).to.equal(false);
      expect(clean(receipt.querySelector('#receipt-title')?.textContent)).to.equal('收件回執');
      const fields = receiptFields(el);
      expect(fields['收件編號']).to.equal(number);
      expect(fields['機關']).to.equal('10002 國立臺灣測試大學');
      expect(fields['辦理項目']).to.equal('新增授權經辦人');
      expect(fields['授權經辦人']).to.equal('陳志豪（B12****236）');
      expect(fields['辦理人']).to.equal('林美惠（F22****786）');
      expect(fields['收件時間']).to.match(ROC_TIME);
      expect(receipt.textContent).to.not.contain('B120112236');
      expect(receipt.textContent).to.not.contain('F223456786');
    } finally {
      await emulateMedia({ media: 'screen' });
    }

    // 刪除 gets the next number; the next list change (a search) clears notice, number and 收件回執.
    list = await deleteRow(el, list, '吳宗翰');
    expect(clean(part(list, 'notice').textContent)).to.equal('刪除成功！');
    const deleted = shownNumber(list);
    expect(Number(deleted.slice(-6))).to.equal(Number(number.slice(-6)) + 1);
    expect(receiptFields(el)['辦理項目']).to.equal('刪除授權經辦人');
    expect(receiptFields(el)['授權經辦人']).to.equal('吳宗翰（R12****060）');
    const pager = inside(list, 'gepi-pager');
    const search = inside<HTMLInputElement>(pager, '[part~="search-input"]');
    search.value = '張';
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await waitUntil(() => el.state?.data.list?.q === '張' && !el.state.busy, 'search');
    await list.updateComplete;
    expect(part(list, 'receipt-number')).to.equal(null);
    expect(part(el, 'receipt')).to.equal(null);
    await d.close();
  });

  it('in English, on a 375 px phone: the number, the button and the 收件回執 fit', async () => {
    const d = await desk();
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await signedIn(d, 'en');
      let list = await view(el, 'gepi-handler-list');
      list = await deleteRow(el, list, '吳宗翰');
      const number = clean(part(list, 'receipt-number').textContent).replace(/^Receipt no\. /, '');
      expect(number).to.match(NUMBER);
      expect(clean(part(list, 'print-receipt-button').textContent)).to.equal('Print the receipt');
      expect(receiptFields(el)).to.include({ Done: 'Handler deleted', Handler: '吳宗翰 (R12****060)' });
      expect(receiptFields(el)['By']).to.equal('林美惠 (F22****786)');
      const button = part(list, 'print-receipt-button').getBoundingClientRect();
      expect(button.right).to.be.at.most(375);
      expect(part(list, 'receipt-number').getBoundingClientRect().right).to.be.at.most(375);
      expect(document.documentElement.scrollWidth).to.be.at.most(375);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
      await d.close();
    }
  });
});
