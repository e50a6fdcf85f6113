// Node's synchronous crypto: the API context's ciphers (see AesGcm in crypto.ts) and the signing,
// hashing and exports for issuing the demo PKI.
import { KeyObject, createCipheriv, createDecipheriv, createHash, sign } from 'node:crypto';
import type { AesGcm } from './crypto.js';

/** AES-256-GCM on node:crypto: the same bytes as WebCrypto's (ciphertext ‖ 16-byte tag). */
export const nodeAesGcm: AesGcm = {
  seal(key, iv, plain) {
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  },
  open(key, iv, sealed) {
    if (sealed.length < 16) throw new RangeError('sealed answer too short');
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  },
};

const NODE_HASHES: Record<string, string> = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

function algorithmName(algorithm: AlgorithmIdentifier): string {
  return (typeof algorithm === 'string' ? algorithm : algorithm.name).toUpperCase();
}

function nodeHash(algorithm: AlgorithmIdentifier): string | undefined {
  return NODE_HASHES[algorithmName(algorithm)];
}

function bytes(data: BufferSource): Uint8Array {
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

/** A Buffer's bytes as a fresh ArrayBuffer (what WebCrypto answers). */
function arrayBuffer(buffer: Buffer): ArrayBuffer {
  const copy = new ArrayBuffer(buffer.byteLength);
  new Uint8Array(copy).set(buffer);
  return copy;
}

/**
 * WebCrypto for issuing the demo PKI in Node (`issueDemoPki({ crypto })`): key generation stays on
 * WebCrypto (Node's thread pool, all cores), while RSASSA-PKCS1-v1_5 signing, digests and SPKI /
 * PKCS#8 exports run at once on node:crypto. Node's WebCrypto does those in its thread pool too,
 * behind every key still queued there, so a certificate could not be made before the last key was
 * generated. Same algorithms and the same bytes (PKCS#1 v1.5 signatures are deterministic);
 * anything else goes to WebCrypto unchanged.
 */
export function nodeIssuingCrypto(web: Crypto = globalThis.crypto): Crypto {
  const subtle = web.subtle;
  const fast: Partial<SubtleCrypto> = {
    digest(algorithm, data) {
      const hash = nodeHash(algorithm);
      if (!hash) return subtle.digest(algorithm, data);
      return Promise.resolve(arrayBuffer(createHash(hash).update(bytes(data)).digest()));
    },
    sign(algorithm, key, data) {
      const keyAlgorithm = key.algorithm as RsaHashedKeyAlgorithm;
      const hash = keyAlgorithm.hash ? nodeHash(keyAlgorithm.hash) : undefined;
      if (algorithmName(algorithm) !== 'RSASSA-PKCS1-V1_5' || key.type !== 'private' || !hash) {
        return subtle.sign(algorithm, key, data);
      }
      if (!key.usages.includes('sign')) return subtle.sign(algorithm, key, data);
      return Promise.resolve(arrayBuffer(sign(hash, bytes(data), KeyObject.from(key))));
    },
    exportKey(format: KeyFormat, key: CryptoKey) {
      if ((format === 'spki' && key.type === 'public') || (format === 'pkcs8' && key.type === 'private')) {
        if (!key.extractable) return subtle.exportKey(format, key);
        return Promise.resolve(arrayBuffer(KeyObject.from(key).export({ format: 'der', type: format })));
      }
      return subtle.exportKey(format, key);
    },
  } as Partial<SubtleCrypto>;
  const fastSubtle = new Proxy(subtle, {
    get(target, property) {
      const own = (fast as Record<PropertyKey, unknown>)[property];
      if (own !== undefined) return own;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    subtle: fastSubtle,
    getRandomValues: web.getRandomValues.bind(web),
    randomUUID: web.randomUUID.bind(web),
  } as Crypto;
}
