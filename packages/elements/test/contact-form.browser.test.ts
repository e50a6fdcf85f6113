// <gepi-contact-form>: the manager's contact fields (請輸入下列欄位) in zh-TW and English, the SDK's
// rules and messages in a linked summary, normalized values in the event, prefill for swaps,
// 清除, errors from the server per field, busy, keyboard-only use, axe in every state.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ErrorExplanation } from '@gepi/sdk';
import '../src/components/contact-form/gepi-contact-form.js';
import type { GepiContactForm } from '../src/components/contact-form/contact-form.component.js';
import { describe, it } from './support/mocha.js';
import { activeIn, byLabel, clean, description, part, summaryItems, typeInto } from './support/views.js';

const form = (lang = 'zh-TW'): Promise<GepiContactForm> =>
  fixture<GepiContactForm>(html`<gepi-contact-form lang=${lang}></gepi-contact-form>`);

const submit = (el: GepiContactForm): void => part<HTMLButtonElement>(el, 'confirm-button').click();

function fill(el: GepiContactForm, values: Record<string, string>): void {
  for (const [label, value] of Object.entries(values)) typeInto(byLabel(el, label), value);
}

describe('<gepi-contact-form>', () => {
  it('shows the manual’s fields, required marks, example and buttons in zh-TW', async () => {
    const el = await form();
    expect(clean(part(el, 'prompt').textContent)).to.equal('請輸入下列欄位：');
    expect(part(el, 'prompt').tagName).to.equal('LEGEND');
    expect(byLabel(el, '姓名').required).to.equal(true);
    expect(byLabel(el, '電子信箱').required).to.equal(true);
    const phone = byLabel(el, '連絡電話');
    expect(phone.required).to.equal(true);
    expect(description(el, phone)).to.equal('範例：(02)2701-3411');
    expect(byLabel(el, '分機').required).to.equal(false);
    const remarks = byLabel<HTMLTextAreaElement>(el, '備註');
    expect(remarks.tagName).to.equal('TEXTAREA');
    expect(remarks.required).to.equal(false);
    expect(byLabel(el, '姓名').autocomplete).to.equal('name');
    expect(byLabel(el, '電子信箱').autocomplete).to.equal('email');
    expect(clean(part(el, 'required-note').textContent)).to.equal('* 為必填欄位。');
    expect(clean(part(el, 'confirm-button').textContent)).to.equal('確認');
    expect(clean(part(el, 'clear-button').textContent)).to.equal('清除');
    await expect(el).to.be.accessible();
  });

  it('renders in English', async () => {
    const el = await form('en');
    expect(clean(part(el, 'prompt').textContent)).to.equal('Please fill in the following fields:');
    expect(byLabel(el, 'Name')).to.be.instanceOf(HTMLElement);
    expect(byLabel(el, 'Email')).to.be.instanceOf(HTMLElement);
    expect(description(el, byLabel(el, 'Phone'))).to.equal('Example: (02)2701-3411');
    expect(byLabel(el, 'Extension')).to.be.instanceOf(HTMLElement);
    expect(byLabel(el, 'Notes')).to.be.instanceOf(HTMLElement);
    expect(clean(part(el, 'clear-button').textContent)).to.equal('Clear');
    await expect(el).to.be.accessible();
  });

  it('lists missing required fields, linked to them', async () => {
    const el = await form();
    let fired = false;
    el.addEventListener('gepi-contact-submit', () => (fired = true));
    submit(el);
    await el.updateComplete;
    expect(fired).to.equal(false);
    expect(summaryItems(el)).to.deep.equal([
      { text: '請輸入姓名', href: '#name' },
      { text: '請輸入電子信箱', href: '#email' },
      { text: '請輸入連絡電話', href: '#phone' },
    ]);
    expect(activeIn(el)).to.equal(byLabel(el, '姓名'));
    expect(description(el, byLabel(el, '連絡電話'))).to.equal('範例：(02)2701-3411 請輸入連絡電話');
    await expect(el).to.be.accessible();
  });

  it('words bad email, phone and extension with the SDK’s messages', async () => {
    const el = await form();
    fill(el, { 姓名: '王小明', 電子信箱: 'wang@', 連絡電話: '(02)2701-3411#12', 分機: '12a' });
    submit(el);
    await el.updateComplete;
    expect(summaryItems(el)).to.deep.equal([
      { text: '電子信箱格式不正確，範例：name@example.gov.tw', href: '#email' },
      { text: '連絡電話請勿包含分機，分機請填寫於分機欄位', href: '#phone' },
      { text: '分機只能填寫數字', href: '#extension' },
    ]);
    expect(byLabel(el, '電子信箱').getAttribute('aria-invalid')).to.equal('true');
    expect(byLabel(el, '姓名').getAttribute('aria-invalid')).to.equal('false');
  });

  it('emits trimmed values with the phone in display form', async () => {
    const el = await form();
    fill(el, { 姓名: ' 王小明 ', 電子信箱: 'wang@example.gov.tw', 連絡電話: '02-2701-3411', 分機: '123' });
    const event = oneEvent(el, 'gepi-contact-submit');
    submit(el);
    expect((await event).detail).to.deep.equal({
      name: '王小明',
      email: 'wang@example.gov.tw',
      phone: '(02)2701-3411',
      extension: '123',
      remarks: '',
    });
    expect(byLabel(el, '連絡電話').value).to.equal('(02)2701-3411');
  });

  it('formats the phone when the person leaves the field', async () => {
    const el = await form();
    const phone = byLabel(el, '連絡電話');
    phone.focus();
    typeInto(phone, '0912345678');
    phone.blur();
    expect(phone.value).to.equal('0912-345-678');
  });

  it('is prefilled from value (the contact on file) and emits it unchanged', async () => {
    const value = {
      name: '王小明',
      email: 'test@gmail.com',
      phone: '(02)2701-3411',
      extension: '123',
      remarks: '測試',
    };
    const el = await fixture<GepiContactForm>(html`<gepi-contact-form .value=${value}></gepi-contact-form>`);
    expect(byLabel(el, '電子信箱').value).to.equal('test@gmail.com');
    expect(byLabel<HTMLTextAreaElement>(el, '備註').value).to.equal('測試');
    const event = oneEvent(el, 'gepi-contact-submit');
    submit(el);
    expect((await event).detail).to.deep.equal(value);
  });

  it('keeps what the person typed when the host sets the same contents again as a new object', async () => {
    // Lit sets an object property again at every render of the host; a host that builds the
    // object in its template hands over a new one each time, with the same contents.
    const onFile = { name: '王小明', email: 'test@gmail.com', phone: '(02)2701-3411' };
    const el = await fixture<GepiContactForm>(html`<gepi-contact-form .value=${onFile}></gepi-contact-form>`);
    typeInto(byLabel(el, '電子信箱'), 'new@gmail.com');
    el.value = { ...onFile };
    await el.updateComplete;
    expect(byLabel(el, '電子信箱').value).to.equal('new@gmail.com');
    expect(byLabel(el, '姓名').value).to.equal('王小明');
    // Other contents (another contact on file) do refill.
    el.value = { ...onFile, email: 'other@gmail.com' };
    await el.updateComplete;
    expect(byLabel(el, '電子信箱').value).to.equal('other@gmail.com');
  });

  it('清除 empties the fields and the errors, and reports it', async () => {
    const el = await fixture<GepiContactForm>(
      html`<gepi-contact-form .value=${{ name: '王小明', email: 'bad' }}></gepi-contact-form>`,
    );
    submit(el);
    await el.updateComplete;
    expect(summaryItems(el).length).to.be.greaterThan(0);
    const event = oneEvent(el, 'gepi-contact-clear');
    part(el, 'clear-button').click();
    expect((await event).detail).to.deep.equal({});
    await el.updateComplete;
    expect(byLabel(el, '姓名').value).to.equal('');
    expect(byLabel(el, '電子信箱').value).to.equal('');
    expect(summaryItems(el)).to.deep.equal([]);
    expect(activeIn(el)).to.equal(byLabel(el, '姓名'));
  });

  it('shows the server’s field errors in the summary, linked to their fields', async () => {
    const el = await form();
    const error: ErrorExplanation = {
      code: 'VALIDATION_FAILED',
      kind: 'api',
      title: '輸入資料有誤',
      detail: '請修正標示的欄位。',
      retryable: false,
      fields: [
        { field: 'email', code: 'EMAIL_INVALID', title: '電子信箱', detail: '電子信箱格式不正確' },
        { field: 'unknownField', code: 'FIELD_INVALID', title: '其他', detail: '其他欄位有誤' },
      ],
    };
    el.error = error;
    await el.updateComplete;
    expect(clean(part(el, 'error-summary-title').textContent)).to.equal('輸入資料有誤，請修正下列項目：');
    expect(summaryItems(el)).to.deep.equal([
      { text: '電子信箱格式不正確', href: '#email' },
      { text: '其他欄位有誤', href: undefined },
    ]);
    expect(description(el, byLabel(el, '電子信箱'))).to.equal('電子信箱格式不正確');
    await expect(el).to.be.accessible();
  });

  it('shows a general server error under its own title', async () => {
    const el = await form('en');
    el.error = {
      code: 'NETWORK_ERROR',
      kind: 'transport',
      title: 'Connection failed',
      detail: 'Check your network and try again.',
      retryable: true,
    };
    await el.updateComplete;
    expect(clean(part(el, 'error-summary-title').textContent)).to.equal('Connection failed');
    expect(summaryItems(el)).to.deep.equal([{ text: 'Check your network and try again.', href: undefined }]);
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await form();
    byLabel(el, '姓名').focus();
    await sendKeys({ type: 'Wang' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'wang@example.gov.tw' });
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)).to.equal(byLabel(el, '連絡電話'));
    await sendKeys({ type: '0227013411' });
    const event = oneEvent(el, 'gepi-contact-submit');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.phone).to.equal('(02)2701-3411');
  });

  it('is busy: aria-busy, buttons marked disabled, nothing emitted', async () => {
    const el = await fixture<GepiContactForm>(
      html`<gepi-contact-form
        busy
        .value=${{ name: '王小明', email: 'a@b.tw', phone: '0227013411' }}
      ></gepi-contact-form>`,
    );
    expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'confirm-button').getAttribute('aria-disabled')).to.equal('true');
    let events = 0;
    el.addEventListener('gepi-contact-submit', () => events++);
    el.addEventListener('gepi-contact-clear', () => events++);
    submit(el);
    part(el, 'clear-button').click();
    expect(events).to.equal(0);
    expect(byLabel(el, '姓名').value).to.equal('王小明');
    await expect(el).to.be.accessible();
  });
});
