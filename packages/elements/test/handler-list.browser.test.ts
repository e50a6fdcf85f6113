// <gepi-handler-list>: the 授權經辦人清單 of agency 10002 from the demo dataset in zh-TW and English,
// masked national IDs, the empty list, the footer's row range, paging and search events (debounced,
// and at once on Enter), add / edit / delete by keyboard, certificate expiry badges on a fixed clock,
// the read-only 查詢已授權清單 mode with export and print, a 10,000-row data set, and axe in each state.
import { maskNationalId } from '@gepi/sdk';
import { loadDemoDataset } from '@gepi/sdk/testing';
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/handler-list/gepi-handler-list.js';
import { describe, it } from './support/mocha.js';
import type {
  GepiHandlerList,
  HandlerListItem,
} from '../src/components/handler-list/handler-list.component.js';
import type { GepiPager } from '../src/components/pager/pager.component.js';

const dataset = loadDemoDataset();
const nameOf = new Map(dataset.people.map((p) => [p.nationalId, p.name]));
const agency10002 = dataset.agencies.find((a) => a.code === '10002')!;
const AGENCY = {
  code: agency10002.code,
  name: agency10002.name,
  managerName: nameOf.get(agency10002.manager!.person)!,
};

// 2025-06-01 00:00 in Taipei.
const NOW = new Date('2025-05-31T16:00:00Z');
const fixedClock = (): Date => NOW;
// Card expiry per handler: 張淑芬 in two years, 謝明哲's old card two days ago, 吳宗翰's in 40 days.
const NOT_AFTER: Record<string, string> = {
  E224567894: '2027-06-01T00:00:00+08:00',
  P156781235: '2025-05-30T00:00:00+08:00',
  R120405060: '2025-07-11T00:00:00+08:00',
};

const HANDLERS: HandlerListItem[] = agency10002.handlers!.map((h, i) => ({
  id: i + 1,
  name: nameOf.get(h.person)!,
  nationalIdMasked: maskNationalId(h.person),
  permissions: h.permissions,
  notAfter: NOT_AFTER[h.person] ?? null,
}));

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const part = <T extends Element = HTMLElement>(el: Element, name: string): T =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
const parts = <T extends Element = HTMLElement>(el: Element, name: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`),
];
const pagerOf = (el: GepiHandlerList): GepiPager => el.shadowRoot!.querySelector('gepi-pager')!;
const cells = (row: Element): string[] => [...row.children].map((c) => clean(c.textContent));
const headers = (el: GepiHandlerList): string[] =>
  [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => clean(th.textContent));

async function list(
  props: Partial<Pick<GepiHandlerList, 'items' | 'total' | 'page' | 'pageSize' | 'readonly' | 'busy'>> = {},
  lang = 'zh-TW',
): Promise<GepiHandlerList> {
  const el = await fixture<GepiHandlerList>(html`
    <gepi-handler-list
      lang=${lang}
      .agency=${AGENCY}
      .items=${props.items ?? HANDLERS}
      .total=${props.total}
      .page=${props.page ?? 1}
      .pageSize=${props.pageSize ?? 10}
      .clock=${fixedClock}
      .catalog=${dataset.permissions}
      ?readonly=${props.readonly ?? false}
      ?busy=${props.busy ?? false}
    ></gepi-handler-list>
  `);
  await pagerOf(el).updateComplete;
  return el;
}

/** Every event of `type` the element fires from now on. */
function record<T = unknown>(el: EventTarget, type: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  el.addEventListener(type, (e) => seen.push(e as CustomEvent<T>));
  return seen;
}

describe('<gepi-handler-list>', () => {
  it('renders the manual’s labels and the three handlers of 10002, masked, in zh-TW', async () => {
    const el = await list();
    const info = clean(part(el, 'user-info').textContent);
    expect(info).to.contain('使用者資訊');
    expect(clean(part(el, 'agency').textContent)).to.equal(
      '機關代號 10002 機關名稱 國立臺灣測試大學 授權管理者姓名 林美惠',
    );
    expect(clean(part(el, 'add-button').textContent)).to.equal('新增');
    expect(clean(part(el, 'title').textContent)).to.equal('【授權經辦人清單】');

    const pager = pagerOf(el);
    const select = part<HTMLSelectElement>(pager, 'page-size-select');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['10', '25', '50', '100']);
    expect(select.value).to.equal('10');
    expect(clean(part(pager, 'page-size').textContent)).to.contain('顯示筆數');
    expect(clean(part(pager, 'search').querySelector('label')!.textContent)).to.equal('搜尋');

    const table = part<HTMLTableElement>(el, 'table');
    expect(table.tagName).to.equal('TABLE');
    expect(clean(table.caption?.textContent)).to.equal('【授權經辦人清單】');
    expect(headers(el)).to.deep.equal(['序號', '姓名', '身分證統一編號', '操作區']);
    for (const th of table.querySelectorAll('thead th')) expect(th.getAttribute('scope')).to.equal('col');

    const rows = parts(el, 'row').map(cells);
    expect(rows.map((r) => r.slice(0, 3))).to.deep.equal([
      ['1', '張淑芬', 'E22****894'],
      ['2', '謝明哲 憑證已於114/05/30到期', 'P15****235'],
      ['3', '吳宗翰 憑證將於114/07/11到期', 'R12****060'],
    ]);
    expect(rows[0]![3]).to.equal('修改 張淑芬 刪除 張淑芬');
    // The full IDs appear nowhere in the rendered tree.
    for (const id of ['E224567894', 'P156781235', 'R120405060']) {
      expect(el.shadowRoot!.innerHTML).not.to.contain(id);
    }
    expect(clean(part(pager, 'status').textContent)).to.equal('顯示第 1 至 3 項結果，共 3 項');
    // Three rows fit on one page: no page buttons to offer.
    expect(part(pager, 'nav')).to.equal(null);
  });

  it('keeps the table’s right border inside its box, whole names, compact rows and a destructive 刪除', async () => {
    for (const width of [552, 343]) {
      // 343 px: the content box of a 375 px phone.
      const el = await list();
      el.style.display = 'block';
      el.style.inlineSize = `${width}px`;
      await el.updateComplete;
      const table = el.shadowRoot!.querySelector('table')!;
      const scroll = pagerOf(el).shadowRoot!.querySelector<HTMLElement>('.scroll')!;
      // Bug 8: a 553 px table in a 552 px box lost its right border.
      expect(scroll.scrollWidth, `scroll width at ${width}`).to.be.at.most(scroll.clientWidth);
      expect(table.getBoundingClientRect().right).to.be.at.most(scroll.getBoundingClientRect().right);
      // 張淑芬 on one line, never 張淑 / 芬.
      for (const name of el.shadowRoot!.querySelectorAll<HTMLElement>('tbody .name')) {
        const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
        expect(name.getBoundingClientRect().height, name.textContent ?? '').to.be.below(lineHeight * 1.5);
      }
    }
    const el = await list();
    const row = el.shadowRoot!.querySelector('tbody tr')!;
    // 修改 and 刪除 side by side, 2rem high: a row is not 80 px tall.
    expect(row.getBoundingClientRect().height).to.be.below(56);
    const edit = row.querySelector<HTMLElement>('[part~="edit-button"]')!;
    const del = row.querySelector<HTMLElement>('[part~="delete-button"]')!;
    expect(edit.getBoundingClientRect().height).to.be.at.least(24);
    expect(del.classList.contains('button--danger')).to.equal(true);
    expect(getComputedStyle(del).color).to.equal('rgb(180, 35, 24)');
    expect(getComputedStyle(del).color).to.not.equal(getComputedStyle(edit).color);
    await expect(el).to.be.accessible();
  });

  it('masks a full national ID handed over by mistake', async () => {
    const el = await list({ items: [{ id: 9, name: '陳志豪', nationalId: 'B120112236' }] });
    expect(cells(parts(el, 'row')[0]!)[2]).to.equal('B12****236');
    expect(el.shadowRoot!.innerHTML).not.to.contain('B120112236');
  });

  it('renders in English', async () => {
    const el = await list({}, 'en');
    expect(clean(part(el, 'add-button').textContent)).to.equal('Add');
    expect(clean(part(el, 'title').textContent)).to.equal('Authorized handlers');
    expect(headers(el)).to.deep.equal(['No.', 'Name', 'National ID number', 'Actions']);
    expect(cells(parts(el, 'row')[2]!)[1]).to.equal('吳宗翰 Certificate expires 2025-07-11');
    expect(cells(parts(el, 'row')[0]!)[3]).to.equal('Edit 張淑芬 Delete 張淑芬');
    const pager = pagerOf(el);
    expect(clean(part(pager, 'page-size').textContent)).to.contain('Rows per page');
    expect(clean(part(pager, 'status').textContent)).to.equal('Showing 1 to 3 of 3');
    expect(part(el, 'base').getAttribute('lang')).to.equal('en');
  });

  it('says 目前查無資料！ for an empty list, with 顯示第 0 至 0 項結果，共 0 項', async () => {
    const el = await list({ items: [], total: 0 });
    const empty = part<HTMLTableCellElement>(el, 'empty');
    expect(clean(empty.textContent)).to.equal('目前查無資料！');
    expect(empty.colSpan).to.equal(4);
    expect(parts(el, 'row')).to.have.length(0);
    expect(clean(part(pagerOf(el), 'status').textContent)).to.equal('顯示第 0 至 0 項結果，共 0 項');
    await expect(el).to.be.accessible();
  });

  it('shows 顯示第 21 至 23 項結果，共 23 項 on page 3 of 23 handlers, numbering rows from 21', async () => {
    const el = await list({ total: 23, page: 3, pageSize: 10 });
    const pager = pagerOf(el);
    expect(clean(part(pager, 'status').textContent)).to.equal('顯示第 21 至 23 項結果，共 23 項');
    expect(part(pager, 'status').getAttribute('role')).to.equal('status');
    expect(parts(el, 'row').map((r) => cells(r)[0])).to.deep.equal(['21', '22', '23']);

    const current = part(pager, 'page-button-current');
    expect(current.getAttribute('aria-current')).to.equal('page');
    expect(clean(current.textContent)).to.equal('3');
    expect(current.getAttribute('aria-label')).to.equal('第 3 頁');
    expect(parts(pager, 'page-button').filter((b) => b.hasAttribute('aria-current'))).to.have.length(1);
    expect(part(pager, 'next-button').getAttribute('aria-disabled')).to.equal('true');
    expect(part(pager, 'nav').getAttribute('aria-label')).to.equal('分頁');
  });

  it('fires gepi-page-change for page buttons, previous and page size, and not past the last page', async () => {
    const el = await list({ total: 23, page: 3, pageSize: 10 });
    const pager = pagerOf(el);
    const events = record<{ page: number; pageSize: number }>(el, 'gepi-page-change');

    part(pager, 'next-button').click();
    expect(events).to.have.length(0);

    const pageTwo = parts(pager, 'page-button').find((b) => clean(b.textContent) === '2')!;
    pageTwo.click();
    expect(events.map((e) => e.detail)).to.deep.equal([{ page: 2, pageSize: 10 }]);
    expect(events[0]!.target).to.equal(el);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    await el.updateComplete;
    expect(el.page).to.equal(2);

    await pager.updateComplete;
    part(pager, 'previous-button').click();
    expect(events[1]!.detail).to.deep.equal({ page: 1, pageSize: 10 });

    const select = part<HTMLSelectElement>(pager, 'page-size-select');
    select.value = '25';
    select.dispatchEvent(new Event('change'));
    expect(events[2]!.detail).to.deep.equal({ page: 1, pageSize: 25 });
    await el.updateComplete;
    expect(el.pageSize).to.equal(25);
  });

  it('pages by keyboard: Tab to a page button, Enter', async () => {
    const el = await list({ total: 23, page: 1, pageSize: 10 });
    const pager = pagerOf(el);
    part(pager, 'page-button-current').focus();
    await sendKeys({ press: 'Tab' });
    expect(clean(pager.shadowRoot!.activeElement?.textContent)).to.equal('2');
    const changed = oneEvent(el, 'gepi-page-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ page: 2, pageSize: 10 });
  });

  it('debounces gepi-search while typing, and fires it once', async () => {
    const el = await list();
    const events = record<{ query: string }>(el, 'gepi-search');
    part<HTMLInputElement>(pagerOf(el), 'search-input').focus();
    const started = performance.now();
    await sendKeys({ type: '張淑' });
    await aTimeout(100);
    expect(events).to.have.length(0);
    await oneEvent(el, 'gepi-search');
    expect(performance.now() - started).to.be.at.least(290);
    expect(events.map((e) => e.detail)).to.deep.equal([{ query: '張淑' }]);
    await el.updateComplete;
    expect(el.query).to.equal('張淑');
    await aTimeout(400);
    expect(events).to.have.length(1);
  });

  it('searches at once on Enter, without a second event when the debounce would have run', async () => {
    const el = await list({ page: 1 });
    const events = record<{ query: string }>(el, 'gepi-search');
    part<HTMLInputElement>(pagerOf(el), 'search-input').focus();
    await sendKeys({ type: 'E22' });
    await sendKeys({ press: 'Enter' });
    expect(events.map((e) => e.detail)).to.deep.equal([{ query: 'E22' }]);
    await aTimeout(400);
    expect(events).to.have.length(1);
  });

  it('can be used with the keyboard alone: add, edit and delete', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <button id="before">before</button>
        <gepi-handler-list .agency=${AGENCY} .items=${HANDLERS} .clock=${fixedClock}></gepi-handler-list>
      </div>
    `);
    const el = wrapper.querySelector('gepi-handler-list')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'add-button'));
    const added = oneEvent(el, 'gepi-handler-add');
    await sendKeys({ press: 'Enter' });
    expect((await added).detail).to.deep.equal({});

    // Past the page size and search fields to the first row's buttons.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const edit = parts(el, 'edit-button')[0]!;
    expect(el.shadowRoot!.activeElement).to.equal(edit);
    const edited = oneEvent(el, 'gepi-handler-edit');
    await sendKeys({ press: 'Enter' });
    expect((await edited).detail).to.deep.equal({ id: 1 });

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'delete-button')[0]);
    const deleted = oneEvent(el, 'gepi-handler-delete');
    await sendKeys({ press: 'Space' });
    expect((await deleted).detail).to.deep.equal({ id: 1 });
  });

  it('names each row’s buttons with the handler’s name, hidden from sight only', async () => {
    const el = await list();
    const [edit] = parts(el, 'edit-button');
    // The accessible name of a button is its text: 修改 as shown, then the name for screen readers.
    expect(clean(edit!.textContent)).to.equal('修改 張淑芬');
    const hidden = edit!.querySelector('span')!;
    expect(getComputedStyle(hidden).display).not.to.equal('none');
    expect(hidden.closest('[aria-hidden]')).to.equal(null);
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    const names = parts(el, 'delete-button').map((b) => clean(b.textContent));
    expect(names).to.deep.equal(['刪除 張淑芬', '刪除 謝明哲', '刪除 吳宗翰']);
  });

  it('flags a card expiring within 60 days and an expired one, by the injected clock', async () => {
    const el = await list();
    const [chang, hsieh, wu] = parts(el, 'row');
    expect(chang!.querySelector('[part~="badge"]')).to.equal(null);
    expect(clean(hsieh!.querySelector('[part~="badge-expired"]')?.textContent)).to.equal(
      '憑證已於114/05/30到期',
    );
    expect(clean(wu!.querySelector('[part~="badge-expiring"]')?.textContent)).to.equal(
      '憑證將於114/07/11到期',
    );

    // Exactly 60 days ahead is inside the renewal window; 61 is not.
    const day = 86_400_000;
    el.items = [
      { id: 1, name: '甲', nationalIdMasked: 'A12****789', notAfter: new Date(NOW.getTime() + 60 * day) },
      { id: 2, name: '乙', nationalIdMasked: 'A12****789', notAfter: new Date(NOW.getTime() + 61 * day) },
      { id: 3, name: '丙', nationalIdMasked: 'A12****789', notAfter: 'not a date' },
    ];
    await el.updateComplete;
    expect(parts(el, 'row').map((r) => r.querySelector('[part~="badge"]') !== null)).to.deep.equal([
      true,
      false,
      false,
    ]);
    await expect(el).to.be.accessible();
  });

  it('is read-only for 查詢已授權清單: no add, edit or delete; permissions per handler', async () => {
    const el = await list({ readonly: true });
    expect(part(el, 'add-button')).to.equal(null);
    expect(parts(el, 'edit-button')).to.have.length(0);
    expect(parts(el, 'delete-button')).to.have.length(0);
    expect(headers(el)).to.deep.equal(['序號', '姓名', '身分證統一編號', '擁有權限']);
    expect(parts(el, 'row').map((r) => cells(r)[3])).to.deep.equal([
      '異動登錄、申報與傳送、申報資料列印',
      '給付試算、一般資料查詢',
      '一般資料查詢',
    ]);

    el.items = [
      {
        id: 7,
        name: '吳宗翰',
        nationalIdMasked: 'R12****060',
        permissionLabels: ['異動登錄', '申報資料查詢'],
      },
    ];
    await el.updateComplete;
    expect(cells(parts(el, 'row')[0]!)[3]).to.equal('異動登錄、申報資料查詢');
    await expect(el).to.be.accessible();
  });

  it('offers CSV export and print in read-only mode; print falls back to window.print()', async () => {
    const el = await list({ readonly: true });
    expect(clean(part(el, 'export-button').textContent)).to.equal('匯出CSV');
    expect(clean(part(el, 'print-button').textContent)).to.equal('列印');

    const exported = oneEvent(el, 'gepi-export-csv');
    part(el, 'export-button').click();
    expect((await exported).detail).to.deep.equal({ query: '' });

    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      const prevent = (e: Event) => e.preventDefault();
      el.addEventListener('gepi-print', prevent);
      part(el, 'print-button').click();
      expect(printed).to.equal(0);
      el.removeEventListener('gepi-print', prevent);

      const events = record<{ query: string }>(el, 'gepi-print');
      part(el, 'print-button').click();
      expect(events[0]!.cancelable).to.equal(true);
      expect(printed).to.equal(1);
    } finally {
      window.print = original;
    }
  });

  it('renders only the page of a 10,000-row data set, quickly', async () => {
    const many: HandlerListItem[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: i + 1,
      name: `經辦人${String(i + 1).padStart(5, '0')}`,
      nationalIdMasked: 'A12****789',
    }));
    const started = performance.now();
    const el = await list({ items: many, pageSize: 100, page: 3 });
    const elapsed = performance.now() - started;
    expect(parts(el, 'row')).to.have.length(100);
    expect(cells(parts(el, 'row')[0]!).slice(0, 2)).to.deep.equal(['201', '經辦人00201']);
    expect(clean(part(pagerOf(el), 'status').textContent)).to.equal('顯示第 201 至 300 項結果，共 10000 項');
    // A hundred pages are offered as a handful of buttons, not a hundred.
    expect(parts(pagerOf(el), 'page-button').length).to.be.at.most(11);
    expect(elapsed).to.be.below(1000);

    // Server paging: the host hands over one page and the total.
    el.items = many.slice(0, 100);
    el.total = 10_000;
    el.page = 1;
    await el.updateComplete;
    expect(parts(el, 'row')).to.have.length(100);
    await expect(el).to.be.accessible();
  });

  it('announces the flow’s notice above the list, and focuses 使用者資訊 (next Tab: 新增) for a new step', async () => {
    const el = await list();
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(clean(status.textContent)).to.equal('');
    el.notice = '刪除成功！';
    await el.updateComplete;
    expect(clean(part(el, 'notice').textContent)).to.equal('刪除成功！');
    expect(part(el, 'notice').parentElement).to.equal(status);

    // Focus on 使用者資訊, under the notice and just before 新增: one Tab, not fifteen.
    await el.focusHeading();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'user-info-title'));
    expect(part(el, 'user-info-title').tabIndex).to.equal(-1);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'add-button'));
    await expect(el).to.be.accessible();
  });

  it('marks the table busy while rows are fetched', async () => {
    const el = await list({ busy: true });
    expect(part(el, 'table').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is accessible in zh-TW and in English', async () => {
    await expect(await list()).to.be.accessible();
    await expect(await list({ total: 23, page: 2 }, 'en')).to.be.accessible();
  });
  it('shows every card state the API reports, 讀取新卡更新序號 where a new card is due, and the agency’s card notices', async () => {
    const states = ['valid', 'expiring', 'expired', 'revoked', 'unknown'] as const;
    const notAfter = {
      valid: '2027-06-01T00:00:00+08:00',
      expiring: '2025-07-11T00:00:00+08:00',
      expired: '2025-05-30T00:00:00+08:00',
      revoked: '2027-06-01T00:00:00+08:00',
      unknown: null,
    };
    const items: HandlerListItem[] = states.map((state, i) => ({
      id: i + 1,
      name: `經辦人${i + 1}`,
      nationalIdMasked: 'A12****789',
      card: { state, notAfter: notAfter[state] },
      ...(state === 'valid' ? { newPermissions: ['query.general'] } : {}),
    }));
    const el = await list({ items });
    el.registeredCards = {
      org: { state: 'expired', notAfter: '2025-05-30T00:00:00+08:00' },
      manager: { state: 'revoked', notAfter: '2027-06-01T00:00:00+08:00' },
    };
    await el.updateComplete;
    const rows = parts(el, 'row');
    expect(rows.map((r) => clean(r.querySelector('[part~="badge"]')?.textContent))).to.deep.equal([
      '憑證有效至116/06/01',
      '憑證將於114/07/11到期',
      '憑證已於114/05/30到期',
      '憑證已廢止',
      '憑證狀態不明',
    ]);
    expect(rows.map((r) => r.querySelector('[part~="renew-button"]') !== null)).to.deep.equal([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(clean(rows[0]!.querySelector('[part~="new-permissions"]')?.textContent)).to.equal(
      '未具新增功能：一般資料查詢',
    );
    expect(
      [...part(el, 'card-notices').querySelectorAll('p')].map((p) => clean(p.textContent)),
    ).to.deep.equal([
      '機關憑證已於114/05/30到期，請辦理更換機關憑證',
      '授權管理者自然人憑證已廢止，請辦理更換授權管理者自然人憑證',
    ]);
    const renew = oneEvent(el, 'gepi-handler-renew');
    rows[2]!.querySelector<HTMLButtonElement>('[part~="renew-button"]')!.click();
    expect((await renew).detail).to.deep.equal({ id: 3 });
    await expect(el).to.be.accessible();

    // 查詢已授權清單: the same badges, no buttons.
    const readonly = await list({ items, readonly: true });
    expect(parts(readonly, 'renew-button')).to.have.length(0);
    expect(parts(readonly, 'badge')).to.have.length(5);
    await expect(readonly).to.be.accessible();
  });
});
