// nodeIssuingCrypto, the WebCrypto the Node server issues the demo PKI with: the same bytes as
// WebCrypto's for what it does on node:crypto (RSASSA-PKCS1-v1_5 signatures, digests, SPKI and
// PKCS#8 exports), everything else still WebCrypto's, and signing that does not wait behind the
// keys queued in Node's thread pool.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { nodeIssuingCrypto } from '../src/util/crypto-node.js';

const web = globalThis.crypto;
const fast = nodeIssuingCrypto();
const RSA = { modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
const data = new TextEncoder().encode('tbsCertificate');
const hex = (buffer: ArrayBuffer) => Buffer.from(buffer).toString('hex');

let signing: CryptoKeyPair;
let encryption: CryptoKeyPair;
before(async () => {
  [signing, encryption] = (await Promise.all([
    web.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', ...RSA }, true, ['sign', 'verify']),
    web.subtle.generateKey({ name: 'RSA-OAEP', ...RSA }, true, ['encrypt', 'decrypt']),
  ])) as [CryptoKeyPair, CryptoKeyPair];
});

describe('nodeIssuingCrypto', () => {
  it('signs, hashes and exports the same bytes as WebCrypto', async () => {
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: { name: 'SHA-256' } };
    const signature = await fast.subtle.sign(algorithm, signing.privateKey, data);
    assert.equal(hex(signature), hex(await web.subtle.sign(algorithm, signing.privateKey, data)));
    assert.ok(await web.subtle.verify('RSASSA-PKCS1-v1_5', signing.publicKey, signature, data));
    for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', { name: 'SHA-256' }]) {
      assert.equal(hex(await fast.subtle.digest(hash, data)), hex(await web.subtle.digest(hash, data)));
    }
    for (const key of [signing.publicKey, encryption.publicKey]) {
      assert.equal(
        hex(await fast.subtle.exportKey('spki', key)),
        hex(await web.subtle.exportKey('spki', key)),
      );
    }
    for (const key of [signing.privateKey, encryption.privateKey]) {
      const pkcs8 = await fast.subtle.exportKey('pkcs8', key);
      assert.equal(hex(pkcs8), hex(await web.subtle.exportKey('pkcs8', key)));
    }
  });

  it("leaves everything else to WebCrypto, with WebCrypto's errors", async () => {
    const jwk = await fast.subtle.exportKey('jwk', signing.publicKey);
    assert.equal(jwk.kty, 'RSA');
    const sealed = await fast.subtle.encrypt({ name: 'RSA-OAEP' }, encryption.publicKey, data);
    const opened = await web.subtle.decrypt({ name: 'RSA-OAEP' }, encryption.privateKey, sealed);
    assert.deepEqual(new Uint8Array(opened), data);
    const signature = await fast.subtle.sign('RSASSA-PKCS1-v1_5', signing.privateKey, data);
    assert.ok(await fast.subtle.verify('RSASSA-PKCS1-v1_5', signing.publicKey, signature, data));
    // An encryption key does not sign; a key that is not extractable is not exported.
    await assert.rejects(fast.subtle.sign('RSASSA-PKCS1-v1_5', encryption.privateKey, data));
    const sealedKey = await web.subtle.importKey(
      'pkcs8',
      await web.subtle.exportKey('pkcs8', signing.privateKey),
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    await assert.rejects(fast.subtle.exportKey('pkcs8', sealedKey));
    assert.equal(fast.getRandomValues(new Uint8Array(16)).length, 16);
  });

  it('signs before any of the keys queued ahead of it in the thread pool is generated', async () => {
    const order: string[] = [];
    // More keys than the thread pool has threads (4): WebCrypto's own signing would queue behind them.
    const keys = Array.from({ length: 8 }, (_, i) =>
      web.subtle
        .generateKey({ name: 'RSASSA-PKCS1-v1_5', ...RSA }, true, ['sign', 'verify'])
        .then(() => order.push(`key ${i}`)),
    );
    const signed = fast.subtle
      .sign('RSASSA-PKCS1-v1_5', signing.privateKey, data)
      .then(() => order.push('signed'));
    await Promise.all([...keys, signed]);
    assert.equal(order[0], 'signed', order.join(', '));
  });
});
