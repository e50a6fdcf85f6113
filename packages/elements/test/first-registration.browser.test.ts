// <gepi-first-registration> against the real registration API in the page (memory store, demo
// dataset, demo PKI) and virtual cards: 10001 from the terms to 首次註冊成功 with axe at every step;
// the same by keyboard alone; the review branches (40005's mismatching OID, 50006 pending); PIN
// tries and the lock with MOICA's contacts; locked, expired and revoked cards; PIN entry in the
// card component's window; English; the ends of the flow; the client from <gepi-provider>.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/first-registration/gepi-first-registration.js';
import '../src/components/provider/gepi-provider.js';
import type { GepiFirstRegistration } from '../src/components/first-registration/first-registration.component.js';
import type { GepiStepChangeDetail } from '../src/internal/flow-controller.js';
import { describe, it } from './support/mocha.js';
import {
  PIN,
  before,
  deepActive,
  demoPki,
  desk,
  failure,
  fill,
  press,
  pressText,
  signInCitizen,
  signInOrg,
  step,
  submitContact,
  textOf,
  view,
} from './support/portal.js';
import type { Desk } from './support/portal.js';
import { clean, part } from './support/views.js';

const WANG = { name: '王大明', email: 'wang.daming@example.org', phone: '02-2701-3411' };

async function element(d: Desk, lang = 'zh-TW'): Promise<GepiFirstRegistration> {
  return fixture<GepiFirstRegistration>(
    html`<gepi-first-registration
      lang=${lang}
      .client=${d.client}
      .tokens=${d.tokens}
    ></gepi-first-registration>`,
  );
}

async function acceptTerms(el: GepiFirstRegistration): Promise<void> {
  const terms = await view(el, 'gepi-terms');
  press(terms, 'accept-button');
  await step(el, 'org-card');
}

describe('<gepi-first-registration>', function () {
  before(() => demoPki(), 30_000);

  it('registers 10001 with ORG-10001 and CIT-WANG, accessible at every step', async () => {
    const d = await desk();
    const el = await element(d);
    const steps: GepiStepChangeDetail[] = [];
    el.addEventListener('gepi-step-change', (e) => steps.push(e.detail));

    const terms = await view(el, 'gepi-terms');
    expect(textOf(terms)).to.contain('公教人員保險網路作業 e 系統用戶約定條款');
    expect(textOf(terms)).to.match(/網頁下載時間：\d{3}年\d{2}月\d{2}日\d{2}點\d{2}分\d{2}秒/);
    await expect(el).to.be.accessible();
    await acceptTerms(el);

    d.insert('ORG-10001');
    const org = await view(el, 'gepi-card-confirm');
    // The card is described before the PIN is asked.
    await waitUntil(() => textOf(org).includes('臺北市政府人事處'), 'the card was never described');
    expect(textOf(org)).to.contain('政府憑證管理中心（GCA）');
    expect(textOf(org)).to.contain('請將機關憑證IC卡放入讀卡機，並輸入畫面欄位：');
    await expect(el).to.be.accessible();
    await signInOrg(el, d, 'ORG-10001', '10001');
    await step(el, 'citizen-card');

    const citizen = await view(el, 'gepi-card-confirm');
    expect(citizen.getAttribute('kind')).to.equal('citizen');
    expect(textOf(citizen)).to.contain('請放入授權管理者之自然人憑證IC卡，並輸入畫面欄位：');
    await expect(el).to.be.accessible();
    await signInCitizen(el, d, 'CIT-WANG', 'A123456789');
    await step(el, 'confirm');

    const info = await view(el, 'gepi-cert-info');
    const panels = textOf(info);
    expect(panels).to.contain('機關（組織）憑證資訊');
    expect(panels).to.contain('2.16.886.101.20003.20065.20001');
    expect(panels).to.contain('5A6E2D14B39787D0886C37184AC90001');
    expect(panels).to.contain('授權管理者自然人憑證資訊');
    expect(panels).to.contain('A12****789');
    expect(panels).not.to.contain('A123456789');
    await expect(el).to.be.accessible();

    const registered = oneEvent(el, 'gepi-registered');
    await submitContact(el, WANG);
    expect((await registered).detail).to.deep.equal({ agencyCode: '10001' });
    await step(el, 'registered');
    const message = await view(el, 'gepi-message');
    expect(textOf(message)).to.contain('首次註冊成功！');
    // As the manual's result figure: 收件時間 and both certificate panels under the message.
    const receivedAt = el.shadowRoot!.querySelector('[part~="received-at"]')!;
    expect(clean(receivedAt.textContent)).to.match(/^收件時間：\d{3}年\d{2}月\d{2}日\d{2}點\d{2}分\d{2}秒$/u);
    const resultPanels = el.shadowRoot!.querySelector('gepi-cert-info[part~="result-panels"]')!;
    await (resultPanels as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const resultText = clean(resultPanels.shadowRoot!.textContent);
    expect(resultText).to.contain('機關（組織）憑證資訊');
    expect(resultText).to.contain('授權管理者自然人憑證資訊');
    expect(resultText).to.contain('A12****789');
    await expect(el).to.be.accessible();
    // The first step (terms) was announced before this listener was added.
    expect(steps.map((s) => s.step)).to.deep.equal(['org-card', 'citizen-card', 'confirm', 'registered']);
    expect(steps[0]).to.deep.equal({ flow: 'first-registration', step: 'org-card', from: 'terms' });
    await d.close();
  });

  it('completes by keyboard alone (Tab, typing, Enter), focus following each step', async () => {
    const d = await desk();
    const el = await element(d);
    await view(el, 'gepi-terms');
    d.insert('ORG-10001');

    await sendKeys({ press: 'Tab' });
    expect(clean(deepActive()?.textContent)).to.equal('同意條款內容');
    await sendKeys({ press: 'Enter' });
    await step(el, 'org-card');
    // The new step's heading has focus, so reading starts there.
    await waitUntil(
      () => clean(deepActive()?.textContent) === '機關憑證確認畫面',
      'focus is not on the heading',
    );
    await waitUntil(() => el.state?.data.card !== undefined, 'card never described');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '10001' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: PIN });
    await sendKeys({ press: 'Enter' });
    await step(el, 'citizen-card');
    await waitUntil(
      () => clean(deepActive()?.textContent) === '自然人憑證確認畫面',
      'focus is not on the heading',
    );

    d.insert('CIT-WANG');
    await waitUntil(() => el.state?.data.card?.cardId === 'CIT-WANG', 'card never described');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'A123456789' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: PIN });
    await sendKeys({ press: 'Enter' });
    await step(el, 'confirm');
    await waitUntil(
      () => clean(deepActive()?.textContent) === '機關（組織）憑證資訊',
      'focus is not on the panel',
    );

    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: WANG.name });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: WANG.email });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: WANG.phone });
    await sendKeys({ press: 'Enter' });
    await step(el, 'registered');
    await waitUntil(
      () => clean(deepActive()?.textContent) === '首次註冊成功！',
      'focus is not on the result',
    );
    await d.close();
  });

  it('sends 40005 with a mismatching OID to the applicant form, then to review', async () => {
    const d = await desk();
    const el = await element(d);
    await acceptTerms(el);
    await signInOrg(el, d, 'ORG-40005-MISMATCH', '40005');
    await step(el, 'applicant');
    const form = await view(el, 'gepi-applicant-form');
    expect(textOf(form)).to.contain('機關憑證註冊申請人確認畫面');
    expect(textOf(form)).to.contain('貴機關申請憑證註冊，因申請資料比對不符，需進行審核，請填聯絡資料。');
    await expect(el).to.be.accessible();
    fill(form, '姓名', '郭怡君');
    fill(form, '電話', '04-2222-1234');
    press(form, 'confirm-button');
    await step(el, 'review-pending');
    const message = await view(el, 'gepi-message');
    expect(textOf(message)).to.contain(
      '申請資料審核中，若審核通過，於下一個營業日貴機關即可重新辦理註冊。若審核不通過，本部將與 貴機關聯絡。',
    );
    expect(textOf(message)).to.contain('承保第一科');
    await expect(el).to.be.accessible();
    await d.close();
  });

  it('shows the pending message for 50006', async () => {
    const d = await desk();
    const el = await element(d);
    await acceptTerms(el);
    await signInOrg(el, d, 'ORG-50006', '50006');
    await step(el, 'review-pending');
    expect(textOf(await view(el, 'gepi-message'))).to.contain('申請資料審核中');
    await d.close();
  });

  it('counts PIN tries down and explains the lock of CIT-WANG with MOICA’s contacts', async () => {
    const d = await desk();
    const el = await element(d);
    await acceptTerms(el);
    await signInOrg(el, d, 'ORG-10001', '10001');
    await step(el, 'citizen-card');

    const explained = oneEvent(el, 'gepi-error');
    await signInCitizen(el, d, 'CIT-WANG', 'A123456789', '111111');
    await failure(el, 'PIN_INCORRECT');
    const error = (await explained).detail;
    expect(error.code).to.equal('PIN_INCORRECT');
    expect(error.title).to.equal('PIN碼錯誤');
    expect(error).to.include({ flow: 'first-registration', step: 'citizen-card' });
    let card = await view(el, 'gepi-card-confirm');
    await waitUntil(() => part(card, 'tries-left'), 'tries left never shown');
    expect(clean(part(card, 'tries-left').textContent)).to.contain('PIN碼尚可嘗試 2 次。');

    await signInCitizen(el, d, 'CIT-WANG', 'A123456789', '222222');
    await waitUntil(() => el.state?.error?.triesLeft === 1 && !el.state.busy, 'second try');
    card = await view(el, 'gepi-card-confirm');
    await waitUntil(
      () => clean(part(card, 'tries-left')?.textContent).includes('再輸入錯誤一次'),
      'last try',
    );

    await signInCitizen(el, d, 'CIT-WANG', 'A123456789', '333333');
    await failure(el, 'PIN_LOCKED');
    card = await view(el, 'gepi-card-confirm');
    await waitUntil(() => part(card, 'locked'), 'lock never shown');
    const locked = clean(part(card, 'locked').textContent);
    expect(locked).to.contain('IC卡已鎖卡');
    expect(locked).to.contain('內政部憑證管理中心（MOICA）');
    expect(locked).to.contain('0800-080-117');
    await expect(el).to.be.accessible();
    expect(el.state?.step).to.equal('citizen-card');
    await d.close();
  });

  it('refuses locked, expired and revoked citizen cards with their reasons', async () => {
    const d = await desk();
    const el = await element(d);
    await acceptTerms(el);
    await signInOrg(el, d, 'ORG-10001', '10001');
    await step(el, 'citizen-card');

    await signInCitizen(el, d, 'CIT-HSU-LOCKED', 'S124445552');
    await failure(el, 'PIN_LOCKED');
    let card = await view(el, 'gepi-card-confirm');
    expect(clean(part(card, 'locked').textContent)).to.contain('內政部憑證管理中心（MOICA）');

    // Each refused before its PIN is tried (flows-card-refusal.test.ts counts the logins).
    await signInCitizen(el, d, 'CIT-TSAI-EXPIRED', 'D228765439');
    await failure(el, 'CARD_EXPIRED');
    card = await view(el, 'gepi-card-confirm');
    expect(clean(part(card, 'error-summary').textContent)).to.contain('憑證已過期');
    // The reader's card was flagged before the PIN was asked.
    expect(clean(part(card, 'card-warning').textContent)).to.contain('已於');

    await signInCitizen(el, d, 'CIT-CHENG-REVOKED', 'T299887769');
    await failure(el, 'CARD_REVOKED');
    card = await view(el, 'gepi-card-confirm');
    expect(clean(part(card, 'error-summary').textContent)).to.contain('憑證已廢止');
    // The box said so as soon as the card was read, with whom to ask for a new one.
    expect(clean(part(card, 'card-warning').textContent)).to.contain(
      '此憑證已廢止，無法使用，請勿輸入PIN碼；請洽內政部憑證管理中心（MOICA）申請新憑證。',
    );
    expect(clean(part(card, 'card-contact').textContent)).to.contain('0800-080-117');
    await expect(el).to.be.accessible();
    await d.close();
  });

  it('lets the card component’s window take the PIN (native entry) and completes', async () => {
    const prompts: string[] = [];
    const d = await desk({
      pinEntry: 'native',
      promptPin: async (request) => {
        prompts.push(request.cardLabel);
        return PIN;
      },
    });
    const el = await element(d);
    await acceptTerms(el);
    d.insert('ORG-10001');
    const org = await view(el, 'gepi-card-confirm');
    expect(org.shadowRoot!.querySelector('input[type="password"]')).to.equal(null);
    expect(clean(part(org, 'pin-message').textContent)).to.contain('Fortify');
    await signInOrg(el, d, 'ORG-10001', '10001', '');
    await step(el, 'citizen-card');
    await signInCitizen(el, d, 'CIT-WANG', 'A123456789', '');
    await step(el, 'confirm');
    await submitContact(el, WANG);
    await step(el, 'registered');
    expect(prompts).to.have.length(2);
    await d.close();
  });

  it('speaks English with lang="en"', async () => {
    const d = await desk();
    const el = await element(d, 'en');
    const terms = await view(el, 'gepi-terms');
    expect(textOf(terms)).to.contain("Public Servants' and Teachers' Insurance Online e-System: User Terms");
    await acceptTerms(el);
    d.insert('ORG-10001');
    const org = await view(el, 'gepi-card-confirm');
    expect(textOf(org)).to.contain('Organization certificate confirmation');
    // Checked in the form, in English, before the card is touched.
    await signInOrg(el, d, 'ORG-10001', '1000');
    await waitUntil(() => part(org, 'error-summary'), 'no error summary');
    expect(clean(part(org, 'error-summary').textContent)).to.contain('must be exactly 5 digits');
    await signInOrg(el, d, 'ORG-10001', '10001');
    await step(el, 'citizen-card');
    await signInCitizen(el, d, 'CIT-WANG', 'A123456789');
    await step(el, 'confirm');
    expect(textOf(await view(el, 'gepi-cert-info'))).to.contain('Organization certificate information');
    await submitContact(el, WANG, true);
    await step(el, 'registered');
    expect(textOf(await view(el, 'gepi-message'))).to.contain('First registration succeeded!');
    await d.close();
  });

  it('ends on 不同意條款內容 and on 退出, offering to start again', async () => {
    const d = await desk();
    const el = await element(d);
    press(await view(el, 'gepi-terms'), 'decline-button');
    await step(el, 'declined');
    expect(textOf(await view(el, 'gepi-message'))).to.contain('您未同意用戶約定條款');
    await expect(el).to.be.accessible();
    pressText(el, '重新閱讀條款');
    await step(el, 'terms');

    await acceptTerms(el);
    await signInOrg(el, d, 'ORG-10001', '10001');
    await step(el, 'citizen-card');
    press(await view(el, 'gepi-card-confirm'), 'cancel-button');
    await step(el, 'cancelled');
    // 取消 ended the card session on the server.
    await waitUntil(() => d.requests.some((r) => r.method === 'DELETE' && r.path === '/api/v1/session'));
    pressText(el, '重新開始');
    await step(el, 'terms');
    await d.close();
  });

  it('takes the client and the token provider from <gepi-provider>, and disposes of the flow when removed', async () => {
    const d = await desk();
    const wrapper = await fixture<HTMLElement>(
      html`<gepi-provider .client=${d.client} .tokens=${d.tokens}>
        <gepi-first-registration></gepi-first-registration>
      </gepi-provider>`,
    );
    const el = wrapper.querySelector('gepi-first-registration')!;
    await acceptTerms(el);
    await signInOrg(el, d, 'ORG-10001', '10001');
    await step(el, 'citizen-card');
    const flow = el.flow!;
    el.remove();
    expect(flow.disposed).to.equal(true);
    await waitUntil(() => d.requests.some((r) => r.method === 'DELETE' && r.path === '/api/v1/session'));
    await d.close();
  });
});
