// Two constants of the card step (card-step.ts exports them). Card reading (card-read.ts, a lazy
// chunk) gets them from the card step (CardReading), not from here: a runtime import from that chunk
// would move this module out of the main chunk into a chunk of its own.
import type { SignatureAlgorithm } from '../tokens/algorithms.js';

/** A certificate expiring within this many days is flagged before the PIN is asked. */
export const EXPIRY_WARNING_DAYS = 60;

/** How every flow signs: what Taiwanese cards (HiCOS) and all providers can do. */
export const SIGN_IN_ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
} as const satisfies SignatureAlgorithm;
