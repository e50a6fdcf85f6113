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
 * Where sql.js's WebAssembly is, by default: the hoisted node_modules of the project that depends on
 * this package. This file is `src/browser.ts` in the workspace and `dist/browser.js` when built,
 * both three levels below that folder (also under node_modules/@gepi/mock-server/), and bundlers
 * (Vite) copy a file named this way into their output. Pass `wasmUrl` where the file is elsewhere.
 */
export const SQL_WASM_URL: URL = new URL(
  '../../../node_modules/sql.js/dist/sql-wasm-browser.wasm',
  import.meta.url,
);

/** A new, empty store on SQLite WebAssembly in page memory (schema and migrations applied). */
export async function openBrowserStore(options: { wasmUrl?: string | URL } = {}): Promise<SqlStore> {
  const { WasmSqlDriver } = await import('./store/driver-wasm.js');
  return new SqlStore(await WasmSqlDriver.open(options.wasmUrl ?? SQL_WASM_URL));
}

/**
 * Fetches and compiles the SQLite WebAssembly now (once per page), so that the first
 * openBrowserStore() or createBrowserDemoApi() does not wait for it: a page that issues the demo
 * PKI first (seconds) can load the engine meanwhile.
 */
export async function preloadBrowserStore(options: { wasmUrl?: string | URL } = {}): Promise<void> {
  const { loadEngine } = await import('./store/driver-wasm.js');
  await loadEngine(options.wasmUrl ?? SQL_WASM_URL);
}

export interface BrowserDemoOptions extends Omit<RegistrationApiOptions, 'store' | 'trust' | 'demoPki'> {
  /** Reuse a demo PKI (the virtual card reader must hold the same cards). Default: issue one. */
  pki?: DemoPki;
  /** Where to fetch sql.js's WebAssembly from. Default: SQL_WASM_URL. */
  wasmUrl?: string | URL;
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
    demoPki: await exportDemoPki(pki),
  });
  await api.ready;
  return { api, pki, store };
}
