// Made-up people for roster tests and the benchmark: national IDs with a valid check digit and
// serials that no demo card uses. Deterministic, so a failing test names the same person twice.
const LETTER_CODES = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

/** A national ID for `letter` (A–Z), gender digit 1 or 2, and 7 more digits; check digit computed. */
export function nationalId(letter: string, gender: 1 | 2, seven: number): string {
  const head = LETTER_CODES.indexOf(letter) + 10;
  const digits = `${gender}${String(seven).padStart(7, '0')}`;
  let sum = Math.floor(head / 10) + (head % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (8 - i);
  return `${letter}${digits}${(10 - (sum % 10)) % 10}`;
}

export interface Person {
  name: string;
  nationalId: string;
  serial: string;
}

const FAMILY = ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊'];
const GIVEN = ['雅婷', '志明', '淑芬', '俊傑', '怡君', '家豪', '美玲', '建宏', '佳穎', '冠宇'];

/** Person `i` (from 0): name, ID and a serial of the form 5A5A…<i>. */
export function person(i: number): Person {
  return {
    name: `${FAMILY[i % 10]}${GIVEN[Math.floor(i / 10) % 10]}${i >= 100 ? String(Math.floor(i / 100)) : ''}`.replace(
      /\d/g,
      (d) => '〇一二三四五六七八九'[Number(d)]!,
    ),
    nationalId: nationalId('Q', i % 2 === 0 ? 1 : 2, 3_000_000 + i),
    serial: `5A5A${String(i).padStart(12, '0')}`,
  };
}

/** A roster CSV with a BOM and CRLF, as Excel saves it, headed in zh-TW. */
export function rosterCsv(rows: readonly (Person & { permissions: readonly string[] })[]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = ['姓名,身分證統一編號,憑證序號,權限'];
  for (const r of rows)
    lines.push([r.name, r.nationalId, r.serial, r.permissions.join('、')].map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
