// 收件編號 and 收件回執 (issue 17): a first registration and a swap against the real API in the page
// show their receipt number under 收件時間, the same number 收件紀錄 lists; 列印收件回執 fires a
// cancelable gepi-print-receipt; printed (print media emulated), the result gives the 收件回執 with
// the agency, what was done, by whom with the ID masked, and when in ROC time, in place of the panels.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { FlowState } from '@gepi/sdk';
import '../src/components/first-registration/gepi-first-registration.js';
import '../src/components/cert-swap/gepi-cert-swap.js';
import type { GepiPrintReceiptEvent } from '../src/internal/flow-element.js';
import { describe, it } from './support/mocha.js';
import {
  before,
  demoPki,
  desk,
  press,
  registerWang,
  signInCitizen,
  signInOrg,
  step,
  submitContact,
  view,
} from './support/portal.js';
import type { Desk } from './support/portal.js';
import { clean, part } from './support/views.js';

const NUMBER = /^GEPI-1\d{6}-\d{6}$/;
const ROC_TIME = /^\d{3}年\d{2}月\d{2}日\d{2}點\d{2}分\d{2}秒$/;

type FlowHost = HTMLElement & { state?: FlowState; updateComplete: Promise<unknown> };

/** Label → value of the 收件回執. */
function receiptFields(el: Element): Record<string, string> {
  const receipt = el.shadowRoot!.querySelector('[part~="receipt"]')!;
  return Object.fromEntries(
    [...receipt.querySelectorAll('dt')].map((dt) => [
      clean(dt.textContent),
      clean(dt.nextElementSibling?.textContent),
    ]),
  );
}

async function registered(d: Desk): Promise<FlowHost> {
  const el = await fixture<FlowHost>(
    html`<gepi-first-registration .client=${d.client} .tokens=${d.tokens}></gepi-first-registration>`,
  );
  await registerWang(el, d);
  await el.updateComplete;
  return el;
}

describe('收件編號 and 收件回執', function () {
  before(() => demoPki(), 30_000);

  it('shows the receipt number of a first registration, as 收件紀錄 keeps it, and prints the 收件回執', async () => {
    const d = await desk();
    const el = await registered(d);
    const shown = clean(part(el, 'receipt-number').textContent);
    const number = shown.replace(/^收件編號：/, '');
    expect(number).to.match(NUMBER);
    const kept = await d.client.queries.receipts({ agencyCode: '10001' });
    expect(kept.items.map((r) => r.number)).to.deep.equal([number]);

    // On screen the 收件回執 is not shown; the panels are.
    const receipt = part(el, 'receipt');
    expect(receipt.checkVisibility()).to.equal(false);
    expect(part(el, 'result-panels').checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();

    const printing = oneEvent(el, 'gepi-print-receipt');
    el.addEventListener('gepi-print-receipt', (event) => event.preventDefault(), { once: true });
    part<HTMLButtonElement>(el, 'print-receipt-button').click();
    const event = (await printing) as GepiPrintReceiptEvent;
    expect(event.detail.number).to.equal(number);
    expect(event.cancelable).to.equal(true);

    await emulateMedia({ media: 'print' });
    try {
      expect(receipt.checkVisibility()).to.equal(true);
      expect(part(el, 'result-panels').checkVisibility()).to.equal(false);
      expect(part(el, 'receipt-number').checkVisibility()).to.equal(false);
      expect(part(el, 'print-receipt-button').checkVisibility()).to.equal(false);
      expect(clean(receipt.querySelector('#receipt-title')?.textContent)).to.equal('收件回執');
      const fields = receiptFields(el);
      expect(fields['收件編號']).to.equal(number);
      expect(fields['機關']).to.equal('10001 臺北市政府人事處');
      expect(fields['辦理項目']).to.equal('首次註冊');
      expect(fields['辦理人']).to.equal('王大明（A12****789）');
      expect(fields['收件時間']).to.match(ROC_TIME);
      expect(receipt.textContent).to.not.contain('A123456789');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await d.close();
  });

  it('gives each change its own number: a swap after the registration gets the next one', async () => {
    const d = await desk();
    const first = await registered(d);
    const firstNumber = clean(part(first, 'receipt-number').textContent).replace(/^收件編號：/, '');
    const swap = await fixture<FlowHost>(
      html`<gepi-cert-swap variant="manager" .client=${d.client} .tokens=${d.tokens}></gepi-cert-swap>`,
    );
    press(await view(swap, 'gepi-terms'), 'accept-button');
    await step(swap, 'org-card');
    await signInOrg(swap, d, 'ORG-10001', '10001');
    await step(swap, 'citizen-card');
    await signInCitizen(swap, d, 'CIT-CHEN', 'B120112236');
    await step(swap, 'confirm');
    await submitContact(swap, { name: '陳志豪', email: 'chen@example.org', phone: '02-2701-3412' });
    await step(swap, 'swapped');
    await swap.updateComplete;
    const number = clean(part(swap, 'receipt-number').textContent).replace(/^收件編號：/, '');
    expect(number).to.match(NUMBER);
    expect(number).to.not.equal(firstNumber);
    expect(Number(number.slice(-6))).to.equal(Number(firstNumber.slice(-6)) + 1);
    const kept = await d.client.queries.receipts({ agencyCode: '10001' });
    expect(kept.items.map((r) => r.number)).to.deep.equal([firstNumber, number]);
    expect(receiptFields(swap)['辦理項目']).to.equal('更換授權管理者自然人憑證');
    expect(receiptFields(swap)['辦理人']).to.equal('陳志豪（B12****236）');
    await d.close();
  });
});
