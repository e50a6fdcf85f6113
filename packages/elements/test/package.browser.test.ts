// The package's entry points as a host imports them: the main entry registers nothing; a define
// file registers its tag.
import { expect } from '@open-wc/testing';
import * as elements from '@gepi/elements';
import { describe, it } from './support/mocha.js';

describe('@gepi/elements entry points', () => {
  it('exports the classes without defining any tag', () => {
    expect(elements.GepiTerms).to.be.a('function');
    expect(elements.GepiProvider).to.be.a('function');
    expect(customElements.get('gepi-terms')).to.equal(undefined);
    expect(customElements.get('gepi-provider')).to.equal(undefined);
  });

  it('defines a tag when its define file is imported', async () => {
    const module = await import('@gepi/elements/components/terms/gepi-terms.js');
    expect(customElements.get('gepi-terms')).to.equal(module.GepiTerms);
    expect(module.GepiTerms).to.equal(elements.GepiTerms);
  });
});
