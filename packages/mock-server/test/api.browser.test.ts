// The registration API inside Chromium (what Storybook and element tests use): the browser entry
// issues the demo PKI in the page, seeds the store on SQLite WebAssembly, and answers fetch() calls — including a
// real card sign-in verified with the page's WebCrypto.
import { expect } from '@open-wc/testing';
import { signInMessage } from '@gepi/sdk/api';
import type { IssuedCard } from '@gepi/sdk/testing';
import { createBrowserDemoApi } from '../src/browser.js';

// Typed handles on the mocha globals web-test-runner provides (the project installs no @types/mocha).
type Suite = (title: string, body: (this: { timeout(ms: number): void }) => void) => void;
const mocha = globalThis as unknown as {
  describe: Suite;
  it: (title: string, body: () => unknown) => void;
  before: (body: () => unknown) => void;
};
const { describe, it, before } = mocha;

const ORIGIN = 'https://portal.example';

type Demo = Awaited<ReturnType<typeof createBrowserDemoApi>>;

function b64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = '';
  for (const b of view) s += String.fromCharCode(b);
  return btoa(s);
}

async function call(demo: Demo, method: string, path: string, json?: unknown, token?: string) {
  const headers: Record<string, string> = {};
  if (json !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await demo.api.fetch(
    new Request(`https://api.example${path}`, {
      method,
      headers,
      body: json === undefined ? null : JSON.stringify(json),
    }),
  );
  return { status: response.status, body: await response.json() };
}

async function signIn(
  demo: Demo,
  card: IssuedCard,
  path: string,
  extra: Record<string, unknown>,
  token?: string,
  // What the challenge is for: the org step's purpose and agency, which its citizen step repeats.
  binding: { purpose: string; agencyCode?: string } = { purpose: 'assignment', agencyCode: '10002' },
) {
  const challenge = await call(demo, 'POST', '/api/v1/challenges', { origin: ORIGIN, ...binding });
  const nonce = challenge.body.nonce as string;
  const signature = await crypto.subtle.sign(
    'RSASSA-PKCS1-v1_5',
    card.signing.privateKey,
    await signInMessage(ORIGIN, nonce),
  );
  return call(
    demo,
    'POST',
    path,
    {
      nonce,
      origin: ORIGIN,
      certificate: b64(card.signing.certificate),
      signature: b64(signature),
      algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      ...extra,
    },
    token,
  );
}

describe('registration API in the browser', function () {
  this.timeout(120_000);
  let demo: Demo;

  before(async () => {
    demo = await createBrowserDemoApi({ origins: [ORIGIN] });
  });

  it('runs on the SQLite store, as WebAssembly, with the demo seed', async () => {
    expect(demo.store.driver.name).to.equal('sql.js');
    expect(demo.store.isSeeded()).to.equal(true);
    const receipts = await call(demo, 'GET', '/api/v1/receipts?agencyCode=10002');
    expect(receipts.status).to.equal(200);
    expect(receipts.body.total).to.equal(1);
  });

  it('verifies a card sign-in and lists the agency’s handlers', async () => {
    const org = await signIn(demo, demo.pki.card('ORG-10002'), '/api/v1/sign-ins/org', {
      agencyCode: '10002',
      purpose: 'assignment',
    });
    expect(org.status, JSON.stringify(org.body)).to.equal(201);
    const token = org.body.token as string;
    const citizen = await signIn(
      demo,
      demo.pki.card('CIT-LIN'),
      '/api/v1/sign-ins/citizen',
      { nationalId: 'F223456786' },
      token,
    );
    expect(citizen.status, JSON.stringify(citizen.body)).to.equal(200);
    const list = await call(demo, 'GET', '/api/v1/handlers', undefined, token);
    expect(list.body.items.map((h: { name: string }) => h.name)).to.deep.equal([
      '張淑芬',
      '謝明哲',
      '吳宗翰',
    ]);
  });

  it('refuses a revoked card with the same problem document as in Node', async () => {
    const r = await signIn(
      demo,
      demo.pki.card('CIT-CHENG-REVOKED'),
      '/api/v1/sign-ins/citizen',
      { nationalId: 'T299887769', purpose: 'query-citizen-serial' },
      undefined,
      { purpose: 'query-citizen-serial' },
    );
    expect(r.status).to.equal(401);
    expect(r.body.code).to.equal('CERT_REVOKED');
    expect(r.body.i18n['zh-TW'].title).to.equal('憑證已廢止');
  });
});
