// The clickable flows' world, all inside the story's page: the registration API on SQLite
// WebAssembly (@gepi/mock-server/browser, seeded with the demo dataset and trusting the demo PKI),
// a GepiClient whose fetch is that API, and a VirtualTokenProvider holding the demo cards, which the
// story's <gepi-virtual-reader> puts into its reader. No server, no network.
//
// The demo PKI (RSA keys for every card and CA) takes seconds to issue in the page, so the Storybook
// build (and `storybook dev`) issues it once in Node and serves it as demo-pki.json; the page only
// restores it (key imports). Without a fit asset it falls back to the copy kept in IndexedDB, then to
// issuing it in the page (see demo-pki.ts). Within a page every story shares it. The API, the cards
// (with their PIN counters) and the reader are made afresh for each story, so that each starts from
// the dataset's state.
import { createBrowserDemoApi, NO_RATE_LIMITS, preloadBrowserStore } from '@gepi/mock-server/browser';
import { GepiClient } from '@gepi/sdk';
import { VirtualTokenProvider, virtualCardFromIssued } from '@gepi/sdk/virtual';
import type { VirtualCard } from '@gepi/sdk/virtual';
import { loadDemoDataset } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import type { VirtualReaderCard } from '@gepi/elements';
import type { Loader, StoryContext } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import '@gepi/elements/components/provider/gepi-provider.js';
import '@gepi/elements/components/virtual-reader/gepi-virtual-reader.js';
import { DEMO_PKI_ASSET, loadDemoPki } from './demo-pki.js';

/** Every demo card's PIN (the dataset's, except ORG-10001-RENEWED's 654321). */
export const DEMO_PIN = '123456';

let pki: Promise<DemoPki> | undefined;

/**
 * The demo PKI: the build's demo-pki.json, else the copy kept in IndexedDB, else issued in the page;
 * shared by every story on the page. A `performance` measure named `demo PKI (<source>)` records
 * where it came from and how long it took (the Storybook test reports it).
 */
export function demoPki(): Promise<DemoPki> {
  if (!pki) {
    // The in-page API's SQLite WebAssembly loads while the keys are restored or made.
    void preloadBrowserStore().catch(() => undefined);
  }
  pki ??= (async () => {
    const start = performance.now();
    const { pki: loaded, source } = await loadDemoPki({ asset: new URL(DEMO_PKI_ASSET, document.baseURI) });
    performance.measure(`demo PKI (${source})`, { start });
    return loaded;
  })().catch((error: unknown) => {
    pki = undefined;
    throw error;
  });
  return pki;
}

export interface DemoEnvironment {
  client: GepiClient;
  tokens: VirtualTokenProvider;
  /** The demo cards in the dataset's order, listed by the dataset's labels. */
  cards: VirtualReaderCard[];
  /** While true, every API call fails as an unreachable server does (TypeError from fetch). */
  offline: boolean;
  close(): Promise<void>;
}

export interface DemoOptions {
  /** Simulated card time for login and signing (ms), so the busy states can be seen. Default 0. */
  latencyMs?: number;
  /**
   * Leave the other stories' environments open: a docs page shows all of a file's stories at once,
   * each with its own. Default false: in story view the previous story's is closed first, so a
   * story that was left keeps no session, card or timer alive in the page.
   */
  keepOthers?: boolean;
  /** The in-page API's card session length (ms), to show a session at its limit. Default the API's. */
  session?: { sessionIdleMs?: number; sessionMaxMs?: number };
  /** The reviewer's decisions on the seeded applications, made before the story starts (承保科). */
  decide?: readonly { agencyCode: string; status: 'approved' | 'rejected'; reason?: string }[];
}

// The reviewer's token of the in-page API, for `decide` only.
const REVIEWER_TOKEN = 'storybook-reviewer-token-0123456789';

/** What a story may set in `parameters.demo`. */
export type DemoParameters = Omit<DemoOptions, 'keepOthers'>;

let current: DemoEnvironment | undefined;

/** A fresh API, client, token provider and set of cards. */
export async function demoEnvironment(options: DemoOptions = {}): Promise<DemoEnvironment> {
  if (!options.keepOthers) {
    const previous = current;
    current = undefined;
    await previous?.close();
  }

  const issued = await demoPki();
  const { api } = await createBrowserDemoApi({
    pki: issued,
    origins: [location.origin],
    // A designer clicking through sign-ins again and again is not an attack.
    limits: { ...NO_RATE_LIMITS, ...options.session },
    adminToken: REVIEWER_TOKEN,
    logger: { warn: () => undefined, error: (message, fields) => console.error(message, fields) },
  });
  const reviewer = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await api.fetch(
      new Request(`https://gepi-api.example/api/v1/admin${path}`, {
        method,
        headers: {
          authorization: `Bearer ${REVIEWER_TOKEN}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      }),
    );
    if (!response.ok) throw new Error(`reviewer ${method} ${path}: ${response.status}`);
    return response.json();
  };
  for (const decision of options.decide ?? []) {
    const pending = (await reviewer('GET', '/reviews?status=pending')) as {
      items: { id: number; agencyCode: string }[];
    };
    const review = pending.items.find((r) => r.agencyCode === decision.agencyCode);
    if (!review) throw new Error(`no pending application of ${decision.agencyCode}`);
    await reviewer(
      'POST',
      `/reviews/${review.id}/${decision.status === 'approved' ? 'approve' : 'reject'}`,
      decision.reason !== undefined ? { reason: decision.reason } : undefined,
    );
  }
  const tokens = new VirtualTokenProvider({ latencyMs: options.latencyMs ?? 0 });
  const cards: VirtualReaderCard[] = loadDemoDataset().cards.map((c) => {
    const card: VirtualCard = virtualCardFromIssued(issued.card(c.id));
    return { card, label: c.label };
  });
  const environment: DemoEnvironment = {
    client: new GepiClient({
      baseUrl: 'https://gepi-api.example',
      retry: false,
      fetch: async (input, init) => {
        if (environment.offline) throw new TypeError('Failed to fetch');
        return api.fetch(new Request(input, init));
      },
    }),
    tokens,
    cards,
    offline: false,
    async close() {
      await tokens.close();
      api.close();
    },
  };
  current = environment;
  return environment;
}

/**
 * The flow stories' loader: `context.loaded.demo` is a fresh {@link DemoEnvironment}, made with
 * `options` and then the story's `parameters.demo` (a story changes its demo with parameters, which
 * Storybook merges, not with a loader of its own: loaders add up, and every one would make an
 * environment of its own).
 */
export function demoLoader(options: DemoParameters = {}): Loader {
  return async (context) => ({
    demo: await demoEnvironment({
      ...options,
      ...(context.parameters['demo'] as DemoParameters | undefined),
      keepOthers: context.viewMode === 'docs',
    }),
  });
}

/**
 * A flow story's render: the demo's client and token provider handed down by a <gepi-provider>
 * (the locale comes from the toolbar's provider around it), the virtual reader above the flow.
 */
export function inDemo<A>(flow: (args: A, context: StoryContext) => TemplateResult) {
  return (args: A, context: StoryContext): TemplateResult => {
    const demo = context.loaded['demo'] as DemoEnvironment | undefined;
    if (!demo) throw new Error('a flow story needs demoLoader() among its loaders');
    return html`<gepi-provider .client=${demo.client} .tokens=${demo.tokens}>
      <div style="display: grid; gap: var(--gepi-space-lg, 1.5rem)">
        <gepi-virtual-reader .cards=${demo.cards}></gepi-virtual-reader>
        ${flow(args, context)}
      </div>
    </gepi-provider>`;
  };
}
