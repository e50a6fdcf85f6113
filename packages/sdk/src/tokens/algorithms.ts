// The signature algorithms a card may be asked for. The list is short on purpose: the sign-in
// verifier accepts only these, and Taiwanese cards hold RSA-2048 keys.
import { TokenError } from './errors.js';

export type SignatureHash = 'SHA-256' | 'SHA-384' | 'SHA-512';

/**
 * A signature algorithm in WebCrypto's spelling (hash as a string, not `{ name }`).
 * - `RSASSA-PKCS1-v1_5` with SHA-256/384/512 (JOSE RS256/384/512): what the cards and the GEPI sign-in use.
 * - `RSA-PSS` with SHA-256/384/512 (PS256/384/512); `saltLength` defaults to, and must equal, the
 *   hash length in bytes (32/48/64), as JOSE and the verifier expect.
 */
export type SignatureAlgorithm =
  | { name: 'RSASSA-PKCS1-v1_5'; hash: SignatureHash }
  | { name: 'RSA-PSS'; hash: SignatureHash; saltLength?: number };

/** A checked algorithm, with the PSS salt length filled in. */
export type AllowedSignatureAlgorithm =
  | { name: 'RSASSA-PKCS1-v1_5'; hash: SignatureHash }
  | { name: 'RSA-PSS'; hash: SignatureHash; saltLength: number };

const HASH_BYTES: Readonly<Record<SignatureHash, number>> = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

/** The allow-list, as `name/hash` strings (also what ALGORITHM_NOT_ALLOWED reports in `details.allowed`). */
export const ALLOWED_SIGNATURE_ALGORITHMS: readonly string[] = (
  ['RSASSA-PKCS1-v1_5', 'RSA-PSS'] as const
).flatMap((name) => (Object.keys(HASH_BYTES) as SignatureHash[]).map((hash) => `${name}/${hash}`));

function describe(algorithm: unknown): string {
  if (typeof algorithm !== 'object' || algorithm === null) return String(algorithm);
  const { name, hash } = algorithm as { name?: unknown; hash?: unknown };
  const hashName = typeof hash === 'object' && hash !== null ? (hash as { name?: unknown }).name : hash;
  return `${String(name)}/${String(hashName)}`;
}

/**
 * Checks an algorithm against the allow-list (callers may be plain JavaScript, so the input is
 * `unknown`) and returns it normalised; throws ALGORITHM_NOT_ALLOWED otherwise.
 */
export function checkSignatureAlgorithm(algorithm: unknown): AllowedSignatureAlgorithm {
  const reject = (): never => {
    throw new TokenError('ALGORITHM_NOT_ALLOWED', {
      details: { algorithm: describe(algorithm), allowed: [...ALLOWED_SIGNATURE_ALGORITHMS] },
    });
  };
  if (typeof algorithm !== 'object' || algorithm === null) return reject();
  const { name, hash, saltLength } = algorithm as Record<string, unknown>;
  if (typeof hash !== 'string' || !Object.hasOwn(HASH_BYTES, hash)) return reject();
  const hashBytes = HASH_BYTES[hash as SignatureHash];
  if (name === 'RSASSA-PKCS1-v1_5') return { name, hash: hash as SignatureHash };
  if (name === 'RSA-PSS') {
    if (saltLength !== undefined && saltLength !== hashBytes) return reject();
    return { name, hash: hash as SignatureHash, saltLength: hashBytes };
  }
  return reject();
}
