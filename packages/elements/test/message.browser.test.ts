// <gepi-message>: the manual's result and pending-review messages as presets, custom messages of
// each kind with the right live-region role, the actions slot, heading focus, and axe.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/message/gepi-message.js';
import type { GepiMessage } from '../src/components/message/message.component.js';
import { describe, it } from './support/mocha.js';
import { activeIn, clean, part } from './support/views.js';

describe('<gepi-message>', () => {
  it('shows the first-registration result as a polite status', async () => {
    const el = await fixture<GepiMessage>(html`<gepi-message preset="first-registration"></gepi-message>`);
    expect(part(el, 'base').getAttribute('role')).to.equal('status');
    expect(part(el, 'icon').getAttribute('aria-label')).to.equal('成功');
    // Headed by the result itself, not by the function's name the page's title already shows.
    expect(clean(part(el, 'heading').textContent)).to.equal('首次註冊成功！');
    expect([...part(el, 'body').querySelectorAll('p')].map((p) => clean(p.textContent))).to.deep.equal([
      '註冊成功後可點選左方功能列接續辦理授權指派經辦人作業。',
    ]);
    expect(el.resolvedKind).to.equal('success');
    await expect(el).to.be.accessible();
  });

  it('shows the pending-review message with the bank’s numbers', async () => {
    const el = await fixture<GepiMessage>(html`<gepi-message preset="review-pending"></gepi-message>`);
    expect(clean(part(el, 'heading').textContent)).to.equal('申請資料審核中');
    const body = clean(part(el, 'body').textContent);
    expect(body).to.contain(
      '申請資料審核中，若審核通過，於下一個營業日貴機關即可重新辦理註冊。若審核不通過，本部將與 貴機關聯絡。',
    );
    expect(body).to.contain('臺灣銀行公教保險部');
    expect(body).to.contain('總機：(02)2701-3411');
    expect(clean(part(el, 'bank-fax').textContent)).to.equal('傳真：(02)2701-5622');
    const sections = [...el.shadowRoot!.querySelectorAll('[part~="bank-section"]')].map((s) =>
      clean(s.textContent),
    );
    expect(sections[0]).to.equal(
      '承保第一科 分機 5312 宜蘭、基隆、臺北、桃園、苗栗、新竹、花蓮、澎湖、金門、馬祖等地要保機關',
    );
    expect(sections[1]).to.contain('承保第二科 分機 5353');
    expect(el.shadowRoot!.querySelector('a[href="tel:0227013411,5353"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the three swap results in the manual’s words', async () => {
    const expected = {
      'swap-org': '更換機關憑證成功！',
      'swap-manager': '完成更換授權管理者自然人憑證，如欲繼續辦理授權指派作業，請點選左方選單！',
      'swap-both': '貴機關已完成機關憑證及授權管理者自然人憑證更換，如需進行授權指派作業，請點選左方選單。',
    };
    for (const [preset, text] of Object.entries(expected)) {
      const el = await fixture<GepiMessage>(html`<gepi-message preset=${preset}></gepi-message>`);
      const heading = clean(part(el, 'heading').textContent);
      expect([
        '更換機關憑證',
        '更換授權管理者自然人憑證',
        '更換機關憑證和更換授權管理者自然人憑證',
      ]).to.not.include(heading);
      expect(clean(`${heading} ${clean(part(el, 'body').textContent)}`)).to.contain(text);
    }
  });

  it('announces an error at once, with the host’s heading and body, in English', async () => {
    const el = await fixture<GepiMessage>(
      html`<gepi-message
        kind="error"
        lang="en"
        heading="Registration failed"
        body=${'The organization certificate is not registered.\nTry again.'}
      ></gepi-message>`,
    );
    expect(part(el, 'base').getAttribute('role')).to.equal('alert');
    expect(part(el, 'icon').getAttribute('aria-label')).to.equal('Error');
    expect(clean(part(el, 'heading').textContent)).to.equal('Registration failed');
    expect([...part(el, 'body').querySelectorAll('p')].map((p) => clean(p.textContent))).to.deep.equal([
      'The organization certificate is not registered.',
      'Try again.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('lets kind, heading and body override a preset, and is accessible in every kind', async () => {
    const el = await fixture<GepiMessage>(
      html`<gepi-message preset="swap-org" kind="warning"></gepi-message>`,
    );
    expect(part(el, 'base').getAttribute('role')).to.equal('alert');
    expect(part(el, 'icon').getAttribute('aria-label')).to.equal('注意');
    for (const kind of ['success', 'info', 'warning', 'error'] as const) {
      const m = await fixture<GepiMessage>(
        html`<gepi-message kind=${kind} heading="標題" body="內容"></gepi-message>`,
      );
      await expect(m).to.be.accessible();
    }
  });

  it('shows actions only when given, reachable by Tab', async () => {
    const bare = await fixture<GepiMessage>(html`<gepi-message heading="完成"></gepi-message>`);
    expect(part(bare, 'actions').hidden).to.equal(true);

    const el = await fixture<GepiMessage>(
      html`<gepi-message preset="swap-both">
        <button slot="actions" id="next">授權指派</button>
      </gepi-message>`,
    );
    await el.updateComplete;
    expect(part(el, 'actions').hidden).to.equal(false);
    await el.focusHeading();
    expect(activeIn(el)).to.equal(part(el, 'heading'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelector('#next'));
    await expect(el).to.be.accessible();
  });

  it('focuses its heading on first render with autofocus, or the panel when it has no heading', async () => {
    const el = await fixture<GepiMessage>(html`<gepi-message autofocus preset="swap-org"></gepi-message>`);
    await el.updateComplete;
    expect(activeIn(el)).to.equal(part(el, 'heading'));
    expect(part(el, 'heading').tabIndex).to.equal(-1);

    const plain = await fixture<GepiMessage>(html`<gepi-message body="只有內容"></gepi-message>`);
    await plain.focusHeading();
    expect(activeIn(plain)).to.equal(part(plain, 'base'));
  });
});
