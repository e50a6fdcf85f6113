// Bug 8 of issue 14 ("a 553 px table in a 552 px box" lost its right border), measured where people
// meet the tables: the demo portal's 查詢憑證註冊收件紀錄 results and 授權指派's 授權經辦人清單, in a
// 1280 px window and on a 375 px phone. The table, its right border included, must lie inside the
// scroll box that holds it, and the box must have nothing to scroll.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/portal/gepi-portal.js';
import '../src/components/provider/gepi-provider.js';
import type { GepiPortal } from '../src/components/portal/portal.component.js';
import { describe, it } from './support/mocha.js';
import {
  before,
  demoPki,
  desk,
  inside,
  pressText,
  signInCitizen,
  signInOrg,
  step,
  view,
} from './support/portal.js';
import type { Desk } from './support/portal.js';
import { byLabel, typeInto } from './support/views.js';

async function portal(d: Desk): Promise<GepiPortal> {
  const provider = await fixture<HTMLElement>(
    html`<gepi-provider .client=${d.client} .tokens=${d.tokens}><gepi-portal></gepi-portal></gepi-provider>`,
  );
  const el = provider.querySelector('gepi-portal')!;
  await el.updateComplete;
  return el;
}

interface Fit {
  table: number;
  box: number;
  scrollWidth: number;
  clientWidth: number;
  borderRight: number;
}

/** The table of a list element (handler list, receipt table) against the pager's scroll box. */
async function fitOf(list: Element): Promise<Fit> {
  await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const table = inside(list, 'table');
  const scroll = inside(inside(list, 'gepi-pager'), '.scroll');
  const box = scroll.getBoundingClientRect();
  // The right edge of the right-most painted border: every cell of the last column, with the half of
  // a collapsed border that lies outside the cell's box.
  const collapsed = getComputedStyle(table).borderCollapse === 'collapse';
  let borderRight = table.getBoundingClientRect().right;
  for (const row of table.querySelectorAll('tr')) {
    const cell = row.lastElementChild as HTMLElement | null;
    if (!cell) continue;
    const width = parseFloat(getComputedStyle(cell).borderRightWidth);
    borderRight = Math.max(borderRight, cell.getBoundingClientRect().right + (collapsed ? width / 2 : 0));
  }
  return {
    table: table.getBoundingClientRect().width,
    box: scroll.clientWidth,
    scrollWidth: scroll.scrollWidth,
    clientWidth: scroll.clientWidth,
    borderRight: borderRight - (box.left + scroll.clientLeft + scroll.clientWidth),
  };
}

function expectFits(fit: Fit, what: string): void {
  expect(fit.table, `${what}: table ${fit.table} px in a ${fit.box} px box`).to.be.at.most(fit.box);
  expect(fit.scrollWidth, `${what}: scroll width`).to.be.at.most(fit.clientWidth);
  expect(fit.borderRight, `${what}: right border past the box by`).to.be.at.most(0);
}

describe('tables in the portal (issue 14, bug 8)', function () {
  before(() => demoPki(), 30_000);

  for (const width of [1280, 375]) {
    it(`keep their right border inside their box at ${width} px`, async () => {
      const d = await desk();
      await setViewport({ width, height: 900 });
      try {
        const el = await portal(d);
        el.open('query-receipts');
        await el.updateComplete;
        const query = await view(el, 'gepi-query');
        await step(query, 'form');
        typeInto(byLabel(query, '機關代號'), '10002');
        pressText(query, '查詢');
        await step(query, 'results');
        expectFits(await fitOf(await view(query, 'gepi-receipt-table')), `收件紀錄 at ${width}`);

        el.open('authorization');
        await el.updateComplete;
        const auth = await view(el, 'gepi-authorization');
        await step(auth, 'org-card');
        await signInOrg(auth, d, 'ORG-10002', '10002');
        await step(auth, 'citizen-card');
        await signInCitizen(auth, d, 'CIT-LIN', 'F223456786');
        await step(auth, 'list');
        const list = await view(auth, 'gepi-handler-list');
        await waitUntil(() => list.shadowRoot!.querySelectorAll('tbody tr').length >= 3, 'no handlers');
        expectFits(await fitOf(list), `授權經辦人清單 at ${width}`);
      } finally {
        await setViewport({ width: 800, height: 600 });
        await d.close();
      }
    });
  }
});
