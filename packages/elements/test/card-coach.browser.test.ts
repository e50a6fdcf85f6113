// The card coach above every card flow, against the real registration API in the page and virtual
// cards: the step indicator (an ordered list, the current step aria-current="step", the steps before
// it marked done), and the one polite live instruction that says the next physical action — insert
// which card, take out the org card for whose citizen card (the registered manager by name), do not
// remove the card while it signs, a card that cannot be used, 可取出IC卡 once no card is needed.
// Accessible (axe) at each step, compact at 375 px, and left out with hide-coach.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/first-registration/gepi-first-registration.js';
import '../src/components/authorization/gepi-authorization.js';
import type { GepiFirstRegistration } from '../src/components/first-registration/first-registration.component.js';
import type { GepiAuthorization } from '../src/components/authorization/authorization.component.js';
import { describe, it } from './support/mocha.js';
import {
  PIN,
  before,
  demoPki,
  desk,
  fill,
  press,
  signInCitizen,
  signInOrg,
  step,
  view,
} from './support/portal.js';
import { clean } from './support/views.js';

type FlowHost = HTMLElement & { shadowRoot: ShadowRoot };

const now = (el: FlowHost): string =>
  clean(el.shadowRoot.querySelector('[part~="instruction-now"]')?.textContent);

const stepsOf = (el: FlowHost): HTMLLIElement[] => [
  ...el.shadowRoot.querySelectorAll<HTMLLIElement>('[part~="steps"] ol > li'),
];

const current = (el: FlowHost): string =>
  clean(el.shadowRoot.querySelector('[part~="steps"] [aria-current="step"]')?.textContent);

async function says(el: FlowHost, text: string): Promise<void> {
  await waitUntil(() => now(el) === text, `the coach never said ${text} (it says ${now(el)})`, {
    timeout: 5_000,
  });
}

describe('card coach', function () {
  before(() => demoPki(), 30_000);

  it('首次註冊: 同意條款 → 機關憑證 → 管理者憑證 → 確認 → 完成, with the next physical action at each step', async () => {
    const d = await desk({ latencyMs: 300 });
    const el = await fixture<GepiFirstRegistration & FlowHost>(
      html`<gepi-first-registration .client=${d.client} .tokens=${d.tokens}></gepi-first-registration>`,
    );
    await view(el, 'gepi-terms');
    const nav = el.shadowRoot.querySelector('nav[part~="steps"]')!;
    expect(nav.getAttribute('aria-label')).to.equal('作業步驟');
    expect(stepsOf(el).map((li) => clean(li.textContent))).to.deep.equal([
      '同意條款',
      '機關憑證',
      '管理者憑證',
      '確認',
      '完成',
    ]);
    expect(current(el)).to.equal('同意條款');
    expect(stepsOf(el).filter((li) => li.hasAttribute('aria-current'))).to.have.length(1);
    const live = el.shadowRoot.querySelector('[part~="instruction-now"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(now(el)).to.equal('請閱讀用戶約定條款。');
    await expect(el).to.be.accessible();

    press(await view(el, 'gepi-terms'), 'accept-button');
    await step(el, 'org-card');
    await says(el, '請插入機關憑證IC卡。');
    expect(current(el)).to.equal('機關憑證');
    expect(clean(stepsOf(el)[0]!.textContent)).to.equal('同意條款（已完成）');

    d.insert('CIT-WANG');
    await says(el, '請取出自然人憑證，插入機關憑證。');
    d.insert('ORG-10001');
    await says(el, '請輸入欄位及PIN碼，再按「確認」。');
    await expect(el).to.be.accessible();

    // While the card signs (300 ms of card time here): do not remove it.
    const card = await view(el, 'gepi-card-confirm');
    fill(card, '機關代號（五碼）', '10001');
    fill(card, '機關憑證IC卡密碼（PIN碼）', PIN);
    press(card, 'confirm-button');
    await says(el, 'IC卡簽章中，請勿移除。');

    // The org card is still in: take it out, put in the manager's (10001 has none on file yet).
    await step(el, 'citizen-card');
    await says(el, '請取出機關憑證，插入授權管理者的自然人憑證。');
    expect(current(el)).to.equal('管理者憑證');
    await expect(el).to.be.accessible();

    await signInCitizen(el, d, 'CIT-WANG', 'A123456789');
    await step(el, 'confirm');
    await says(el, '可取出IC卡。');
    expect(current(el)).to.equal('確認');
    await expect(el).to.be.accessible();
    await d.close();
  });

  it('授權指派: names the registered manager whose card to put in, and a card that cannot be used', async () => {
    const d = await desk();
    const el = await fixture<GepiAuthorization & FlowHost>(
      html`<gepi-authorization .client=${d.client} .tokens=${d.tokens}></gepi-authorization>`,
    );
    await step(el, 'org-card');
    expect(stepsOf(el).map((li) => clean(li.textContent))).to.deep.equal([
      '機關憑證',
      '管理者憑證',
      '經辦人清單',
    ]);
    await signInOrg(el, d, 'ORG-10002', '10002');
    await step(el, 'citizen-card');
    // The words exactly: 林美惠 is the manager of 10002 on file.
    await says(el, '請取出機關憑證，插入林美惠的自然人憑證。');
    await expect(el).to.be.accessible();

    d.insert('CIT-CHENG-REVOKED');
    await says(el, '此IC卡無法使用，請取出，改插入有效的IC卡。');
    d.remove();
    await says(el, '請插入林美惠的自然人憑證IC卡。');

    await signInCitizen(el, d, 'CIT-LIN', 'F223456786');
    await step(el, 'list');
    await says(el, '可取出IC卡。');
    expect(current(el)).to.equal('經辦人清單');
    await d.close();
  });

  it('speaks English from the English catalog', async () => {
    const d = await desk();
    const el = await fixture<GepiAuthorization & FlowHost>(
      html`<gepi-authorization lang="en" .client=${d.client} .tokens=${d.tokens}></gepi-authorization>`,
    );
    await step(el, 'org-card');
    await says(el, 'Insert the organization card.');
    expect(current(el)).to.equal('Organization card');
    await d.close();
  });

  it('fits a 375 px screen: the current step keeps its words, the others only their numbers', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const d = await desk();
      const el = await fixture<GepiFirstRegistration & FlowHost>(
        html`<gepi-first-registration .client=${d.client} .tokens=${d.tokens}></gepi-first-registration>`,
      );
      await view(el, 'gepi-terms');
      const ol = el.shadowRoot.querySelector<HTMLElement>('[part~="steps"] ol')!;
      expect(ol.scrollWidth).to.be.at.most(ol.clientWidth);
      expect(ol.getBoundingClientRect().height).to.be.below(60, 'one row');
      const [first, second] = stepsOf(el);
      expect(first!.querySelector<HTMLElement>('.coach__label')!.getBoundingClientRect().width).to.be.above(
        20,
      );
      expect(
        second!.querySelector<HTMLElement>('.coach__label')!.getBoundingClientRect().width,
      ).to.be.at.most(1);
      // Still there for a screen reader.
      expect(clean(second!.textContent)).to.equal('機關憑證');
      await expect(el).to.be.accessible();
      await d.close();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is left out with hide-coach', async () => {
    const d = await desk();
    const el = await fixture<GepiFirstRegistration & FlowHost>(
      html`<gepi-first-registration
        hide-coach
        .client=${d.client}
        .tokens=${d.tokens}
      ></gepi-first-registration>`,
    );
    await view(el, 'gepi-terms');
    expect(el.shadowRoot.querySelector('[part~="coach"]')).to.equal(null);
    await d.close();
  });
});
