// 收件紀錄's 申請及審核情形 (issue 14 item 9, issue 17) in <gepi-query>, against the real API in the
// page: the way on from 查詢憑證註冊紀錄, the org card, the agency's application 審核中 with the day it
// may register again, 未核准 with the reviewer's reason, 核准, another agency's card seeing nothing,
// the way back, English, a 375 px phone, and axe in each state.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/query/gepi-query.js';
import type { GepiQuery } from '../src/components/query/query.component.js';
import { describe, it } from './support/mocha.js';
import { before, demoPki, desk, inside, pressText, signInOrg, step } from './support/portal.js';
import type { Desk } from './support/portal.js';
import { clean, part, parts } from './support/views.js';

const RETRY = /^可於\d{3}年\d{2}月\d{2}日起重新註冊$/;

async function query(d: Desk, variant = 'receipts', lang = 'zh-TW'): Promise<GepiQuery> {
  return fixture<GepiQuery>(
    html`<gepi-query lang=${lang} variant=${variant} .client=${d.client} .tokens=${d.tokens}></gepi-query>`,
  );
}

/** Label → value of each application shown. */
function applications(el: GepiQuery): Record<string, string>[] {
  return parts(el, 'application').map((article) =>
    Object.fromEntries(
      [...article.querySelectorAll('dt')].map((dt) => [
        clean(dt.textContent),
        clean(dt.nextElementSibling?.textContent),
      ]),
    ),
  );
}

async function readApplications(d: Desk, el: GepiQuery, cardId: string, code: string): Promise<void> {
  await step(el, 'org-card');
  await signInOrg(el, d, cardId, code);
  await step(el, 'result');
}

describe('<gepi-query> 申請及審核情形', function () {
  before(() => demoPki(), 30_000);

  it('leads from 收件紀錄 to the org card and shows 50006’s application 審核中, then back', async () => {
    const d = await desk();
    const el = await query(d);
    await step(el, 'form');
    const way = part(el, 'applications');
    expect(clean(way.querySelector('h3, h2, h4')?.textContent)).to.equal('申請及審核情形');
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'applications-button').click();
    await el.updateComplete;
    expect(el.variant).to.equal('applications');
    expect(el.getAttribute('variant')).to.equal('applications');

    await readApplications(d, el, 'ORG-50006', '50006');
    expect(clean(part(el, 'title').textContent)).to.equal('申請及審核情形');
    expect(clean(part(el, 'status').textContent)).to.equal('共 1 件申請');
    const [shown] = applications(el);
    expect(shown!['審核情形']).to.equal('審核中');
    expect(shown!['重新註冊']).to.match(RETRY);
    expect(shown!['申請人']).to.equal('游文傑');
    expect(shown!['申請時間']).to.match(/^\d{3}年\d{2}月\d{2}日\d{2}點\d{2}分\d{2}秒$/);
    expect(shown).to.not.have.property('未核准原因');
    expect(el.shadowRoot!.textContent).to.not.contain('(03)832-1234');
    await expect(el).to.be.accessible();

    // The session of the query was ended with it.
    expect(d.requests.filter((r) => r.method === 'DELETE' && r.path === '/api/v1/session')).to.have.length(1);

    pressText(el, '回查詢憑證註冊紀錄');
    await step(el, 'form');
    expect(el.variant).to.equal('receipts');
    await d.close();
  });

  it('shows 未核准 with the reviewer’s reason, and 核准 with the day registration opens', async () => {
    const d = await desk();
    const pending = await d.admin('GET', '/reviews?status=pending');
    const review = pending.items!.find((r) => r.agencyCode === '50006')!;
    await d.admin('POST', `/reviews/${review.id}/reject`, { reason: '機關OID資料不符，本部將以電話聯絡' });
    const el = await query(d, 'applications');
    await readApplications(d, el, 'ORG-50006', '50006');
    const [rejected] = applications(el);
    expect(rejected!['審核情形']).to.equal('未核准');
    expect(rejected!['未核准原因']).to.equal('機關OID資料不符，本部將以電話聯絡');
    expect(rejected).to.not.have.property('重新註冊');
    expect(rejected!['審核時間']).to.match(/^\d{3}年\d{2}月\d{2}日/);
    const state = part(el, 'application-state');
    expect(getComputedStyle(state).color).to.equal('rgb(180, 35, 24)');
    await expect(el).to.be.accessible();
    await d.close();

    // Approved instead (a fresh API): 核准, and the business day from which it may register.
    const d2 = await desk();
    const again = await d2.admin('GET', '/reviews?status=pending');
    await d2.admin('POST', `/reviews/${again.items!.find((r) => r.agencyCode === '50006')!.id}/approve`);
    const el2 = await query(d2, 'applications');
    await readApplications(d2, el2, 'ORG-50006', '50006');
    const [approved] = applications(el2);
    expect(approved!['審核情形']).to.equal('核准');
    expect(approved!['重新註冊']).to.match(RETRY);
    expect(approved).to.not.have.property('未核准原因');
    await expect(el2).to.be.accessible();
    await d2.close();
  });

  it('shows nothing of 50006’s application to another agency’s card that types 50006', async () => {
    const d = await desk();
    const el = await query(d, 'applications');
    await readApplications(d, el, 'ORG-20003', '50006');
    expect(parts(el, 'application')).to.have.length(0);
    expect(clean(part(el, 'status').textContent)).to.equal('目前查無資料！');
    await expect(el).to.be.accessible();
    await d.close();
  });

  it('speaks English, and fits a 375 px phone', async () => {
    const d = await desk();
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await query(d, 'applications', 'en');
      await readApplications(d, el, 'ORG-50006', '50006');
      const [shown] = applications(el);
      expect(shown!['Review']).to.equal('Under review');
      expect(shown!['Register again']).to.match(/^You may register again from \d{4}-\d{2}-\d{2}$/);
      const article = part(el, 'application');
      expect(article.scrollWidth).to.be.at.most(article.clientWidth);
      expect(article.getBoundingClientRect().right).to.be.at.most(375);
      await expect(el).to.be.accessible();
      inside<HTMLButtonElement>(el, '[part~="receipts-button"]').click();
      await step(el, 'form');
    } finally {
      await setViewport({ width: 800, height: 600 });
      await d.close();
    }
  });
});
