// <gepi-permission-tree>: the demo catalog's four groups as native checkboxes, the group checkbox's
// three states (checked, unchecked, mixed), toggling a whole group, `value` and its event, keyboard
// use, the error message tied to the group, and axe in each state.
import { loadDemoDataset } from '@gepi/sdk/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/permission-tree/gepi-permission-tree.js';
import { describe, it } from './support/mocha.js';
import type { GepiPermissionTree } from '../src/components/permission-tree/permission-tree.component.js';

const CATALOG = loadDemoDataset().permissions;

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

async function tree(value: string[] = [], lang = 'zh-TW'): Promise<GepiPermissionTree> {
  return fixture<GepiPermissionTree>(html`
    <gepi-permission-tree lang=${lang} required .catalog=${CATALOG} .value=${value}></gepi-permission-tree>
  `);
}

const box = (el: GepiPermissionTree, id: string): HTMLInputElement =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;

/** checked / unchecked / mixed, as the accessibility tree reports a native checkbox. */
function state(input: HTMLInputElement): 'checked' | 'unchecked' | 'mixed' {
  if (input.indeterminate) {
    expect(input.matches(':indeterminate')).to.equal(true);
    return 'mixed';
  }
  return input.checked ? 'checked' : 'unchecked';
}

describe('<gepi-permission-tree>', () => {
  it('renders the catalog served as data: four groups with their permissions, in a fieldset', async () => {
    const el = await tree();
    const base = el.shadowRoot!.querySelector('fieldset')!;
    expect(clean(base.querySelector('legend')!.textContent)).to.equal('* 功能選單【新增擁有權限】 （必填）');
    const groups = [...el.shadowRoot!.querySelectorAll('[part~="group"]')];
    expect(groups.map((g) => g.tagName)).to.deep.equal(['FIELDSET', 'FIELDSET', 'FIELDSET', 'FIELDSET']);
    expect(groups.map((g) => clean(g.querySelector('legend')!.textContent))).to.deep.equal([
      '保費申報作業',
      '給付試算作業',
      '給付申辦作業',
      '一般查詢作業',
    ]);
    const leaves = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="checkbox"]')];
    expect(leaves.map((i) => clean(i.closest('label')!.textContent))).to.deep.equal([
      '異動登錄',
      '申報與傳送',
      '申報資料列印',
      '申報資料查詢',
      '附件補送',
      '問題協調',
      '離線異動登錄檔案下載',
      '給付試算',
      '給付申辦',
      '一般資料查詢',
    ]);
    expect(leaves.every((i) => i.type === 'checkbox')).to.equal(true);
  });

  it('follows a new catalog', async () => {
    const el = await tree();
    el.catalog = [
      { id: 'g', label: 'Group', children: [{ id: 'g.a', label: 'A' }] },
      { id: 'solo', label: 'Solo' },
    ];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(3);
  });

  it('shows a group as mixed when one of its permissions is checked', async () => {
    const el = await tree();
    const group = box(el, 'premium');
    expect(state(group)).to.equal('unchecked');

    const changed = oneEvent(el, 'gepi-permissions-change');
    box(el, 'premium.print').click();
    expect((await changed).detail).to.deep.equal({ value: ['premium.print'] });
    await el.updateComplete;
    expect(state(group)).to.equal('mixed');
    expect(el.value).to.deep.equal(['premium.print']);
    await expect(el).to.be.accessible();
  });

  it('checks every permission of a group with its checkbox, from mixed too, and unchecks them all', async () => {
    const el = await tree(['premium.print']);
    const group = box(el, 'premium');
    expect(state(group)).to.equal('mixed');

    group.click();
    await el.updateComplete;
    expect(state(group)).to.equal('checked');
    expect(el.value).to.deep.equal([
      'premium.change',
      'premium.submit',
      'premium.print',
      'premium.query',
      'premium.attach',
      'premium.coordinate',
      'premium.offline',
    ]);

    group.click();
    await el.updateComplete;
    expect(state(group)).to.equal('unchecked');
    expect(el.value).to.deep.equal([]);
  });

  it('checks a group when its last permission is checked, and unchecks it with its last one', async () => {
    const el = await tree();
    box(el, 'benefit.calc').click();
    await el.updateComplete;
    expect(state(box(el, 'benefit-calc'))).to.equal('checked');
    box(el, 'benefit.calc').click();
    await el.updateComplete;
    expect(state(box(el, 'benefit-calc'))).to.equal('unchecked');
  });

  it('keeps value to leaves in catalog order, whatever the click order', async () => {
    const el = await tree();
    box(el, 'query.general').click();
    box(el, 'premium.change').click();
    box(el, 'benefit-claim').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['premium.change', 'benefit.claim', 'query.general']);
  });

  it('reflects a value set by the host', async () => {
    const el = await tree();
    el.value = ['premium.change', 'premium.submit', 'query.general'];
    await el.updateComplete;
    expect(state(box(el, 'premium'))).to.equal('mixed');
    expect(state(box(el, 'query'))).to.equal('checked');
    expect(box(el, 'premium.change').checked).to.equal(true);
    expect(box(el, 'premium.print').checked).to.equal(false);
  });

  it('is used with the keyboard: Tab between checkboxes, Space toggles', async () => {
    const el = await tree();
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(box(el, 'premium'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(box(el, 'premium.change'));
    const changed = oneEvent(el, 'gepi-permissions-change');
    await sendKeys({ press: 'Space' });
    expect((await changed).detail.value).to.deep.equal(['premium.change']);
    await el.updateComplete;
    expect(state(box(el, 'premium'))).to.equal('mixed');

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.have.length(7);
  });

  it('shows an error tied to the group', async () => {
    const el = await tree();
    el.error = '請至少勾選一項功能選單權限。';
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector('fieldset')!;
    expect(base.getAttribute('aria-invalid')).to.equal('true');
    const message = el.shadowRoot!.getElementById(base.getAttribute('aria-describedby')!)!;
    expect(clean(message.textContent)).to.equal('請至少勾選一項功能選單權限。');
    await expect(el).to.be.accessible();
  });

  it('is disabled as a whole', async () => {
    const el = await tree(['query.general']);
    el.disabled = true;
    await el.updateComplete;
    expect(box(el, 'query.general').matches(':disabled')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is accessible in zh-TW and in English', async () => {
    await expect(await tree(['premium.change'])).to.be.accessible();
    const en = await tree([], 'en');
    expect(clean(en.shadowRoot!.querySelector('legend')!.textContent)).to.equal(
      '* Functions (permissions granted) (required)',
    );
    await expect(en).to.be.accessible();
  });
});
