// How the handler list's search box (搜尋) reads its text (the store's SQL answers it; the
// contract tests check the SQL against matchesSearch): a full national ID finds that person, six or more hex digits find serials
// starting with them, anything else is a substring of the name. Names are indexed by their
// single characters and character pairs, so a substring search of a 2- or 3-character Chinese
// name is an index lookup rather than a scan of 100,000 rows.

export type HandlerSearch =
  | { kind: 'all' }
  | { kind: 'nationalId'; value: string }
  | { kind: 'serial'; prefix: string }
  | { kind: 'name'; text: string; gram: string };

const NATIONAL_ID_SHAPE = /^[A-Za-z][0-9A-Da-d][0-9]{8}$/;
const SERIAL_SHAPE = /^[0-9A-Fa-f]{6,40}$/;

export function classifySearch(q: string | undefined): HandlerSearch {
  const text = (q ?? '').trim();
  if (text === '') return { kind: 'all' };
  if (NATIONAL_ID_SHAPE.test(text)) return { kind: 'nationalId', value: text.toUpperCase() };
  const hex = text.replace(/[\s:]/g, '');
  if (SERIAL_SHAPE.test(hex) && /[0-9]/.test(hex)) {
    const prefix = hex.toUpperCase().replace(/^0+/, '');
    if (prefix !== '') return { kind: 'serial', prefix };
  }
  const lower = text.toLowerCase();
  const chars = Array.from(lower);
  return { kind: 'name', text: lower, gram: chars.slice(0, 2).join('') };
}

/** The characters and character pairs of a name, lowercased: the keys a name is found by. */
export function nameGrams(name: string): string[] {
  const chars = Array.from(name.toLowerCase());
  const grams = new Set(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return [...grams];
}

/** Whether a handler matches a search: the meaning the store's SQL must answer (contract tests). */
export function matchesSearch(
  search: HandlerSearch,
  handler: { name: string; nationalId: string; serial: string },
): boolean {
  switch (search.kind) {
    case 'all':
      return true;
    case 'nationalId':
      return handler.nationalId === search.value;
    case 'serial':
      return handler.serial.startsWith(search.prefix);
    case 'name':
      return handler.name.toLowerCase().includes(search.text);
  }
}
