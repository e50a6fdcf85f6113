// Random tokens, hashes and comparisons. WebCrypto everywhere, so the API runs unchanged in
// browsers; a server can hand in a synchronous SHA-256 (Node's), because WebCrypto's digest is
// asynchronous and costs tens of microseconds per call, which adds up on the sign-in path.
import type { Sha256 } from '@gepi/sdk/api';
import { bytesToBase64Url, bytesToHex, utf8 } from './encoding.js';

export type { Sha256 };

export const webSha256: Sha256 = async (data) =>
  new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));

/**
 * AES-256-GCM with a 12-byte IV and a 16-byte tag: `seal` gives ciphertext ‖ tag (as WebCrypto
 * does), `open` the plain text, and throws when the key, IV or bytes do not match. The Node server
 * passes node:crypto's synchronous cipher: WebCrypto's runs each call on the thread pool, and on a
 * loaded machine the hand-over costs the request path more than the cipher itself.
 */
export interface AesGcm {
  seal(key: Uint8Array, iv: Uint8Array, plain: Uint8Array): Uint8Array | Promise<Uint8Array>;
  open(key: Uint8Array, iv: Uint8Array, sealed: Uint8Array): Uint8Array | Promise<Uint8Array>;
}

const aesKey = (key: Uint8Array, use: 'encrypt' | 'decrypt') =>
  globalThis.crypto.subtle.importKey('raw', new Uint8Array(key), 'AES-GCM', false, [use]);

export const webAesGcm: AesGcm = {
  seal: async (key, iv, plain) =>
    new Uint8Array(
      await globalThis.crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: new Uint8Array(iv) },
        await aesKey(key, 'encrypt'),
        new Uint8Array(plain),
      ),
    ),
  open: async (key, iv, sealed) =>
    new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: new Uint8Array(iv) },
        await aesKey(key, 'decrypt'),
        new Uint8Array(sealed),
      ),
    ),
};

// Random bytes are drawn from a pool refilled 4 KiB at a time: one getRandomValues call per
// hundred tokens instead of one per token (each call costs microseconds). Every byte is used once.
const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let poolOffset = 0;

function randomBytes(n: number): Uint8Array {
  if (n > POOL_SIZE) return globalThis.crypto.getRandomValues(new Uint8Array(n));
  if (poolOffset + n > pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(POOL_SIZE));
    poolOffset = 0;
  }
  const out = pool.slice(poolOffset, poolOffset + n);
  // Used bytes are wiped so that the pool never holds a token that was handed out.
  pool.fill(0, poolOffset, poolOffset + n);
  poolOffset += n;
  return out;
}

/** base64url of `bytes` cryptographically random bytes. */
export function randomToken(bytes = 32): string {
  return bytesToBase64Url(randomBytes(bytes));
}

// Request ids need to be unique, not secret: a random per-process prefix and a counter.
const REQUEST_PREFIX = randomToken(6);
let requestCounter = 0;

export function nextRequestId(): string {
  requestCounter = (requestCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `${REQUEST_PREFIX}-${requestCounter.toString(36)}`;
}

export async function sha256Hex(sha256: Sha256, data: string): Promise<string> {
  return bytesToHex(await sha256(utf8.encode(data)));
}

/**
 * Compares two secrets in time independent of where they differ. Both are hashed first, so the
 * comparison also does not reveal the expected secret's length.
 */
export async function secretsEqual(sha256: Sha256, given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(utf8.encode(given)), sha256(utf8.encode(expected))]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
