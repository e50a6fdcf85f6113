// <gepi-portal> inside a <gepi-provider>, against the real registration API in the page: the
// manual's menu by keyboard (disclosures, arrows, Esc) with aria-current on the page shown; the home
// page's functions; a function created when opened and cancelled when left; 回要保機關作業 and its
// cancelable gepi-exit; 首次註冊 leading on to 授權指派; 退出 back home; English; axe.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { formatRocDateTime } from '@gepi/sdk';
import '../src/components/portal/gepi-portal.js';
import '../src/components/provider/gepi-provider.js';
import type { GepiPortal, PortalView } from '../src/components/portal/portal.component.js';
import { describe, it } from './support/mocha.js';
import {
  before,
  deepActive,
  demoPki,
  desk,
  inside,
  press,
  registerWang,
  signInOrg,
  step,
  view,
} from './support/portal.js';
import type { Desk } from './support/portal.js';
import { clean, parts } from './support/views.js';

async function portal(d: Desk, locale?: string): Promise<GepiPortal> {
  const provider = await fixture<HTMLElement>(
    html`<gepi-provider .client=${d.client} .tokens=${d.tokens}
      ><gepi-portal locale=${locale ?? ''}></gepi-portal
    ></gepi-provider>`,
  );
  const el = provider.querySelector('gepi-portal')!;
  await el.updateComplete;
  return el;
}

const menuButton = (el: GepiPortal, text: string): HTMLButtonElement => {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')].find(
    (b) => clean(b.textContent).replace(/[▲▼]/g, '') === text,
  );
  if (!found) throw new Error(`no menu button ${text}`);
  return found;
};

const current = (el: GepiPortal): string[] =>
  [...el.shadowRoot!.querySelectorAll('[aria-current="page"]')].map((b) => clean(b.textContent));

const title = (el: GepiPortal): string => clean(el.shadowRoot!.querySelector('#view-title')?.textContent);

describe('<gepi-portal>', function () {
  before(() => demoPki(), 30_000);

  it('shows the home page with the manual’s functions, accessible', async () => {
    const d = await desk();
    const el = await portal(d);
    expect(title(el)).to.equal('首頁');
    expect(current(el)).to.deep.equal(['回首頁']);
    const nav = inside(el, 'nav');
    expect(nav.getAttribute('aria-label')).to.equal('功能列');
    expect(inside(el, 'main').getAttribute('aria-labelledby')).to.equal('view-title');
    const cards = parts(el, 'home-card').map((c) => clean(c.textContent));
    expect(cards).to.have.length(6);
    expect(cards[0]).to.contain(
      '提供註冊作業畫面，先進行機關憑證相關資料之登錄、建檔，再進行授權管理人自然人憑證之登錄。',
    );
    expect(cards[1]).to.contain('必須使用「機關憑證」及授權管理人「自然人憑證」才能進行授權作業');
    expect(cards[2]).to.contain('更換機關憑證和更換授權管理者自然人憑證');
    await expect(el).to.be.accessible();
    await d.close();
  });

  it('has a skip link and the 導盲磚 (accesskey C) to the page’s heading, a breadcrumb, and a home grid', async () => {
    const d = await desk();
    const el = await portal(d);
    const root = el.shadowRoot!;
    const skip = root.querySelector<HTMLButtonElement>('[part~="skip-link"]')!;
    expect(clean(skip.textContent)).to.equal('跳到主要內容區塊');
    // The first stop of Tab, hidden until it has focus.
    const firstFocusable = root.querySelector('a, button, input');
    expect(firstFocusable).to.equal(skip);
    expect(skip.getBoundingClientRect().width).to.be.at.most(1);
    skip.focus();
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(50);
    expect(skip.getBoundingClientRect().top).to.be.at.least(el.getBoundingClientRect().top - 1);
    skip.click();
    expect(deepActive()?.id).to.equal('view-title');
    const guide = root.querySelector<HTMLButtonElement>('[part~="guide"]')!;
    expect(clean(guide.textContent)).to.equal(':::');
    expect(guide.getAttribute('accesskey')).to.equal('C');
    expect(guide.title).to.equal('中央內容區塊');
    expect(guide.closest('main')).to.not.equal(null);
    skip.focus();
    guide.click();
    expect(deepActive()?.id).to.equal('view-title');

    // The manual's grid: two functions side by side at this width, not six stacked cards.
    const cards = parts(el, 'home-card');
    expect(cards[0]!.getBoundingClientRect().top).to.equal(cards[1]!.getBoundingClientRect().top);
    await expect(el).to.be.accessible();

    // A function's page: 首頁 / 更換憑證 / 更換機關憑證 同意條款畫面 (its first screen), and 首頁 leads home.
    el.open('swap-org');
    await el.updateComplete;
    // The swap's result (請點選左方選單) gets a way on, as first registration's does.
    const next = root.querySelector('gepi-cert-swap > [slot="actions"]')!;
    expect(clean(next.textContent)).to.equal('接續辦理授權指派');
    const crumbs = root.querySelector<HTMLElement>('[part~="breadcrumb"]')!;
    expect(crumbs.getAttribute('aria-label')).to.equal('目前位置');
    const trail = () => [...crumbs.querySelectorAll('li')].map((li) => clean(li.textContent));
    await waitUntil(
      () => trail().length === 3 && trail()[2] !== '更換機關憑證',
      'no screen in the breadcrumb',
    );
    expect(trail()).to.deep.equal(['首頁', '更換憑證', '更換機關憑證 同意條款畫面']);
    await expect(el).to.be.accessible();
    crumbs.querySelector('button')!.click();
    await el.updateComplete;
    expect(title(el)).to.equal('首頁');
    expect(root.querySelector('[part~="breadcrumb"]')).to.equal(null);
    await d.close();
  });

  it('keeps the tab’s title on the page shown with document-title, and leaves it alone without', async () => {
    const d = await desk();
    const before = document.title;
    document.title = '要保機關作業';
    try {
      const el = await portal(d);
      el.open('swap-org');
      await el.updateComplete;
      expect(document.title).to.equal('要保機關作業');
      el.documentTitle = true;
      await el.updateComplete;
      expect(document.title).to.equal('更換機關憑證 - 要保機關作業');
      el.open('home');
      await el.updateComplete;
      expect(document.title).to.equal('首頁 - 要保機關作業');
    } finally {
      document.title = before;
      await d.close();
    }
  });

  it('with history, Back returns to the page before instead of leaving, and #<view> reopens a page', async () => {
    const d = await desk();
    const start = location.href;
    try {
      const el = await portal(d);
      el.history = true;
      await el.updateComplete;
      menuButton(el, '授權指派').click();
      await el.updateComplete;
      menuButton(el, '授權指派')
        .parentElement!.querySelector<HTMLButtonElement>('[data-view="authorization"]')!
        .click();
      await el.updateComplete;
      expect(location.hash).to.equal('#authorization');
      expect(title(el)).to.equal('授權指派');
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(title(el)).to.equal('首頁');
      // A new portal on a page whose address names a view opens it (a reload, a bookmark).
      history.replaceState(null, '', '#query-receipts');
      const fresh = await fixture<GepiPortal>(
        html`<gepi-portal history .client=${d.client} .tokens=${d.tokens}></gepi-portal>`,
      );
      await fresh.updateComplete;
      expect(title(fresh)).to.equal('查詢憑證註冊收件紀錄');
    } finally {
      history.replaceState(null, '', start);
      await d.close();
    }
  });

  it('folds the menu behind 功能列 on a phone, so that the page starts near the top', async () => {
    const d = await desk();
    const el = await portal(d);
    await setViewport({ width: 375, height: 800 });
    try {
      el.open('authorization');
      await el.updateComplete;
      const root = el.shadowRoot!;
      const toggle = root.querySelector<HTMLButtonElement>('[part~="menu-toggle"]')!;
      const menu = root.querySelector<HTMLElement>('[part~="menu"]')!;
      expect(toggle.offsetParent).to.not.equal(null);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(menu.offsetParent).to.equal(null);
      // The page's heading is within the first screen's top quarter.
      const top = root.querySelector('#view-title')!.getBoundingClientRect().top;
      expect(top - el.getBoundingClientRect().top).to.be.below(200);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(menu.offsetParent).to.not.equal(null);
      await expect(el).to.be.accessible();
      // Choosing a page folds it again.
      menuButton(el, '回首頁').click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    } finally {
      await setViewport({ width: 800, height: 600 });
      await d.close();
    }
  });

  it('is used by keyboard: disclosures, arrows and Esc, aria-current on the page opened', async () => {
    const d = await desk();
    const el = await portal(d);
    const views: PortalView[] = [];
    el.addEventListener('gepi-view-change', (e) => views.push(e.detail.view));

    // First the skip link (跳到主要內容區塊), then the menu.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('skip-link');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(menuButton(el, '首次註冊'));
    expect(menuButton(el, '首次註冊').getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(menuButton(el, '首次註冊').getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    const item = deepActive() as HTMLButtonElement;
    expect(item.dataset['view']).to.equal('first-registration');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(current(el)).to.deep.equal(['首次註冊']);
    expect(title(el)).to.equal('首次註冊');
    // Reading starts at the page's heading.
    expect(deepActive()?.id).to.equal('view-title');
    const flow = await view(el, 'gepi-first-registration');
    await view(flow, 'gepi-terms');
    await expect(el).to.be.accessible();

    // Back in the menu: arrows move between its buttons, Esc closes a sub-menu.
    menuButton(el, '更換憑證').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    expect((deepActive() as HTMLElement).dataset['view']).to.equal('swap-org');
    await sendKeys({ press: 'ArrowDown' });
    expect((deepActive() as HTMLElement).dataset['view']).to.equal('swap-manager');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(current(el)).to.deep.equal(['更換授權管理者自然人憑證']);
    const swap = await view(el, 'gepi-cert-swap');
    expect(swap.variant).to.equal('manager');

    menuButton(el, '更換授權管理者自然人憑證').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(deepActive()).to.equal(menuButton(el, '更換憑證'));
    expect(menuButton(el, '更換憑證').getAttribute('aria-expanded')).to.equal('false');

    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowUp' });
    expect(clean(deepActive()?.textContent)).to.equal('回首頁');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(current(el)).to.deep.equal(['回首頁']);
    expect(views).to.deep.equal(['first-registration', 'swap-manager', 'home']);
    await d.close();
  });

  it('creates a function when opened and cancels it (ending its session) when left', async () => {
    const d = await desk();
    const el = await portal(d);
    el.open('authorization');
    await el.updateComplete;
    const auth = await view(el, 'gepi-authorization');
    await signInOrg(auth, d, 'ORG-10002', '10002');
    await step(auth, 'citizen-card');
    const flow = auth.flow!;
    menuButton(el, '回首頁').click();
    await el.updateComplete;
    expect(auth.isConnected).to.equal(false);
    expect(flow.disposed).to.equal(true);
    await waitUntil(() => d.requests.some((r) => r.method === 'DELETE' && r.path === '/api/v1/session'));
    await d.close();
  });

  it('fires a cancelable gepi-exit for 回要保機關作業', async () => {
    const d = await desk();
    const el = await portal(d);
    el.open('query-receipts');
    await el.updateComplete;
    const kept = oneEvent(el, 'gepi-exit');
    el.addEventListener('gepi-exit', (e) => e.preventDefault(), { once: true });
    menuButton(el, '回要保機關作業').click();
    expect((await kept).cancelable).to.equal(true);
    await el.updateComplete;
    expect(el.view).to.equal('query-receipts');

    const left = oneEvent(el, 'gepi-exit');
    menuButton(el, '回要保機關作業').click();
    await left;
    await el.updateComplete;
    expect(el.view).to.equal('home');
    await d.close();
  });

  it('leads on from a first registration to 授權指派, and back home on 退出', async () => {
    const d = await desk();
    const el = await portal(d);
    el.open('first-registration');
    await el.updateComplete;
    const flow = await view(el, 'gepi-first-registration');
    await registerWang(flow, d);
    const message = await view(flow, 'gepi-message');
    await waitUntil(() => !message.shadowRoot!.querySelector('[part="actions"]')?.hasAttribute('hidden'));
    const next = inside<HTMLButtonElement>(el, '[part~="next-button"]');
    expect(clean(next.textContent)).to.equal('接續辦理授權指派');
    await expect(el).to.be.accessible();
    next.click();
    await el.updateComplete;
    expect(current(el)).to.deep.equal(['授權指派']);
    const auth = await view(el, 'gepi-authorization');
    await view(auth, 'gepi-card-confirm');

    // 退出 on the org card ends the function: the home page again.
    press(await view(auth, 'gepi-card-confirm'), 'cancel-button');
    await waitUntil(() => el.view === 'home', 'not back home');
    await d.close();
  });

  it('works standalone with client, tokens and clock as properties', async () => {
    const d = await desk();
    // A whole second: the page's download time shows seconds.
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const el = await fixture<GepiPortal>(
      html`<gepi-portal .client=${d.client} .tokens=${d.tokens} .clock=${() => now}></gepi-portal>`,
    );
    el.open('first-registration');
    await el.updateComplete;
    const flow = await view(el, 'gepi-first-registration');
    const terms = await view(flow, 'gepi-terms');
    expect(clean(terms.shadowRoot!.textContent)).to.contain(`網頁下載時間：${formatRocDateTime(now)}`);
    press(terms, 'accept-button');
    await step(flow, 'org-card');
    await d.close();
  });

  it('speaks the language of its locale, menu and functions alike', async () => {
    const d = await desk();
    const el = await portal(d, 'en');
    expect(title(el)).to.equal('Home');
    expect(inside(el, 'nav').getAttribute('aria-label')).to.equal('Functions');
    menuButton(el, 'Queries').click();
    await el.updateComplete;
    menuButton(el, 'Organization certificate OID').click();
    await el.updateComplete;
    const query = await view(el, 'gepi-query');
    const card = await view(query, 'gepi-card-confirm');
    await waitUntil(() =>
      clean(card.shadowRoot!.textContent).includes('Organization certificate confirmation'),
    );
    await d.close();
  });
});
