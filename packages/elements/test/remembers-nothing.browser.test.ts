// The kit remembers nothing sensitive across reloads: after a whole 首次註冊 in the portal (with the
// browser-history option on, so the portal writes the address and history.state), neither PIN nor
// the full national ID typed is anywhere a reload could find it: localStorage, sessionStorage,
// every IndexedDB database, Cache Storage, cookies, the URL, history.state. The PINs are distinctive
// numbers given to the virtual cards here, so a hit cannot be a coincidence.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { virtualCardFromIssued } from '@gepi/sdk/virtual';
import '../src/components/portal/gepi-portal.js';
import '../src/components/provider/gepi-provider.js';
import type { GepiPortal } from '../src/components/portal/portal.component.js';
import { describe, it } from './support/mocha.js';
import { before, demoPki, desk, fill, press, step, submitContact, view } from './support/portal.js';
import { clean } from './support/views.js';

const ORG_PIN = '61720953';
const CITIZEN_PIN = '80517342';
const NATIONAL_ID = 'A123456789';

function bytesToText(value: ArrayBuffer | ArrayBufferView): string {
  const bytes =
    value instanceof ArrayBuffer
      ? new Uint8Array(value)
      : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** Anything stored in a database, as text (binary as Latin-1, so digits stored as bytes show too). */
function asText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? bytesToText(v as ArrayBuffer) : v,
  );
}

async function indexedDbText(): Promise<string> {
  const out: string[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    out.push(info.name);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(info.name!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const storeName of db.objectStoreNames) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map(
          (request) =>
            new Promise<unknown>((resolve, reject) => {
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      out.push(storeName, asText(keys), asText(values));
    }
    db.close();
  }
  return out.join('\n');
}

async function cacheText(): Promise<string> {
  const out: string[] = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      out.push(request.url, await ((await cache.match(request))?.text() ?? ''));
    }
  }
  return out.join('\n');
}

/** Everything a reload of this page could read back. */
async function everythingKept(): Promise<string> {
  const out: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)!;
      out.push(key, storage.getItem(key) ?? '');
    }
  }
  out.push(document.cookie, location.href, asText(history.state), await indexedDbText(), await cacheText());
  return out.join('\n');
}

describe('remembers nothing sensitive', function () {
  before(() => demoPki(), 30_000);

  it('leaves no PIN and no full national ID in storage, IndexedDB, caches, cookies, the URL or history', async () => {
    const d = await desk();
    const insert = (id: string, pin: string) => {
      d.remove();
      d.tokens.insert(d.readers[0]!, virtualCardFromIssued({ ...d.pki.card(id), pin }));
    };
    const provider = await fixture<HTMLElement>(
      html`<gepi-provider .client=${d.client} .tokens=${d.tokens}
        ><gepi-portal history></gepi-portal
      ></gepi-provider>`,
    );
    const portal = provider.querySelector<GepiPortal>('gepi-portal')!;
    await portal.updateComplete;
    const menu = [...portal.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')].find(
      (b) => clean(b.textContent) === '首次註冊',
    )!;
    menu.click();
    await waitUntil(() => location.hash === '#first-registration', 'the portal never wrote the address');
    const flow = await waitUntil(
      () => portal.shadowRoot!.querySelector('gepi-first-registration'),
      'no first registration',
    ).then(() => portal.shadowRoot!.querySelector('gepi-first-registration')!);

    press(await view(flow, 'gepi-terms'), 'accept-button');
    await step(flow, 'org-card');
    insert('ORG-10001', ORG_PIN);
    let card = await view(flow, 'gepi-card-confirm');
    await waitUntil(() => (flow as { state?: { data: { card?: unknown } } }).state?.data.card, 'no card');
    fill(card, '機關代號（五碼）', '10001');
    fill(card, '機關憑證IC卡密碼（PIN碼）', ORG_PIN);
    press(card, 'confirm-button');
    await step(flow, 'citizen-card');

    insert('CIT-WANG', CITIZEN_PIN);
    card = await view(flow, 'gepi-card-confirm');
    await waitUntil(
      () =>
        (flow as { state?: { data: { card?: { certificate?: { holder?: string } } } } }).state?.data.card
          ?.certificate?.holder === '王大明',
      'the citizen card was never read',
    );
    fill(card, '授權管理者身分證統一編號', NATIONAL_ID);
    fill(card, '自然人憑證IC卡密碼（為PIN碼）', CITIZEN_PIN);
    press(card, 'confirm-button');
    await step(flow, 'confirm');
    await submitContact(flow, { name: '王大明', email: 'wang.daming@example.org', phone: '02-2701-3411' });
    await step(flow, 'registered');

    const kept = await everythingKept();
    // The scan sees what the portal did keep (the page in the address), so it is looking.
    expect(kept).to.contain('#first-registration');
    for (const secret of [ORG_PIN, CITIZEN_PIN, NATIONAL_ID, NATIONAL_ID.toLowerCase()]) {
      expect(kept.includes(secret), `${secret} was kept`).to.equal(false);
    }
    await d.close();
    history.replaceState(null, '', location.pathname);
  });
});
