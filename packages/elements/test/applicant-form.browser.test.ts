// <gepi-applicant-form>: 機關憑證註冊申請人確認畫面 with the OID-mismatch message, 姓名 and 電話 checked
// with the SDK's rules, the submit and cancel events, Esc, keyboard-only use, axe.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/applicant-form/gepi-applicant-form.js';
import type { GepiApplicantForm } from '../src/components/applicant-form/applicant-form.component.js';
import { describe, it } from './support/mocha.js';
import { activeIn, byLabel, clean, description, part, summaryItems, typeInto } from './support/views.js';

const form = (lang = 'zh-TW'): Promise<GepiApplicantForm> =>
  fixture<GepiApplicantForm>(html`<gepi-applicant-form lang=${lang}></gepi-applicant-form>`);

const submit = (el: GepiApplicantForm): void => part<HTMLButtonElement>(el, 'confirm-button').click();

describe('<gepi-applicant-form>', () => {
  it('shows the manual’s screen in zh-TW', async () => {
    const el = await form();
    expect(part(el, 'title').tagName).to.equal('H2');
    expect(clean(part(el, 'title').textContent)).to.equal('機關憑證註冊申請人確認畫面');
    expect(clean(part(el, 'reason').textContent)).to.equal(
      '貴機關申請憑證註冊，因申請資料比對不符，需進行審核，請填聯絡資料。',
    );
    expect(byLabel(el, '姓名').required).to.equal(true);
    expect(byLabel(el, '電話').required).to.equal(true);
    expect(clean(part(el, 'required-note').textContent)).to.equal('* 為必填欄位。');
    expect(clean(part(el, 'confirm-button').textContent)).to.equal('確認');
    expect(clean(part(el, 'cancel-button').textContent)).to.equal('取消');
    await expect(el).to.be.accessible();
  });

  it('renders in English', async () => {
    const el = await form('en');
    expect(clean(part(el, 'title').textContent)).to.equal(
      'Organization certificate registration: applicant details',
    );
    expect(byLabel(el, 'Name')).to.be.instanceOf(HTMLElement);
    expect(byLabel(el, 'Phone')).to.be.instanceOf(HTMLElement);
    expect(clean(part(el, 'reason').textContent)).to.contain('needs review');
    await expect(el).to.be.accessible();
  });

  it('lists missing and malformed input, linked to the fields', async () => {
    const el = await form();
    submit(el);
    await el.updateComplete;
    expect(summaryItems(el)).to.deep.equal([
      { text: '請輸入姓名', href: '#applicant-name' },
      { text: '請輸入電話', href: '#phone' },
    ]);
    expect(activeIn(el)).to.equal(byLabel(el, '姓名'));
    await expect(el).to.be.accessible();

    typeInto(byLabel(el, '姓名'), '王小明');
    typeInto(byLabel(el, '電話'), '12345');
    submit(el);
    await el.updateComplete;
    expect(summaryItems(el)).to.deep.equal([
      { text: '電話須以區碼（如02）或手機號碼（09）開頭', href: '#phone' },
    ]);
    expect(description(el, byLabel(el, '電話'))).to.equal(
      '範例：(02)2701-3411 電話須以區碼（如02）或手機號碼（09）開頭',
    );
  });

  it('emits the applicant’s name and phone in display form', async () => {
    const el = await form();
    typeInto(byLabel(el, '姓名'), '王小明');
    typeInto(byLabel(el, '電話'), '+886 2 2701 3411');
    const event = oneEvent(el, 'gepi-applicant-submit');
    submit(el);
    expect((await event).detail).to.deep.equal({ applicantName: '王小明', phone: '(02)2701-3411' });
  });

  it('fires gepi-applicant-cancel from 取消 and from Esc', async () => {
    const el = await form();
    setTimeout(() => part(el, 'cancel-button').click());
    expect((await oneEvent(el, 'gepi-applicant-cancel')).detail).to.deep.equal({});
    byLabel(el, '電話').focus();
    const cancelled = oneEvent(el, 'gepi-applicant-cancel');
    await sendKeys({ press: 'Escape' });
    expect((await cancelled).type).to.equal('gepi-applicant-cancel');
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await fixture<GepiApplicantForm>(html`<gepi-applicant-form autofocus></gepi-applicant-form>`);
    await el.updateComplete;
    expect(activeIn(el)).to.equal(part(el, 'title'));
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)).to.equal(byLabel(el, '姓名'));
    await sendKeys({ type: 'Wang' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '0912345678' });
    const event = oneEvent(el, 'gepi-applicant-submit');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ applicantName: 'Wang', phone: '0912-345-678' });
  });

  it('shows a server error and is busy while the flow works', async () => {
    const el = await form();
    el.error = {
      code: 'REVIEW_PENDING',
      kind: 'api',
      title: '申請資料審核中',
      detail: '申請資料審核中，若審核通過，於下一個營業日貴機關即可重新辦理註冊。',
      retryable: false,
    };
    el.busy = true;
    await el.updateComplete;
    expect(clean(part(el, 'error-summary-title').textContent)).to.equal('申請資料審核中');
    expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');
    let events = 0;
    el.addEventListener('gepi-applicant-submit', () => events++);
    el.addEventListener('gepi-applicant-cancel', () => events++);
    submit(el);
    part(el, 'cancel-button').click();
    expect(events).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
