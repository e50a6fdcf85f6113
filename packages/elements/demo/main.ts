// The demo portal page's first script: the page's own words in both languages, the language switch,
// and the start of the two slow things in parallel: fetching the demo PKI from the server, and
// loading the elements and SDK (./app.ts, a separate chunk), so the page answers before they land.
import type { DemoPkiResponse } from './app.js';

type Locale = 'zh-TW' | 'en';

const TEXT: Record<Locale, Record<string, string>> = {
  'zh-TW': {
    title: 'GEPI 憑證註冊與指派作業示範',
    language: '語言',
    notice:
      '示範環境：憑證、私鑰與資料皆為測試用，與資料庫一同保存，重新啟動時沿用（npm start -- --reset 重新產生）；IC卡以虛擬讀卡機模擬。',
    loading: '載入示範憑證中…',
    failed: '無法載入示範憑證：',
    desk: '讀卡機',
    pins: '示範IC卡的PIN碼皆為 {pin}',
    pinsExcept: '，但 {cards} 為 {pin}',
    portalHeader: '臺灣銀行　公教人員保險網路作業 e 系統',
    footerContact: '臺灣銀行公教保險部　電話：(02)2701-3411　傳真：(02)2701-5622',
    footerBrowser: '建議使用 Chrome、Edge 或 Firefox 最新版本瀏覽器。',
    exited: '已結束憑證註冊與指派作業，回到要保機關作業（示範環境以本首頁代替）。',
    readerMode: '讀卡方式',
    virtual: '虛擬讀卡機',
    fortifyHelp:
      'Fortify 模式：IC卡由 Fortify（{address}）讀取。沒有 Fortify 時，可於專案目錄執行 npm run fortify:test-server -- --server {origin}，並先開啟 https://{address}/.well-known/webcrypto-socket 接受其測試憑證。',
  },
  en: {
    title: 'GEPI certificate registration: demo',
    language: 'Language',
    notice:
      'Demo: every certificate, private key and record here is for testing; they are kept with the database and reused on a restart (npm start -- --reset makes them anew); IC cards are simulated by the virtual card reader.',
    loading: 'Loading the demo certificates…',
    failed: 'The demo certificates could not be loaded: ',
    desk: 'Card reader',
    pins: 'The PIN of every demo IC card is {pin}',
    pinsExcept: ', except {cards}: {pin}',
    readerMode: 'Card access',
    virtual: 'Virtual card reader',
    fortifyHelp:
      'Fortify mode: the IC cards are read by Fortify ({address}). Without Fortify, run npm run fortify:test-server -- --server {origin} in the project and first open https://{address}/.well-known/webcrypto-socket to accept its test certificate.',
    portalHeader: 'Bank of Taiwan · GEPI e-system',
    footerContact:
      'Bank of Taiwan, Public Servants’ and Teachers’ Insurance Dept. · Tel (02)2701-3411 · Fax (02)2701-5622',
    footerBrowser: 'Best viewed in a current Chrome, Edge or Firefox.',
    exited: 'You left certificate registration for the agency pages (in this demo, its home page).',
  },
};

const languageSelect = document.querySelector<HTMLSelectElement>('#language');
const readerSelect = document.querySelector<HTMLSelectElement>('#reader-mode');
const params = new URLSearchParams(location.search);
// ?reader=fortify reads the cards through Fortify (&fortify=host:port, default Fortify's own address).
const readerMode: 'virtual' | 'fortify' = params.get('reader') === 'fortify' ? 'fortify' : 'virtual';
const fortifyAddress = params.get('fortify') ?? '127.0.0.1:31337';
if (readerSelect) readerSelect.value = readerMode;
readerSelect?.addEventListener('change', () => {
  // A new token provider means new flows: the page starts again in the chosen mode.
  const next = new URL(location.href);
  if (readerSelect.value === 'fortify') next.searchParams.set('reader', 'fortify');
  else next.searchParams.delete('reader');
  location.assign(next);
});
const status = document.querySelector<HTMLElement>('#status');
let locale: Locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh-TW';
let setElementsLocale: ((locale: Locale) => void) | undefined;
let pinHint: ((locale: Locale) => string) | undefined;

function applyLanguage(next: Locale): void {
  locale = next;
  document.documentElement.lang = next;
  document.title = TEXT[next]['title'] ?? document.title;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = TEXT[next][element.dataset['text'] ?? ''];
    if (text !== undefined) element.textContent = text;
  }
  const pins = document.querySelector<HTMLElement>('#pins');
  if (pins && pinHint) pins.textContent = pinHint(next);
  const help = document.querySelector<HTMLElement>('#fortify-help');
  if (help) {
    help.hidden = readerMode !== 'fortify';
    help.textContent = (TEXT[next]['fortifyHelp'] ?? '')
      .replaceAll('{address}', fortifyAddress)
      .replace('{origin}', location.origin);
  }
  if (languageSelect) languageSelect.value = next;
  setElementsLocale?.(next);
}

languageSelect?.addEventListener('change', () =>
  applyLanguage(languageSelect.value === 'en' ? 'en' : 'zh-TW'),
);
applyLanguage(locale);

async function fetchPki(): Promise<DemoPkiResponse> {
  const response = await fetch('/demo/pki', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /demo/pki: HTTP ${response.status}`);
  return (await response.json()) as DemoPkiResponse;
}

try {
  const [pki, app] = await Promise.all([fetchPki(), import('./app.js')]);
  const mounted = await app.mountDemo({
    pki,
    locale,
    portalHost: document.querySelector<HTMLElement>('#portal')!,
    readerHost: document.querySelector<HTMLElement>('#reader')!,
    reader: readerMode,
    fortifyAddress,
    exitedText: () => TEXT[locale]['exited'] ?? '',
  });
  setElementsLocale = mounted.setLocale;
  pinHint = (l) => {
    const t = TEXT[l];
    const others = mounted.otherPins
      .map(({ pin, labels }) =>
        (t['pinsExcept'] ?? '').replace('{cards}', labels.join('、')).replace('{pin}', pin),
      )
      .join('');
    return `${(t['pins'] ?? '').replace('{pin}', mounted.commonPin)}${others}${l === 'en' ? '.' : '。'}`;
  };
  applyLanguage(locale);
} catch (error) {
  if (status)
    status.textContent = `${TEXT[locale]['failed']}${error instanceof Error ? error.message : String(error)}`;
  throw error;
}
