// The browser entry point: the whole API in the page (Storybook, element tests, a demo without a
// server), on the memory store. Nothing here reaches a Node module.
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import { createRegistrationApi } from './app.js';
import type { RegistrationApi } from './app.js';
import type { RegistrationApiOptions } from './context.js';
import { cardDetailsFromPki, demoSeed, exportDemoPki, trustFromPki } from './demo.js';
import { MemoryStore } from './store/memory.js';

export * from './index.js';

export interface BrowserDemoOptions extends Omit<RegistrationApiOptions, 'store' | 'trust' | 'demoPki'> {
  /** Reuse a demo PKI (the virtual card reader must hold the same cards). Default: issue one. */
  pki?: DemoPki;
}

/**
 * A seeded in-page API over the demo PKI. `fetch` can be handed to the SDK client as its
 * transport; `pki` to the virtual card reader.
 */
export async function createBrowserDemoApi(
  options: BrowserDemoOptions,
): Promise<{ api: RegistrationApi; pki: DemoPki; store: MemoryStore }> {
  const pki = options.pki ?? (await issueDemoPki({ now: options.clock?.() }));
  const store = new MemoryStore();
  const { data, audit } = demoSeed(options.clock?.() ?? new Date(), cardDetailsFromPki(pki));
  store.seed(data, audit);
  const api = createRegistrationApi({
    ...options,
    store,
    trust: trustFromPki(pki),
    demoPki: await exportDemoPki(pki),
  });
  await api.ready;
  return { api, pki, store };
}
