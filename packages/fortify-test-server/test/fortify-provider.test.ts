// FortifyTokenProvider from Node against the Fortify-protocol test server over SoftHSM2: the real,
// unmodified @webcrypto-local/client (in-memory identity store) talking to a real TLS server that
// signs with SoftHSM2 keys. Connection states (not running → started, pairing code, refused,
// lost and back), readers from tokens, certificates, native PIN answers (right, wrong, cancelled,
// card pulled during the prompt), signing verified with the certificate, one operation at a time.
import assert from 'node:assert/strict';
import { X509Certificate, verify } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { FortifyTokenProvider } from '@gepi/sdk/fortify';
import { provisionSoftHsm } from '@gepi/pkcs11';
import type { SoftHsmProvision } from '@gepi/pkcs11';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import type { ProviderStatus, TokenError, TokenProvider } from '@gepi/sdk';
import { FortifyTestServer } from '../src/index.js';
import type { PinRequest } from '../src/index.js';

// The test server's certificate is made at start; this process alone accepts it.
process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
process.removeAllListeners('warning');

const CARDS = ['ORG-10001', 'CIT-WANG', 'CIT-LIN'] as const;
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
    assert.equal(e.code, code, `expected ${code}, got ${e.code}: ${e.message}`);
    return e;
  }
  assert.fail(`expected ${code}, but it succeeded`);
}

describe('FortifyTokenProvider against the Fortify-protocol test server (Node)', () => {
  let pki: DemoPki;
  let provision: SoftHsmProvision;
  let server: FortifyTestServer;
  const providers: FortifyTokenProvider[] = [];
  const fresh = (options: ConstructorParameters<typeof FortifyTokenProvider>[0] = {}) => {
    const provider = new FortifyTokenProvider({
      address: server.address,
      storage: 'memory',
      retryIntervalMs: 100,
      ...options,
    });
    providers.push(provider);
    return provider;
  };
  const readerOf = async (provider: TokenProvider, cardId: string) => {
    const label = server.cards().find((c) => c.cardId === cardId)?.cardId;
    const reader = (await provider.listReaders()).find((r) => r.card?.label === label);
    assert.ok(reader, `${cardId} is in a reader`);
    return reader;
  };

  before(async () => {
    pki = await issueDemoPki();
    provision = await provisionSoftHsm({ cards: [...CARDS], pki });
    server = await FortifyTestServer.start({ tokens: provision, inserted: ['ORG-10001', 'CIT-WANG'] });
  });

  after(async () => {
    for (const provider of providers) await provider.close();
    await server?.close();
    await provision?.cleanup();
  });

  it('pairs with the code both sides show, then lists the cards in the readers', async () => {
    const codes: string[] = [];
    server.onPairing = ({ code }) => {
      codes.push(code);
      return true;
    };
    const provider = fresh();
    const seen: string[] = [provider.status.state];
    let pairingCode: string | undefined;
    provider.on('status-changed', ({ status }) => {
      seen.push(status.state);
      if (status.state === 'pairing') pairingCode = status.code;
    });
    await provider.connect();
    assert.deepEqual(seen, ['connecting', 'pairing', 'ready']);
    assert.match(pairingCode ?? '', /^\d{6}$/);
    assert.deepEqual(codes, [pairingCode], 'the page shows the code Fortify shows');

    const readers = await provider.listReaders();
    assert.deepEqual(readers.map((r) => r.card?.label).sort(), ['CIT-WANG', 'ORG-10001']);
    for (const reader of readers) {
      assert.equal(reader.cardPresent, true);
      assert.equal(reader.pinEntry, 'native');
    }
    assert.equal(provider.pinEntry, 'native');
  });

  it('reads certificates byte for byte, signing before encryption, without login', async () => {
    const provider = fresh();
    await provider.connect();
    const wang = await readerOf(provider, 'CIT-WANG');
    const certs = await provider.listCertificates(wang.id);
    assert.deepEqual(
      certs.map((c) => c.usage),
      ['signing', 'encryption'],
    );
    const issued = pki.card('CIT-WANG');
    assert.deepEqual(certs[0]?.der, issued.signing.certificate);
    assert.deepEqual(certs[1]?.der, issued.encryption?.certificate);
    assert.match(certs[0]?.id ?? '', /^[0-9a-f]{64}$/);
    assert.equal(await provider.isLoggedIn(wang.id), false);
  });

  it('logs in with the PIN typed in Fortify and signs; the signature verifies with the certificate', async () => {
    const asked: PinRequest[] = [];
    server.onPin = (request) => {
      asked.push(request);
      return server.pinOf(request.cardId);
    };
    const provider = fresh();
    await provider.connect();
    const org = await readerOf(provider, 'ORG-10001');
    const [cert] = await provider.listCertificates(org.id);
    assert.ok(cert);
    await failure(provider.sign(org.id, cert.id, DATA, RS256), 'NOT_LOGGED_IN');
    await failure(provider.login(org.id, '123456'), 'PAGE_PIN_NOT_ALLOWED');
    assert.equal(asked.length, 0, 'a PIN from the page never reaches Fortify');
    await provider.login(org.id);
    assert.deepEqual(
      asked.map((r) => r.cardId),
      ['ORG-10001'],
    );
    await provider.login(org.id); // already logged in: no second prompt
    assert.equal(asked.length, 1);
    const signature = await provider.sign(org.id, cert.id, DATA, RS256);
    assert.equal(signature.length, 256);
    const publicKey = new X509Certificate(cert.der).publicKey;
    assert.ok(verify('sha256', DATA, publicKey, signature), 'the SoftHSM2 key signed it');
    await failure(
      provider.sign(org.id, cert.id, DATA, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' }),
      'ALGORITHM_NOT_ALLOWED',
    );
    await failure(provider.sign(org.id, 'no-such-cert', DATA, RS256), 'CERT_NOT_FOUND');
    await provider.logout(org.id);
    assert.equal(await provider.isLoggedIn(org.id), false);
    server.onPin = (request) => server.pinOf(request.cardId);
  });

  it('maps a wrong PIN to PIN_INCORRECT and a cancelled prompt to USER_CANCELLED', async () => {
    const provider = fresh();
    await provider.connect();
    const org = await readerOf(provider, 'ORG-10001');
    server.onPin = () => '000000';
    await failure(provider.login(org.id), 'PIN_INCORRECT');
    server.onPin = () => null;
    await failure(provider.login(org.id), 'USER_CANCELLED');
    assert.equal(await provider.isLoggedIn(org.id), false);
    server.onPin = (request) => server.pinOf(request.cardId);
    await provider.login(org.id);
    await provider.logout(org.id);
  });

  it('follows cards in and out; a pull during the PIN prompt rejects the login with TOKEN_NOT_PRESENT', async () => {
    const provider = fresh();
    await provider.connect();
    const events: string[] = [];
    provider.on('card-inserted', (e) => events.push(`in:${e.card.label}`));
    provider.on('card-removed', () => events.push('out'));
    provider.on('readers-changed', (e) => events.push(`readers:${e.readers.length}`));
    const inserted = new Promise((resolve) => provider.on('card-inserted', resolve));
    server.insert('CIT-LIN');
    await inserted;
    assert.deepEqual(events, ['in:CIT-LIN', 'readers:3']);
    const lin = await readerOf(provider, 'CIT-LIN');

    let prompted!: () => void;
    const prompt = new Promise<void>((resolve) => (prompted = resolve));
    server.onPin = () => {
      prompted();
      return new Promise<string | null>(() => {}); // the person never answers
    };
    const login = provider.login(lin.id);
    await prompt;
    await failure(provider.login(lin.id), 'OPERATION_PENDING');
    server.remove('CIT-LIN');
    await failure(login, 'TOKEN_NOT_PRESENT');
    assert.deepEqual(events.slice(2), ['out', 'readers:2']);
    await failure(provider.listCertificates(lin.id), 'READER_NOT_FOUND');
    server.onPin = (request) => server.pinOf(request.cardId);
  });

  it('gives up a login after loginTimeoutMs with TOKEN_TIMEOUT', async () => {
    const provider = fresh({ loginTimeoutMs: 150 });
    await provider.connect();
    const org = await readerOf(provider, 'ORG-10001');
    server.onPin = () => new Promise<string | null>(() => {});
    const error = await failure(provider.login(org.id), 'TOKEN_TIMEOUT');
    assert.equal(error.details['operation'], 'login');
    server.onPin = (request) => server.pinOf(request.cardId);
  });

  it('refused approval: denied, calls say APPROVAL_REFUSED, connect() asks again', async () => {
    server.forgetApprovals();
    server.onPairing = () => false;
    const provider = fresh();
    await failure(provider.connect(), 'APPROVAL_REFUSED');
    assert.deepEqual(provider.status, { state: 'denied' });
    await failure(provider.listReaders(), 'APPROVAL_REFUSED');
    server.onPairing = () => true;
    await provider.connect();
    assert.equal(provider.status.state, 'ready');
    assert.equal((await provider.listReaders()).length, 2);
  });

  it('while pairing, card calls say PROVIDER_UNAVAILABLE (state pairing), never "no card"', async () => {
    server.forgetApprovals();
    let approve!: (ok: boolean) => void;
    const asked = new Promise<void>((shown) => {
      server.onPairing = () =>
        new Promise<boolean>((resolve) => {
          approve = resolve;
          shown();
        });
    });
    const provider = fresh();
    const pairing = await waitFor(provider, 'pairing');
    assert.equal(pairing.state, 'pairing');
    await asked;
    const error = await failure(provider.listReaders(), 'PROVIDER_UNAVAILABLE');
    assert.equal(error.details['state'], 'pairing');
    approve(true);
    await waitFor(provider, 'ready');
    server.onPairing = () => true;
  });

  it('not running → not-running and retried; started → ready without a reload; lost → disconnected → back', async () => {
    await server.stop();
    const provider = fresh();
    const notRunning = await waitFor(provider, 'not-running');
    assert.equal(notRunning.state === 'not-running' && notRunning.retryInMs, 100);
    await failure(provider.connect(), 'PROVIDER_UNAVAILABLE');
    await server.restart();
    await waitFor(provider, 'ready');
    assert.equal((await provider.listReaders()).length, 2);

    await server.stop();
    await waitFor(provider, 'disconnected');
    await failure(provider.listReaders(), 'PROVIDER_UNAVAILABLE');
    await server.restart();
    // Approved before, same identity: back to ready without pairing again.
    const states: string[] = [];
    provider.on('status-changed', ({ status }) => states.push(status.state));
    await waitFor(provider, 'ready');
    assert.ok(!states.includes('pairing'));
  });

  it('after close: status closed, every call refused, no events', async () => {
    const provider = fresh();
    await provider.connect();
    let events = 0;
    provider.on('card-inserted', () => events++);
    await provider.close();
    assert.deepEqual(provider.status, { state: 'closed' });
    await failure(provider.listReaders(), 'PROVIDER_UNAVAILABLE');
    await failure(provider.connect(), 'PROVIDER_UNAVAILABLE');
    server.insert('CIT-LIN');
    await new Promise((resolve) => setTimeout(resolve, 100));
    server.remove('CIT-LIN');
    assert.equal(events, 0);
  });
});
