// Masking of personal data shown in lists and panels (the spec's `A12****789`). Only where the
// user is typing is a national ID shown in full.

const SHOWN_AT_EACH_END = 3;
const STARS = 4;
const FULL_LENGTH = 2 * SHOWN_AT_EACH_END + STARS;

/**
 * `A123456789` → `A12****789`: the first and last 3 characters around 4 stars. Longer input looks
 * the same (6 characters, 4 stars), so the mask does not tell the length either. Shorter input
 * shows less: at least 4 characters stay hidden, so up to 4 characters are all stars. `''` → `''`.
 */
export function maskNationalId(value: string): string {
  const text = value.trim();
  if (text === '') return '';
  // Characters are code points so that half a surrogate pair is never shown; the ends are taken
  // from short slices (3 code points fit in 6 code units), which keeps a huge input cheap.
  const head = Array.from(text.slice(0, 2 * SHOWN_AT_EACH_END)).slice(0, SHOWN_AT_EACH_END);
  const tail = Array.from(text.slice(-2 * SHOWN_AT_EACH_END)).slice(-SHOWN_AT_EACH_END);
  const length = text.length >= 2 * FULL_LENGTH ? FULL_LENGTH : Array.from(text).length;
  if (length >= FULL_LENGTH) return `${head.join('')}${'*'.repeat(STARS)}${tail.join('')}`;
  const shown = Math.max(0, length - STARS);
  const front = Math.ceil(shown / 2);
  const back = shown - front;
  return `${head.slice(0, front).join('')}${'*'.repeat(length - shown)}${back > 0 ? tail.slice(-back).join('') : ''}`;
}
