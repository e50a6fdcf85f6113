// PIN shape rules shared by every provider that receives a PIN from the page. Checking the shape
// first means a typo such as a 5-digit PIN never reaches the card and never costs a try.
import { TokenError } from './errors.js';

/** Taiwanese cards allow 3 PIN tries; a right PIN restores all of them. */
export const MAX_PIN_TRIES = 3;

/** Taiwanese cards (MOICA, GCA, XCA, MOEACA, HCA) take PINs of 6 to 8 digits. */
export const PIN_PATTERN = /^\d{6,8}$/;

export function isPinWellFormed(pin: unknown): pin is string {
  return typeof pin === 'string' && PIN_PATTERN.test(pin);
}

/** Throws PIN_FORMAT (never echoing the PIN) unless `pin` is 6–8 digits. */
export function assertPinWellFormed(
  pin: unknown,
  details: Record<string, unknown> = {},
): asserts pin is string {
  if (!isPinWellFormed(pin)) throw new TokenError('PIN_FORMAT', { details });
}
