// What both card providers (PKCS#11 and the virtual reader) do around every card operation: one
// operation per card at a time, and no waiting on a card that has left the reader.
import { TokenError } from './errors.js';

/** The per-card flag an operation holds while it runs. */
export interface OperationSlot {
  pending: boolean;
}

/**
 * Runs `work` as the card's only operation: a second one while it runs fails at once with
 * OPERATION_PENDING (a PIN entry or a signature is never queued behind another).
 */
export async function exclusive<T>(
  slot: OperationSlot,
  readerId: string,
  work: () => Promise<T>,
): Promise<T> {
  if (slot.pending) throw new TokenError('OPERATION_PENDING', { details: { readerId } });
  slot.pending = true;
  try {
    return await work();
  } finally {
    slot.pending = false;
  }
}

/**
 * Waits for `work` unless `presence` aborts first (the card left, the provider closed); then
 * rejects with the abort's reason. `work` may settle later: its outcome no longer matters to anyone.
 */
export async function whilePresent<T>(presence: AbortSignal, work: Promise<T>): Promise<T> {
  work.catch(() => {});
  if (presence.aborted) throw presence.reason;
  let onAbort: () => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(presence.reason);
    presence.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    presence.removeEventListener('abort', onAbort);
  }
}
