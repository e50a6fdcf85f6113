// <gepi-card-confirm> in Fortify mode: each connection state of the token provider is shown instead
// of the card (never "insert a card" while not ready), in zh-TW and English, accessible; the pairing
// code to compare; 重新連線 after a refusal; "請在 Fortify 視窗輸入 PIN 碼" while Fortify asks.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ProviderStatus } from '@gepi/sdk';
import '../src/components/card-confirm/gepi-card-confirm.js';
import type { GepiCardConfirm } from '../src/components/card-confirm/card-confirm.component.js';
import { describe, it } from './support/mocha.js';
import { clean, part } from './support/views.js';

const STATES: [ProviderStatus, { 'zh-TW': string; en: string }][] = [
  [
    { state: 'connecting' },
    { 'zh-TW': '正在連線讀卡元件（Fortify），請稍候…', en: 'Connecting to the card component (Fortify)…' },
  ],
  [
    { state: 'not-running', retryInMs: 2000 },
    { 'zh-TW': '未偵測到讀卡元件 Fortify', en: 'Fortify not detected' },
  ],
  [
    { state: 'pairing', code: '482913' },
    { 'zh-TW': '請核對配對碼', en: 'Compare the pairing code' },
  ],
  [{ state: 'denied' }, { 'zh-TW': 'Fortify 未允許本網站使用IC卡', en: 'Fortify did not allow this site' }],
  [{ state: 'disconnected' }, { 'zh-TW': '與讀卡元件 Fortify 的連線中斷', en: 'Connection to Fortify lost' }],
];

function view(connection: ProviderStatus | undefined, lang = 'zh-TW', card: null | undefined = null) {
  return fixture<GepiCardConfirm>(
    html`<gepi-card-confirm
      kind="org"
      lang=${lang}
      pin-entry="native"
      .card=${card}
      .connection=${connection}
    ></gepi-card-confirm>`,
  );
}

describe('<gepi-card-confirm> connection states (Fortify)', () => {
  for (const [status, words] of STATES) {
    for (const lang of ['zh-TW', 'en'] as const) {
      it(`shows ${status.state} in ${lang} instead of "no card", accessibly`, async () => {
        const el = await view(status, lang);
        const box = part(el, 'connection');
        expect(box.dataset['state']).to.equal(status.state);
        expect(clean(box.textContent)).to.contain(words[lang]);
        expect(el.shadowRoot?.querySelector('[part~="no-card"]'), 'never "insert a card"').to.equal(null);
        // Inside the card's live region: a change of state is announced.
        expect(box.closest('[aria-live="polite"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('tells where Fortify comes from and that it connects by itself', async () => {
    const el = await view({ state: 'not-running' });
    const text = clean(part(el, 'connection').textContent);
    expect(text).to.contain('https://fortifyapp.com');
    expect(text).to.contain('啟動後本頁會自動連線，無須重新整理');
    expect(text).to.contain('系統將自動重試連線');
  });

  it('shows the pairing code to compare, read digit by digit', async () => {
    const el = await view({ state: 'pairing', code: '031415' });
    const code = part(el, 'pairing-code');
    expect(clean(code.textContent)).to.equal('031415');
    expect(code.getAttribute('aria-label')).to.equal('0 3 1 4 1 5');
  });

  it('asks for 重新連線 after a refusal', async () => {
    const el = await view({ state: 'denied' });
    const button = part<HTMLButtonElement>(el, 'reconnect-button');
    expect(clean(button.textContent)).to.equal('重新連線');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'gepi-card-reconnect');
    expect(event.detail).to.deep.equal({ kind: 'org' });
    expect(event.composed).to.equal(true);
  });

  it('shows "no card" again only once ready', async () => {
    const el = await view({ state: 'ready' });
    expect(el.shadowRoot?.querySelector('[part~="connection"]')).to.equal(null);
    expect(clean(part(el, 'no-card').textContent)).to.equal('讀卡機中未偵測到IC卡，請將IC卡放入讀卡機。');
  });

  it('says 請在 Fortify 視窗輸入 PIN 碼 while Fortify asks for the PIN (busy, native entry)', async () => {
    const el = await view({ state: 'ready' });
    expect(clean(part(el, 'pin-now').textContent)).to.equal('');
    el.busy = true;
    await el.updateComplete;
    const now = part(el, 'pin-now');
    expect(clean(now.textContent)).to.equal('請在 Fortify 視窗輸入 PIN 碼');
    expect(now.getAttribute('role')).to.equal('status');
    el.lang = 'en';
    await el.updateComplete;
    expect(clean(part(el, 'pin-now').textContent)).to.equal('Enter the PIN in the Fortify window');
  });
});
