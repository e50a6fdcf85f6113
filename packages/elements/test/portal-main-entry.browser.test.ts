// <gepi-portal> registered by the host from the main entry (no define file, no autoloader): the class
// alone carries no `import()` of the functions (so that importing the main entry does not make a
// splitting bundler load them all up front, see `npm run size`); it shows the functions the host
// registered, and says so, with 重試, when one is not.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { GepiPortal, GepiProvider, defineElement } from '../src/index.js';
import { describe, it } from './support/mocha.js';
import { before, demoPki, desk } from './support/portal.js';
import { clean } from './support/views.js';

describe('<gepi-portal> from the main entry', function () {
  before(() => demoPki(), 30_000);

  it('shows a function once the host registers it, and an error with 重試 before', async () => {
    defineElement('gepi-provider', GepiProvider);
    defineElement('gepi-portal', GepiPortal);
    const d = await desk();
    try {
      const provider = await fixture<HTMLElement>(
        html`<gepi-provider .client=${d.client} .tokens=${d.tokens}
          ><gepi-portal></gepi-portal
        ></gepi-provider>`,
      );
      const portal = provider.querySelector('gepi-portal') as GepiPortal;
      await portal.updateComplete;
      portal.open('first-registration');
      await portal.updateComplete;
      const root = portal.shadowRoot!;
      await waitUntil(() => root.querySelector('[part="load-error"]'), 'no load error shown');
      expect(customElements.get('gepi-first-registration')).to.equal(undefined);

      await import('../src/components/first-registration/gepi-first-registration.js');
      const retry = [...root.querySelectorAll('[part="load-error"] button')].find(
        (b) => clean(b.textContent) === '重試',
      ) as HTMLButtonElement;
      retry.click();
      await waitUntil(() => root.querySelector('gepi-first-registration'), 'the function is not shown');
      expect(root.querySelector('[part="load-error"]')).to.equal(null);
    } finally {
      await d.close();
    }
  });
});
