// Printing 查詢已授權清單 (its 列印, or the browser's own print) in Chromium's print media emulation:
// the page as the demo and a host lay it out (<gepi-provider> around <gepi-portal> and the virtual
// card reader panel), signed in as 10002's manager. On paper only the result is left: the page's
// title, 使用者資訊 and the table with its 顯示第 … 項結果 line; not the portal's menu, the buttons,
// the pager's controls or the card reader panel. Back on screen, everything is there again.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/portal/gepi-portal.js';
import '../src/components/provider/gepi-provider.js';
import '../src/components/query/gepi-query.js';
import '../src/components/virtual-reader/gepi-virtual-reader.js';
import '../src/components/handler-list/gepi-handler-list.js';
import type {
  GepiHandlerList,
  HandlerListItem,
} from '../src/components/handler-list/handler-list.component.js';
import type { GepiPortal } from '../src/components/portal/portal.component.js';
import type { GepiQuery } from '../src/components/query/query.component.js';
import type { GepiVirtualReader } from '../src/components/virtual-reader/virtual-reader.component.js';
import { describe, it } from './support/mocha.js';
import { after, before, demoPki, desk, inside, listAsLin, view } from './support/portal.js';
import { clean, part, parts } from './support/views.js';

/** Whether the element is rendered at all (no `display: none` on it or any ancestor, across shadow roots). */
const rendered = (element: Element): boolean => element.checkVisibility();
const display = (element: Element): string => getComputedStyle(element).display;

describe('printing 查詢已授權清單', function () {
  before(() => demoPki(), 30_000);
  after(() => emulateMedia({ media: 'screen' }));

  it('prints the result only: title, 使用者資訊 and the table, without menu, buttons, pager controls or reader', async () => {
    const d = await desk();
    const provider = await fixture<HTMLElement>(html`
      <gepi-provider .client=${d.client} .tokens=${d.tokens}>
        <gepi-portal view="query-authorized"></gepi-portal>
        <gepi-virtual-reader></gepi-virtual-reader>
      </gepi-provider>
    `);
    const portal = provider.querySelector<GepiPortal>('gepi-portal')!;
    const reader = provider.querySelector<GepiVirtualReader>('gepi-virtual-reader')!;
    await portal.updateComplete;
    const query = await view(portal, 'gepi-query');
    const el = query as GepiQuery;
    await listAsLin(el, d);
    const list = await view(el, 'gepi-handler-list');
    const pager = inside(list, 'gepi-pager');
    await waitUntil(() => parts(list, 'row').length === 3, 'the three handlers of 10002');

    const nav = inside(portal, 'nav');
    const title = inside(portal, '#view-title');
    const buttons = [
      part(list, 'export-button'),
      part(list, 'print-button'),
      inside(pager, '[part~="page-size-select"]'),
      inside(pager, '[part~="search-input"]'),
    ];
    const table = part(list, 'table');

    // On screen, all of it is there.
    for (const element of [nav, title, reader, ...buttons, table]) expect(rendered(element)).to.equal(true);

    await emulateMedia({ media: 'print' });
    try {
      expect(matchMedia('print').matches).to.equal(true);
      // Gone: the portal's menu, the list's buttons, the pager's controls, the card reader panel.
      expect(display(nav)).to.equal('none');
      expect(display(part(list, 'actions'))).to.equal('none');
      expect(display(inside(pager, '[part~="toolbar"]'))).to.equal('none');
      expect(display(reader)).to.equal('none');
      for (const element of [nav, reader, ...buttons])
        expect(rendered(element), element.outerHTML).to.equal(false);
      // Left: the page's title, 使用者資訊, the list's title and the table, across the full width.
      expect(rendered(title)).to.equal(true);
      expect(clean(title.textContent)).to.equal('查詢已授權清單');
      expect(rendered(part(list, 'user-info'))).to.equal(true);
      expect(clean(part(list, 'agency').textContent)).to.contain('國立臺灣測試大學');
      expect(rendered(part(list, 'title'))).to.equal(true);
      expect(display(table)).to.equal('table');
      expect(rendered(table)).to.equal(true);
      expect(parts(list, 'row').every(rendered)).to.equal(true);
      expect(clean(table.textContent)).to.contain('張淑芬');
      expect(rendered(inside(pager, '[part~="status"]'))).to.equal(true);
      expect(display(inside(portal, '[part~="base"]'))).to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }

    // Back on screen.
    expect(display(nav)).not.to.equal('none');
    for (const element of [nav, reader, ...buttons]) expect(rendered(element)).to.equal(true);
    await d.close();
  });

  it('leaves the page buttons off the paper, and the rows and 顯示第 … 項結果 on it', async () => {
    const items: HandlerListItem[] = Array.from({ length: 23 }, (_, i) => ({
      id: i + 1,
      name: `經辦人${i + 1}`,
      nationalIdMasked: 'A12****789',
      permissionLabels: ['異動登錄'],
    }));
    const list = await fixture<GepiHandlerList>(
      html`<gepi-handler-list
        readonly
        .items=${items}
        .agency=${{ code: '10002', name: '國立臺灣測試大學', managerName: '林美惠' }}
      ></gepi-handler-list>`,
    );
    const pager = inside(list, 'gepi-pager');
    await (pager as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const pageButtons = [...pager.shadowRoot!.querySelectorAll<HTMLElement>('[part~="page-button"]')];
    expect(pageButtons.length).to.be.greaterThan(2);
    expect(pageButtons.every(rendered)).to.equal(true);

    await emulateMedia({ media: 'print' });
    try {
      expect(pageButtons.some(rendered)).to.equal(false);
      expect(rendered(inside(pager, '[part~="nav"]'))).to.equal(false);
      expect(parts(list, 'row')).to.have.length(10);
      expect(parts(list, 'row').every(rendered)).to.equal(true);
      const status = inside(pager, '[part~="status"]');
      expect(rendered(status)).to.equal(true);
      expect(clean(status.textContent)).to.equal('顯示第 1 至 10 項結果，共 23 項');
      expect(rendered(part(list, 'user-info'))).to.equal(true);
      expect(rendered(part(list, 'print-button'))).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(pageButtons.every(rendered)).to.equal(true);
  });
});
