// <gepi-card-confirm>: the manual's org and citizen card screens and their variants in zh-TW and
// English; validation with the SDK's rules and messages in a linked error summary; the PIN's
// short life (in the event only during dispatch, never in a property); PIN entry outside the page;
// tries left, locked cards and their CA; the card in the reader with its expiry warning; a card of
// the wrong kind reported before 確認 and refused; busy; keyboard-only use; axe in every state.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TokenError, explainError, validateAgencyCode } from '@gepi/sdk';
import { CertificateProfileError } from '@gepi/sdk/certs';
import '../src/components/card-confirm/gepi-card-confirm.js';
import type {
  CardInReader,
  GepiCardConfirm,
  GepiCardSubmitDetail,
} from '../src/components/card-confirm/card-confirm.component.js';
import { describe, it } from './support/mocha.js';
import {
  activeIn,
  byLabel,
  clean,
  description,
  hasLabel,
  part,
  parts,
  summaryItems,
  typeInto,
} from './support/views.js';

// 2022-11-14 14:46:46 in Taipei, the manual's figure 3-4.
const NOW = new Date('2022-11-14T06:46:46Z');
const clock = (): Date => NOW;

async function orgCard(attrs: { lang?: string; pinEntry?: string } = {}): Promise<GepiCardConfirm> {
  return fixture<GepiCardConfirm>(
    html`<gepi-card-confirm
      kind="org"
      lang=${attrs.lang ?? 'zh-TW'}
      pin-entry=${attrs.pinEntry ?? 'page'}
      .clock=${clock}
    ></gepi-card-confirm>`,
  );
}

async function citizenCard(variant = 'default', lang = 'zh-TW'): Promise<GepiCardConfirm> {
  return fixture<GepiCardConfirm>(
    html`<gepi-card-confirm
      kind="citizen"
      variant=${variant}
      lang=${lang}
      .clock=${clock}
    ></gepi-card-confirm>`,
  );
}

const submit = (el: GepiCardConfirm): void => part<HTMLButtonElement>(el, 'confirm-button').click();

describe('<gepi-card-confirm> rendering', () => {
  it('shows the manual’s 機關憑證確認畫面 in zh-TW', async () => {
    const el = await orgCard();
    expect(part(el, 'title').tagName).to.equal('H2');
    expect(clean(part(el, 'title').textContent)).to.equal('機關憑證確認畫面');
    expect(clean(part(el, 'notice').textContent)).to.equal('※請先確認IC卡已完成開卡程序。');
    expect(clean(part(el, 'instruction').textContent)).to.equal(
      '請將機關憑證IC卡放入讀卡機，並輸入畫面欄位：',
    );
    const code = byLabel(el, '機關代號（五碼）');
    expect(code.required).to.equal(true);
    const pin = byLabel(el, '機關憑證IC卡密碼（PIN碼）');
    expect(pin.type).to.equal('password');
    expect(pin.required).to.equal(true);
    expect(clean(part(el, 'confirm-button').textContent)).to.equal('確認');
    expect(clean(part(el, 'cancel-button').textContent)).to.equal('退出');

    const notes = clean(part(el, 'notes').textContent);
    expect(notes).to.contain('※注意事項：');
    expect(notes).to.contain('* 為必填欄位。');
    expect(notes).to.contain(
      'IC卡PIN碼（即密碼）輸入三次以上錯誤，即造成IC卡鎖卡，請至所屬憑證管理中心進行鎖卡解碼',
    );
    // Without a known card, every authority that issues organization cards is listed.
    expect(parts(el, 'ca').map((li) => li.dataset['ca'])).to.deep.equal(['GCA', 'XCA', 'MOEACA', 'HCA']);
    expect(notes).to.contain('經濟部工商憑證管理中心（MOEACA）');
    expect(notes).to.contain('服務專線：412-1166');
    expect(notes).to.contain('服務網址：http://gca.nat.gov.tw');
  });

  it('shows the swap wording for the replacement organization card', async () => {
    const el = await fixture<GepiCardConfirm>(
      html`<gepi-card-confirm variant="swapped" .clock=${clock}></gepi-card-confirm>`,
    );
    expect(clean(part(el, 'instruction').textContent)).to.equal(
      '請將更換後機關憑證IC卡放入讀卡機，並輸入畫面欄位：',
    );
  });

  it('shows 自然人憑證確認畫面 with 取消 and the MOICA lock note', async () => {
    const el = await citizenCard();
    expect(clean(part(el, 'title').textContent)).to.equal('自然人憑證確認畫面');
    expect(part(el, 'notice')).to.equal(null);
    expect(clean(part(el, 'instruction').textContent)).to.equal(
      '請放入授權管理者之自然人憑證IC卡，並輸入畫面欄位：',
    );
    expect(byLabel(el, '授權管理者身分證統一編號').required).to.equal(true);
    expect(byLabel(el, '自然人憑證IC卡密碼（為PIN碼）').type).to.equal('password');
    expect(clean(part(el, 'cancel-button').textContent)).to.equal('取消');
    const notes = clean(part(el, 'notes').textContent);
    expect(notes).to.contain('內政部憑證管理中心（http://moica.nat.gov.tw）');
    expect(parts(el, 'ca').map((li) => li.dataset['ca'])).to.deep.equal(['MOICA']);
    expect(notes).to.contain('服務專線：0800-080-117');
  });

  it('shows the swapped and query wordings of the citizen card', async () => {
    const swapped = await citizenCard('swapped');
    expect(clean(part(swapped, 'instruction').textContent)).to.equal(
      '請放入更換後授權管理者之自然人憑證IC卡，並輸入畫面欄位：',
    );
    expect(hasLabel(swapped, '授權管理者身分證統一編號')).to.equal(true);

    const query = await citizenCard('query');
    expect(clean(part(query, 'instruction').textContent)).to.equal('請放入自然人憑證IC卡，並輸入畫面欄位：');
    expect(hasLabel(query, '身分證統一編號')).to.equal(true);
    expect(hasLabel(query, '授權管理者身分證統一編號')).to.equal(false);
  });

  it('renders in English', async () => {
    const el = await orgCard({ lang: 'en' });
    expect(clean(part(el, 'title').textContent)).to.equal('Organization certificate confirmation');
    expect(byLabel(el, 'Agency code (5 digits)')).to.be.instanceOf(HTMLElement);
    expect(byLabel(el, 'Organization certificate IC card password (PIN)')).to.be.instanceOf(HTMLElement);
    expect(clean(part(el, 'cancel-button').textContent)).to.equal('Exit');
    expect(clean(part(el, 'notes').textContent)).to.contain('* marks a required field.');
    expect(part(el, 'base').getAttribute('lang')).to.equal('en');

    const citizen = await citizenCard('default', 'en');
    expect(byLabel(citizen, "Authorization manager's national ID number")).to.be.instanceOf(HTMLElement);
    expect(clean(part(citizen, 'cancel-button').textContent)).to.equal('Cancel');
  });

  it('is accessible in zh-TW and English, org and citizen', async () => {
    await expect(await orgCard()).to.be.accessible();
    await expect(await orgCard({ lang: 'en' })).to.be.accessible();
    await expect(await citizenCard()).to.be.accessible();
    await expect(await citizenCard('query', 'en')).to.be.accessible();
  });
});

describe('<gepi-card-confirm> validation', () => {
  it('lists bad input in a summary linked to the fields, and marks each field', async () => {
    const el = await orgCard();
    let fired = false;
    el.addEventListener('gepi-card-submit', () => (fired = true));
    const code = byLabel(el, '機關代號（五碼）');
    typeInto(code, '1234');
    submit(el);
    await el.updateComplete;

    expect(fired).to.equal(false);
    expect(part(el, 'alerts').getAttribute('role')).to.equal('alert');
    expect(clean(part(el, 'error-summary-title').textContent)).to.equal('輸入資料有誤，請修正下列項目：');
    expect(summaryItems(el)).to.deep.equal([
      { text: '機關代號須為5位數字', href: '#agency-code' },
      { text: '請輸入IC卡PIN碼', href: '#pin' },
    ]);
    const pin = byLabel(el, '機關憑證IC卡密碼（PIN碼）');
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    expect(pin.getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, code)).to.equal('機關代號須為5位數字');
    expect(description(el, pin)).to.contain('請輸入IC卡PIN碼');
    // Focus goes to the first field to fix.
    expect(activeIn(el)).to.equal(code);

    // A summary link takes the person to its field.
    part(el, 'error-summary').querySelectorAll('a')[1]!.click();
    expect(activeIn(el)).to.equal(pin);
    await expect(el).to.be.accessible();
  });

  it('refuses a PIN that is not 6–8 digits, and clears fixed errors as the person types', async () => {
    const el = await orgCard();
    typeInto(byLabel(el, '機關代號（五碼）'), '10001');
    const pin = byLabel(el, '機關憑證IC卡密碼（PIN碼）');
    typeInto(pin, '12a4');
    submit(el);
    await el.updateComplete;
    expect(summaryItems(el)).to.deep.equal([{ text: 'PIN碼格式錯誤，請輸入6至8位數字', href: '#pin' }]);

    typeInto(pin, '123456');
    await el.updateComplete;
    expect(summaryItems(el)).to.deep.equal([]);
    expect(pin.getAttribute('aria-invalid')).to.equal('false');
  });

  it('checks the national ID’s check digit with the SDK’s rule and words', async () => {
    const el = await citizenCard();
    typeInto(byLabel(el, '授權管理者身分證統一編號'), 'A123456788');
    typeInto(byLabel(el, '自然人憑證IC卡密碼（為PIN碼）'), '123456');
    submit(el);
    await el.updateComplete;
    expect(summaryItems(el)).to.deep.equal([
      { text: '授權管理者身分證統一編號檢查碼不符，請確認是否輸入正確', href: '#national-id' },
    ]);
  });

  it('words validation in English', async () => {
    const el = await orgCard({ lang: 'en' });
    typeInto(byLabel(el, 'Agency code (5 digits)'), '1234');
    submit(el);
    await el.updateComplete;
    expect(clean(part(el, 'error-summary-title').textContent)).to.equal(
      'There is a problem; please correct the following:',
    );
    expect(summaryItems(el)).to.deep.equal([
      { text: 'Agency code must be exactly 5 digits.', href: '#agency-code' },
      { text: 'Enter the card PIN.', href: '#pin' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('normalizes the national ID on blur (full-width, spaces, lowercase)', async () => {
    const el = await citizenCard();
    const id = byLabel(el, '授權管理者身分證統一編號');
    id.focus();
    typeInto(id, ' ａ１２３４５６７８９ ');
    id.blur();
    expect(id.value).to.equal('A123456789');
  });
});

describe('<gepi-card-confirm> events and the PIN', () => {
  it('emits agency code and PIN, then deletes the PIN from the event and clears its input', async () => {
    const el = await orgCard();
    typeInto(byLabel(el, '機關代號（五碼）'), '10001');
    const pin = byLabel(el, '機關憑證IC卡密碼（PIN碼）');
    typeInto(pin, '1234567');

    let seen: GepiCardSubmitDetail | undefined;
    let pinDuringDispatch: string | undefined;
    el.addEventListener('gepi-card-submit', (event) => {
      seen = event.detail;
      pinDuringDispatch = event.detail.pin;
    });
    const event = oneEvent(el, 'gepi-card-submit');
    submit(el);
    const fired = await event;

    expect(fired.bubbles && fired.composed).to.equal(true);
    expect(pinDuringDispatch).to.equal('1234567');
    expect(seen).to.deep.equal({ kind: 'org', agencyCode: '10001' });
    expect('pin' in fired.detail).to.equal(false);
    expect(pin.value).to.equal('');
    // Nowhere on the element: not in an attribute, not in a property.
    expect(el.outerHTML).not.to.contain('1234567');
    for (const key of Reflect.ownKeys(el)) {
      expect(String((el as unknown as Record<PropertyKey, unknown>)[key])).not.to.contain('1234567');
    }
  });

  it('emits the normalized national ID for a citizen card', async () => {
    const el = await citizenCard();
    typeInto(byLabel(el, '授權管理者身分證統一編號'), 'a123456789');
    typeInto(byLabel(el, '自然人憑證IC卡密碼（為PIN碼）'), '654321');
    let detail: GepiCardSubmitDetail | undefined;
    let pin: string | undefined;
    el.addEventListener('gepi-card-submit', (e) => {
      detail = { ...e.detail };
      pin = e.detail.pin;
    });
    submit(el);
    expect(detail).to.deep.equal({ kind: 'citizen', nationalId: 'A123456789', pin: '654321' });
    expect(pin).to.equal('654321');
    expect(byLabel(el, '授權管理者身分證統一編號').value).to.equal('A123456789');
  });

  it('has no PIN field with native PIN entry, says to use the Fortify window, and sends no PIN', async () => {
    const el = await orgCard({ pinEntry: 'native' });
    expect(hasLabel(el, '機關憑證IC卡密碼（PIN碼）')).to.equal(false);
    expect(el.shadowRoot!.querySelector('input[type="password"]')).to.equal(null);
    expect(clean(part(el, 'pin-message').textContent)).to.equal(
      '按下「確認」後，請於讀卡元件（Fortify）開啟的視窗中輸入IC卡密碼（PIN碼）；本網頁不會要求您輸入PIN碼。',
    );
    typeInto(byLabel(el, '機關代號（五碼）'), '10001');
    const event = oneEvent(el, 'gepi-card-submit');
    submit(el);
    expect((await event).detail).to.deep.equal({ kind: 'org', agencyCode: '10001' });
    await expect(el).to.be.accessible();
  });

  it('tells the person to type the PIN on the reader with a PIN pad, in English too', async () => {
    const el = await orgCard({ pinEntry: 'pinpad', lang: 'en' });
    expect(el.shadowRoot!.querySelector('#pin')).to.equal(null);
    expect(clean(part(el, 'pin-message').textContent)).to.contain("on the card reader's keypad");
    const native = await orgCard({ pinEntry: 'native', lang: 'en' });
    expect(clean(part(native, 'pin-message').textContent)).to.contain('card component (Fortify)');
  });

  it('fires gepi-card-cancel from 退出 and from Esc', async () => {
    const el = await orgCard();
    setTimeout(() => part(el, 'cancel-button').click());
    expect((await oneEvent(el, 'gepi-card-cancel')).detail).to.deep.equal({ kind: 'org' });

    byLabel(el, '機關代號（五碼）').focus();
    const cancelled = oneEvent(el, 'gepi-card-cancel');
    await sendKeys({ press: 'Escape' });
    expect((await cancelled).type).to.equal('gepi-card-cancel');
  });

  it('can be completed with the keyboard alone: Tab, type, Tab, type, Enter', async () => {
    const el = await orgCard();
    await el.focusHeading();
    expect(activeIn(el)).to.equal(part(el, 'title'));
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)).to.equal(byLabel(el, '機關代號（五碼）'));
    await sendKeys({ type: '10001' });
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)).to.equal(byLabel(el, '機關憑證IC卡密碼（PIN碼）'));
    await sendKeys({ type: '12345678' });
    let pin: string | undefined;
    el.addEventListener('gepi-card-submit', (e) => (pin = e.detail.pin), { once: true });
    const event = oneEvent(el, 'gepi-card-submit');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.agencyCode).to.equal('10001');
    expect(pin).to.equal('12345678');

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)).to.equal(part(el, 'cancel-button'));
  });

  it('focuses its heading on first render when it has autofocus', async () => {
    const el = await fixture<GepiCardConfirm>(html`<gepi-card-confirm autofocus></gepi-card-confirm>`);
    await el.updateComplete;
    expect(activeIn(el)).to.equal(part(el, 'title'));
    expect(part(el, 'title').tabIndex).to.equal(-1);
  });

  it('prefills the agency code from agency-code', async () => {
    const el = await fixture<GepiCardConfirm>(
      html`<gepi-card-confirm agency-code="10001"></gepi-card-confirm>`,
    );
    expect(byLabel(el, '機關代號（五碼）').value).to.equal('10001');
  });
});

describe('<gepi-card-confirm> card states', () => {
  it('shows PIN tries left after a wrong PIN, and warns before the last one', async () => {
    const el = await orgCard();
    el.triesLeft = 2;
    el.error = explainError(new TokenError('PIN_INCORRECT', { details: { triesLeft: 2 } }), 'zh-TW');
    await el.updateComplete;
    expect(clean(part(el, 'tries-left').textContent)).to.equal('PIN碼尚可嘗試 2 次。');
    expect(description(el, byLabel(el, '機關憑證IC卡密碼（PIN碼）'))).to.contain('PIN碼尚可嘗試 2 次。');
    expect(clean(part(el, 'error-summary-title').textContent)).to.equal('PIN碼錯誤');
    expect(summaryItems(el)).to.deep.equal([{ text: 'PIN碼錯誤，尚可嘗試 2 次', href: undefined }]);
    await expect(el).to.be.accessible();

    el.triesLeft = 1;
    await el.updateComplete;
    expect(clean(part(el, 'tries-left').textContent)).to.equal(
      'PIN碼尚可嘗試 1 次。 再輸入錯誤一次，即造成IC卡鎖卡。',
    );
  });

  it('names the CA that unlocks a locked organization card, with its contacts', async () => {
    const el = await orgCard();
    el.card = { holderName: '測試機關', ca: 'MOEACA' };
    el.locked = true;
    await el.updateComplete;
    const locked = part(el, 'locked');
    expect(locked.closest('[role="alert"]')).to.equal(part(el, 'alerts'));
    expect(clean(part(el, 'locked-title').textContent)).to.equal('IC卡已鎖卡');
    const text = clean(locked.textContent);
    expect(text).to.contain(
      'IC卡PIN碼（即密碼）輸入三次以上錯誤，已造成IC卡鎖卡，請至經濟部工商憑證管理中心（MOEACA）進行鎖卡解碼：',
    );
    expect(text).to.contain('服務網址：http://moeaca.nat.gov.tw');
    expect(text).to.contain('服務專線：412-1166');
    expect(locked.querySelector('a[href="tel:4121166"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes the CA from a PIN_LOCKED error and does not repeat the error in the summary', async () => {
    const el = await orgCard({ lang: 'en' });
    el.error = explainError(new TokenError('PIN_LOCKED', { details: { ca: 'GCA' } }), 'en');
    await el.updateComplete;
    const text = clean(part(el, 'locked').textContent);
    expect(text).to.contain('contact the Government Certification Authority (GCA):');
    expect(text).to.contain('Service line: 02-2192-7111');
    expect(part(el, 'error-summary')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('points a locked citizen card at MOICA', async () => {
    const el = await citizenCard();
    el.locked = true;
    await el.updateComplete;
    const text = clean(part(el, 'locked').textContent);
    expect(text).to.contain('請至內政部憑證管理中心（MOICA）進行鎖卡解碼');
    expect(text).to.contain('服務專線：0800-080-117');
    expect(part(el, 'tries-left')).to.equal(null);
  });

  it('lists every organization CA when the locked card’s CA is unknown', async () => {
    const el = await orgCard();
    el.locked = true;
    await el.updateComplete;
    const locked = part(el, 'locked');
    expect(clean(locked.textContent)).to.contain('請至所屬憑證管理中心進行鎖卡解碼');
    expect(
      [...locked.querySelectorAll<HTMLElement>('[part~="ca"]')].map((li) => li.dataset['ca']),
    ).to.deep.equal(['GCA', 'XCA', 'MOEACA', 'HCA']);
  });

  it('shows the card in the reader, and warns when it expires within 60 days', async () => {
    const el = await citizenCard();
    const card: CardInReader = {
      holderName: '王小明',
      ca: 'MOICA',
      notBefore: '2017-11-14T00:00:00+08:00',
      notAfter: '2022-12-31T23:59:59+08:00',
      serial: '1A2B3C',
      cardNumber: 'TP03000000000001',
    };
    el.card = card;
    await el.updateComplete;
    expect(clean(part(el, 'card-title').textContent)).to.equal('讀卡機中的IC卡');
    const details = clean(part(el, 'card-details').textContent);
    expect(details).to.contain('持卡人 王小明');
    expect(details).to.contain('發卡單位 內政部憑證管理中心（MOICA）');
    expect(details).to.contain('憑證效期 106/11/14 ~ 111/12/31');
    expect(details).to.contain('憑證序號 1A2B3C');
    expect(details).to.contain('卡號 TP03000000000001');
    expect(clean(part(el, 'card-warning').textContent)).to.equal(
      '此憑證將於111/12/31到期（剩餘48天），請儘速向發卡單位辦理展期或換發。',
    );
    await expect(el).to.be.accessible();

    el.card = { ...card, notAfter: '2023-06-30T23:59:59+08:00' };
    await el.updateComplete;
    expect(part(el, 'card-warning')).to.equal(null);

    el.card = { ...card, notAfter: '2022-11-01T23:59:59+08:00' };
    el.lang = 'en';
    await el.updateComplete;
    expect(clean(part(el, 'card-warning').textContent)).to.equal(
      'This certificate expired on 2022-11-01; apply to its certification authority for a new card.',
    );
    expect(clean(part(el, 'card-details').textContent)).to.contain('2017-11-14 to 2022-11-01');
    await expect(el).to.be.accessible();
  });

  it('says so when the reader holds no card', async () => {
    const el = await orgCard();
    expect(clean(part(el, 'card').textContent)).to.equal('');
    el.card = null;
    await el.updateComplete;
    expect(part(el, 'card').getAttribute('aria-live')).to.equal('polite');
    expect(clean(part(el, 'no-card').textContent)).to.equal('讀卡機中未偵測到IC卡，請將IC卡放入讀卡機。');
    await expect(el).to.be.accessible();
  });

  it('shows a server error about a field in the summary, linked to it, until the person submits again', async () => {
    const el = await orgCard();
    const invalid = validateAgencyCode('12');
    if (invalid.ok) throw new Error('expected a failure');
    el.error = explainError(invalid.error, 'zh-TW');
    await el.updateComplete;
    expect(summaryItems(el)).to.deep.equal([{ text: '機關代號須為5位數字', href: '#agency-code' }]);
    expect(byLabel(el, '機關代號（五碼）').getAttribute('aria-invalid')).to.equal('true');

    typeInto(byLabel(el, '機關代號（五碼）'), '10001');
    typeInto(byLabel(el, '機關憑證IC卡密碼（PIN碼）'), '123456');
    submit(el);
    await el.updateComplete;
    expect(summaryItems(el)).to.deep.equal([]);
  });

  it('is busy: aria-busy, buttons marked disabled, no second submit, no cancel', async () => {
    const el = await orgCard();
    typeInto(byLabel(el, '機關代號（五碼）'), '10001');
    typeInto(byLabel(el, '機關憑證IC卡密碼（PIN碼）'), '123456');
    el.busy = true;
    await el.updateComplete;
    expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'confirm-button').getAttribute('aria-disabled')).to.equal('true');
    expect(part(el, 'cancel-button').getAttribute('aria-disabled')).to.equal('true');
    expect(byLabel(el, '機關代號（五碼）').readOnly).to.equal(true);
    // The wait is visible, beside the buttons: the card signs for 1–3 s and must stay in.
    const status = part(el, 'busy');
    expect(status.getAttribute('role')).to.equal('status');
    expect(clean(status.textContent)).to.equal('IC卡簽章中，請勿移除IC卡，請稍候…');
    expect(status.closest('form')).to.equal(part(el, 'form'));
    expect(status.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(getComputedStyle(status).position).to.not.equal('absolute');
    expect(status.querySelector('.busy__spinner')).to.not.equal(null);
    let events = 0;
    el.addEventListener('gepi-card-submit', () => events++);
    el.addEventListener('gepi-card-cancel', () => events++);
    submit(el);
    part(el, 'cancel-button').click();
    expect(events).to.equal(0);
    await expect(el).to.be.accessible();
    // Done: the status empties and takes no room.
    el.busy = false;
    await el.updateComplete;
    expect(clean(part(el, 'busy').textContent)).to.equal('');
    expect(part(el, 'busy').getBoundingClientRect().height).to.equal(0);
  });
});

describe('<gepi-card-confirm> localization', () => {
  it('follows a provider’s locale and takes a host’s replacement string', async () => {
    await import('../src/components/provider/gepi-provider.js');
    const overrides = { en: { 'common.exit': 'Leave' } };
    const provider = await fixture(
      html`<gepi-provider locale="en">
        <gepi-card-confirm .translations=${overrides}></gepi-card-confirm>
      </gepi-provider>`,
    );
    const el = provider.querySelector('gepi-card-confirm')!;
    await el.updateComplete;
    expect(clean(part(el, 'title').textContent)).to.equal('Organization certificate confirmation');
    expect(clean(part(el, 'cancel-button').textContent)).to.equal('Leave');
  });
});

describe('<gepi-card-confirm> a card of the wrong kind', () => {
  const CITIZEN_CARD: CardInReader = {
    holderName: '王大明',
    ca: 'MOICA',
    notBefore: '2020-01-01T00:00:00+08:00',
    notAfter: '2027-12-31T23:59:59+08:00',
    wrongKind: true,
  };
  const ORG_CARD: CardInReader = {
    holderName: '臺北市政府人事處',
    ca: 'GCA',
    notBefore: '2020-01-01T00:00:00+08:00',
    notAfter: '2027-12-31T23:59:59+08:00',
  };

  it('asks calmly for the right card first; 確認 with the wrong one is an error linked to the card, until the right card is in', async () => {
    const el = await orgCard();
    let submitted = 0;
    el.addEventListener('gepi-card-submit', () => submitted++);
    el.card = CITIZEN_CARD;
    await el.updateComplete;

    // Before any 確認: an instruction in the card's box, no alert, no red box, nothing invalid.
    expect(clean(part(el, 'next-card').textContent)).to.equal(
      '讀卡機中是自然人憑證IC卡：請取出，改放入機關憑證IC卡。',
    );
    expect(part(el, 'error-summary')).to.equal(null);
    expect(part(el, 'field-error')).to.equal(null);
    expect(part(el, 'card').querySelector('.card__box--wrong')).to.equal(null);
    expect(part(el, 'card').querySelector('.card__box--next')).to.not.equal(null);
    await expect(el).to.be.accessible();

    // 確認 with everything typed right is refused; focus goes to the card, as to a field to fix.
    typeInto(byLabel(el, '機關代號（五碼）'), '10001');
    typeInto(byLabel(el, '機關憑證IC卡密碼（PIN碼）'), '123456');
    submit(el);
    await el.updateComplete;
    expect(submitted).to.equal(0);
    expect(part(el, 'next-card')).to.equal(null);

    // Now an error: in the live error summary, titled as the SDK titles CERT_WRONG_KIND …
    expect(part(el, 'alerts').getAttribute('role')).to.equal('alert');
    expect(clean(part(el, 'error-summary-title').textContent)).to.equal('卡片種類不符');
    expect(summaryItems(el)).to.deep.equal([
      { text: '此卡為自然人憑證，請放入機關憑證IC卡。', href: '#card' },
    ]);
    // … and in the card's own box, whose holder is still shown.
    const box = part(el, 'card');
    expect(clean(part(el, 'field-error').textContent)).to.equal('此卡為自然人憑證，請放入機關憑證IC卡。');
    expect(box.contains(part(el, 'field-error'))).to.equal(true);
    expect(clean(part(el, 'card-details').textContent)).to.contain('持卡人 王大明');
    await expect(el).to.be.accessible();
    expect(activeIn(el)).to.equal(box);
    expect(summaryItems(el)).to.deep.equal([
      { text: '此卡為自然人憑證，請放入機關憑證IC卡。', href: '#card' },
    ]);

    // The summary's link leads to the card too.
    byLabel(el, '機關代號（五碼）').focus();
    part(el, 'error-summary').querySelector('a')!.click();
    expect(activeIn(el)).to.equal(box);

    // The organization card in: the message is gone, and 確認 goes through.
    el.card = ORG_CARD;
    await el.updateComplete;
    expect(part(el, 'error-summary')).to.equal(null);
    expect(part(el, 'field-error')).to.equal(null);
    typeInto(byLabel(el, '機關憑證IC卡密碼（PIN碼）'), '123456');
    const event = oneEvent(el, 'gepi-card-submit');
    submit(el);
    expect((await event).detail).to.deep.equal({ kind: 'org', agencyCode: '10001' });
    expect(submitted).to.equal(1);
  });

  it('lists it first with bad input on the citizen step, and words it in English', async () => {
    const el = await citizenCard();
    el.card = { ...ORG_CARD, wrongKind: true };
    await el.updateComplete;
    // The organization card of the previous step, still in: what to do next, not an error.
    expect(clean(part(el, 'next-card').textContent)).to.equal(
      '讀卡機中仍是機關憑證IC卡：請取出，改放入授權管理者之自然人憑證IC卡。',
    );
    expect(part(el, 'error-summary')).to.equal(null);

    submit(el);
    await el.updateComplete;
    expect(clean(part(el, 'error-summary-title').textContent)).to.equal('輸入資料有誤，請修正下列項目：');
    expect(summaryItems(el).map((item) => item.href)).to.deep.equal(['#card', '#national-id', '#pin']);
    expect(activeIn(el)).to.equal(part(el, 'card'));
    await expect(el).to.be.accessible();

    const en = await citizenCard('default', 'en');
    en.card = { ...ORG_CARD, wrongKind: true };
    await en.updateComplete;
    expect(clean(part(en, 'next-card').textContent)).to.equal(
      "The reader still holds the organization certificate card: take it out and insert the authorization manager's citizen certificate card.",
    );
    typeInto(byLabel(en, "Authorization manager's national ID number"), 'A123456789');
    typeInto(byLabel(en, 'Citizen certificate IC card password (PIN)'), '123456');
    submit(en);
    await en.updateComplete;
    expect(clean(part(en, 'error-summary-title').textContent)).to.equal('Wrong kind of card');
    expect(summaryItems(en)).to.deep.equal([
      { text: 'This is an organization certificate; insert the citizen certificate card.', href: '#card' },
    ]);
    await expect(en).to.be.accessible();
  });

  it('uses the SDK’s words for CERT_WRONG_KIND, and does not repeat the flow’s error beside its own', async () => {
    const expectedOrg = new CertificateProfileError('CERT_WRONG_KIND', 'expected-org');
    const expectedCitizen = new CertificateProfileError('CERT_WRONG_KIND', 'expected-citizen');
    for (const lang of ['zh-TW', 'en'] as const) {
      const org = await orgCard({ lang });
      org.card = CITIZEN_CARD;
      await org.updateComplete;
      typeInto(byLabel(org, lang === 'en' ? 'Agency code (5 digits)' : '機關代號（五碼）'), '10001');
      typeInto(
        byLabel(
          org,
          lang === 'en' ? 'Organization certificate IC card password (PIN)' : '機關憑證IC卡密碼（PIN碼）',
        ),
        '123456',
      );
      submit(org);
      org.error = explainError(expectedOrg, lang);
      await org.updateComplete;
      expect(clean(part(org, 'error-summary-title').textContent)).to.equal(
        explainError(expectedOrg, lang).title,
      );
      expect(summaryItems(org)).to.deep.equal([{ text: expectedOrg.text[lang], href: '#card' }]);

      const citizen = await citizenCard('default', lang);
      citizen.card = { ...ORG_CARD, wrongKind: true };
      await citizen.updateComplete;
      submit(citizen);
      await citizen.updateComplete;
      expect(summaryItems(citizen).slice(0, 1)).to.deep.equal([
        { text: expectedCitizen.text[lang], href: '#card' },
      ]);
    }
  });
});
