// Two constants of the card step, in a module of their own so that card reading (card-read.ts, a
// lazy chunk) can use them without pulling the card step and the flow machine out of the main chunk.
import type { SignatureAlgorithm } from '../tokens/algorithms.js';

/** A certificate expiring within this many days is flagged before the PIN is asked. */
export const EXPIRY_WARNING_DAYS = 60;

/** How every flow signs: what Taiwanese cards (HiCOS) and all providers can do. */
export const SIGN_IN_ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
} as const satisfies SignatureAlgorithm;
