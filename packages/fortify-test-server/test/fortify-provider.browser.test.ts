// FortifyTokenProvider in Chromium against the Fortify-protocol test server over SoftHSM2: the real,
// unmodified @webcrypto-local/client bundled as a host bundles it (ESM entry, ws → WebSocket, the
// events package), identity in IndexedDB. Pairing code, readers, certificates, a signature verified
// in the page, wrong / cancelled PIN, a card pulled during the PIN prompt, approval refused, and
// Fortify not running → started → connected without a reload.
import { executeServerCommand } from '@web/test-runner-commands';
import { FortifyTokenProvider } from '@gepi/sdk/fortify';
import type { ProviderStatus, TokenError, TokenProvider } from '@gepi/sdk';

type Mocha = { describe: (t: string, b: () => void) => void; it: (t: string, b: () => unknown) => void };
type Hook = (body: (this: { timeout(ms: number): void }) => unknown) => void;
const g = globalThis as unknown as Mocha & { before: Hook; after: Hook };
const { describe, it } = g;

const fortify = <T = unknown>(command: string, ...args: unknown[]): Promise<T> =>
  executeServerCommand('fortify', { command, args }) as Promise<T>;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const DATA = new TextEncoder().encode('SHA-256(origin) || SHA-256(nonce)');

function waitFor(
  provider: TokenProvider,
  state: ProviderStatus['state'],
  timeoutMs = 10_000,
): Promise<ProviderStatus> {
  if (provider.status.state === state) return Promise.resolve(provider.status);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`status stayed ${JSON.stringify(provider.status)}, wanted ${state}`));
    }, timeoutMs);
    const off = provider.on('status-changed', ({ status }) => {
      if (status.state !== state) return;
      clearTimeout(timer);
      off();
      resolve(status);
    });
  });
}

async function failure(work: Promise<unknown>, code: string): Promise<TokenError> {
  try {
    await work;
  } catch (error) {
    const e = error as TokenError;
    check(e.code === code, `expected ${code}, got ${e.code}: ${e.message}`);
    return e;
  }
  throw new Error(`expected ${code}, but it succeeded`);
}

async function verifies(der: Uint8Array, signature: Uint8Array): Promise<boolean> {
  // The SubjectPublicKeyInfo is read by the SDK's own certificate parser.
  const { useX509 } = await import('../../sdk/src/certs/x509.js');
  const cert = new (useX509().X509Certificate)(new Uint8Array(der));
  const key = await cert.publicKey.export({ name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, ['verify']);
  return crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signature as BufferSource, DATA as BufferSource);
}

describe('FortifyTokenProvider in Chromium against the Fortify-protocol test server', () => {
  let address = '';
  const providers: FortifyTokenProvider[] = [];
  const fresh = (storage: 'browser' | 'memory' = 'memory') => {
    const provider = new FortifyTokenProvider({ address, storage, retryIntervalMs: 100 });
    providers.push(provider);
    return provider;
  };

  g.before(async function (this: { timeout(ms: number): void }) {
    // Issuing the demo PKI and putting three cards on SoftHSM2 tokens takes a while.
    this.timeout(180_000);
    await fortify('start', {
      cards: ['ORG-10001', 'CIT-WANG', 'CIT-LIN'],
      inserted: ['ORG-10001', 'CIT-WANG'],
    });
    while (!address) address = await fortify<string>('address');
  });
  g.after(async () => {
    for (const provider of providers) await provider.close();
    await fortify('close');
  });

  it('pairs with the code Fortify shows, reads the cards, and signs with a SoftHSM2 key', async () => {
    await fortify('pin', 'right');
    const provider = fresh('browser');
    let code = '';
    provider.on('status-changed', ({ status }) => {
      if (status.state === 'pairing') code = status.code;
    });
    await provider.connect();
    const { codes } = await fortify<{ codes: string[] }>('seen');
    check(/^\d{6}$/.test(code) && codes.includes(code), `page code ${code}, Fortify codes ${codes.join()}`);
    const readers = await provider.listReaders();
    check(
      readers
        .map((r) => r.card?.label)
        .sort()
        .join() === 'CIT-WANG,ORG-10001',
      `readers ${readers.map((r) => r.card?.label).join()}`,
    );
    const org = readers.find((r) => r.card?.label === 'ORG-10001');
    check(org, 'ORG-10001 in a reader');
    const [cert] = await provider.listCertificates(org.id);
    check(cert && cert.usage === 'signing', 'a signing certificate');
    await failure(provider.login(org.id, '123456'), 'PAGE_PIN_NOT_ALLOWED');
    await provider.login(org.id);
    const signature = await provider.sign(org.id, cert.id, DATA, RS256);
    check(signature.length === 256, `signature of ${signature.length} bytes`);
    check(await verifies(cert.der, signature), 'the signature verifies with the certificate');
    await provider.logout(org.id);
  });

  it('a new connection from the same page stays approved (IndexedDB identity)', async () => {
    const provider = fresh('browser');
    const states: string[] = [];
    provider.on('status-changed', ({ status }) => states.push(status.state));
    await provider.connect();
    check(!states.includes('pairing'), `states ${states.join()}`);
  });

  it('wrong PIN, cancelled prompt, and a card pulled during the prompt', async () => {
    const provider = fresh();
    await provider.connect();
    const wang = (await provider.listReaders()).find((r) => r.card?.label === 'CIT-WANG');
    check(wang, 'CIT-WANG in a reader');
    await fortify('pin', 'wrong');
    await failure(provider.login(wang.id), 'PIN_INCORRECT');
    await fortify('pin', 'cancel');
    await failure(provider.login(wang.id), 'USER_CANCELLED');

    const inserted = new Promise<void>((resolve) => provider.on('card-inserted', () => resolve()));
    await fortify('insert', 'CIT-LIN');
    await inserted;
    const lin = (await provider.listReaders()).find((r) => r.card?.label === 'CIT-LIN');
    check(lin, 'CIT-LIN inserted');
    await fortify('pin', 'hold');
    const login = provider.login(lin.id);
    const removed = new Promise<void>((resolve) => provider.on('card-removed', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await fortify('remove', 'CIT-LIN');
    await removed;
    await failure(login, 'TOKEN_NOT_PRESENT');
    await fortify('pin', 'right');
  });

  it('approval refused: denied; asked again, approved', async () => {
    await fortify('forgetApprovals');
    await fortify('pairing', 'refuse');
    const provider = fresh();
    await failure(provider.connect(), 'APPROVAL_REFUSED');
    check(provider.status.state === 'denied', `status ${provider.status.state}`);
    await fortify('pairing', 'approve');
    await provider.connect();
    const state = (p: TokenProvider): string => p.status.state;
    check(state(provider) === 'ready', `status ${state(provider)}`);
  });

  it('Fortify not running: not-running, retried; started: connects without a reload', async () => {
    await fortify('stop');
    const provider = new FortifyTokenProvider({ address, retryIntervalMs: 2000 });
    providers.push(provider);
    await waitFor(provider, 'not-running');
    // Several attempts fail before Fortify starts.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await fortify('restart');
    await waitFor(provider, 'ready');
    check((await provider.listReaders()).length === 2, 'readers after connecting');
  });
});
