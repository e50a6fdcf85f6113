// The browser entry point: the whole API in the page (Storybook, element tests, a demo without a
// server), on the same SQLite store as the Node server, here SQLite compiled to WebAssembly
// (sql.js) with the database in page memory. The WebAssembly and its loader are fetched by
// openBrowserStore() through a dynamic import, when a page first asks for the API: no package's
// initial path holds them. Nothing here reaches a Node module.
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import { createRegistrationApi } from './app.js';
import type { RegistrationApi } from './app.js';
import type { RegistrationApiOptions } from './context.js';
import { cardDetailsFromPki, demoSeed, exportDemoPki, trustFromPki } from './demo.js';
import { SqlStore } from './store/sqlite.js';

export * from './index.js';

/**
 * Where sql.js's WebAssembly is looked for, in turn: the workspace's hoisted node_modules (this file
 * is `src/browser.ts` or `dist/browser.js`, three levels below the folder that holds node_modules),
 * then beside this package when it is installed (`node_modules/@gepi/mock-server/dist/browser.js`).
 * Bundlers (Vite) copy the file they find into their output. Pass `wasmUrl` where it is elsewhere.
 */
export const SQL_WASM_URLS: readonly URL[] = [
  new URL('../../../node_modules/sql.js/dist/sql-wasm-browser.wasm', import.meta.url),
  new URL('../../../sql.js/dist/sql-wasm-browser.wasm', import.meta.url),
];

const wasmUrls = (wasmUrl: string | URL | undefined) => (wasmUrl === undefined ? SQL_WASM_URLS : [wasmUrl]);

/** A new, empty store on SQLite WebAssembly in page memory (schema and migrations applied). */
export async function openBrowserStore(options: { wasmUrl?: string | URL } = {}): Promise<SqlStore> {
  const { WasmSqlDriver } = await import('./store/driver-wasm.js');
  return new SqlStore(await WasmSqlDriver.open(wasmUrls(options.wasmUrl)));
}

/**
 * Fetches and compiles the SQLite WebAssembly now (once per page), so that the first
 * openBrowserStore() or createBrowserDemoApi() does not wait for it: a page that issues the demo
 * PKI first (seconds) can load the engine meanwhile.
 */
export async function preloadBrowserStore(options: { wasmUrl?: string | URL } = {}): Promise<void> {
  const { loadEngine } = await import('./store/driver-wasm.js');
  await loadEngine(wasmUrls(options.wasmUrl));
}

export interface BrowserDemoOptions extends Omit<RegistrationApiOptions, 'store' | 'trust' | 'demoPki'> {
  /** Reuse a demo PKI (the virtual card reader must hold the same cards). Default: issue one. */
  pki?: DemoPki;
  /** Where to fetch sql.js's WebAssembly from. Default: the first of SQL_WASM_URLS found. */
  wasmUrl?: string | URL;
}

// The export of a PKI (every private key as PKCS#8) is the same for every API made over it: a page
// that makes one API per story (Storybook) exports its PKI once.
const exportsByPki = new WeakMap<DemoPki, ReturnType<typeof exportDemoPki>>();
function exported(pki: DemoPki): ReturnType<typeof exportDemoPki> {
  let pending = exportsByPki.get(pki);
  if (!pending) {
    pending = exportDemoPki(pki);
    exportsByPki.set(pki, pending);
    pending.catch(() => exportsByPki.delete(pki));
  }
  return pending;
}

/**
 * A seeded in-page API over the demo PKI. `fetch` can be handed to the SDK client as its
 * transport; `pki` to the virtual card reader.
 */
export async function createBrowserDemoApi(
  options: BrowserDemoOptions,
): Promise<{ api: RegistrationApi; pki: DemoPki; store: SqlStore }> {
  const { pki: given, wasmUrl, ...apiOptions } = options;
  // The PKI's keys and the database engine are made at the same time.
  const [pki, store] = await Promise.all([
    given ?? issueDemoPki({ now: options.clock?.() }),
    openBrowserStore(wasmUrl === undefined ? {} : { wasmUrl }),
  ]);
  const { data, audit } = demoSeed(options.clock?.() ?? new Date(), cardDetailsFromPki(pki));
  store.seed(data, audit);
  const api = createRegistrationApi({
    ...apiOptions,
    store,
    trust: trustFromPki(pki),
    demoPki: await exported(pki),
  });
  await api.ready;
  return { api, pki, store };
}
