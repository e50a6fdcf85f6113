// Wiring for the flow-element tests: the real registration API running in the page on the memory
// store (the mock server's browser entry, seeded with the demo dataset and trusting the demo PKI),
// a GepiClient whose fetch is that API, and a desk of virtual readers where a test inserts and
// removes the demo cards. Plus the moves of a person at the screen: fill labelled inputs, press
// buttons, wait for a step.
import { waitUntil } from '@open-wc/testing';
import { createBrowserDemoApi, NO_RATE_LIMITS, preloadBrowserStore } from '@gepi/mock-server/browser';
import { GepiClient } from '@gepi/sdk';
import type { FlowState } from '@gepi/sdk';
import { VirtualTokenProvider, virtualCardFromIssued } from '@gepi/sdk/virtual';
import type { VirtualCard, VirtualTokenProviderOptions } from '@gepi/sdk/virtual';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import { byLabel, clean, typeInto } from './views.js';

export const PIN = '123456';

type Body = (this: { timeout(ms: number): void }) => unknown;
const mocha = globalThis as unknown as {
  before: (body: Body) => void;
  after: (body: Body) => void;
};

/** A `before` hook with its own time limit (issuing the demo PKI takes a few seconds). */
export function before(body: () => unknown, timeoutMs = 20_000): void {
  mocha.before(function () {
    this.timeout(timeoutMs);
    return body();
  });
}

export function after(body: () => unknown): void {
  mocha.after(function () {
    return body();
  });
}

let shared: Promise<DemoPki> | undefined;

/** The demo PKI, issued once per test file (a page per file in web-test-runner). */
export function demoPki(): Promise<DemoPki> {
  if (!shared) {
    // The in-page API's SQLite WebAssembly loads while the keys are made.
    void preloadBrowserStore().catch(() => undefined);
    shared = issueDemoPki();
  }
  return shared;
}

export interface SeenRequest {
  method: string;
  path: string;
  status: number;
}

/** A freshly seeded API, a client for it, and a desk of virtual readers with the demo cards. */
export interface Desk {
  pki: DemoPki;
  client: GepiClient;
  tokens: VirtualTokenProvider;
  readers: string[];
  requests: SeenRequest[];
  /** The same physical card every time (its PIN tries live on it). */
  card(id: string): VirtualCard;
  /** Empties the reader, then puts the card in. */
  insert(id: string, reader?: number): void;
  remove(reader?: number): void;
  /** A reviewer's call (承保科) to the in-page API: `/reviews/{id}/reject`, `/reviews?status=…`. */
  admin(
    method: string,
    path: string,
    json?: unknown,
  ): Promise<{ items?: { id: number; agencyCode: string }[] }>;
  close(): Promise<void>;
}

const ADMIN_TOKEN = 'desk-reviewer-token-0123456789';

/** What a test may set on the API in the page: its clock, and limits such as the session's length. */
export interface DeskServer {
  clock?: () => Date;
  limits?: { sessionIdleMs?: number; sessionMaxMs?: number };
}

export async function desk(
  options: VirtualTokenProviderOptions = {},
  server: DeskServer = {},
): Promise<Desk> {
  const pki = await demoPki();
  const { api } = await createBrowserDemoApi({
    pki,
    origins: [location.origin],
    ...(server.clock ? { clock: server.clock } : {}),
    limits: { ...NO_RATE_LIMITS, ...server.limits },
    adminToken: ADMIN_TOKEN,
    logger: { warn: () => undefined, error: (message, fields) => console.error(message, fields) },
  });
  const requests: SeenRequest[] = [];
  const client = new GepiClient({
    baseUrl: 'https://api.example',
    retry: false,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await api.fetch(request);
      requests.push({ method: request.method, path: new URL(request.url).pathname, status: response.status });
      return response;
    },
  });
  const tokens = new VirtualTokenProvider(options);
  const readers = (await tokens.listReaders()).map((r) => r.id);
  const cards = new Map<string, VirtualCard>();
  const card = (id: string): VirtualCard => {
    let found = cards.get(id);
    if (!found) {
      found = virtualCardFromIssued(pki.card(id));
      cards.set(id, found);
    }
    return found;
  };
  const readerAt = (index: number): string => {
    const id = readers[index];
    if (!id) throw new Error(`no reader ${index}`);
    return id;
  };
  return {
    pki,
    client,
    tokens,
    readers,
    requests,
    card,
    insert(id, reader = 0) {
      tokens.remove(readerAt(reader));
      tokens.insert(readerAt(reader), card(id));
    },
    remove(reader = 0) {
      tokens.remove(readerAt(reader));
    },
    async admin(method, path, json) {
      const response = await api.fetch(
        new Request(`https://api.example/api/v1/admin${path}`, {
          method,
          headers: {
            authorization: `Bearer ${ADMIN_TOKEN}`,
            ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
        }),
      );
      if (!response.ok)
        throw new Error(`admin ${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    async close() {
      await tokens.close();
      api.close();
    },
  };
}

// ── the person at the screen ─────────────────────────────────────────────────────────────────────

type Host = Element & { shadowRoot: ShadowRoot | null };

/** The first element matching `selector` in `host`'s shadow root. */
export function inside<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${host.localName}>`);
  return found;
}

/** The view a flow element shows now, by tag. */
export async function view<K extends keyof HTMLElementTagNameMap>(
  host: Element,
  tag: K,
): Promise<HTMLElementTagNameMap[K]> {
  await waitUntil(() => host.shadowRoot?.querySelector(tag), `<${tag}> never appeared`, { timeout: 8000 });
  const found = host.shadowRoot!.querySelector(tag)!;
  await (found as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return found;
}

/** Waits until the flow element shows `step` (and is no longer busy). */
export async function step(
  host: Element & { state?: FlowState },
  name: string,
  timeout = 8000,
): Promise<void> {
  await waitUntil(
    () => host.state?.step === name && !host.state.busy,
    `never reached ${name}; at ${host.state?.step} ${host.state?.error?.code ?? ''}`,
    { timeout },
  );
  await (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Waits until the flow element's last action failed with `code`. */
export async function failure(host: Element & { state?: FlowState }, code: string): Promise<void> {
  await waitUntil(
    () => host.state?.error?.code === code && !host.state.busy,
    `never failed with ${code}; at ${host.state?.step} ${host.state?.error?.code ?? 'no error'}`,
    { timeout: 8000 },
  );
  await (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Types into the input labelled `label` in `view`. */
export function fill(viewElement: Element, label: string, value: string): void {
  typeInto(byLabel(viewElement, label), value);
}

/** Presses the button with the part name (`confirm-button`, …) in `view`. */
export function press(viewElement: Element, partName: string): void {
  const button = viewElement.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="${partName}"]`);
  if (!button) throw new Error(`no ${partName} in <${viewElement.localName}>`);
  button.click();
}

/** Presses the button reading `text` (in `host`'s shadow root, or its light DOM). */
export function pressText(host: Host, text: string): void {
  const root: ParentNode = host.shadowRoot ?? host;
  const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => clean(b.textContent) === text,
  );
  if (!button) throw new Error(`no button "${text}" in <${host.localName}>`);
  button.click();
}

/** The element that has focus, through every shadow root. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Text of a view, as shown. */
export const textOf = (element: Element): string =>
  clean(element.shadowRoot?.textContent ?? element.textContent);

/** The org card step of any flow: insert the card, type the agency code and PIN, 確認. */
export async function signInOrg(
  host: Element & { state?: FlowState },
  d: Desk,
  cardId: string,
  code: string,
  pin = PIN,
): Promise<void> {
  d.insert(cardId);
  const card = await view(host, 'gepi-card-confirm');
  await waitUntil(
    () => host.state?.data && (host.state.data as { card?: unknown }).card,
    'card never described',
  );
  fill(card, labels(card).agencyCode, code);
  if (pin !== '') fill(card, labels(card).orgPin, pin);
  press(card, 'confirm-button');
}

/** The citizen card step of any flow: insert the card, type the ID and PIN, 確認. */
export async function signInCitizen(
  host: Element & { state?: FlowState },
  d: Desk,
  cardId: string,
  nationalId: string,
  pin = PIN,
): Promise<void> {
  d.insert(cardId);
  const card = await view(host, 'gepi-card-confirm');
  await waitUntil(
    () => (host.state?.data as { card?: { cardId?: string } } | undefined)?.card?.cardId === cardId,
    `${cardId} never described`,
  );
  fill(card, labels(card).nationalId, nationalId);
  if (pin !== '') fill(card, labels(card).citizenPin, pin);
  press(card, 'confirm-button');
}

/** The labels of <gepi-card-confirm> in its current language. */
function labels(card: Element): {
  agencyCode: string;
  orgPin: string;
  nationalId: string;
  citizenPin: string;
} {
  const en = card.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') === 'en';
  const query = card.getAttribute('variant') === 'query';
  return en
    ? {
        agencyCode: 'Agency code (5 digits)',
        orgPin: 'Organization certificate IC card password (PIN)',
        nationalId: query ? 'National ID number' : "Authorization manager's national ID number",
        citizenPin: 'Citizen certificate IC card password (PIN)',
      }
    : {
        agencyCode: '機關代號（五碼）',
        orgPin: '機關憑證IC卡密碼（PIN碼）',
        nationalId: query ? '身分證統一編號' : '授權管理者身分證統一編號',
        citizenPin: '自然人憑證IC卡密碼（為PIN碼）',
      };
}

/** The contact form of first registration and the swaps: fill what is given, 確認. */
export async function submitContact(
  host: Element,
  contact: { name?: string; email?: string; phone?: string },
  en = false,
): Promise<void> {
  const form = await view(host, 'gepi-contact-form');
  if (contact.name !== undefined) fill(form, en ? 'Name' : '姓名', contact.name);
  if (contact.email !== undefined) fill(form, en ? 'Email' : '電子信箱', contact.email);
  if (contact.phone !== undefined) fill(form, en ? 'Phone' : '連絡電話', contact.phone);
  press(form, 'confirm-button');
}

/**
 * 10002's handler list as its manager 林美惠 (ORG-10002, CIT-LIN) reaches it in 授權指派 or
 * 查詢已授權清單: both card steps, then the list.
 */
export async function listAsLin(flow: Element, d: Desk): Promise<void> {
  await signInOrg(flow, d, 'ORG-10002', '10002');
  await step(flow, 'citizen-card');
  await signInCitizen(flow, d, 'CIT-LIN', 'F223456786');
  await step(flow, 'list');
}

/**
 * 首次註冊 of 10001 from its terms to its result, as 王大明 (ORG-10001, CIT-WANG): the steps the
 * receipt and portal tests take to reach a registered agency.
 */
export async function registerWang(flow: Element, d: Desk): Promise<void> {
  press(await view(flow, 'gepi-terms'), 'accept-button');
  await step(flow, 'org-card');
  await signInOrg(flow, d, 'ORG-10001', '10001');
  await step(flow, 'citizen-card');
  await signInCitizen(flow, d, 'CIT-WANG', 'A123456789');
  await step(flow, 'confirm');
  await submitContact(flow, { name: '王大明', email: 'wang.daming@example.org', phone: '02-2701-3411' });
  await step(flow, 'registered');
}
