// The demo dataset's cards in the virtual card reader: what the demo portal, Storybook and the flow
// tests stand on. Issued by the test PKI, parsed back by the profile parser. Runs in Node and Chromium.
import { assert, beforeAll, describe, it } from '#harness';
import { parseCertificate } from '../src/certs/index.js';
import { issueDemoPki } from '../src/testing/index.js';
import type { DemoPki } from '../src/testing/index.js';
import { TokenError } from '../src/tokens/index.js';
import { VirtualTokenProvider, virtualCardFromIssued } from '../src/virtual.js';

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    assert.ok(error instanceof TokenError, `expected a TokenError, got ${String(error)}`);
    return error.code;
  }
  throw new Error('expected the call to fail');
}

describe('demo cards in the virtual card reader', () => {
  let pki: DemoPki;
  beforeAll(async () => {
    pki = await issueDemoPki();
  });

  it('reads the manager card of 10002 without login and signs only after the right PIN', async () => {
    const tokens = new VirtualTokenProvider({ readers: ['讀卡機 1'] });
    const [reader] = await tokens.listReaders();
    assert.ok(reader);
    const issued = pki.card('CIT-LIN');
    tokens.insert(reader.id, virtualCardFromIssued(issued));

    const card = await tokens.getCard(reader.id);
    assert.equal(card.cardNumber, 'TP03000000000002');
    assert.equal(card.label, '自然人憑證 林美惠');

    const certs = await tokens.listCertificates(reader.id);
    const signing = certs.find((c) => c.usage === 'signing');
    assert.ok(signing);
    const info = parseCertificate(signing.der, { expect: 'citizen' });
    assert.equal(info.name, '林美惠');
    assert.equal(info.idLast4, '6786');
    assert.equal(info.serial, '100048210DD2DF2E128096A9282B0002');

    const data = new TextEncoder().encode('origin+nonce');
    assert.equal(await codeOf(tokens.sign(reader.id, signing.id, data, RS256)), 'NOT_LOGGED_IN');
    await tokens.login(reader.id, '123456');
    const signature = await tokens.sign(reader.id, signing.id, data, RS256);
    const ok = await crypto.subtle.verify(
      'RSASSA-PKCS1-v1_5',
      issued.signing.publicKey,
      new Uint8Array(signature),
      data,
    );
    assert.equal(ok, true);
  });

  it('starts CIT-HSU-LOCKED locked: even its right PIN is refused, naming MOICA', async () => {
    const tokens = new VirtualTokenProvider({ readers: ['讀卡機 1'] });
    const [reader] = await tokens.listReaders();
    assert.ok(reader);
    tokens.insert(reader.id, virtualCardFromIssued(pki.card('CIT-HSU-LOCKED')));
    try {
      await tokens.login(reader.id, '123456');
      assert.ok(false, 'a locked card accepted its PIN');
    } catch (error) {
      assert.ok(error instanceof TokenError);
      assert.equal(error.code, 'PIN_LOCKED');
      assert.equal(error.details.ca, 'MOICA');
    }
  });

  it('locks an org card on the third wrong PIN and keeps the lock across readers', async () => {
    const tokens = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2'] });
    const [one, two] = await tokens.listReaders();
    assert.ok(one && two);
    const card = virtualCardFromIssued(pki.card('ORG-20003'));
    tokens.insert(one.id, card);
    const tries: unknown[] = [];
    for (let i = 0; i < 2; i++) {
      try {
        await tokens.login(one.id, '000000');
      } catch (error) {
        tries.push((error as TokenError).details.triesLeft);
      }
    }
    assert.deepEqual(tries, [2, 1]);
    assert.equal(await codeOf(tokens.login(one.id, '000000')), 'PIN_LOCKED');
    tokens.remove(one.id);
    tokens.insert(two.id, card);
    assert.equal(await codeOf(tokens.login(two.id, '123456')), 'PIN_LOCKED');
  });
});
