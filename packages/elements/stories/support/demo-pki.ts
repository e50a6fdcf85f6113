// Where the flow stories' demo PKI comes from, fastest first:
// 1. `demo-pki.json` beside the preview's iframe.html: issued once in Node by the Storybook build
//    (written into storybook-static/) or by `storybook dev` (served from memory), see
//    .storybook/main.ts. Restoring it is key imports only.
// 2. The copy kept in this browser's IndexedDB (database `gepi-storybook`) by an earlier page.
// 3. Issued in the page (45 RSA keys in WebCrypto: seconds), then kept in IndexedDB for the next page.
// A saved PKI is only used while it is fit: its CRLs are still valid and it is at most a day old (the
// dataset's expiry states count from issuance). Demo keys only: the PKI is the test-marked demo PKI
// of @gepi/sdk/testing, trusted by nothing but the in-page mock API.
import { demoPkiCrlsValidUntil, issueDemoPki, restoreDemoPki, saveDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';

/** The asset's name, relative to the preview's iframe.html. */
export const DEMO_PKI_ASSET = 'demo-pki.json';

/** A saved PKI older than this is not used, so that "expires in N days" stays what the dataset says. */
export const DEMO_PKI_MAX_AGE_MS = 86_400_000;

export type DemoPkiSource = 'asset' | 'cache' | 'issued';

/** True when a saved PKI may still be used at `now`: CRLs valid and at most a day old. */
export function demoPkiFit(pki: DemoPki, now: number = Date.now()): boolean {
  if (now - pki.issuedAt.getTime() > DEMO_PKI_MAX_AGE_MS) return false;
  const crlsValidUntil = demoPkiCrlsValidUntil(pki);
  return !crlsValidUntil || crlsValidUntil.getTime() > now;
}

/** The PKI saved at `url` (the build's asset), if it is there, readable and fit; else undefined. */
export async function demoPkiFromAsset(url: string | URL): Promise<DemoPki | undefined> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return undefined;
    const pki = await restoreDemoPki(await response.text());
    return demoPkiFit(pki) ? pki : undefined;
  } catch {
    // Not served, not a saved demo PKI, another dataset's cards: the fallbacks below.
    return undefined;
  }
}

const CACHE = { database: 'gepi-storybook', store: 'demo-pki', key: 'saved' } as const;

/** One request on the cache's object store; rejects when IndexedDB is unavailable. */
function cacheRequest<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(CACHE.database, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(CACHE.store);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = run(db.transaction(CACHE.store, mode).objectStore(CACHE.store));
      request.onsuccess = () => {
        resolve(request.result);
        db.close();
      };
      request.onerror = () => {
        reject(request.error);
        db.close();
      };
    };
  });
}

/** The PKI kept in IndexedDB by an earlier page, if there is one still fit for use. */
async function demoPkiFromCache(): Promise<DemoPki | undefined> {
  try {
    const text: unknown = await cacheRequest('readonly', (store) => store.get(CACHE.key));
    if (typeof text !== 'string') return undefined;
    const kept = await restoreDemoPki(text);
    return demoPkiFit(kept) ? kept : undefined;
  } catch {
    // No IndexedDB (a private window, Node), nothing kept, or another format or dataset.
    return undefined;
  }
}

export interface LoadDemoPkiOptions {
  /** The build's asset; undefined: none (straight to the IndexedDB copy). */
  asset?: string | URL | undefined;
  /** Makes a new PKI when neither the asset nor the cache has a fit one. Default issueDemoPki(). */
  issue?: () => Promise<DemoPki>;
}

/** The demo PKI from the first source that has a fit one, and which source that was. */
export async function loadDemoPki(
  options: LoadDemoPkiOptions = {},
): Promise<{ pki: DemoPki; source: DemoPkiSource }> {
  const built = options.asset === undefined ? undefined : await demoPkiFromAsset(options.asset);
  if (built) return { pki: built, source: 'asset' };
  const kept = await demoPkiFromCache();
  if (kept) return { pki: kept, source: 'cache' };
  const issued = await (options.issue ?? (() => issueDemoPki()))();
  // Kept in the background: a story need not wait for it, and a failure only costs the next page.
  void saveDemoPki(issued)
    .then((text) => cacheRequest('readwrite', (store) => store.put(text, CACHE.key)))
    .catch(() => undefined);
  return { pki: issued, source: 'issued' };
}
