// <gepi-provider>: hands the client and the token provider to the elements inside it, nests, and
// stays out of the layout.
import { ContextConsumer } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../src/components/provider/gepi-provider.js';
import type { GepiProvider } from '../src/components/provider/provider.component.js';
import { clientContext, tokensContext } from '../src/context/contexts.js';
import { defineElement } from '../src/internal/define.js';
import { describe, it } from './support/mocha.js';

class TestConsumer extends LitElement {
  readonly client = new ContextConsumer(this, { context: clientContext, subscribe: true });
  readonly tokens = new ContextConsumer(this, { context: tokensContext, subscribe: true });
}
defineElement('test-consumer', TestConsumer);

declare global {
  interface HTMLElementTagNameMap {
    'test-consumer': TestConsumer;
  }
}

describe('<gepi-provider>', () => {
  it('gives its client and token provider to the elements inside', async () => {
    const client = { name: 'client' };
    const tokens = { name: 'tokens' };
    const provider = await fixture<GepiProvider>(html`
      <gepi-provider .client=${client} .tokens=${tokens}><test-consumer></test-consumer></gepi-provider>
    `);
    const consumer = provider.querySelector('test-consumer')!;
    expect(consumer.client.value).to.equal(client);
    expect(consumer.tokens.value).to.equal(tokens);

    const next = { name: 'next client' };
    // A stand-in object: the provider hands on whatever it is given.
    provider.client = next as unknown as GepiProvider['client'];
    await provider.updateComplete;
    expect(consumer.client.value).to.equal(next);
  });

  it('reaches elements inside other elements’ shadow roots', async () => {
    const client = {};
    const provider = await fixture<GepiProvider>(
      html`<gepi-provider .client=${client}><div></div></gepi-provider>`,
    );
    const root = provider.querySelector('div')!.attachShadow({ mode: 'open' });
    const consumer = document.createElement('test-consumer');
    root.append(consumer);
    expect(consumer.client.value).to.equal(client);
  });

  it('passes on the outer provider’s values that it does not set itself', async () => {
    const outerClient = {};
    const innerTokens = {};
    const outer = await fixture<GepiProvider>(html`
      <gepi-provider .client=${outerClient}>
        <gepi-provider .tokens=${innerTokens}><test-consumer></test-consumer></gepi-provider>
      </gepi-provider>
    `);
    const inner = outer.querySelector('gepi-provider')!;
    await inner.updateComplete;
    const consumer = outer.querySelector('test-consumer')!;
    expect(consumer.client.value).to.equal(outerClient);
    expect(consumer.tokens.value).to.equal(innerTokens);
  });

  it('takes no room in the layout', async () => {
    const provider = await fixture<GepiProvider>(html`<gepi-provider></gepi-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });
});
