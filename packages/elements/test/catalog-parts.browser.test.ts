// An element loads the words of the catalog parts it shows, no more: <gepi-terms> in English fetches
// the English of the shared words and of the terms, and not the handler views', the queries', the
// portal's or the card reader's (test/catalog-parts.test.ts checks that every element names the
// parts of every message it can show).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/terms/gepi-terms.js';
import { describe, it } from './support/mocha.js';
import type { GepiTerms } from '../src/components/terms/terms.component.js';
import { handlersWords } from '../src/i18n/zh-TW/handlers.js';
import { portalWords } from '../src/i18n/zh-TW/portal.js';
import { queriesWords } from '../src/i18n/zh-TW/queries.js';
import { sharedWords } from '../src/i18n/zh-TW/shared.js';
import { termsWords } from '../src/i18n/zh-TW/terms.js';
import { virtualReaderWords } from '../src/i18n/zh-TW/virtual-reader.js';

const others = { handlersWords, portalWords, queriesWords, virtualReaderWords };
const notLoaded = (): string[] =>
  Object.entries(others)
    .filter(([, part]) => part.en.words === undefined)
    .map(([name]) => name);

describe('catalog parts in a page', () => {
  it('an element in English fetches the English of its own parts only', async () => {
    expect(sharedWords.en.words).to.equal(undefined);
    expect(termsWords.en.words).to.equal(undefined);
    const zh = await fixture<GepiTerms>(html`<gepi-terms></gepi-terms>`);
    expect(zh.shadowRoot!.querySelector('[part~="accept-button"]')?.textContent?.trim()).to.equal(
      '同意條款內容',
    );
    expect(termsWords.en.words, 'nothing in English yet').to.equal(undefined);

    const el = await fixture<GepiTerms>(html`<gepi-terms lang="en"></gepi-terms>`);
    expect(el.shadowRoot!.querySelector('[part~="accept-button"]')?.textContent?.trim()).to.equal(
      'I agree to the terms',
    );
    expect(el.shadowRoot!.querySelector('[part~="decline-button"]')?.textContent?.trim()).to.equal(
      termsWords.en.words?.['terms.disagree'],
    );
    expect(sharedWords.en.words?.['common.confirm']).to.equal('Confirm');
    expect(notLoaded()).to.deep.equal(Object.keys(others));
  });
});
