// <gepi-pager> and its paging arithmetic: which page buttons a long list offers, the row range of a
// page, slicing a whole list, search with an input method (Chinese), no search from a list that has
// been left, and the table's scroll box made reachable by keyboard only when it scrolls.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/handler-list/gepi-handler-list.js';
import '../src/components/pager/gepi-pager.js';
import { afterEach, describe, it } from './support/mocha.js';
import type { GepiHandlerList } from '../src/components/handler-list/handler-list.component.js';
import type { GepiPager } from '../src/components/pager/pager.component.js';
import { clampPage, pageCount, pageRows, pageSlots, rowRange } from '../src/components/pager/paging.js';

const part = <T extends Element = HTMLElement>(el: Element, name: string): T =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;

function record<T = unknown>(el: EventTarget, type: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  el.addEventListener(type, (e) => seen.push(e as CustomEvent<T>));
  return seen;
}

describe('paging arithmetic', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0, 10)).to.equal(1);
    expect(pageCount(23, 10)).to.equal(3);
    expect(pageCount(10_000, 100)).to.equal(100);
    expect(clampPage(9, 23, 10)).to.equal(3);
    expect(clampPage(0, 23, 10)).to.equal(1);
  });

  it('gives the first and last row of a page, 0 and 0 when empty', () => {
    expect(rowRange(1, 10, 0)).to.deep.equal({ from: 0, to: 0 });
    expect(rowRange(1, 10, 23)).to.deep.equal({ from: 1, to: 10 });
    expect(rowRange(3, 10, 23)).to.deep.equal({ from: 21, to: 23 });
  });

  it('returns a page handed over as is, and slices a whole list', () => {
    const page = [1, 2, 3];
    expect(pageRows(page, 3, 10)).to.equal(page);
    const all = Array.from({ length: 250 }, (_, i) => i + 1);
    expect(pageRows(all, 3, 100)).to.deep.equal(all.slice(200, 250));
  });

  it('offers every page when there are few, and a window with gaps when there are many', () => {
    expect(pageSlots(2, 5)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(pageSlots(1, 1000)).to.deep.equal([1, 2, 3, 4, 5, 6, 'gap', 1000]);
    expect(pageSlots(500, 1000)).to.deep.equal([1, 'gap', 498, 499, 500, 501, 502, 'gap', 1000]);
    expect(pageSlots(1000, 1000)).to.deep.equal([1, 'gap', 995, 996, 997, 998, 999, 1000]);
    // A gap never hides a single page.
    expect(pageSlots(5, 20)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 'gap', 20]);
  });
});

describe('<gepi-pager>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('waits for an input method to finish before searching', async () => {
    const el = await fixture<GepiPager>(html`<gepi-pager total="3"></gepi-pager>`);
    const events = record<{ query: string }>(el, 'gepi-search');
    const input = part<HTMLInputElement>(el, 'search-input');
    input.value = 'ㄓㄤ';
    input.dispatchEvent(new InputEvent('input', { isComposing: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true }));
    await aTimeout(350);
    expect(events).to.have.length(0);

    input.value = '張';
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '張' }));
    await aTimeout(350);
    expect(events.map((e) => e.detail)).to.deep.equal([{ query: '張' }]);
  });

  it('does not search again for the query the host set', async () => {
    const el = await fixture<GepiPager>(html`<gepi-pager total="3" query="張"></gepi-pager>`);
    const events = record(el, 'gepi-search');
    const input = part<HTMLInputElement>(el, 'search-input');
    expect(input.value).to.equal('張');
    input.value = '張 ';
    input.dispatchEvent(new InputEvent('input'));
    await aTimeout(350);
    expect(events).to.have.length(0);
  });

  it('drops a pending search when removed from the page', async () => {
    const el = await fixture<GepiPager>(html`<gepi-pager total="3"></gepi-pager>`);
    const events = record(el, 'gepi-search');
    const input = part<HTMLInputElement>(el, 'search-input');
    input.value = '謝';
    input.dispatchEvent(new InputEvent('input'));
    expect(el.searchPending).to.equal(true);
    el.remove();
    await aTimeout(350);
    expect(events).to.have.length(0);
  });

  it('makes a table that must scroll sideways a named, focusable region, and only then', async () => {
    const el = await fixture<GepiHandlerList>(html`
      <gepi-handler-list
        .items=${[{ id: 1, name: '張淑芬', nationalIdMasked: 'E22****894' }]}
        .agency=${{ code: '10002', name: '國立臺灣測試大學', managerName: '林美惠' }}
      ></gepi-handler-list>
    `);
    const pager = el.shadowRoot!.querySelector('gepi-pager')!;
    await pager.updateComplete;
    const box = part(pager, 'scroll');
    expect(box.hasAttribute('tabindex')).to.equal(false);
    expect(box.hasAttribute('role')).to.equal(false);

    await setViewport({ width: 200, height: 600 });
    await aTimeout(100);
    await pager.updateComplete;
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
    expect(box.getAttribute('tabindex')).to.equal('0');
    expect(box.getAttribute('role')).to.equal('group');
    expect(box.getAttribute('aria-label')).to.equal('【授權經辦人清單】');
    await expect(el).to.be.accessible();
  });
});
