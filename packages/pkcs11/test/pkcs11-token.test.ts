// The PKCS#11 provider against real SoftHSM2 tokens holding demo cards (no mocks): readers and
// cards, certificates without login, PIN rules, signatures that verify with the card's certificate,
// key pairing by CKA_ID, removal, close; plus the pure pieces (CKR → TokenError table, reader diff)
// and the provisioning CLI. Node only.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pkcs11js from 'pkcs11js';
import {
  CKR,
  PKCS11_ERROR_TABLE,
  Pkcs11TokenProvider,
  TokenFlags,
  mapPkcs11Error,
  pkcs11ReturnValue,
  provisionSoftHsm,
  triesLeftFromTokenFlags,
} from '../src/index.js';
import type { CkrName, SoftHsmProvision } from '../src/index.js';
import { TokenError } from '@gepi/sdk';
import type { SignatureAlgorithm, TokenErrorCode, TokenProviderEvent } from '@gepi/sdk';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki, IssuedCard } from '@gepi/sdk/testing';
import { VirtualTokenProvider, virtualCardFromIssued } from '@gepi/sdk/virtual';
import { diffReaders } from '../src/readers.js';

const PIN = '123456'; // every demo card's PIN
const WRONG = '654321';
const TYPED_PINS = [PIN, WRONG];
const DATA = new TextEncoder().encode('hash(origin) || hash(nonce)');
const RS256: SignatureAlgorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const PS256: SignatureAlgorithm = { name: 'RSA-PSS', hash: 'SHA-256' };
const CARD_IDS = ['CIT-LIN', 'ORG-10002', 'CIT-HSU-LOCKED', 'ORG-20003'] as const;

function assertNoPin(error: TokenError): void {
  const surfaces = [JSON.stringify(error), error.message, String(error.stack), JSON.stringify(error.details)];
  const cause = error.cause as { message?: unknown; stack?: unknown } | undefined;
  if (cause) surfaces.push(String(cause.message), String(cause.stack), JSON.stringify(cause));
  for (const pin of TYPED_PINS) {
    for (const surface of surfaces) assert.ok(!surface.includes(pin), `a PIN leaked into ${surface}`);
  }
}

/** The TokenError a call fails with (checked for PIN leaks); fails the test if it succeeds. */
async function failure(work: Promise<unknown> | (() => unknown), code?: TokenErrorCode): Promise<TokenError> {
  let caught: unknown;
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught !== undefined, `expected ${code ?? 'a TokenError'}, but the call succeeded`);
  assert.ok(caught instanceof TokenError, `expected a TokenError, got ${String(caught)}`);
  if (code)
    assert.equal(caught.code, code, `expected ${code}, got ${caught.code} ${JSON.stringify(caught.details)}`);
  assertNoPin(caught);
  return caught;
}

/** A real pkcs11js error, as the module raises it. */
function ckrError(name: CkrName): Error {
  return new pkcs11js.Pkcs11Error(`${name}:${CKR[name]}`);
}

async function verifies(
  certificate: Uint8Array,
  signature: Uint8Array,
  algorithm: SignatureAlgorithm,
): Promise<boolean> {
  const spki = new X509Certificate(certificate).publicKey.export({ type: 'spki', format: 'der' });
  const key = await crypto.subtle.importKey(
    'spki',
    spki,
    { name: algorithm.name, hash: algorithm.hash },
    false,
    ['verify'],
  );
  const saltLength =
    algorithm.name === 'RSA-PSS' ? { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 }[algorithm.hash] : 0;
  return crypto.subtle.verify({ name: algorithm.name, saltLength }, key, new Uint8Array(signature), DATA);
}

function waitFor<T>(register: (resolve: (value: T) => void) => void, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    register((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

describe('mapPkcs11Error', () => {
  // The brief's table, spelled out here so that a change to PKCS11_ERROR_TABLE must change a test.
  const EXPECTED: [CkrName, TokenErrorCode][] = [
    ['CKR_PIN_INCORRECT', 'PIN_INCORRECT'],
    ['CKR_PIN_LOCKED', 'PIN_LOCKED'],
    ['CKR_PIN_LEN_RANGE', 'PIN_FORMAT'],
    ['CKR_PIN_INVALID', 'PIN_FORMAT'],
    ['CKR_TOKEN_NOT_PRESENT', 'TOKEN_NOT_PRESENT'],
    ['CKR_DEVICE_REMOVED', 'TOKEN_NOT_PRESENT'],
    ['CKR_TOKEN_NOT_RECOGNIZED', 'TOKEN_NOT_PRESENT'],
    ['CKR_SESSION_HANDLE_INVALID', 'TOKEN_NOT_PRESENT'],
    ['CKR_SESSION_CLOSED', 'TOKEN_NOT_PRESENT'],
    ['CKR_USER_NOT_LOGGED_IN', 'NOT_LOGGED_IN'],
    ['CKR_FUNCTION_CANCELED', 'USER_CANCELLED'],
    ['CKR_SLOT_ID_INVALID', 'READER_NOT_FOUND'],
    ['CKR_MECHANISM_INVALID', 'ALGORITHM_NOT_ALLOWED'],
    ['CKR_MECHANISM_PARAM_INVALID', 'ALGORITHM_NOT_ALLOWED'],
    ['CKR_KEY_TYPE_INCONSISTENT', 'ALGORITHM_NOT_ALLOWED'],
    ['CKR_KEY_FUNCTION_NOT_PERMITTED', 'ALGORITHM_NOT_ALLOWED'],
    ['CKR_CRYPTOKI_NOT_INITIALIZED', 'PROVIDER_UNAVAILABLE'],
  ];

  it('maps every listed return value, keeping the CKR name, the reader and the original', () => {
    assert.deepEqual(Object.entries(PKCS11_ERROR_TABLE).sort(), [...EXPECTED].sort());
    for (const [name, code] of EXPECTED) {
      const original = ckrError(name);
      const error = mapPkcs11Error(original, { readerId: 'slot-7' });
      assert.equal(error.code, code, name);
      assert.equal(error.details['reason'], name);
      assert.equal(error.details['returnValue'], CKR[name]);
      assert.equal(error.details['readerId'], 'slot-7');
      assert.equal(error.cause, original);
    }
  });

  it('turns everything else into TOKEN_ERROR with the CKR name', () => {
    for (const name of [
      'CKR_DEVICE_ERROR',
      'CKR_GENERAL_ERROR',
      'CKR_PIN_EXPIRED',
      'CKR_FUNCTION_FAILED',
    ] as const) {
      const error = mapPkcs11Error(ckrError(name));
      assert.equal(error.code, 'TOKEN_ERROR');
      assert.equal(error.details['reason'], name);
    }
    // pkcs11js names values it does not know CKR_VENDOR_DEFINED; the number tells them apart.
    const vendor = mapPkcs11Error(new pkcs11js.Pkcs11Error('CKR_VENDOR_DEFINED:2147483939'));
    assert.equal(vendor.code, 'TOKEN_ERROR');
    assert.equal(vendor.details['reason'], 'CKR_VENDOR_DEFINED+0x123');
    assert.equal(mapPkcs11Error(0x0e0).code, 'TOKEN_NOT_PRESENT');
    assert.equal(mapPkcs11Error('CKR_PIN_LOCKED').code, 'PIN_LOCKED');
    assert.equal(mapPkcs11Error(0x4242).details['reason'], '0x00004242');
  });

  it('reads the tries left from the token flags, and a fresh lock as PIN_LOCKED with the CA', () => {
    const wrong = ckrError('CKR_PIN_INCORRECT');
    assert.equal(mapPkcs11Error(wrong).details['triesLeft'], undefined, 'unknown without flags');
    assert.equal(mapPkcs11Error(wrong, { tokenFlags: 0x40d }).details['triesLeft'], undefined);
    assert.equal(
      mapPkcs11Error(wrong, { tokenFlags: TokenFlags.USER_PIN_COUNT_LOW }).details['triesLeft'],
      2,
    );
    const final = TokenFlags.USER_PIN_COUNT_LOW | TokenFlags.USER_PIN_FINAL_TRY;
    assert.equal(mapPkcs11Error(wrong, { tokenFlags: final }).details['triesLeft'], 1);
    const locked = mapPkcs11Error(wrong, { tokenFlags: TokenFlags.USER_PIN_LOCKED, ca: 'MOICA' });
    assert.equal(locked.code, 'PIN_LOCKED');
    assert.equal(locked.details['ca'], 'MOICA');
    assert.match(locked.messageIn('zh-TW'), /內政部憑證管理中心/);
    assert.equal(mapPkcs11Error(ckrError('CKR_PIN_LOCKED'), { ca: 'GCA' }).details['ca'], 'GCA');
    assert.deepEqual([0, 0x10000, 0x20000, 0x30000, 0x40000].map(triesLeftFromTokenFlags), [
      undefined,
      2,
      1,
      1,
      0,
    ]);
  });

  it('passes TokenErrors through, and wraps errors that are not PKCS#11 return values', () => {
    const own = new TokenError('CERT_NOT_FOUND');
    assert.equal(mapPkcs11Error(own), own);
    const native = new TypeError('Argument 0 has wrong type. Should be a Buffer');
    const wrapped = mapPkcs11Error(native, { readerId: 'slot-1' });
    assert.equal(wrapped.code, 'TOKEN_ERROR');
    assert.equal(wrapped.details['reason'], 'middleware-error');
    assert.equal(wrapped.cause, native);
    assert.equal(pkcs11ReturnValue(native), undefined);
  });

  it('says which algorithm a key refused and what it can do', () => {
    const error = mapPkcs11Error(ckrError('CKR_MECHANISM_INVALID'), {
      algorithm: 'RSA-PSS/SHA-512',
      allowed: ['RSASSA-PKCS1-v1_5/SHA-256'],
      certificateId: 'abc',
    });
    assert.equal(error.code, 'ALGORITHM_NOT_ALLOWED');
    assert.deepEqual(
      [error.details['algorithm'], error.details['allowed'], error.details['certificateId']],
      ['RSA-PSS/SHA-512', ['RSASSA-PKCS1-v1_5/SHA-256'], 'abc'],
    );
  });
});

describe('diffReaders', () => {
  it('reports removed cards first, then inserted ones, and whether readers came or went', () => {
    const before = new Map([
      ['slot-1', 'card-a'],
      ['slot-2', undefined],
      ['slot-3', 'card-c'],
    ]);
    const after = new Map([
      ['slot-1', 'card-b'], // swapped
      ['slot-2', 'card-a'], // moved here
      ['slot-4', undefined], // plugged in (slot-3 went, with its card)
    ]);
    assert.deepEqual(diffReaders(before, after), {
      removed: [
        { readerId: 'slot-1', cardKey: 'card-a' },
        { readerId: 'slot-3', cardKey: 'card-c' },
      ],
      inserted: [
        { readerId: 'slot-1', cardKey: 'card-b' },
        { readerId: 'slot-2', cardKey: 'card-a' },
      ],
      readersChanged: true,
    });
    assert.deepEqual(diffReaders(before, before), { removed: [], inserted: [], readersChanged: false });
  });
});

describe('Pkcs11TokenProvider on SoftHSM2', () => {
  let pki: DemoPki;
  let provision: SoftHsmProvision;
  let provider: Pkcs11TokenProvider;
  const reader = (cardId: string): string => {
    const slot = provision.slots.find((s) => s.cardId === cardId);
    assert.ok(slot, `${cardId} is provisioned`);
    return slot.readerId;
  };
  const issued = (cardId: string): IssuedCard => pki.card(cardId);
  const certId = async (cardId: string, usage: 'signing' | 'encryption' = 'signing'): Promise<string> => {
    const cert = (await provider.listCertificates(reader(cardId))).find((c) => c.usage === usage);
    assert.ok(cert, `${cardId} has a ${usage} certificate`);
    return cert.id;
  };

  before(async () => {
    pki = await issueDemoPki();
    provision = await provisionSoftHsm({ cards: [...CARD_IDS], pki });
    provider = new Pkcs11TokenProvider({ library: provision.library, env: provision.env, pollIntervalMs: 0 });
  });

  after(async () => {
    await provider?.close();
    await provision?.cleanup();
  });

  describe('provisioning', () => {
    it('writes a private configuration and one token per card', () => {
      const conf = readFileSync(provision.conf, 'utf8');
      assert.match(conf, new RegExp(`^directories\\.tokendir = ${provision.tokenDir}$`, 'm'));
      assert.match(conf, /^objectstore\.backend = file$/m);
      assert.match(conf, /^slots\.removable = true$/m);
      assert.match(conf, /^log\.level = ERROR$/m);
      assert.deepEqual(provision.env, { SOFTHSM2_CONF: provision.conf });
      assert.equal(
        process.env['SOFTHSM2_CONF'],
        provision.conf,
        'the provider put it in place before loading',
      );
      assert.deepEqual(
        provision.slots.map((s) => [s.cardId, s.tokenLabel, s.cardNumber]),
        CARD_IDS.map((id) => [id, id, issued(id).cardNumber]),
      );
      for (const slot of provision.slots) {
        assert.match(slot.serial, /^[0-9a-f]{16}$/);
        assert.equal(slot.readerId, `slot-${slot.slotId}`);
        assert.ok(statSync(slot.tokenPath).isDirectory());
      }
      assert.equal(provision.slots[0]?.label, '自然人憑證 林美惠');
      assert.ok(provision.slots[0]?.objectIds.encryption, 'a citizen card has an encryption pair');
      assert.equal(provision.slots[1]?.objectIds.encryption, undefined);
      assert.equal((statSync(provision.tokenDir).mode & 0o777).toString(8), '700');
    });

    it('cleans up after itself, and refuses duplicate cards', async () => {
      const small = await provisionSoftHsm({ cards: [issued('ORG-10002')], dir: provision.dir });
      assert.ok(existsSync(small.conf));
      await small.cleanup();
      assert.ok(!existsSync(small.dir));
      await assert.rejects(provisionSoftHsm({ cards: ['CIT-LIN', 'CIT-LIN'], pki }), /listed twice/);
    });
  });

  describe('readers and cards', () => {
    it('lists every slot as a reader, with the cards, their labels, serials and CAs', async () => {
      const readers = await provider.listReaders();
      for (const slot of provision.slots) {
        const found = readers.find((r) => r.id === slot.readerId);
        assert.ok(found, `reader ${slot.readerId}`);
        assert.match(found.name, /^SoftHSM slot ID 0x[0-9a-f]+$/);
        assert.deepEqual(
          { cardPresent: found.cardPresent, card: found.card, pinEntry: found.pinEntry },
          {
            cardPresent: true,
            card: { id: slot.serial, label: slot.cardId, ca: issued(slot.cardId).ca, pinLocked: false },
            pinEntry: 'page',
          },
        );
      }
      // SoftHSM always keeps one spare slot with an uninitialised token: a reader without a card.
      const spare = readers.filter((r) => !provision.slots.some((s) => s.readerId === r.id));
      assert.equal(spare.length, 1);
      assert.deepEqual(spare[0] && { ...spare[0], id: 'x', name: 'x' }, {
        id: 'x',
        name: 'x',
        cardPresent: false,
        pinEntry: 'page',
      });
      assert.deepEqual(
        await provider.getCard(reader('ORG-20003')),
        readers.find((r) => r.id === reader('ORG-20003'))?.card,
      );
    });

    it('shares the loaded module between providers, and lists removable slots only on request', async () => {
      const second = new Pkcs11TokenProvider({
        library: provision.library,
        env: provision.env,
        pollIntervalMs: 0,
        removableOnly: true,
      });
      assert.equal(second.library, provider.library);
      assert.deepEqual(
        (await second.listReaders()).map((r) => r.id),
        (await provider.listReaders()).map((r) => r.id),
        'every SoftHSM slot is removable under this configuration',
      );
      // Loaded in the constructor: ready at once, connect() has nothing to wait for.
      assert.deepEqual(second.status, { state: 'ready' });
      await second.connect();
      await second.close();
      assert.deepEqual(second.status, { state: 'closed' });
      await failure(second.connect(), 'PROVIDER_UNAVAILABLE');
      assert.deepEqual(provider.status, { state: 'ready' });
      assert.equal((await provider.listReaders()).length, CARD_IDS.length + 1, 'still loaded for the first');
    });

    it('refuses a second configuration while the module is loaded, leaving the environment alone', () => {
      assert.throws(
        () =>
          new Pkcs11TokenProvider({
            library: provision.library,
            env: { SOFTHSM2_CONF: '/elsewhere/softhsm2.conf' },
          }),
        (error: unknown) =>
          error instanceof Error && /already initialised .*SOFTHSM2_CONF/s.test(error.message),
      );
      assert.equal(process.env['SOFTHSM2_CONF'], provision.conf);
    });

    it('answers PROVIDER_UNAVAILABLE for a module that is not there', () => {
      assert.throws(
        () => new Pkcs11TokenProvider({ library: '/nonexistent/libhicos.so' }),
        (error: unknown) => error instanceof TokenError && error.code === 'PROVIDER_UNAVAILABLE',
      );
    });

    it('tells an unknown reader (READER_NOT_FOUND) from an empty one (TOKEN_NOT_PRESENT)', async () => {
      for (const call of [
        () => provider.getCard('slot-999'),
        () => provider.listCertificates('slot-999'),
        () => provider.login('slot-999', PIN),
        () => provider.logout('slot-999'),
        () => provider.isLoggedIn('slot-999'),
        () => provider.sign('slot-999', 'x', DATA, RS256),
      ]) {
        const error = await failure(call, 'READER_NOT_FOUND');
        assert.equal(error.details['readerId'], 'slot-999');
      }
      const spare = (await provider.listReaders()).find((r) => !r.cardPresent);
      assert.ok(spare);
      for (const call of [
        () => provider.getCard(spare.id),
        () => provider.listCertificates(spare.id),
        () => provider.login(spare.id, PIN),
        () => provider.sign(spare.id, 'x', DATA, RS256),
      ]) {
        await failure(call, 'TOKEN_NOT_PRESENT');
      }
      assert.equal(await provider.isLoggedIn(spare.id), false);
      await provider.logout(spare.id);
    });
  });

  describe('certificates', () => {
    it('lists the certificates without login, byte for byte, with the virtual provider’s ids', async () => {
      for (const id of CARD_IDS) {
        const card = issued(id);
        const certs = await provider.listCertificates(reader(id));
        assert.deepEqual(
          certs.map((c) => [c.usage, c.label]),
          [['signing', `${id} signing`], ...(card.encryption ? [['encryption', `${id} encryption`]] : [])],
        );
        assert.deepEqual(certs[0]?.der, card.signing.certificate);
        if (card.encryption) assert.deepEqual(certs[1]?.der, card.encryption.certificate);

        const virtual = new VirtualTokenProvider();
        virtual.insert('reader-1', virtualCardFromIssued(card));
        assert.deepEqual(
          certs.map((c) => c.id),
          (await virtual.listCertificates('reader-1')).map((c) => c.id),
        );
        assert.equal(await provider.isLoggedIn(reader(id)), false);
      }
    });

    it('hands out copies', async () => {
      const [first] = await provider.listCertificates(reader('ORG-10002'));
      first?.der.fill(0);
      const [again] = await provider.listCertificates(reader('ORG-10002'));
      assert.deepEqual(again?.der, issued('ORG-10002').signing.certificate);
    });
  });

  describe('PIN', () => {
    it('asks for a PIN and checks its shape without touching the card', async () => {
      const id = reader('ORG-10002');
      const required = await failure(provider.login(id), 'PIN_REQUIRED');
      assert.equal(required.field, 'pin');
      for (const pin of ['12345', '123456789', '12a456', '', ' 123456']) {
        const error = await failure(provider.login(id, pin), 'PIN_FORMAT');
        assert.equal(error.details['readerId'], id);
      }
      // SoftHSM raises CKF_USER_PIN_COUNT_LOW after any wrong PIN it sees: none reached it.
      assert.equal((await provider.getCard(id)).pinTriesLeft, undefined);
    });

    it('rejects a wrong PIN with PIN_INCORRECT and the tries the token flags tell; the right PIN resets them', async () => {
      const id = reader('ORG-10002');
      const error = await failure(provider.login(id, WRONG), 'PIN_INCORRECT');
      assert.deepEqual(error.details, {
        readerId: id,
        reason: 'CKR_PIN_INCORRECT',
        returnValue: 160,
        triesLeft: 2,
      });
      assert.equal(error.messageIn('zh-TW'), 'PIN碼錯誤，尚可嘗試 2 次');
      assert.equal((await provider.getCard(id)).pinTriesLeft, 2);
      assert.equal(await provider.isLoggedIn(id), false);
      await provider.login(id, PIN);
      assert.equal(await provider.isLoggedIn(id), true);
      assert.equal((await provider.getCard(id)).pinTriesLeft, undefined);
      await provider.logout(id);
      assert.equal(await provider.isLoggedIn(id), false);
    });

    it('does not check the PIN again on a card already logged in (as C_Login)', async () => {
      const id = reader('ORG-10002');
      await provider.login(id, PIN);
      await provider.login(id, WRONG);
      assert.equal(await provider.isLoggedIn(id), true);
      await provider.logout(id);
      await provider.logout(id);
    });

    it('cannot start a card locked: CIT-HSU-LOCKED logs in on SoftHSM, the virtual card is the locked one', async () => {
      const id = reader('CIT-HSU-LOCKED');
      assert.equal((await provider.getCard(id)).pinLocked, false);
      await provider.login(id, PIN);
      await provider.logout(id);
      const virtual = new VirtualTokenProvider();
      virtual.insert('reader-1', virtualCardFromIssued(issued('CIT-HSU-LOCKED')));
      const locked = await failure(virtual.login('reader-1', PIN), 'PIN_LOCKED');
      assert.equal(locked.details['ca'], 'MOICA');
    });
  });

  describe('signing', () => {
    it('refuses to sign before login, and after logout', async () => {
      const id = reader('ORG-10002');
      const cert = await certId('ORG-10002');
      await failure(provider.sign(id, cert, DATA, RS256), 'NOT_LOGGED_IN');
      await provider.login(id, PIN);
      await provider.sign(id, cert, DATA, RS256);
      await provider.logout(id);
      await failure(provider.sign(id, cert, DATA, RS256), 'NOT_LOGGED_IN');
    });

    it('checks the algorithm before the card, and the certificate id on the card', async () => {
      const id = reader('ORG-10002');
      const cert = await certId('ORG-10002');
      for (const algorithm of [
        { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' },
        { name: 'RSA-PSS', hash: 'SHA-256', saltLength: 20 },
        { name: 'ECDSA', hash: 'SHA-256' },
      ]) {
        const error = await failure(
          provider.sign(id, cert, DATA, algorithm as SignatureAlgorithm),
          'ALGORITHM_NOT_ALLOWED',
        );
        assert.ok(Array.isArray(error.details['allowed']));
      }
      await provider.login(id, PIN);
      const missing = await failure(provider.sign(id, 'f'.repeat(32), DATA, RS256), 'CERT_NOT_FOUND');
      assert.equal(missing.details['certificateId'], 'f'.repeat(32));
      // An id from another card does not select a key here.
      await failure(provider.sign(id, await certId('ORG-20003'), DATA, RS256), 'CERT_NOT_FOUND');
      await provider.logout(id);
    });

    it('signs with PKCS#1 v1.5 and PSS; the signatures verify with the certificate (WebCrypto)', async () => {
      const id = reader('ORG-10002');
      const card = issued('ORG-10002');
      const cert = await certId('ORG-10002');
      await provider.login(id, PIN);
      for (const algorithm of [
        RS256,
        PS256,
        { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' },
        { name: 'RSA-PSS', hash: 'SHA-384', saltLength: 48 },
      ] as SignatureAlgorithm[]) {
        const signature = await provider.sign(id, cert, DATA, algorithm);
        assert.equal(signature.length, 256, 'RSA-2048');
        assert.ok(await verifies(card.signing.certificate, signature, algorithm), JSON.stringify(algorithm));
      }
      // PKCS#1 v1.5 is deterministic: the card's signature is the one the issued key makes.
      const expected = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', card.signing.privateKey, DATA);
      assert.deepEqual(await provider.sign(id, cert, DATA, RS256), new Uint8Array(expected));
      await provider.logout(id);
    });

    it('hashes on the host when asked, with the card doing only the RSA step', async () => {
      const hostHashing = new Pkcs11TokenProvider({
        library: provision.library,
        env: provision.env,
        pollIntervalMs: 0,
        hashing: 'host',
      });
      try {
        const id = reader('ORG-20003');
        const card = issued('ORG-20003');
        const cert = (await hostHashing.listCertificates(id))[0]!.id;
        await hostHashing.login(id, PIN);
        for (const algorithm of [
          RS256,
          PS256,
          { name: 'RSA-PSS', hash: 'SHA-512' },
        ] as SignatureAlgorithm[]) {
          const signature = await hostHashing.sign(id, cert, DATA, algorithm);
          assert.ok(
            await verifies(card.signing.certificate, signature, algorithm),
            JSON.stringify(algorithm),
          );
        }
        const expected = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', card.signing.privateKey, DATA);
        assert.deepEqual(await hostHashing.sign(id, cert, DATA, RS256), new Uint8Array(expected));
        await hostHashing.logout(id);
      } finally {
        await hostHashing.close();
      }
    });

    it('pairs each certificate with its own key by CKA_ID (citizen card: signing and encryption)', async () => {
      const id = reader('CIT-LIN');
      const card = issued('CIT-LIN');
      const signingId = await certId('CIT-LIN', 'signing');
      const encryptionId = await certId('CIT-LIN', 'encryption');
      await provider.login(id, PIN);
      // The encryption pair was imported first: "the first private key" would be the wrong one.
      const bySigning = await provider.sign(id, signingId, DATA, RS256);
      assert.ok(await verifies(card.signing.certificate, bySigning, RS256));
      assert.ok(!(await verifies(card.encryption!.certificate, bySigning, RS256)));
      const byEncryption = await provider.sign(id, encryptionId, DATA, RS256);
      assert.ok(await verifies(card.encryption!.certificate, byEncryption, RS256));
      assert.ok(!(await verifies(card.signing.certificate, byEncryption, RS256)));
      await provider.logout(id);
    });

    it('runs one operation per card at a time (OPERATION_PENDING), cards independently', async () => {
      const org = reader('ORG-10002');
      const citizen = reader('CIT-LIN');
      // Issued together, as a double click does: the first is still pending when the others arrive.
      const first = provider.login(org, PIN);
      const second = provider.login(org, PIN);
      const logout = provider.logout(org);
      const other = provider.login(citizen, PIN);
      await failure(second, 'OPERATION_PENDING');
      await failure(logout, 'OPERATION_PENDING');
      await Promise.all([first, other]);
      const cert = await certId('ORG-10002');
      const signing = provider.sign(org, cert, DATA, RS256);
      await failure(provider.sign(org, cert, DATA, RS256), 'OPERATION_PENDING');
      assert.equal((await provider.listCertificates(org)).length, 1, 'reading is always allowed');
      await signing;
      await provider.sign(org, cert, DATA, PS256);
      await Promise.all([provider.logout(org), provider.logout(citizen)]);
    });
  });

  describe('removal and close (last: SoftHSM cannot put a card back)', () => {
    it('notices a pulled card by polling: logs it out, ends pending work, fires card-removed', async () => {
      const id = reader('ORG-20003');
      const slot = provision.slots.find((s) => s.cardId === 'ORG-20003')!;
      const polling = new Pkcs11TokenProvider({
        library: provision.library,
        env: provision.env,
        pollIntervalMs: 20,
      });
      const closedEarly = new Pkcs11TokenProvider({
        library: provision.library,
        env: provision.env,
        pollIntervalMs: 5,
      });
      let eventsAfterClose = 0;
      closedEarly.on('card-removed', () => eventsAfterClose++);
      await closedEarly.close();

      const seen: TokenProviderEvent[] = [];
      let loggedInAtRemoval: Promise<boolean> | undefined;
      provider.on('card-removed', (e) => {
        seen.push(e);
        loggedInAtRemoval = provider.isLoggedIn(e.readerId);
      });
      const polled = waitFor<TokenProviderEvent>(
        (resolve) => polling.on('card-removed', resolve),
        5000,
        'card-removed from the polling provider',
      );
      try {
        await provider.login(id, PIN);
        const cert = await certId('ORG-20003');
        const pending = provider.sign(id, cert, DATA, RS256);
        // SoftHSM cannot eject a token; a token directory moved away reads as a card pulled out.
        renameSync(slot.tokenPath, `${slot.tokenPath}.pulled`);
        await provider.refresh();
        await failure(pending, 'TOKEN_NOT_PRESENT');
        assert.deepEqual(seen, [{ type: 'card-removed', readerId: id, cardId: slot.serial }]);
        assert.equal(await loggedInAtRemoval, false, 'logged out before card-removed fired');

        assert.deepEqual(await polled, { type: 'card-removed', readerId: id, cardId: slot.serial });
        const after = (await provider.listReaders()).find((r) => r.id === id);
        assert.deepEqual(after && [after.cardPresent, after.card], [false, undefined]);
        assert.equal(await provider.isLoggedIn(id), false);
        await failure(provider.sign(id, cert, DATA, RS256), 'TOKEN_NOT_PRESENT');
        await failure(provider.getCard(id), 'TOKEN_NOT_PRESENT');
        await provider.logout(id);
        assert.equal(eventsAfterClose, 0, 'a closed provider fires nothing');
        // The other cards are unaffected.
        assert.equal((await provider.getCard(reader('ORG-10002'))).label, 'ORG-10002');
      } finally {
        await polling.close();
      }
    });

    it('closes: every call is refused with PROVIDER_UNAVAILABLE, no events, idempotent', async () => {
      const closing = new Pkcs11TokenProvider({
        library: provision.library,
        env: provision.env,
        pollIntervalMs: 10,
      });
      const id = reader('CIT-LIN');
      await closing.login(id, PIN);
      let events = 0;
      closing.on('readers-changed', () => events++);
      await Promise.all([closing.close(), closing.close()]);
      await closing.close();
      for (const call of [
        () => closing.listReaders(),
        () => closing.getCard(id),
        () => closing.listCertificates(id),
        () => closing.login(id, PIN),
        () => closing.logout(id),
        () => closing.isLoggedIn(id),
        () => closing.sign(id, 'x', DATA, RS256),
        () => closing.refresh(),
      ]) {
        const error = await failure(call, 'PROVIDER_UNAVAILABLE');
        assert.equal(error.details['reason'], 'closed');
      }
      const off = closing.on('card-inserted', () => events++);
      off();
      assert.equal(events, 0);
    });
  });
});

describe('provision-softhsm CLI', () => {
  it('provisions cards, prints the SOFTHSM2_CONF export and the slot table, and writes the trust files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gepi-cli-'));
    try {
      const script = join(import.meta.dirname, '..', 'src', 'cli.ts');
      const stdout = await new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          ['--conditions=source', '--import', 'tsx', script, '--dir', dir, '--cards', 'CIT-LIN,ORG-10002'],
          { encoding: 'utf8', timeout: 120_000 },
          (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
        ),
      );
      const conf = /^export SOFTHSM2_CONF=(.+)$/m.exec(stdout)?.[1];
      assert.ok(conf && existsSync(conf), stdout);
      const run = join(conf, '..');
      assert.match(stdout, /^slot-\d+ +CIT-LIN +[0-9a-f]{16} +123456 +TP03000000000002 /m);
      assert.match(stdout, /^slot-\d+ +ORG-10002 /m);
      assert.equal(readFileSync(join(run, 'env.sh'), 'utf8'), `export SOFTHSM2_CONF=${conf}\n`);
      const manifest = JSON.parse(readFileSync(join(run, 'slots.json'), 'utf8')) as {
        slots: { cardId: string }[];
      };
      assert.deepEqual(
        manifest.slots.map((s) => s.cardId),
        ['CIT-LIN', 'ORG-10002'],
      );
      for (const kind of ['ROOT', 'MOICA', 'GCA', 'XCA', 'MOEACA', 'HCA']) {
        for (const ext of ['cer', 'pem', 'crl', 'crl.pem'])
          assert.ok(existsSync(join(run, 'pki', `${kind}.${ext}`)));
      }
      // The card on the token chains to the CA written next to it.
      const moica = new X509Certificate(readFileSync(join(run, 'pki', 'MOICA.cer')));
      const citizen = new X509Certificate(readFileSync(join(run, 'pki', 'cards', 'CIT-LIN.signing.cer')));
      assert.ok(citizen.verify(moica.publicKey));
      assert.ok(moica.verify(new X509Certificate(readFileSync(join(run, 'pki', 'ROOT.pem'))).publicKey));
      assert.equal(
        readFileSync(join(run, 'pki', 'ca-bundle.pem'), 'utf8').match(/BEGIN CERTIFICATE/g)?.length,
        6,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
