// <gepi-receipt-table>: the four receipts of the manual's figure 3-39 with ROC receipt times and
// registration items in zh-TW and English, the empty result, the shared page-size and search
// controls, unknown item codes and unreadable times, and axe in each state.
import { formatRocDateTime } from '@gepi/sdk';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/receipt-table/gepi-receipt-table.js';
import { describe, it } from './support/mocha.js';
import type { GepiPager } from '../src/components/pager/pager.component.js';
import type {
  GepiReceiptTable,
  ReceiptRow,
} from '../src/components/receipt-table/receipt-table.component.js';

const AGENCY = { agencyCode: '10002', agencyName: '國立臺灣測試大學' };
// Figure 3-39: 105年04月22日 in Taipei (UTC+8).
const RECEIPTS: ReceiptRow[] = [
  { id: 11, ...AGENCY, receivedAt: '2016-04-22T06:36:34Z', item: 'first-registration' },
  { id: 12, ...AGENCY, receivedAt: '2016-04-22T06:52:51Z', item: 'swap-org' },
  { id: 13, ...AGENCY, receivedAt: '2016-04-22T07:07:50Z', item: 'swap-manager' },
  { id: 14, ...AGENCY, receivedAt: '2016-04-22T07:34:04Z', item: 'swap-both' },
];

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const part = <T extends Element = HTMLElement>(el: Element, name: string): T =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
const rows = (el: GepiReceiptTable): string[][] =>
  [...el.shadowRoot!.querySelectorAll('[part="row"]')].map((r) =>
    [...r.children].map((c) => clean(c.textContent)),
  );
const pagerOf = (el: GepiReceiptTable): GepiPager => el.shadowRoot!.querySelector('gepi-pager')!;

async function table(
  items: ReceiptRow[] = RECEIPTS,
  lang = 'zh-TW',
  total?: number,
): Promise<GepiReceiptTable> {
  const el = await fixture<GepiReceiptTable>(
    html`<gepi-receipt-table lang=${lang} .items=${items} .total=${total}></gepi-receipt-table>`,
  );
  await pagerOf(el).updateComplete;
  return el;
}

describe('<gepi-receipt-table>', () => {
  it('fits a 375 px phone: all five columns, 註冊項目 included, without a sideways scroll', async () => {
    const el = await table();
    el.style.display = 'block';
    el.style.inlineSize = '343px';
    await el.updateComplete;
    const scroll = pagerOf(el).shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth);
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"] > :last-child')];
    for (const cell of items) {
      expect(cell.getBoundingClientRect().right).to.be.at.most(scroll.getBoundingClientRect().right);
    }
    await expect(el).to.be.accessible();
  });

  it('lists the receipts with ROC receipt times and the manual’s registration items', async () => {
    const el = await table();
    expect(clean(part(el, 'title').textContent)).to.equal('查詢結果：');
    const t = part<HTMLTableElement>(el, 'table');
    expect(clean(t.caption?.textContent)).to.equal('查詢憑證註冊收件紀錄');
    expect([...t.querySelectorAll('thead th')].map((th) => clean(th.textContent))).to.deep.equal([
      '序號',
      '機關代號',
      '機關名稱',
      '收件時間',
      '註冊項目',
    ]);
    expect(rows(el)).to.deep.equal([
      ['1', '10002', '國立臺灣測試大學', '105年04月22日14點36分34秒', '首次註冊'],
      ['2', '10002', '國立臺灣測試大學', '105年04月22日14點52分51秒', '更換機關憑證'],
      ['3', '10002', '國立臺灣測試大學', '105年04月22日15點07分50秒', '更換授權管理者自然人憑證'],
      ['4', '10002', '國立臺灣測試大學', '105年04月22日15點34分04秒', '更換機關憑證與授權管理者自然人憑證'],
    ]);
    // The same text as the SDK's formatter, and a machine-readable time beside it.
    expect(rows(el).map((r) => r[3])).to.deep.equal(
      RECEIPTS.map((r) => formatRocDateTime(new Date(r.receivedAt))),
    );
    expect(t.querySelector('time')!.getAttribute('datetime')).to.equal('2016-04-22T14:36:34+08:00');
    expect(clean(part(pagerOf(el), 'status').textContent)).to.equal('顯示第 1 至 4 項結果，共 4 項');
    await expect(el).to.be.accessible();
  });

  it('names the three handler changes in both languages (收件紀錄 carries no handler)', async () => {
    const changes: ReceiptRow[] = (['handler-created', 'handler-updated', 'handler-deleted'] as const).map(
      (item, i) => ({ id: 20 + i, ...AGENCY, receivedAt: '2026-12-07T05:45:38Z', item }),
    );
    const el = await table(changes);
    expect(rows(el).map((r) => r[4])).to.deep.equal(['新增授權經辦人', '修改授權經辦人', '刪除授權經辦人']);
    await expect(el).to.be.accessible();
    const en = await table(changes, 'en');
    expect(rows(en).map((r) => r[4])).to.deep.equal(['Handler added', 'Handler changed', 'Handler deleted']);
  });

  it('renders in English, with Gregorian and ROC years', async () => {
    const el = await table(RECEIPTS, 'en');
    expect(clean(part(el, 'title').textContent)).to.equal('Results:');
    expect(rows(el)[0]).to.deep.equal([
      '1',
      '10002',
      '國立臺灣測試大學',
      '2016-04-22 14:36:34 (Taipei time, ROC year 105)',
      'First registration',
    ]);
    expect(rows(el)[3]![4]).to.equal(
      "Organization certificate and authorization manager's citizen certificate replaced",
    );
    await expect(el).to.be.accessible();
  });

  it('says 目前查無資料! when there are no receipts', async () => {
    const el = await table([]);
    expect(clean(part(el, 'empty').textContent)).to.equal('目前查無資料！');
    expect(part<HTMLTableCellElement>(el, 'empty').colSpan).to.equal(5);
    expect(clean(part(pagerOf(el), 'status').textContent)).to.equal('顯示第 0 至 0 項結果，共 0 項');
    await expect(el).to.be.accessible();
  });

  it('offers page size and search through the shared pager', async () => {
    const el = await table(RECEIPTS, 'zh-TW', 42);
    const pager = pagerOf(el);
    expect(clean(part(pager, 'page-size').textContent)).to.contain('顯示筆數');
    expect(clean(part(pager, 'status').textContent)).to.equal('顯示第 1 至 10 項結果，共 42 項');

    const select = part<HTMLSelectElement>(pager, 'page-size-select');
    setTimeout(() => {
      select.value = '50';
      select.dispatchEvent(new Event('change'));
    });
    expect((await oneEvent(el, 'gepi-page-change')).detail).to.deep.equal({ page: 1, pageSize: 50 });

    part<HTMLInputElement>(pager, 'search-input').focus();
    await sendKeys({ type: '更換' });
    const searched = oneEvent(el, 'gepi-search');
    await sendKeys({ press: 'Enter' });
    expect((await searched).detail).to.deep.equal({ query: '更換' });
    await el.updateComplete;
    expect(el.query).to.equal('更換');
    expect(el.page).to.equal(1);
  });

  it('numbers rows from the page’s first and slices a whole list handed over at once', async () => {
    const many: ReceiptRow[] = Array.from({ length: 25 }, (_, i) => ({
      id: i + 1,
      ...AGENCY,
      receivedAt: new Date(Date.UTC(2016, 3, 22, 6, i)),
      item: 'swap-org',
    }));
    const el = await table(many);
    el.page = 3;
    await el.updateComplete;
    expect(rows(el).map((r) => r[0])).to.deep.equal(['21', '22', '23', '24', '25']);
    expect(clean(part(pagerOf(el), 'status').textContent)).to.equal('顯示第 21 至 25 項結果，共 25 項');
  });

  it('shows an item code it does not know through its label, and the server’s ROC text for an unreadable time', async () => {
    const el = await table([
      {
        ...AGENCY,
        receivedAt: 'garbled',
        receivedAtRoc: '105年04月22日14點36分34秒',
        item: 'reissue',
        itemLabel: { 'zh-TW': '補發憑證', en: 'Certificate reissued' },
      },
    ]);
    expect(rows(el)[0]!.slice(3)).to.deep.equal(['105年04月22日14點36分34秒', '補發憑證']);
  });
});
