// @gepi/elements/autoload in Chromium: nothing is defined until its tag is on the page; each element's
// code is fetched the first time its tag appears (light DOM, or a shadow root given to observe());
// properties set before the upgrade are kept; <gepi-portal> fetches each function when it is opened.
// No define file is imported statically here, so every definition below comes from the autoloader.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ELEMENT_LOADERS, isGepiTagName, loadElement, observe } from '../src/autoload.js';
import type { GepiPortal } from '../src/components/portal/portal.component.js';
import type { GepiTerms } from '../src/components/terms/terms.component.js';
import { describe, it } from './support/mocha.js';
import { before, demoPki, desk } from './support/portal.js';
import { clean } from './support/views.js';

const defined = (tag: string): boolean => customElements.get(tag) !== undefined;
const definedTags = (): string[] => Object.keys(ELEMENT_LOADERS).filter(defined);

describe('@gepi/elements/autoload', function () {
  before(() => demoPki(), 30_000);

  it('defines no tag on import', () => {
    expect(Object.keys(ELEMENT_LOADERS)).to.have.length(21);
    expect(definedTags()).to.deep.equal([]);
  });

  it('loads an element when its tag is added to the document, keeping properties set before', async () => {
    const el = document.createElement('gepi-terms') as GepiTerms;
    el.translations = { 'zh-TW': { 'terms.agree': '同意（測試）' } };
    el.setAttribute('heading-level', '4');
    expect(defined('gepi-terms')).to.equal(false);
    document.body.append(el);
    await customElements.whenDefined('gepi-terms');
    expect(el).to.be.instanceOf(customElements.get('gepi-terms')!);
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll('button')].map((b) => clean(b.textContent));
    expect(buttons).to.include('同意（測試）');
    expect(el.shadowRoot!.querySelector('h4')).to.not.equal(null);
    // Only what this page used: <gepi-terms> renders no other GEPI element.
    expect(definedTags()).to.deep.equal(['gepi-terms']);
    el.remove();
  });

  it('finds tags in a shadow root only once that root is observed', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<gepi-ca-contacts></gepi-ca-contacts>';
    document.body.append(host);
    // The document's observer cannot see into a host's shadow root.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(defined('gepi-ca-contacts')).to.equal(false);
    const stop = observe(root);
    await customElements.whenDefined('gepi-ca-contacts');
    const contacts = root.querySelector('gepi-ca-contacts')!;
    await (contacts as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(clean(contacts.shadowRoot!.textContent)).to.contain('內政部憑證管理中心');
    // Later additions to the observed root are found too.
    root.append(document.createElement('gepi-message'));
    await waitUntil(() => defined('gepi-message'), 'gepi-message was not loaded', { timeout: 10_000 });
    stop();
    host.remove();
  });

  it('refuses a tag that is not one of ours', async () => {
    expect(isGepiTagName('gepi-nothing')).to.equal(false);
    let error: unknown;
    await loadElement('gepi-nothing').catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.contain('gepi-nothing');
  });

  it('runs <gepi-portal> in a provider, fetching each function when it is first opened', async () => {
    const d = await desk();
    const provider = await fixture<HTMLElement>(
      html`<gepi-provider .client=${d.client} .tokens=${d.tokens}
        ><gepi-portal></gepi-portal
      ></gepi-provider>`,
    );
    await Promise.all([
      customElements.whenDefined('gepi-provider'),
      customElements.whenDefined('gepi-portal'),
    ]);
    const portal = provider.querySelector('gepi-portal') as GepiPortal;
    await portal.updateComplete;
    expect(clean(portal.shadowRoot!.querySelector('#view-title')?.textContent)).to.equal('首頁');
    // The home page needs no function: none was fetched.
    for (const tag of ['gepi-first-registration', 'gepi-authorization', 'gepi-cert-swap', 'gepi-query']) {
      expect(defined(tag), tag).to.equal(false);
    }

    portal.open('first-registration');
    await portal.updateComplete;
    expect(defined('gepi-first-registration')).to.equal(true);
    const flow = portal.shadowRoot!.querySelector('gepi-first-registration')!;
    // The flow got the client through the provider the portal renders, and shows its first step.
    const terms = flow.shadowRoot!.querySelector('gepi-terms');
    expect(terms, 'the terms step').to.not.equal(null);
    expect(defined('gepi-authorization')).to.equal(false);
    expect(defined('gepi-query')).to.equal(false);

    portal.open('query-org-oid');
    await portal.updateComplete;
    expect(defined('gepi-query')).to.equal(true);
    expect(portal.shadowRoot!.querySelector('gepi-query')?.getAttribute('variant')).to.equal('org-oid');
    expect(defined('gepi-authorization')).to.equal(false);
    await d.close();
  });

  it('says when a function cannot be fetched, and fetches it again on 重試', async () => {
    const d = await desk();
    const provider = await fixture<HTMLElement>(
      html`<gepi-provider .client=${d.client} .tokens=${d.tokens}
        ><gepi-portal></gepi-portal
      ></gepi-provider>`,
    );
    await customElements.whenDefined('gepi-portal');
    const Portal = customElements.get('gepi-portal') as unknown as typeof GepiPortal;
    const portal = provider.querySelector('gepi-portal') as GepiPortal;
    await portal.updateComplete;
    const original = Portal.functionLoaders['gepi-authorization'];
    let calls = 0;
    let release: () => void = () => undefined;
    Portal.functionLoaders['gepi-authorization'] = () => {
      calls++;
      if (calls === 1) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      return new Promise<void>((resolve) => (release = resolve)).then(original);
    };
    try {
      portal.open('authorization');
      await portal.updateComplete;
      const root = portal.shadowRoot!;
      const alert = root.querySelector('[part="load-error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(clean(alert.textContent)).to.contain('無法載入此功能，請確認網路連線後重試。');
      expect(defined('gepi-authorization')).to.equal(false);
      await expect(portal).to.be.accessible();

      const retry = [...alert.querySelectorAll('button')].find((b) => clean(b.textContent) === '重試')!;
      retry.click();
      await waitUntil(() => root.querySelector('[part="loading"]'), '載入中… is not shown');
      const loading = root.querySelector('[part="loading"]')!;
      expect(loading.getAttribute('role')).to.equal('status');
      expect(clean(loading.textContent)).to.equal('載入中…');
      expect(root.querySelector('[part="load-error"]')).to.equal(null);

      release();
      await portal.updateComplete;
      expect(calls).to.equal(2);
      expect(defined('gepi-authorization')).to.equal(true);
      expect(root.querySelector('gepi-authorization')).to.not.equal(null);
      expect(root.querySelector('[part="loading"]')).to.equal(null);
      // Focus went back to the page's heading when 重試 went away.
      expect(root.activeElement?.id).to.equal('view-title');
    } finally {
      Portal.functionLoaders['gepi-authorization'] = original;
      await d.close();
    }
  });
});
