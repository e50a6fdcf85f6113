// The define helper: registering a tag that is already taken never throws, warns once when another
// copy of a different version holds it, and works with a host's own (scoped) registry.
import { expect } from '@open-wc/testing';
import { describe, it } from './support/mocha.js';
import { LitElement } from 'lit';
import { defineElement } from '../src/internal/define.js';
import { VERSION } from '../src/internal/version.js';

let counter = 0;
const uniqueTag = (): string => `test-define-${++counter}`;

function versioned(version: string | undefined): CustomElementConstructor {
  return class extends LitElement {
    static readonly version = version;
  };
}

function captureWarnings(run: () => void): string[] {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return messages;
}

describe('defineElement', () => {
  it('defines a free tag', () => {
    const tag = uniqueTag();
    const Element = versioned(VERSION);
    expect(defineElement(tag, Element)).to.equal(Element);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('does nothing, silently, when the same class is defined twice', () => {
    const tag = uniqueTag();
    const Element = versioned(VERSION);
    const warnings = captureWarnings(() => {
      defineElement(tag, Element);
      defineElement(tag, Element);
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('keeps the first class and warns once when a copy of another version comes second', () => {
    const tag = uniqueTag();
    const First = versioned('0.1.0');
    const Second = versioned('0.2.0');
    defineElement(tag, First);
    const warnings = captureWarnings(() => {
      expect(() => defineElement(tag, Second)).not.to.throw();
      expect(() => defineElement(tag, Second)).not.to.throw();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${tag}>`).and.contain('0.1.0').and.contain('0.2.0');
    expect(customElements.get(tag)).to.equal(First);
  });

  it('warns when the existing class carries no version to compare', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    const warnings = captureWarnings(() => defineElement(tag, versioned(VERSION)));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('unknown');
  });

  it('stays silent when another copy of the same version holds the tag', () => {
    const tag = uniqueTag();
    defineElement(tag, versioned(VERSION));
    const warnings = captureWarnings(() => defineElement(tag, versioned(VERSION)));
    expect(warnings).to.deep.equal([]);
  });

  it('registers a subclass when the class already has another tag in the registry', () => {
    const Element = versioned(VERSION);
    const first = uniqueTag();
    const second = uniqueTag();
    defineElement(first, Element);
    expect(() => defineElement(second, Element)).not.to.throw();
    const registered = customElements.get(second);
    expect(registered).to.exist.and.not.equal(Element);
    expect(document.createElement(second)).to.be.instanceOf(Element);
  });

  it('defines in a registry the host passes, leaving the global one alone', () => {
    const registry = new CustomElementRegistry();
    const tag = uniqueTag();
    const Element = versioned(VERSION);
    const Other = versioned('9.9.9');
    const warnings = captureWarnings(() => {
      defineElement(tag, Element, { registry });
      defineElement(tag, Element, { registry });
      defineElement(tag, Other, { registry });
      defineElement(tag, Other, { registry });
    });
    expect(registry.get(tag)).to.equal(Element);
    expect(customElements.get(tag)).to.equal(undefined);
    expect(warnings).to.have.length(1);
  });

  it('carries the version of package.json', async () => {
    const manifest = (await (await fetch('/packages/elements/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(manifest.version);
  });
});
