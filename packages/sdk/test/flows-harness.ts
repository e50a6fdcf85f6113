// Shared set-up of the flow tests: the real registration API (createRegistrationApi on its SQLite
// store, here an in-memory database, seeded with the demo dataset and trusting the demo PKI's CAs,
// exactly as the mock server's browser entry does it), a GepiClient whose fetch is that API
// in-process, the card desk the scenarios play (virtual readers here; SoftHSM2 tokens in
// support/softhsm-desk.ts), and a recorder of every state and event a flow emits (to search them
// for PINs).
import {
  SqliteStore,
  cardDetailsFromPki,
  createRegistrationApi,
  demoSeed,
  trustFromPki,
  NO_RATE_LIMITS,
} from '@gepi/mock-server/node';
import type { RegistrationApi, RegistrationApiOptions } from '@gepi/mock-server/node';
// Every answer the flows get is checked against the server's OpenAPI document, as in the HTTP suites.
import { assertAnswer } from '../../mock-server/test/support/openapi-check.js';
import { GepiClient } from '../src/client/index.js';
import type { FetchLike } from '../src/client/index.js';
import type { FlowState } from '../src/flows/index.js';
import type { DemoPki } from '../src/testing/index.js';
import type { TokenProvider } from '../src/tokens/index.js';
import { VirtualTokenProvider, virtualCardFromIssued } from '../src/virtual.js';
import type { VirtualCard, VirtualTokenProviderOptions } from '../src/virtual.js';

export const ORIGIN = 'https://portal.example';
export const ADMIN_TOKEN = 'flows-test-reviewer-token-0123456789';

/** A request the client made and the status it got (to see, e.g., that cancel() ended the session). */
export interface SeenRequest {
  method: string;
  path: string;
  status: number;
}

export interface InProcessApi {
  api: RegistrationApi;
  requests: SeenRequest[];
  client: GepiClient;
  /** A client with the reviewer token, for approving reviews. */
  admin: GepiClient;
  close(): void;
}

/** A fresh, seeded registration API and a client talking to it in-process (no HTTP, no mocks). */
export async function inProcessApi(
  pki: DemoPki,
  options: Partial<Omit<RegistrationApiOptions, 'store' | 'trust'>> = {},
): Promise<InProcessApi> {
  const store = new SqliteStore({ path: ':memory:' });
  const now = options.clock?.() ?? new Date();
  const { data, audit } = demoSeed(now, cardDetailsFromPki(pki));
  store.seed(data, audit);
  const api = createRegistrationApi({
    origins: [ORIGIN],
    adminToken: ADMIN_TOKEN,
    logger: { warn: () => undefined, error: (message, fields) => console.error(message, fields) },
    ...options,
    limits: { ...NO_RATE_LIMITS, ...options.limits },
    store,
    trust: trustFromPki(pki),
  });
  await api.ready;
  const requests: SeenRequest[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const response = await api.fetch(request);
    const url = new URL(request.url);
    requests.push({ method: request.method, path: url.pathname, status: response.status });
    const text = await response.clone().text();
    assertAnswer(
      api.openapi(),
      request.method,
      `${url.pathname}${url.search}`,
      response.status,
      response.headers,
      text,
    );
    return response;
  };
  const client = new GepiClient({ baseUrl: 'https://api.example', fetch, retry: false });
  const admin = new GepiClient({
    baseUrl: 'https://api.example',
    fetch,
    retry: false,
    headers: () => ({ authorization: `Bearer ${ADMIN_TOKEN}` }),
  });
  return { api, requests, client, admin, close: () => api.close() };
}

/**
 * The desk a scenario plays: readers the flows see through `tokens`, and the demo cards, put in
 * and taken out by their dataset id. Implemented with virtual readers ({@link Desk}) and with
 * SoftHSM2 tokens behind the PKCS#11 provider (support/softhsm-desk.ts).
 */
export interface CardDesk {
  readonly tokens: TokenProvider;
  /**
   * Whether cards count PIN tries (`pinTriesLeft` in card views). Virtual cards do; SoftHSM2 tokens
   * keep no counter (a wrong PIN only raises CKF_USER_PIN_COUNT_LOW) and never lock.
   */
  readonly countsPinTries: boolean;
  /** The id the provider gives the card with this dataset id (`CardInfo.id`, `CardView.cardId`). */
  cardId(id: string): string;
  /** Empties the reader (0 = the first), then puts the card in. */
  insert(id: string, reader?: number): void;
  remove(reader?: number): void;
  close(): Promise<void>;
}

/** Opens a fresh desk for one scenario; `readers` names its readers (default: one). */
export type DeskFactory = (options?: { readers?: string[] }) => Promise<CardDesk>;

/** A desk with virtual readers and the demo cards, played by the test. */
export class Desk implements CardDesk {
  readonly countsPinTries = true;
  readonly tokens: VirtualTokenProvider;
  readonly readers: string[] = [];
  readonly #cards = new Map<string, VirtualCard>();

  constructor(
    readonly pki: DemoPki,
    options: VirtualTokenProviderOptions = {},
  ) {
    this.tokens = new VirtualTokenProvider(options);
  }

  async init(): Promise<this> {
    this.readers.push(...(await this.tokens.listReaders()).map((r) => r.id));
    return this;
  }

  /**
   * The same physical card every time it is asked for (its tries counter lives on it). `pin`
   * replaces the demo PIN (123456 also occurs inside national IDs, so a search for it in states
   * would find those instead).
   */
  card(id: string, pin?: string): VirtualCard {
    let card = this.#cards.get(id);
    if (!card) {
      const issued = this.pki.card(id);
      card = virtualCardFromIssued(pin === undefined ? issued : { ...issued, pin });
      this.#cards.set(id, card);
    }
    return card;
  }

  cardId(id: string): string {
    return this.card(id).id;
  }

  /** Empties the reader, then puts the card in. */
  insert(id: string, reader = 0, pin?: string): void {
    const readerId = this.readers[reader];
    if (!readerId) throw new Error(`no reader ${reader}`);
    this.tokens.remove(readerId);
    this.tokens.insert(readerId, this.card(id, pin));
  }

  remove(reader = 0): void {
    const readerId = this.readers[reader];
    if (readerId) this.tokens.remove(readerId);
  }

  close(): Promise<void> {
    return this.tokens.close();
  }
}

export async function desk(pki: DemoPki, options: VirtualTokenProviderOptions = {}): Promise<Desk> {
  return new Desk(pki, options).init();
}

interface Emitting {
  subscribe(listener: (state: FlowState) => void): () => void;
  addEventListener(type: string, listener: (event: Event) => void): void;
}

/** Everything a flow emits, serialised as it was emitted (states, and each event's detail). */
export function record(flow: Emitting): { states: FlowState[]; serialised: string[]; steps: string[] } {
  const out = { states: [] as FlowState[], serialised: [] as string[], steps: [] as string[] };
  flow.subscribe((state) => {
    out.states.push(state);
    out.serialised.push(JSON.stringify(state));
    if (out.steps[out.steps.length - 1] !== state.step) out.steps.push(state.step);
  });
  for (const type of ['state', 'step-change', 'error', 'done']) {
    flow.addEventListener(type, (event) => {
      out.serialised.push(`${type}:${JSON.stringify((event as CustomEvent).detail)}`);
    });
  }
  return out;
}
