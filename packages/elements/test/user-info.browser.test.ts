// 使用者資訊 on the add and edit screens of 授權指派 (the manual's figures 3-15 and 3-18): the same box,
// from the same template, as on the handler list (figure 3-14), above the form; none without an
// agency; English; focus still on the form's title; axe. And in <gepi-authorization>, the signed-in
// agency and manager above the add and edit forms.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadDemoDataset } from '@gepi/sdk/testing';
import '../src/components/authorization/gepi-authorization.js';
import '../src/components/handler-editor/gepi-handler-editor.js';
import '../src/components/handler-list/gepi-handler-list.js';
import type { GepiAuthorization } from '../src/components/authorization/authorization.component.js';
import type { GepiHandlerEditor } from '../src/components/handler-editor/handler-editor.component.js';
import type {
  GepiHandlerList,
  HandlerListAgency,
} from '../src/components/handler-list/handler-list.component.js';
import { describe, it } from './support/mocha.js';
import { before, demoPki, desk, listAsLin, press, step, view } from './support/portal.js';
import { activeIn, clean, part } from './support/views.js';

const CATALOG = loadDemoDataset().permissions;
const AGENCY: HandlerListAgency = { code: '10002', name: '國立臺灣測試大學', managerName: '林美惠' };

async function editor(mode: 'add' | 'edit', agency?: HandlerListAgency, lang = 'zh-TW') {
  return fixture<GepiHandlerEditor>(html`
    <gepi-handler-editor
      mode=${mode}
      lang=${lang}
      heading-level="3"
      .agency=${agency}
      .catalog=${CATALOG}
    ></gepi-handler-editor>
  `);
}

/** The markup of a part without Lit's comment markers, to compare two renderings of one template. */
function markup(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  return copy.outerHTML.replace(/\s+/g, ' ');
}

describe('使用者資訊 on the handler editor', function () {
  before(() => demoPki(), 30_000);

  it('shows the list’s 使用者資訊 above the add and the edit form', async () => {
    for (const mode of ['add', 'edit'] as const) {
      const el = await editor(mode, AGENCY);
      const info = part(el, 'user-info');
      expect(info, mode).to.be.instanceOf(HTMLElement);
      // Above the form, as in figures 3-15 and 3-18.
      expect(info.compareDocumentPosition(part(el, 'base')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
        0,
      );
      const title = part(el, 'user-info-title');
      expect(title.tagName).to.equal('H3');
      expect(clean(title.textContent)).to.equal('使用者資訊');
      expect(clean(part(el, 'agency').textContent)).to.equal(
        '機關代號 10002 機關名稱 國立臺灣測試大學 授權管理者姓名 林美惠',
      );
      // The editor's own buttons stay under the form: the box holds information only.
      expect(info.querySelector('button')).to.equal(null);
      // The step's focus is still the form's title.
      await el.focusHeading();
      expect(activeIn(el)).to.equal(part(el, 'title'));
      await expect(el).to.be.accessible();
    }
  });

  it('renders the box from the same template as the handler list', async () => {
    const el = await editor('add', AGENCY);
    const list = await fixture<GepiHandlerList>(
      html`<gepi-handler-list heading-level="3" .agency=${AGENCY}></gepi-handler-list>`,
    );
    const listInfo = part(list, 'user-info').cloneNode(true) as Element;
    // The list adds its 新增 button beside the information; the rest is the same markup.
    listInfo.querySelector('[part~="actions"]')?.remove();
    expect(markup(part(el, 'user-info'))).to.equal(markup(listInfo));
    // And the same looks: the box and its title styled alike in both.
    const box = (host: Element) => getComputedStyle(part(host, 'user-info'));
    expect(box(el).borderTopStyle).to.equal(box(list).borderTopStyle);
    expect(box(el).backgroundColor).to.equal(box(list).backgroundColor);
    expect(getComputedStyle(part(el, 'user-info-title')).fontSize).to.equal(
      getComputedStyle(part(list, 'user-info-title')).fontSize,
    );
  });

  it('has no 使用者資訊 without an agency, and words it in English', async () => {
    const bare = await editor('add');
    expect(part(bare, 'user-info')).to.equal(null);

    const en = await editor('edit', AGENCY, 'en');
    expect(clean(part(en, 'user-info-title').textContent)).to.equal('User information');
    expect(clean(part(en, 'agency').textContent)).to.equal(
      "Agency code 10002 Agency name 國立臺灣測試大學 Authorization manager's name 林美惠",
    );
    await expect(en).to.be.accessible();
  });

  it('shows the signed-in agency and manager above 新增 and 修改 in <gepi-authorization>', async () => {
    const d = await desk();
    const el = await fixture<GepiAuthorization>(
      html`<gepi-authorization .client=${d.client} .tokens=${d.tokens}></gepi-authorization>`,
    );
    await listAsLin(el, d);
    const list = await view(el, 'gepi-handler-list');
    const onList = clean(part(list, 'agency').textContent);
    expect(onList).to.equal('機關代號 10002 機關名稱 國立臺灣測試大學 授權管理者姓名 林美惠');

    press(list, 'add-button');
    await step(el, 'add');
    let form = await view(el, 'gepi-handler-editor');
    expect(clean(part(form, 'agency').textContent)).to.equal(onList);
    await expect(el).to.be.accessible();
    press(form, 'cancel-button');
    await step(el, 'list');

    const edit = (await view(el, 'gepi-handler-list')).shadowRoot!.querySelector<HTMLButtonElement>(
      '[part~="edit-button"]',
    )!;
    edit.click();
    await step(el, 'edit');
    form = await view(el, 'gepi-handler-editor');
    await waitUntil(() => part(form, 'agency'), 'no 使用者資訊 on 修改');
    expect(clean(part(form, 'agency').textContent)).to.equal(onList);
    await d.close();
  });
});
