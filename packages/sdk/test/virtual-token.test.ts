// The virtual card reader against the TokenProvider contract: readers and events, the 3-strikes
// PIN lock that lives on the card, signing, native PIN entry, one operation per card, and the PIN
// never leaking into errors. Runs in Node and in Chromium.
import { assert, beforeAll, describe, it } from '#harness';
import { GepiError } from '../src/errors.js';
import {
  ALLOWED_SIGNATURE_ALGORITHMS,
  TokenError,
  TokenErrorCode,
  assertSecureContext,
  requireSubtle,
  statusError,
  tokenErrorText,
} from '../src/tokens/index.js';
import type { SignatureAlgorithm, TokenErrorCode as Code, TokenProviderEvent } from '../src/tokens/index.js';
import { MAX_PIN_TRIES, VirtualCard, VirtualTokenProvider, virtualCardFromIssued } from '../src/virtual.js';
import type { VirtualPinRequest } from '../src/virtual.js';
import { issuedCard, makeTestKey, verifyWithCertificate } from './support/cards.js';
import type { TestKey } from './support/cards.js';

const PIN = '480613';
const WRONG = '975312';
// Every PIN any test types: none may ever show up in an error.
const TYPED_PINS = [PIN, WRONG, '31415926', '2718281'];
const DATA = new TextEncoder().encode('hash(origin) || hash(nonce)');
const RS256: SignatureAlgorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

function assertNoPin(error: unknown): void {
  const e = error as TokenError;
  const surfaces = [
    JSON.stringify(e),
    e.message,
    String(e.stack),
    JSON.stringify(e.details),
    String(e.cause),
  ];
  for (const pin of TYPED_PINS) {
    for (const surface of surfaces) assert.ok(!surface.includes(pin), `a PIN leaked into ${surface}`);
  }
}

/** The TokenError a call fails with (checked for PIN leaks); fails the test if it succeeds. */
async function failure(work: Promise<unknown> | (() => unknown), code?: Code): Promise<TokenError> {
  let caught: unknown;
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught !== undefined, `expected ${code ?? 'a TokenError'}, but the call succeeded`);
  assert.ok(caught instanceof TokenError, `expected a TokenError, got ${String(caught)}`);
  if (code) assert.equal(caught.code, code);
  assertNoPin(caught);
  return caught;
}

let signing: TestKey; // extractable: the virtual card can use it for every allowed algorithm
let encryption: TestKey;
let boundKey: TestKey; // non-extractable: fixed to RSASSA-PKCS1-v1_5/SHA-256, as WebCrypto generated it
let otherSigning: TestKey;

function makeCard(overrides: Parameters<typeof issuedCard>[1] = {}): VirtualCard {
  return virtualCardFromIssued(issuedCard({ signing, encryption }, overrides));
}

async function signingCertId(provider: VirtualTokenProvider, readerId: string): Promise<string> {
  const certs = await provider.listCertificates(readerId);
  const cert = certs.find((c) => c.usage === 'signing');
  assert.ok(cert, 'the card has a signing certificate');
  return cert.id;
}

describe('VirtualTokenProvider', () => {
  beforeAll(async () => {
    [signing, encryption, boundKey, otherSigning] = await Promise.all([
      makeTestKey({ usage: 'signing', extractable: true }),
      makeTestKey({ usage: 'encryption', extractable: true }),
      makeTestKey({ usage: 'signing', extractable: false }),
      makeTestKey({ usage: 'signing', extractable: true, commonName: 'TEST 陳大文' }),
    ]);
  });

  describe('readers and cards', () => {
    it('lists one reader named 讀卡機 1 by default, empty', async () => {
      const provider = new VirtualTokenProvider();
      assert.equal(provider.kind, 'virtual');
      assert.equal(provider.pinEntry, 'page');
      assert.deepEqual(await provider.listReaders(), [
        { id: 'reader-1', name: '讀卡機 1', cardPresent: false, pinEntry: 'page' },
      ]);
    });

    it('lists the given readers and the card in each, with its metadata', async () => {
      const provider = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2'] });
      provider.insert('reader-2', makeCard());
      assert.deepEqual(await provider.listReaders(), [
        { id: 'reader-1', name: '讀卡機 1', cardPresent: false, pinEntry: 'page' },
        {
          id: 'reader-2',
          name: '讀卡機 2',
          cardPresent: true,
          pinEntry: 'page',
          card: {
            id: 'card-moica-1',
            label: '王小明的自然人憑證',
            cardNumber: 'TP03000000000001',
            ca: 'MOICA',
            pinTriesLeft: 3,
            pinLocked: false,
          },
        },
      ]);
      const card = await provider.getCard('reader-2');
      assert.equal(card.cardNumber, 'TP03000000000001');
      await failure(provider.getCard('reader-1'), 'TOKEN_NOT_PRESENT');
    });

    it('fires card-inserted and card-removed in order, with reader and card, until unsubscribed', async () => {
      const provider = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2'] });
      const events: TokenProviderEvent[] = [];
      const offInserted = provider.on('card-inserted', (e) => events.push(e));
      const offRemoved = provider.on('card-removed', (e) => events.push(e));
      const card = makeCard();
      provider.insert('reader-1', card);
      assert.equal(provider.remove('reader-1'), card);
      provider.insert('reader-2', card);
      assert.deepEqual(
        events.map((e) => [e.type, 'readerId' in e ? e.readerId : undefined]),
        [
          ['card-inserted', 'reader-1'],
          ['card-removed', 'reader-1'],
          ['card-inserted', 'reader-2'],
        ],
      );
      assert.deepEqual(events[0], { type: 'card-inserted', readerId: 'reader-1', card: card.info() });
      assert.deepEqual(events[1], { type: 'card-removed', readerId: 'reader-1', cardId: 'card-moica-1' });

      offInserted();
      offRemoved();
      offRemoved();
      provider.remove('reader-2');
      assert.equal(events.length, 3, 'no events after unsubscribing');
    });

    it('keeps calling the other listeners when one throws, and reports the error', () => {
      const scope = globalThis as { reportError?: (error: unknown) => void };
      const original = scope.reportError;
      const reported: unknown[] = [];
      scope.reportError = (error) => reported.push(error);
      try {
        const provider = new VirtualTokenProvider();
        const calls: string[] = [];
        provider.on('card-inserted', () => {
          calls.push('first');
          throw new Error('broken widget');
        });
        provider.on('card-inserted', () => calls.push('second'));
        provider.insert('reader-1', makeCard());
        assert.deepEqual(calls, ['first', 'second']);
        assert.equal((reported[0] as Error).message, 'broken widget');
      } finally {
        if (original) scope.reportError = original;
        else delete scope.reportError;
      }
    });

    it('reports the card as logged out by the time card-removed fires', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard());
      await provider.login('reader-1', PIN);
      let loggedInAtRemoval: Promise<boolean> | undefined;
      provider.on('card-removed', (e) => (loggedInAtRemoval = provider.isLoggedIn(e.readerId)));
      provider.remove('reader-1');
      assert.equal(await loggedInAtRemoval, false);
    });

    it('fires readers-changed when readers come and go; a reader leaves after its card', async () => {
      const provider = new VirtualTokenProvider();
      const events: TokenProviderEvent[] = [];
      provider.on('readers-changed', (e) => events.push(e));
      provider.on('card-removed', (e) => events.push(e));
      const id = provider.addReader('讀卡機 2');
      assert.equal(id, 'reader-2');
      provider.insert(id, makeCard());
      provider.removeReader(id);
      assert.deepEqual(
        events.map((e) => e.type),
        ['readers-changed', 'card-removed', 'readers-changed'],
      );
      const [added, , removed] = events;
      assert.deepEqual(added?.type === 'readers-changed' && added.readers.map((r) => r.name), [
        '讀卡機 1',
        '讀卡機 2',
      ]);
      assert.deepEqual(removed?.type === 'readers-changed' && removed.readers.map((r) => r.id), ['reader-1']);
      await failure(provider.listCertificates(id), 'READER_NOT_FOUND');
    });

    it('holds one card per reader, and a card in one reader at a time', async () => {
      const provider = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2'] });
      const card = makeCard();
      provider.insert('reader-1', card);
      await failure(() => provider.insert('reader-1', makeCard({ id: 'card-2' })), 'READER_OCCUPIED');
      const twice = await failure(() => provider.insert('reader-2', card), 'TOKEN_ERROR');
      assert.equal(twice.details['reason'], 'card-in-another-reader');
      provider.remove('reader-1');
      provider.insert('reader-2', card);
      assert.equal((await provider.getCard('reader-2')).id, 'card-moica-1');
    });

    it('accepts only VirtualCard objects', () => {
      const provider = new VirtualTokenProvider();
      const plain = issuedCard({ signing }) as unknown as VirtualCard;
      assert.throws(
        () => provider.insert('reader-1', plain),
        (e) => e instanceof TypeError,
      );
    });

    it('tells an unknown reader (READER_NOT_FOUND) from an empty one (TOKEN_NOT_PRESENT)', async () => {
      const provider = new VirtualTokenProvider();
      for (const call of [
        () => provider.getCard('nope'),
        () => provider.listCertificates('nope'),
        () => provider.login('nope', PIN),
        () => provider.logout('nope'),
        () => provider.isLoggedIn('nope'),
        () => provider.sign('nope', 'x', DATA, RS256),
        () => provider.insert('nope', makeCard()),
        () => provider.remove('nope'),
      ]) {
        const error = await failure(call, 'READER_NOT_FOUND');
        assert.equal(error.details['readerId'], 'nope');
      }
      for (const call of [
        () => provider.getCard('reader-1'),
        () => provider.listCertificates('reader-1'),
        () => provider.login('reader-1', PIN),
        () => provider.sign('reader-1', 'x', DATA, RS256),
      ]) {
        await failure(call, 'TOKEN_NOT_PRESENT');
      }
      assert.equal(await provider.isLoggedIn('reader-1'), false);
      await provider.logout('reader-1');
      assert.equal(provider.remove('reader-1'), undefined);
    });
  });

  describe('certificates', () => {
    it('lists the certificates without login, with stable ids derived from each certificate', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard());
      const certs = await provider.listCertificates('reader-1');
      assert.deepEqual(
        certs.map((c) => c.usage),
        ['signing', 'encryption'],
      );
      assert.deepEqual(certs[0]?.der, signing.certificate);
      assert.deepEqual(certs[1]?.der, encryption.certificate);
      for (const c of certs) assert.match(c.id, /^[0-9a-f]{32}$/);
      assert.notEqual(certs[0]?.id, certs[1]?.id);
      assert.deepEqual(
        (await provider.listCertificates('reader-1')).map((c) => c.id),
        certs.map((c) => c.id),
      );
      assert.equal(await provider.isLoggedIn('reader-1'), false);
    });

    it('hands out copies: changing a listed certificate does not change the card', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard());
      const [first] = await provider.listCertificates('reader-1');
      first?.der.fill(0);
      const [again] = await provider.listCertificates('reader-1');
      assert.deepEqual(again?.der, signing.certificate);
    });

    it('never exposes private keys or the PIN through the card or the provider', async () => {
      const provider = new VirtualTokenProvider();
      const card = makeCard();
      provider.insert('reader-1', card);
      const certs = await provider.listCertificates('reader-1');
      for (const c of certs) assert.deepEqual(Object.keys(c).sort(), ['der', 'id', 'usage']);
      const seen = [
        JSON.stringify(card),
        JSON.stringify(await provider.listReaders()),
        JSON.stringify(certs.map((c) => ({ ...c, der: [...c.der] }))),
        Object.keys(card).join(),
      ].join('\n');
      assert.ok(!seen.includes(PIN), 'the PIN is not visible');
      assert.ok(!/privateKey|CryptoKey/.test(seen), 'no key is visible');
      assert.ok(!Object.values(card).some((v) => v instanceof CryptoKey));
    });

    it('takes a test-PKI card as it is, with extra fields', async () => {
      const card = new VirtualCard(issuedCard({ signing }, { ca: 'GCA', id: 'gca-1', label: '內政部' }));
      assert.deepEqual(card.info(), {
        id: 'gca-1',
        label: '內政部',
        cardNumber: 'TP03000000000001',
        ca: 'GCA',
        pinTriesLeft: 3,
        pinLocked: false,
      });
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', card);
      assert.equal((await provider.listCertificates('reader-1')).length, 1);
    });

    it('refuses malformed card definitions without repeating the PIN', () => {
      const base = issuedCard({ signing });
      const attempts: unknown[] = [
        { ...base, pin: '12345' },
        { ...base, cardNumber: 'tp123' },
        { ...base, ca: 'ABC' },
        { ...base, pinTriesLeft: 1.5 },
        { id: 'x', label: 'x', pin: PIN },
        { ...base, signing: { ...signing, privateKey: signing.publicKey } },
      ];
      for (const init of attempts) {
        assert.throws(
          () => new VirtualCard(init as ConstructorParameters<typeof VirtualCard>[0]),
          (e) => e instanceof TypeError && !e.message.includes(PIN) && !e.message.includes('12345'),
        );
      }
    });
  });

  describe('PIN and the 3-strikes lock', () => {
    it('asks the page for a PIN (PIN_REQUIRED)', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard());
      const error = await failure(provider.login('reader-1'), 'PIN_REQUIRED');
      assert.equal(error.field, 'pin');
    });

    it('logs in with the right PIN', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard());
      await provider.login('reader-1', PIN);
      assert.equal(await provider.isLoggedIn('reader-1'), true);
      await provider.logout('reader-1');
      assert.equal(await provider.isLoggedIn('reader-1'), false);
    });

    it('counts wrong PINs down (2, then 1) and locks on the third, naming the CA that unlocks', async () => {
      const provider = new VirtualTokenProvider();
      const card = makeCard();
      provider.insert('reader-1', card);

      const first = await failure(provider.login('reader-1', WRONG), 'PIN_INCORRECT');
      assert.equal(first.details['triesLeft'], 2);
      assert.equal(first.messageIn('zh-TW'), 'PIN碼錯誤，尚可嘗試 2 次');
      assert.equal((await provider.getCard('reader-1')).pinTriesLeft, 2);

      const second = await failure(provider.login('reader-1', WRONG), 'PIN_INCORRECT');
      assert.equal(second.details['triesLeft'], 1);
      assert.match(second.messageIn('zh-TW'), /尚可嘗試 1 次，再錯一次將鎖卡/);
      assert.match(second.messageIn('en'), /1 try left/);

      const third = await failure(provider.login('reader-1', WRONG), 'PIN_LOCKED');
      assert.equal(third.details['ca'], 'MOICA');
      assert.equal(third.messageIn('zh-TW'), 'IC卡已鎖卡，請至內政部憑證管理中心進行鎖卡解碼');
      assert.match(third.messageIn('en'), /MOICA/);
      assert.equal(card.pinLocked, true);
      assert.deepEqual(await provider.getCard('reader-1'), {
        ...card.info(),
        pinTriesLeft: 0,
        pinLocked: true,
      });
    });

    it('refuses even the right PIN once locked', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard({ pinTriesLeft: 1 }));
      await failure(provider.login('reader-1', WRONG), 'PIN_LOCKED');
      const error = await failure(provider.login('reader-1', PIN), 'PIN_LOCKED');
      assert.equal(error.details['ca'], 'MOICA');
      assert.equal(await provider.isLoggedIn('reader-1'), false);
    });

    it('starts locked when the card says pinTriesLeft: 0, and still shows its certificates', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard({ pinTriesLeft: 0, ca: 'GCA' }));
      assert.equal((await provider.getCard('reader-1')).pinLocked, true);
      const error = await failure(provider.login('reader-1', PIN), 'PIN_LOCKED');
      assert.equal(error.details['ca'], 'GCA');
      assert.equal(error.messageIn('zh-TW'), 'IC卡已鎖卡，請至政府憑證管理中心進行鎖卡解碼');
      assert.equal((await provider.listCertificates('reader-1')).length, 2);
    });

    it('gives the generic unlock guidance when the CA is unknown', async () => {
      const card = new VirtualCard({ id: 'c', label: 'c', pin: PIN, pinTriesLeft: 0, signing });
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', card);
      const error = await failure(provider.login('reader-1', PIN), 'PIN_LOCKED');
      assert.equal(error.details['ca'], undefined);
      assert.equal(error.messageIn('zh-TW'), 'IC卡已鎖卡，請至所屬憑證管理中心進行鎖卡解碼');
    });

    it('resets the counter to 3 on the right PIN', async () => {
      const provider = new VirtualTokenProvider();
      const card = makeCard();
      provider.insert('reader-1', card);
      await failure(provider.login('reader-1', WRONG), 'PIN_INCORRECT');
      await failure(provider.login('reader-1', WRONG), 'PIN_INCORRECT');
      await provider.login('reader-1', PIN);
      assert.equal(card.pinTriesLeft, MAX_PIN_TRIES);
      await provider.logout('reader-1');
      const again = await failure(provider.login('reader-1', WRONG), 'PIN_INCORRECT');
      assert.equal(again.details['triesLeft'], 2);
    });

    it('caps tries at 3', () => {
      assert.equal(makeCard({ pinTriesLeft: 7 }).pinTriesLeft, 3);
    });

    it('keeps the counter and the lock on the card across removal and readers', async () => {
      const provider = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2'] });
      const card = makeCard();
      provider.insert('reader-1', card);
      await failure(provider.login('reader-1', WRONG), 'PIN_INCORRECT');
      provider.remove('reader-1');
      provider.insert('reader-1', card);
      const second = await failure(provider.login('reader-1', WRONG), 'PIN_INCORRECT');
      assert.equal(second.details['triesLeft'], 1);
      provider.remove('reader-1');
      provider.insert('reader-2', card);
      await failure(provider.login('reader-2', WRONG), 'PIN_LOCKED');
      provider.remove('reader-2');
      const elsewhere = new VirtualTokenProvider();
      elsewhere.insert('reader-1', card);
      await failure(elsewhere.login('reader-1', PIN), 'PIN_LOCKED');
      card.unlock();
      await elsewhere.login('reader-1', PIN);
    });

    it('rejects malformed PINs (PIN_FORMAT) before touching the card, costing no try', async () => {
      const provider = new VirtualTokenProvider();
      const card = makeCard({ pinTriesLeft: 1 });
      provider.insert('reader-1', card);
      for (const pin of ['12345', '123456789', '12a456', '', ' 480613', '４８０６１３']) {
        const error = await failure(provider.login('reader-1', pin), 'PIN_FORMAT');
        assert.equal(error.field, 'pin');
      }
      assert.equal(card.pinTriesLeft, 1);
      await provider.login('reader-1', PIN);
    });

    it('accepts 8-digit PINs', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard({ pin: '31415926' }));
      await provider.login('reader-1', '31415926');
      assert.equal(await provider.isLoggedIn('reader-1'), true);
    });

    it('resolves a second login without checking a PIN, as C_Login does', async () => {
      const provider = new VirtualTokenProvider();
      const card = makeCard();
      provider.insert('reader-1', card);
      await provider.login('reader-1', PIN);
      await provider.login('reader-1', WRONG);
      assert.equal(card.pinTriesLeft, 3);
    });
  });

  describe('signing', () => {
    it('refuses to sign before login (NOT_LOGGED_IN)', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard());
      const id = await signingCertId(provider, 'reader-1');
      await failure(provider.sign('reader-1', id, DATA, RS256), 'NOT_LOGGED_IN');
    });

    it('signs with the key of the certificate; the signature verifies with the certificate’s public key', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard());
      await provider.login('reader-1', PIN);
      const certs = await provider.listCertificates('reader-1');
      const signingCert = certs.find((c) => c.usage === 'signing');
      const encryptionCert = certs.find((c) => c.usage === 'encryption');
      assert.ok(signingCert && encryptionCert);

      const signature = await provider.sign('reader-1', signingCert.id, DATA, RS256);
      assert.ok(signature instanceof Uint8Array);
      assert.equal(signature.length, 256);
      assert.equal(await verifyWithCertificate(signingCert.der, DATA, signature, RS256), true);
      assert.equal(await verifyWithCertificate(encryptionCert.der, DATA, signature, RS256), false);
      const tampered = new Uint8Array(DATA);
      tampered[0] = (tampered[0] ?? 0) ^ 1;
      assert.equal(await verifyWithCertificate(signingCert.der, tampered, signature, RS256), false);
    });

    it('signs with every allowed algorithm when the key allows re-use', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard());
      await provider.login('reader-1', PIN);
      const [cert] = await provider.listCertificates('reader-1');
      assert.ok(cert);
      const algorithms: SignatureAlgorithm[] = [
        { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' },
        { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' },
        { name: 'RSA-PSS', hash: 'SHA-256' },
        { name: 'RSA-PSS', hash: 'SHA-384', saltLength: 48 },
        { name: 'RSA-PSS', hash: 'SHA-512' },
      ];
      for (const algorithm of algorithms) {
        const signature = await provider.sign('reader-1', cert.id, DATA, algorithm);
        const saltLength = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 }[algorithm.hash];
        assert.equal(
          await verifyWithCertificate(cert.der, DATA, signature, { ...algorithm, saltLength }),
          true,
          `${algorithm.name}/${algorithm.hash} verifies`,
        );
      }
    });

    it('says which algorithm a non-extractable key can do', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard({ signing: boundKey, encryption: undefined }));
      await provider.login('reader-1', PIN);
      const [cert] = await provider.listCertificates('reader-1');
      assert.ok(cert);
      const signature = await provider.sign('reader-1', cert.id, DATA, RS256);
      assert.equal(await verifyWithCertificate(cert.der, DATA, signature, RS256), true);
      const error = await failure(
        provider.sign('reader-1', cert.id, DATA, { name: 'RSA-PSS', hash: 'SHA-256' }),
        'ALGORITHM_NOT_ALLOWED',
      );
      assert.deepEqual(error.details['allowed'], ['RSASSA-PKCS1-v1_5/SHA-256']);
    });

    it('rejects algorithms outside the allow-list before touching the card', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard());
      const id = await signingCertId(provider, 'reader-1');
      const refused: unknown[] = [
        { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' },
        { name: 'RSASSA-PKCS1-v1_5', hash: { name: 'SHA-256' } },
        { name: 'RSA-PSS', hash: 'SHA-256', saltLength: 20 },
        { name: 'ECDSA', hash: 'SHA-256' },
        { name: 'HMAC', hash: 'SHA-256' },
        'RS256',
        null,
      ];
      for (const algorithm of refused) {
        const error = await failure(
          provider.sign('reader-1', id, DATA, algorithm as SignatureAlgorithm),
          'ALGORITHM_NOT_ALLOWED',
        );
        assert.deepEqual(error.details['allowed'], [...ALLOWED_SIGNATURE_ALGORITHMS]);
      }
      assert.equal(ALLOWED_SIGNATURE_ALGORITHMS.length, 6);
    });

    it('does not find a certificate id that is not on this card (CERT_NOT_FOUND)', async () => {
      const provider = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2'] });
      provider.insert('reader-1', makeCard());
      provider.insert('reader-2', makeCard({ id: 'card-2', signing: otherSigning, encryption: undefined }));
      await provider.login('reader-1', PIN);
      const unknown = await failure(provider.sign('reader-1', 'no-such-id', DATA, RS256), 'CERT_NOT_FOUND');
      assert.equal(unknown.details['certificateId'], 'no-such-id');
      const fromOtherCard = await signingCertId(provider, 'reader-2');
      await failure(provider.sign('reader-1', fromOtherCard, DATA, RS256), 'CERT_NOT_FOUND');
    });

    it('has no key for a certificate stored without one (KEY_NOT_FOUND)', async () => {
      const card = new VirtualCard({
        id: 'c',
        label: 'c',
        pin: PIN,
        keys: [{ certificate: signing.certificate, usage: 'signing' }],
      });
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', card);
      await provider.login('reader-1', PIN);
      const id = await signingCertId(provider, 'reader-1');
      await failure(provider.sign('reader-1', id, DATA, RS256), 'KEY_NOT_FOUND');
    });

    it('logs out on removal: after re-inserting, signing needs a new login', async () => {
      const provider = new VirtualTokenProvider();
      const card = makeCard();
      provider.insert('reader-1', card);
      await provider.login('reader-1', PIN);
      const id = await signingCertId(provider, 'reader-1');
      provider.remove('reader-1');
      await failure(provider.sign('reader-1', id, DATA, RS256), 'TOKEN_NOT_PRESENT');
      provider.insert('reader-1', card);
      assert.equal(await provider.isLoggedIn('reader-1'), false);
      await failure(provider.sign('reader-1', id, DATA, RS256), 'NOT_LOGGED_IN');
      await provider.login('reader-1', PIN);
      await provider.sign('reader-1', id, DATA, RS256);
    });

    it('refuses to sign after logout', async () => {
      const provider = new VirtualTokenProvider();
      provider.insert('reader-1', makeCard());
      await provider.login('reader-1', PIN);
      const id = await signingCertId(provider, 'reader-1');
      await provider.logout('reader-1');
      await failure(provider.sign('reader-1', id, DATA, RS256), 'NOT_LOGGED_IN');
    });

    it('signs the data as it was when sign() was called', async () => {
      const provider = new VirtualTokenProvider({ latencyMs: 5 });
      provider.insert('reader-1', makeCard());
      await provider.login('reader-1', PIN);
      const [cert] = await provider.listCertificates('reader-1');
      assert.ok(cert);
      const data = new Uint8Array(DATA);
      const pending = provider.sign('reader-1', cert.id, data, RS256);
      data.fill(0);
      assert.equal(await verifyWithCertificate(cert.der, DATA, await pending, RS256), true);
    });

    it('fails a pending sign when the card is pulled out (TOKEN_NOT_PRESENT)', async () => {
      const provider = new VirtualTokenProvider({ latencyMs: 50 });
      provider.insert('reader-1', makeCard());
      await provider.login('reader-1', PIN);
      const id = await signingCertId(provider, 'reader-1');
      const pending = provider.sign('reader-1', id, DATA, RS256);
      provider.remove('reader-1');
      await failure(pending, 'TOKEN_NOT_PRESENT');
    });
  });

  describe('native PIN entry (the provider asks, as Fortify’s window does)', () => {
    function nativeProvider(answers: (string | null)[], pinEntry: 'native' | 'pinpad' = 'native') {
      const requests: Omit<VirtualPinRequest, 'signal'>[] = [];
      const provider = new VirtualTokenProvider({
        pinEntry,
        promptPin: async ({ signal, ...request }) => {
          assert.ok(signal instanceof AbortSignal && !signal.aborted);
          requests.push(request);
          return answers.shift() ?? null;
        },
      });
      return { provider, requests };
    }

    it('needs a promptPin callback', () => {
      assert.throws(
        () => new VirtualTokenProvider({ pinEntry: 'native' }),
        (e) => e instanceof TypeError,
      );
    });

    it('logs in with the PIN typed in the provider’s window', async () => {
      const { provider, requests } = nativeProvider([PIN]);
      assert.equal(provider.pinEntry, 'native');
      provider.insert('reader-1', makeCard());
      assert.equal((await provider.listReaders())[0]?.pinEntry, 'native');
      await provider.login('reader-1');
      assert.equal(await provider.isLoggedIn('reader-1'), true);
      assert.deepEqual(requests, [{ readerId: 'reader-1', cardLabel: '王小明的自然人憑證', triesLeft: 3 }]);
    });

    it('reports a wrong PIN and shows the tries left at the next prompt', async () => {
      const { provider, requests } = nativeProvider([WRONG, PIN]);
      provider.insert('reader-1', makeCard());
      const error = await failure(provider.login('reader-1'), 'PIN_INCORRECT');
      assert.equal(error.details['triesLeft'], 2);
      await provider.login('reader-1');
      assert.deepEqual(
        requests.map((r) => r.triesLeft),
        [3, 2],
      );
    });

    it('treats a closed window as USER_CANCELLED, costing no try', async () => {
      const { provider } = nativeProvider([null]);
      const card = makeCard();
      provider.insert('reader-1', card);
      await failure(provider.login('reader-1'), 'USER_CANCELLED');
      assert.equal(card.pinTriesLeft, 3);
      assert.equal(await provider.isLoggedIn('reader-1'), false);
    });

    it('refuses a PIN from the page (PAGE_PIN_NOT_ALLOWED) without prompting or using a try', async () => {
      const { provider, requests } = nativeProvider([PIN]);
      const card = makeCard();
      provider.insert('reader-1', card);
      await failure(provider.login('reader-1', PIN), 'PAGE_PIN_NOT_ALLOWED');
      assert.equal(requests.length, 0);
      assert.equal(card.pinTriesLeft, 3);
      assert.equal(await provider.isLoggedIn('reader-1'), false);
    });

    it('checks the shape of a typed PIN without using a try', async () => {
      const { provider } = nativeProvider(['1234']);
      const card = makeCard();
      provider.insert('reader-1', card);
      await failure(provider.login('reader-1'), 'PIN_FORMAT');
      assert.equal(card.pinTriesLeft, 3);
    });

    it('does not prompt for a locked card', async () => {
      const { provider, requests } = nativeProvider([PIN]);
      provider.insert('reader-1', makeCard({ pinTriesLeft: 0 }));
      await failure(provider.login('reader-1'), 'PIN_LOCKED');
      assert.equal(requests.length, 0);
    });

    it('closes the prompt and fails the login when the card is pulled out', async () => {
      let promptSignal: AbortSignal | undefined;
      const provider = new VirtualTokenProvider({
        pinEntry: 'native',
        promptPin: ({ signal }) => {
          promptSignal = signal;
          return new Promise<string | null>(() => {});
        },
      });
      const card = makeCard();
      provider.insert('reader-1', card);
      const pending = provider.login('reader-1');
      await new Promise((resolve) => setTimeout(resolve, 0));
      assert.ok(promptSignal && !promptSignal.aborted, 'the prompt is open');
      provider.remove('reader-1');
      await failure(pending, 'TOKEN_NOT_PRESENT');
      assert.equal(promptSignal.aborted, true);
      provider.insert('reader-1', card);
      assert.equal(await provider.isLoggedIn('reader-1'), false);
      assert.equal(card.pinTriesLeft, 3);
    });

    it('works the same with a PIN-pad reader', async () => {
      const { provider } = nativeProvider([WRONG, PIN], 'pinpad');
      provider.insert('reader-1', makeCard());
      assert.equal((await provider.listReaders())[0]?.pinEntry, 'pinpad');
      await failure(provider.login('reader-1', PIN), 'PAGE_PIN_NOT_ALLOWED');
      await failure(provider.login('reader-1'), 'PIN_INCORRECT');
      await provider.login('reader-1');
    });

    it('maps a failing prompt to TOKEN_ERROR', async () => {
      const provider = new VirtualTokenProvider({
        pinEntry: 'native',
        promptPin: async () => {
          throw new Error(`dialog broke while showing ${PIN}`);
        },
      });
      provider.insert('reader-1', makeCard());
      const error = await failure(provider.login('reader-1'), 'TOKEN_ERROR');
      assert.equal(error.details['reason'], 'pin-prompt-failed');
    });
  });

  describe('one operation at a time per card (OPERATION_PENDING)', () => {
    it('refuses a second login while one is pending', async () => {
      const provider = new VirtualTokenProvider();
      const card = makeCard();
      provider.insert('reader-1', card);
      const first = provider.login('reader-1', PIN);
      await failure(provider.login('reader-1', WRONG), 'OPERATION_PENDING');
      await first;
      assert.equal(card.pinTriesLeft, 3, 'the refused attempt reached no card');
    });

    it('refuses sign and logout while the PIN window is open', async () => {
      let answer: (pin: string | null) => void = () => {};
      const provider = new VirtualTokenProvider({
        pinEntry: 'native',
        promptPin: () => new Promise((resolve) => (answer = resolve)),
      });
      provider.insert('reader-1', makeCard());
      const id = await signingCertId(provider, 'reader-1');
      const login = provider.login('reader-1');
      await failure(provider.sign('reader-1', id, DATA, RS256), 'OPERATION_PENDING');
      await failure(provider.logout('reader-1'), 'OPERATION_PENDING');
      await failure(provider.login('reader-1'), 'OPERATION_PENDING');
      await new Promise((resolve) => setTimeout(resolve, 0));
      answer(PIN);
      await login;
      await provider.sign('reader-1', id, DATA, RS256);
    });

    it('refuses a second sign while one is pending, then signs again', async () => {
      const provider = new VirtualTokenProvider({ latencyMs: 10 });
      provider.insert('reader-1', makeCard());
      await provider.login('reader-1', PIN);
      const id = await signingCertId(provider, 'reader-1');
      const first = provider.sign('reader-1', id, DATA, RS256);
      await failure(provider.sign('reader-1', id, DATA, RS256), 'OPERATION_PENDING');
      await first;
      await provider.sign('reader-1', id, DATA, RS256);
    });

    it('lets cards in different readers work at the same time, and reading always', async () => {
      const provider = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2'], latencyMs: 10 });
      provider.insert('reader-1', makeCard());
      provider.insert('reader-2', makeCard({ id: 'card-2', signing: otherSigning, encryption: undefined }));
      const both = Promise.all([provider.login('reader-1', PIN), provider.login('reader-2', PIN)]);
      assert.equal((await provider.listCertificates('reader-1')).length, 2);
      assert.equal((await provider.getCard('reader-2')).id, 'card-2');
      await both;
    });
  });

  describe('context and lifecycle', () => {
    it('refuses card operations outside a secure context', () => {
      assert.throws(() => assertSecureContext({ isSecureContext: false }), { code: 'INSECURE_CONTEXT' });
      assert.throws(() => requireSubtle(globalThis.crypto, { isSecureContext: false }), {
        code: 'INSECURE_CONTEXT',
      });
      assertSecureContext({ isSecureContext: true });
      assertSecureContext({});
      assert.ok(requireSubtle() === globalThis.crypto.subtle);
    });

    it('is ready at once, connect() resolves, and after close the status is closed', async () => {
      const provider = new VirtualTokenProvider();
      assert.deepEqual(provider.status, { state: 'ready' });
      const changes: unknown[] = [];
      provider.on('status-changed', (event) => changes.push(event));
      await provider.connect();
      await provider.connect();
      assert.deepEqual(provider.status, { state: 'ready' });
      await provider.close();
      assert.deepEqual(provider.status, { state: 'closed' });
      await failure(provider.connect(), 'PROVIDER_UNAVAILABLE');
      // Ready from the start and closed quietly: nothing ever changed while anyone listened.
      assert.deepEqual(changes, []);
    });

    it('maps a status to the error card calls get while not ready', () => {
      assert.equal(statusError({ state: 'ready' }), undefined);
      const denied = statusError({ state: 'denied' });
      assert.equal(denied?.code, 'APPROVAL_REFUSED');
      for (const state of ['connecting', 'not-running', 'disconnected', 'closed'] as const) {
        const error = statusError({ state });
        assert.equal(error?.code, 'PROVIDER_UNAVAILABLE');
        assert.equal(error?.details['state'], state);
      }
      const pairing = statusError({ state: 'pairing', code: '123456' });
      assert.equal(pairing?.code, 'PROVIDER_UNAVAILABLE');
      assert.equal(pairing?.details['state'], 'pairing');
    });

    it('reports missing WebCrypto as PROVIDER_UNAVAILABLE', async () => {
      const provider = new VirtualTokenProvider({ crypto: {} as Crypto });
      provider.insert('reader-1', makeCard());
      await failure(provider.listCertificates('reader-1'), 'PROVIDER_UNAVAILABLE');
    });

    it('closes: pending prompts end, every call is refused, no events fire, cards are free again', async () => {
      const provider = new VirtualTokenProvider({
        pinEntry: 'native',
        promptPin: () => new Promise<string | null>(() => {}),
      });
      const card = makeCard();
      provider.insert('reader-1', card);
      let events = 0;
      provider.on('card-removed', () => events++);
      const pending = provider.login('reader-1');
      await provider.close();
      await provider.close();
      await failure(pending, 'PROVIDER_UNAVAILABLE');
      await failure(provider.listReaders(), 'PROVIDER_UNAVAILABLE');
      await failure(provider.isLoggedIn('reader-1'), 'PROVIDER_UNAVAILABLE');
      await failure(() => provider.remove('reader-1'), 'PROVIDER_UNAVAILABLE');
      assert.equal(events, 0);
      const next = new VirtualTokenProvider();
      next.insert('reader-1', card);
    });
  });

  describe('errors', () => {
    it('gives every code a stable name and text in zh-TW and English', () => {
      for (const [key, code] of Object.entries(TokenErrorCode)) {
        assert.equal(key, code);
        const error = new TokenError(code);
        assert.ok(error instanceof GepiError);
        assert.equal(error.name, 'TokenError');
        assert.ok(error.messageIn('zh-TW').length > 0 && error.messageIn('en').length > 0);
        assert.equal(error.message, `${code}: ${error.messageIn('en')}`);
      }
      assert.deepEqual(tokenErrorText('PIN_INCORRECT', {}), { 'zh-TW': 'PIN碼錯誤', en: 'Incorrect PIN.' });
      assert.match(tokenErrorText('PIN_INCORRECT', { triesLeft: 2 }).en, /2 tries left/);
    });

    it('never puts a PIN into an error, whatever goes wrong', async () => {
      const provider = new VirtualTokenProvider();
      const card = makeCard();
      provider.insert('reader-1', card);
      const errors = [
        await failure(provider.login('reader-1', WRONG)),
        await failure(provider.login('reader-1', '2718281')),
        await failure(provider.login('reader-1', '12a4')),
        await failure(provider.login('reader-1', '31415926')),
        await failure(provider.login('reader-1', PIN)),
      ];
      assert.deepEqual(
        errors.map((e) => e.code),
        ['PIN_INCORRECT', 'PIN_INCORRECT', 'PIN_FORMAT', 'PIN_LOCKED', 'PIN_LOCKED'],
      );
      for (const error of errors) {
        const text = JSON.stringify({ ...error, message: error.message, stack: error.stack });
        for (const pin of [PIN, WRONG, '2718281', '12a4', '31415926']) assert.ok(!text.includes(pin));
      }
    });
  });
});
