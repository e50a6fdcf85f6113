// Full-width to half-width conversion for forgiving UIs. Validators never call it: they refuse
// full-width input, so what is stored is always what the user saw and confirmed.

/** Full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space U+3000 to a space; nothing else changes. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
