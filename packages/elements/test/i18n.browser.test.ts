// Per-instance localization: zh-TW by default, `lang` on the element or an ancestor, a provider's
// locale winning over both, host overrides for single strings, `{name}` parameters and markup slots.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/components/provider/gepi-provider.js';
import { afterEach, beforeEach, describe, it } from './support/mocha.js';
import { GepiProvider } from '../src/components/provider/provider.component.js';
import { builtInCatalog, createTranslator, loadCatalog } from '../src/i18n/catalogs.js';
import { en } from '../src/i18n/en.js';
import { zhTW } from '../src/i18n/zh-TW.js';
import { matchLocale } from '../src/i18n/translation.js';
import type { TranslationKey } from '../src/i18n/translation.js';
import { defineElement } from '../src/internal/define.js';
import { GepiElement } from '../src/internal/host-element.js';

const catalogs = { 'zh-TW': zhTW, en } as const;

class TestI18n extends GepiElement {
  protected override render(): TemplateResult {
    return html`
      <p id="agree">${this.t('terms.agree')}</p>
      <p id="title">${this.t('terms.title')}</p>
      <p id="footer">${this.t('handlers.footer', { from: 1, to: 10, total: 23 })}</p>
      <p id="hint">
        ${this.tParts('handlerForm.serialHint', { button: html`<button>${this.t('handlerForm.readCard')}</button>` })}
      </p>
    `;
  }
}
defineElement('test-i18n', TestI18n);

declare global {
  interface HTMLElementTagNameMap {
    'test-i18n': TestI18n;
  }
}

const text = (el: Element, id: string): string =>
  el.shadowRoot?.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let savedLang: string | null;
beforeEach(() => {
  savedLang = document.documentElement.getAttribute('lang');
  document.documentElement.removeAttribute('lang');
});
afterEach(() => {
  if (savedLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', savedLang);
});

describe('localization', () => {
  // First in the file: nothing has rendered in English yet.
  it('fetches the English words only when an element first renders in English, before it paints', async () => {
    expect(builtInCatalog('en')).to.equal(undefined);
    expect(createTranslator('en').t('terms.agree')).to.equal(zhTW['terms.agree']);
    const zh = await fixture<TestI18n>(html`<test-i18n></test-i18n>`);
    expect(text(zh, 'agree')).to.equal(zhTW['terms.agree']);
    expect(builtInCatalog('en')).to.equal(undefined);

    const el = document.createElement('test-i18n');
    el.lang = 'en';
    const painted: string[] = [];
    // Every render's text, from the first one: a zh-TW flash would show up here.
    const observer = new MutationObserver(() => painted.push(text(el, 'agree')));
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await el.updateComplete;
    observer.disconnect();
    expect(text(el, 'agree')).to.equal('I agree to the terms');
    expect(painted.filter((p) => p !== '' && p !== 'I agree to the terms')).to.deep.equal([]);
    // The element fetched the English of its catalog parts; the whole catalog object is the host's to ask for.
    expect(builtInCatalog('en')).to.equal(undefined);
    expect(await loadCatalog('en')).to.equal(en);
    expect(builtInCatalog('en')).to.equal(en);
    el.remove();
  });

  it('speaks zh-TW, the manual’s words, when nothing says otherwise', async () => {
    const el = await fixture<TestI18n>(html`<test-i18n></test-i18n>`);
    expect(el.resolvedLocale).to.equal('zh-TW');
    expect(text(el, 'agree')).to.equal('同意條款內容');
    expect(text(el, 'title')).to.equal('公教人員保險網路作業 e 系統用戶約定條款');
  });

  it('speaks English with lang="en" on the element', async () => {
    const el = await fixture<TestI18n>(html`<test-i18n lang="en"></test-i18n>`);
    expect(el.resolvedLocale).to.equal('en');
    expect(text(el, 'agree')).to.equal('I agree to the terms');
  });

  it('follows the closest ancestor with lang, across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en-US"></div>`);
    const shadowHost = document.createElement('div');
    outer.append(shadowHost);
    const root = shadowHost.attachShadow({ mode: 'open' });
    const el = document.createElement('test-i18n');
    root.append(el);
    await el.updateComplete;
    expect(el.resolvedLocale).to.equal('en');

    // Inside a shadow root only the element's own attribute watch can see this change.
    el.setAttribute('lang', 'zh-TW');
    await el.updateComplete;
    expect(el.resolvedLocale).to.equal('zh-TW');
  });

  it('re-renders when lang changes on the element or on <html>', async () => {
    const el = await fixture<TestI18n>(html`<test-i18n></test-i18n>`);
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el, 'agree')).to.equal('I agree to the terms');

    el.lang = 'zh-Hant-TW';
    await el.updateComplete;
    expect(text(el, 'agree')).to.equal('同意條款內容');
  });

  it('lets the nearest provider’s locale win over lang', async () => {
    const provider = await fixture<GepiProvider>(html`
      <gepi-provider locale="en"><test-i18n lang="zh-TW"></test-i18n></gepi-provider>
    `);
    const el = provider.querySelector('test-i18n')!;
    await el.updateComplete;
    expect(text(el, 'agree')).to.equal('I agree to the terms');

    provider.locale = 'zh-TW';
    await provider.updateComplete;
    await el.updateComplete;
    expect(text(el, 'agree')).to.equal('同意條款內容');
  });

  it('takes an outer provider’s locale when the inner one sets none', async () => {
    const outer = await fixture<GepiProvider>(html`
      <gepi-provider locale="en">
        <gepi-provider id="inner"><test-i18n></test-i18n></gepi-provider>
      </gepi-provider>
    `);
    const inner = outer.querySelector<GepiProvider>('#inner')!;
    const el = outer.querySelector('test-i18n')!;
    await inner.updateComplete;
    await el.updateComplete;
    expect(el.resolvedLocale).to.equal('en');

    inner.locale = 'zh-TW';
    await inner.updateComplete;
    await el.updateComplete;
    expect(el.resolvedLocale).to.equal('zh-TW');
  });

  it('falls back to lang once moved out of a provider', async () => {
    const provider = await fixture<GepiProvider>(html`
      <gepi-provider locale="en"><test-i18n></test-i18n></gepi-provider>
    `);
    const el = provider.querySelector('test-i18n')!;
    await el.updateComplete;
    expect(el.resolvedLocale).to.equal('en');
    provider.after(el);
    await el.updateComplete;
    expect(el.resolvedLocale).to.equal('zh-TW');
  });

  it('reaches elements connected before the provider was defined', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <late-gepi-provider locale="en"><test-i18n></test-i18n></late-gepi-provider>
      </div>
    `);
    const el = wrapper.querySelector('test-i18n')!;
    await el.updateComplete;
    expect(el.resolvedLocale).to.equal('zh-TW');

    defineElement('late-gepi-provider', class extends GepiProvider {});
    await (wrapper.firstElementChild as GepiProvider).updateComplete;
    await el.updateComplete;
    expect(el.resolvedLocale).to.equal('en');
  });

  it('lets the host replace one string, for one locale, on one element', async () => {
    const overrides = { 'zh-TW': { 'terms.agree': '我同意' } };
    const el = await fixture<TestI18n>(html`<test-i18n .translations=${overrides}></test-i18n>`);
    expect(text(el, 'agree')).to.equal('我同意');
    expect(text(el, 'title')).to.equal('公教人員保險網路作業 e 系統用戶約定條款');

    const other = await fixture<TestI18n>(html`<test-i18n></test-i18n>`);
    expect(text(other, 'agree')).to.equal('同意條款內容');

    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, 'agree')).to.equal('I agree to the terms');
  });

  it('merges provider overrides beneath the element’s own', async () => {
    const fromProvider = { en: { 'terms.agree': 'Agree', 'terms.title': 'Terms' } };
    const fromElement = { en: { 'terms.agree': 'Yes' } };
    const provider = await fixture<GepiProvider>(html`
      <gepi-provider locale="en" .translations=${fromProvider}>
        <test-i18n id="plain"></test-i18n>
        <test-i18n id="own" .translations=${fromElement}></test-i18n>
      </gepi-provider>
    `);
    const plain = provider.querySelector<TestI18n>('#plain')!;
    const own = provider.querySelector<TestI18n>('#own')!;
    await plain.updateComplete;
    await own.updateComplete;
    expect(text(plain, 'agree')).to.equal('Agree');
    expect(text(own, 'agree')).to.equal('Yes');
    expect(text(own, 'title')).to.equal('Terms');
  });

  it('fills in {name} parameters', async () => {
    const el = await fixture<TestI18n>(html`<test-i18n></test-i18n>`);
    expect(text(el, 'footer')).to.equal('顯示第 1 至 10 項結果，共 23 項');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, 'footer')).to.equal('Showing 1 to 10 of 23');
  });

  it('puts markup into a message’s slots', async () => {
    const el = await fixture<TestI18n>(html`<test-i18n></test-i18n>`);
    const hint = el.shadowRoot!.getElementById('hint')!;
    expect(hint.querySelector('button')?.textContent).to.equal('讀取憑證');
    expect(text(el, 'hint')).to.equal('請直接輸入本欄位或於讀卡機中插入自然人憑證後按讀取憑證');
  });
});

describe('catalogs', () => {
  const placeholders = (message: string): string[] =>
    [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

  it('give English the same keys and parameters as zh-TW', () => {
    const keys = Object.keys(catalogs['zh-TW']) as TranslationKey[];
    expect(Object.keys(catalogs.en).sort()).to.deep.equal([...keys].sort());
    for (const key of keys) {
      if (key === 'format.rocDateTime') continue;
      expect(placeholders(catalogs.en[key]), key).to.deep.equal(placeholders(catalogs['zh-TW'][key]));
    }
    const dateParts = ['y', 'gy', 'MM', 'dd', 'HH', 'mm', 'ss'];
    for (const name of placeholders(catalogs.en['format.rocDateTime'])) expect(dateParts).to.include(name);
  });

  it('hold the ten clauses', () => {
    for (let n = 1; n <= 10; n++) {
      expect(catalogs['zh-TW'][`terms.clause${n}` as TranslationKey]).to.match(/。$/);
    }
  });

  it('leave an unknown parameter visible and fall back to the catalog past a hole in the overrides', async () => {
    await loadCatalog('en');
    const { t } = createTranslator('en', { en: { 'terms.agree': undefined } });
    expect(t('terms.agree')).to.equal('I agree to the terms');
    const broken = createTranslator('en', { en: { 'handlers.footer': '{from}-{to} of {all}' } });
    expect(broken.t('handlers.footer', { from: 1, to: 2, total: 3 })).to.equal('1-2 of {all}');
  });

  it('map BCP 47 tags to the supported locales', () => {
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('zh')).to.equal('zh-TW');
    expect(matchLocale('zh-Hant-TW')).to.equal('zh-TW');
    expect(matchLocale('ja')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
  });
});
