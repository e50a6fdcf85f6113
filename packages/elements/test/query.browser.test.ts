// <gepi-query> against the real registration API in the page and virtual cards: the receipt
// records of 10002 with ROC times; the OID of ORG-20003; the serial of CIT-WU's certificate; the
// authorized list of 10002, read-only, exported as CSV through an object URL, and printed.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/query/gepi-query.js';
import type { GepiQuery } from '../src/components/query/query.component.js';
import { createAssignmentFlow } from '@gepi/sdk';
import { emulateMedia } from '@web/test-runner-commands';
import { describe, it } from './support/mocha.js';
import {
  before,
  demoPki,
  desk,
  inside,
  listAsLin,
  PIN,
  pressText,
  signInCitizen,
  signInOrg,
  step,
  textOf,
  view,
} from './support/portal.js';
import type { Desk } from './support/portal.js';
import { byLabel, clean, part, parts, typeInto } from './support/views.js';

async function query(d: Desk, variant: string): Promise<GepiQuery> {
  return fixture<GepiQuery>(
    html`<gepi-query variant=${variant} .client=${d.client} .tokens=${d.tokens}></gepi-query>`,
  );
}

/** A valid national ID (A1…, its check digit computed), the n-th of a made-up series. */
function nationalId(n: number): string {
  const body = `A1${String(3_000_000 + n).padStart(7, '0')}`;
  const digits = [1, 0, ...body.slice(1).split('').map(Number)];
  const weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1];
  const sum = digits.reduce((acc, digit, i) => acc + digit * weights[i]!, 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** 10002's manager adds `count` handlers through the API (the assignment flow, real cards and calls). */
async function addHandlers(d: Desk, count: number): Promise<void> {
  const flow = createAssignmentFlow({ client: d.client, tokens: d.tokens });
  d.insert('ORG-10002');
  await flow.signInOrg({ agencyCode: '10002', pin: PIN });
  d.insert('CIT-LIN');
  await flow.signInCitizen({ nationalId: 'F223456786', pin: PIN });
  for (let i = 0; i < count; i += 1) {
    flow.startAdd();
    const state = await flow.submit({
      serial: `ABCDEF${String(i).padStart(26, '0')}`,
      name: `經辦人${'甲乙丙丁戊己庚辛壬癸'[i] ?? ''}`,
      nationalId: nationalId(i),
      permissions: ['premium.change'],
    });
    if (state.error) throw new Error(`add ${i}: ${state.error.code}`);
  }
  await flow.finish();
  flow.dispose();
}

describe('<gepi-query>', function () {
  before(() => demoPki(), 30_000);

  it('lists 10002’s receipt records with ROC times (查詢憑證註冊收件紀錄)', async () => {
    const d = await desk();
    const el = await query(d, 'receipts');
    await step(el, 'form');
    expect(clean(part(el, 'title').textContent)).to.equal('查詢憑證註冊紀錄');
    await expect(el).to.be.accessible();

    // A wrong code is explained at the input, by the flow's own check.
    typeInto(byLabel(el, '機關代號'), '1000');
    pressText(el, '查詢');
    await waitUntil(() => part(el, 'field-error'), 'no field error');
    expect(byLabel(el, '機關代號').getAttribute('aria-invalid')).to.equal('true');

    typeInto(byLabel(el, '機關代號'), '10002');
    pressText(el, '查詢');
    await step(el, 'results');
    const table = await view(el, 'gepi-receipt-table');
    const cells = [...parts(table, 'row')[0]!.querySelectorAll('td')].map((td) => clean(td.textContent));
    expect(cells[1]).to.equal('10002');
    expect(cells[2]).to.equal('國立臺灣測試大學');
    expect(cells[3]).to.match(/^\d{3}年\d{2}月\d{2}日\d{2}點\d{2}分\d{2}秒$/);
    // 註冊項目, with the receipt's 收件編號 on a line of its own.
    expect(cells[4]).to.match(/^首次註冊收件編號：GEPI-\d{7}-\d{6}$/);
    expect(clean(part(el, 'status').textContent)).to.equal('顯示第 1 至 1 項結果，共 1 項');
    await expect(el).to.be.accessible();

    const pager = inside(table, 'gepi-pager');
    const size = inside<HTMLSelectElement>(pager, '[part~="page-size-select"]');
    size.value = '50';
    size.dispatchEvent(new Event('change'));
    const pageSize = () => (el.state?.data as { list?: { pageSize: number } } | undefined)?.list?.pageSize;
    await waitUntil(() => pageSize() === 50 && !el.state?.busy, 'page size');
    await d.close();
  });

  it('shows the OID of ORG-20003 (查詢機關憑證OID)', async () => {
    const d = await desk();
    const el = await query(d, 'org-oid');
    await signInOrg(el, d, 'ORG-20003', '20003');
    await step(el, 'result');
    const result = await view(el, 'gepi-query-result');
    expect(textOf(result)).to.contain('機關憑證OID查詢結果畫面');
    expect(textOf(result)).to.contain('高雄市立測試醫院');
    expect(clean(result.shadowRoot!.querySelector('[data-key="oid"]')?.textContent)).to.equal('0102020003');
    await expect(el).to.be.accessible();
    pressText(el, '重新查詢');
    await step(el, 'org-card');
    await d.close();
  });

  it('shows the serial of CIT-WU’s certificate (查詢自然人憑證序號)', async () => {
    const d = await desk();
    const el = await query(d, 'citizen-serial');
    const card = await view(el, 'gepi-card-confirm');
    expect(textOf(card)).to.contain('請放入自然人憑證IC卡，並輸入畫面欄位：');
    await signInCitizen(el, d, 'CIT-WU', 'R120405060');
    await step(el, 'result');
    const result = await view(el, 'gepi-query-result');
    expect(clean(result.shadowRoot!.querySelector('[data-key="name"]')?.textContent)).to.equal('吳宗翰');
    expect(clean(result.shadowRoot!.querySelector('[data-key="serial"]')?.textContent)).to.equal(
      '100048210DD2DF2E128096A9282B0007',
    );
    await d.close();
  });

  it('lists 10002’s authorized handlers read-only, exports them as CSV and prints', async () => {
    const d = await desk();
    const el = await query(d, 'authorized');
    await listAsLin(el, d);
    const list = await view(el, 'gepi-handler-list');
    expect(list.readonly).to.equal(true);
    expect(part(list, 'add-button')).to.equal(null);
    expect(part(list, 'edit-button')).to.equal(null);
    const first = parts(list, 'row')[0]!;
    expect(clean(first.textContent)).to.contain('張淑芬');
    expect(clean(first.textContent)).to.contain('E22****894');
    expect(clean(first.textContent)).to.contain('異動登錄');
    await expect(el).to.be.accessible();

    // The download: an object URL of the flow's CSV, clicked; the test keeps the browser from saving it.
    let download: { name: string; text: Promise<string> } | undefined;
    const catchDownload = (event: Event) => {
      const link = event.composedPath()[0];
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      download = { name: link.download, text: fetch(link.href).then((r) => r.text()) };
    };
    document.addEventListener('click', catchDownload, true);
    try {
      part(list, 'export-button').click();
      await waitUntil(() => download, 'no download');
    } finally {
      document.removeEventListener('click', catchDownload, true);
    }
    expect(download!.name).to.equal('authorized-10002.csv');
    const csv = await download!.text;
    expect(csv).to.match(/^\uFEFF?序號,姓名,身分證統一編號,憑證序號,權限/);
    expect(csv).to.contain('張淑芬,E22****894');
    expect(csv).not.to.contain('E224567894');

    // 列印: the list asks first; a host that prints its own way prevents the default.
    const printing = oneEvent(el, 'gepi-print');
    el.addEventListener('gepi-print', (e) => e.preventDefault(), { once: true });
    part(list, 'print-button').click();
    expect((await printing).detail.query).to.equal('');
    await d.close();
  });

  it('列印 on 已授權清單 prints every row of the list, not the page on screen', async () => {
    const d = await desk();
    await addHandlers(d, 10); // 13 handlers: two pages of 10.
    const el = await query(d, 'authorized');
    await listAsLin(el, d);
    const list = await view(el, 'gepi-handler-list');
    expect(parts(list, 'row')).to.have.length(10);
    expect((el.state?.data as { list?: { total: number } } | undefined)?.list?.total).to.equal(13);

    const printing = oneEvent(el, 'gepi-print');
    el.addEventListener('gepi-print', (e) => e.preventDefault(), { once: true });
    part(list, 'print-button').click();
    const event = await printing;
    expect(event.detail.rows).to.equal(13);
    expect(event.target).to.equal(el);
    const printed = part(el, 'print-list');
    expect(printed.checkVisibility()).to.equal(false); // on screen, the page as it was
    expect(parts(list, 'row')).to.have.length(10);

    await emulateMedia({ media: 'print' });
    try {
      expect(printed.checkVisibility()).to.equal(true);
      const bodyRows = [...printed.querySelectorAll('tbody tr')].map((row) => clean(row.textContent));
      expect(bodyRows).to.have.length(13);
      expect(bodyRows[0]).to.contain('張淑芬');
      // Each row with its card's state (these made-up handlers' serials were never seen: 不明).
      expect(bodyRows[12]).to.match(/^13 經辦人\S A1\d\*{4}\d{3} 憑證狀態不明 異動登錄$/);
      // Whose list, and when it was printed (ROC time).
      expect(clean(printed.querySelector('caption')?.textContent)).to.match(
        /^國立臺灣測試大學 已授權清單 列印時間：1\d\d年\d\d月\d\d日\d\d點\d\d分\d\d秒$/,
      );
      expect(bodyRows.join(' ')).not.to.match(/A1\d{8}/); // IDs masked
      expect(part(list, 'pager').checkVisibility()).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await expect(el).to.be.accessible();
    await d.close();
  });
});
