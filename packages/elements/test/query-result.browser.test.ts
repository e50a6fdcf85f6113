// <gepi-query-result>: 機關憑證OID查詢結果畫面 and 查詢自然人憑證結果畫面 as description lists, in zh-TW
// and English, with the demo dataset's agency and card, heading focus, and axe.
import { loadDemoDataset } from '@gepi/sdk/testing';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/query-result/gepi-query-result.js';
import { describe, it } from './support/mocha.js';
import type { GepiQueryResult } from '../src/components/query-result/query-result.component.js';

const dataset = loadDemoDataset();
const agency = dataset.agencies.find((a) => a.code === '10002')!;
const card = dataset.cards.find((c) => c.id === 'CIT-CHEN')!;
const person = dataset.people.find((p) => p.nationalId === 'B120112236')!;

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const part = <T extends Element = HTMLElement>(el: Element, name: string): T =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
const pairs = (el: GepiQueryResult): string[][] =>
  [...part(el, 'list').children].map((div) => [...div.children].map((c) => clean(c.textContent)));

describe('<gepi-query-result>', () => {
  it('shows 機關憑證OID查詢結果畫面 with 機關名稱 and 機關憑證OID', async () => {
    const el = await fixture<GepiQueryResult>(html`
      <gepi-query-result variant="org-oid" agency-name=${agency.name} oid=${agency.orgId}></gepi-query-result>
    `);
    expect(clean(part(el, 'title').textContent)).to.equal('機關憑證OID查詢結果畫面');
    expect(part(el, 'list').tagName).to.equal('DL');
    expect(pairs(el)).to.deep.equal([
      ['機關名稱', '國立臺灣測試大學'],
      ['機關憑證OID', '2.16.886.111.90010.90003.10002'],
    ]);
    expect(part(el, 'list').querySelectorAll('dt')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows 查詢自然人憑證結果畫面 with 姓名 and 自然人憑證序號', async () => {
    const el = await fixture<GepiQueryResult>(html`
      <gepi-query-result
        variant="citizen-serial"
        .name=${person.name}
        .serial=${card.serial}
      ></gepi-query-result>
    `);
    expect(clean(part(el, 'title').textContent)).to.equal('查詢自然人憑證結果畫面');
    expect(pairs(el)).to.deep.equal([
      ['姓名', '陳志豪'],
      ['自然人憑證序號', '100048210DD2DF2E128096A9282B0003'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('renders both variants in English', async () => {
    const oid = await fixture<GepiQueryResult>(html`
      <gepi-query-result lang="en" agency-name=${agency.name} oid=${agency.orgId}></gepi-query-result>
    `);
    expect(clean(part(oid, 'title').textContent)).to.equal('Organization certificate OID');
    expect(pairs(oid).map((p) => p[0])).to.deep.equal(['Agency name', 'Organization certificate OID']);
    await expect(oid).to.be.accessible();

    oid.variant = 'citizen-serial';
    oid.name = person.name;
    oid.serial = card.serial;
    await oid.updateComplete;
    expect(clean(part(oid, 'title').textContent)).to.equal('Citizen certificate');
    expect(pairs(oid)).to.deep.equal([
      ['Name', '陳志豪'],
      ['Citizen certificate serial number', '100048210DD2DF2E128096A9282B0003'],
    ]);
    await expect(oid).to.be.accessible();
  });

  it('focuses its heading when shown with autofocus, at the level the host asks for', async () => {
    const el = await fixture<GepiQueryResult>(html`
      <gepi-query-result autofocus heading-level="3" oid="1.2.3"></gepi-query-result>
    `);
    await el.updateComplete;
    expect(part(el, 'title').tagName).to.equal('H3');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'title'));
  });
});
