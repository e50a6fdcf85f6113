// <gepi-cert-swap> against the real registration API in the page and virtual cards: the three
// swaps of 10002 from the terms to the manual's messages: the renewed org card (contact prefilled),
// 李建國 taking over as manager (contact entered anew), and both at once; the old org card refused
// for an org swap; another variant starting a new flow.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/cert-swap/gepi-cert-swap.js';
import type { GepiCertSwap } from '../src/components/cert-swap/cert-swap.component.js';
import { describe, it } from './support/mocha.js';
import {
  before,
  demoPki,
  desk,
  failure,
  press,
  signInCitizen,
  signInOrg,
  step,
  submitContact,
  textOf,
  view,
} from './support/portal.js';
import type { Desk } from './support/portal.js';
import { byLabel, clean, part } from './support/views.js';

const LI = { name: '李建國', email: 'li.jianguo@example.org', phone: '(02)2701-3411' };

async function swap(d: Desk, variant: string): Promise<GepiCertSwap> {
  const el = await fixture<GepiCertSwap>(
    html`<gepi-cert-swap variant=${variant} .client=${d.client} .tokens=${d.tokens}></gepi-cert-swap>`,
  );
  press(await view(el, 'gepi-terms'), 'accept-button');
  await step(el, 'org-card');
  return el;
}

async function instruction(el: GepiCertSwap): Promise<string> {
  return clean(part(await view(el, 'gepi-card-confirm'), 'instruction').textContent);
}

describe('<gepi-cert-swap>', function () {
  before(() => demoPki(), 30_000);

  it('swaps 10002’s org card for ORG-10002-RENEWED, the contact prefilled (更換機關憑證成功!)', async () => {
    const d = await desk();
    const el = await swap(d, 'org');
    expect(await instruction(el)).to.equal('請將更換後機關憑證IC卡放入讀卡機，並輸入畫面欄位：');
    await signInOrg(el, d, 'ORG-10002-RENEWED', '10002');
    await step(el, 'citizen-card');
    expect(await instruction(el)).to.equal('請放入授權管理者之自然人憑證IC卡，並輸入畫面欄位：');
    await signInCitizen(el, d, 'CIT-LIN', 'F223456786');
    await step(el, 'confirm');
    expect(textOf(await view(el, 'gepi-cert-info'))).to.contain('6B7F3E25C4A898E1997D48295BDA1002');
    const form = await view(el, 'gepi-contact-form');
    expect(byLabel(form, '姓名').value).to.equal('林美惠');
    expect(byLabel(form, '電子信箱').value).to.equal('lin.meihui@example.org');
    await expect(el).to.be.accessible();
    const swapped = oneEvent(el, 'gepi-cert-swapped');
    press(form, 'confirm-button');
    expect((await swapped).detail).to.deep.equal({ variant: 'org', agencyCode: '10002' });
    await step(el, 'swapped');
    expect(textOf(await view(el, 'gepi-message'))).to.contain('更換機關憑證成功！');
    await expect(el).to.be.accessible();
    await d.close();
  });

  it('hands 10002 over to 李建國 with his card, the contact entered anew', async () => {
    const d = await desk();
    const el = await swap(d, 'manager');
    expect(await instruction(el)).to.equal('請將機關憑證IC卡放入讀卡機，並輸入畫面欄位：');
    await signInOrg(el, d, 'ORG-10002', '10002');
    await step(el, 'citizen-card');
    expect(await instruction(el)).to.equal('請放入更換後授權管理者之自然人憑證IC卡，並輸入畫面欄位：');
    await signInCitizen(el, d, 'CIT-LI', 'H123456786');
    await step(el, 'confirm');
    expect(byLabel(await view(el, 'gepi-contact-form'), '姓名').value).to.equal('');
    await submitContact(el, LI);
    await step(el, 'swapped');
    expect(textOf(await view(el, 'gepi-message'))).to.contain(
      '完成更換授權管理者自然人憑證，如欲繼續辦理授權指派作業，請點選左方選單！',
    );
    await d.close();
  });

  it('swaps both cards of 10002', async () => {
    const d = await desk();
    const el = await swap(d, 'both');
    expect(await instruction(el)).to.equal('請將更換後機關憑證IC卡放入讀卡機，並輸入畫面欄位：');
    await signInOrg(el, d, 'ORG-10002-RENEWED', '10002');
    await step(el, 'citizen-card');
    expect(await instruction(el)).to.equal('請放入更換後授權管理者之自然人憑證IC卡，並輸入畫面欄位：');
    await signInCitizen(el, d, 'CIT-LI', 'H123456786');
    await step(el, 'confirm');
    await submitContact(el, LI);
    await step(el, 'swapped');
    expect(textOf(await view(el, 'gepi-message'))).to.contain(
      '貴機關已完成機關憑證及授權管理者自然人憑證更換，如需進行授權指派作業，請點選左方選單。',
    );
    await d.close();
  });

  it('refuses the card already registered for an org swap, and restarts with another variant', async () => {
    const d = await desk();
    const el = await swap(d, 'org');
    await signInOrg(el, d, 'ORG-10002', '10002');
    await failure(el, 'CARD_UNCHANGED');
    const card = await view(el, 'gepi-card-confirm');
    expect(clean(part(card, 'error-summary').textContent)).to.contain('憑證未更換');
    await expect(el).to.be.accessible();

    const old = el.flow!;
    el.variant = 'both';
    await el.updateComplete;
    expect(old.disposed).to.equal(true);
    expect(el.state?.flow).to.equal('swap-both');
    expect(el.state?.step).to.equal('terms');
    await d.close();
  });
});
