// The desired roster, as an HR system hands it over: CSV (UTF-8 with or without a BOM, as Excel
// writes it; a header row in zh-TW or English; the authorized-list export is accepted as is) or
// JSON. Each row is checked on its own here (national ID checksum, serial format, name, permissions
// against the catalog) and against the other rows (one row per person, one per serial); every bad
// row is reported with its line, its field, and a zh-TW and an English message.
import type { Permission } from '../api/schemas.js';
import type { LocalizedText } from '../errors.js';
import { validateNationalId } from '../domain/national-id.js';
import { validateCertificateSerial } from '../domain/serial.js';
import { validatePersonName } from '../domain/free-text.js';
import { maskNationalId } from '../domain/masking.js';

/** A roster row as given: the permissions as ids or catalog labels. */
export interface RosterEntry {
  /** 姓名. */
  name: string;
  /** 身分證統一編號. */
  nationalId: string;
  /** 憑證序號; may be left out for a person already in the list (their current card stays). */
  serial?: string | undefined;
  /** Permission ids (`premium.change`) or labels (`異動登錄`, `保費申報作業/異動登錄`). */
  permissions: readonly string[];
  /** Where the row came from: its line in the CSV (header = line 1), or its index + 1 in JSON. */
  line?: number;
}

/** A row that passed every check: normalised ID and serial, permission ids in catalog order. */
export interface RosterRow {
  line: number;
  name: string;
  nationalId: string;
  serial: string | undefined;
  permissions: string[];
}

export type RosterField = 'header' | 'name' | 'nationalId' | 'serial' | 'permissions' | 'row';

/** Why one row of the roster cannot be used. */
export interface RosterRowProblem {
  line: number;
  field: RosterField;
  /** Stable code: a domain validation code (`NATIONAL_ID_CHECKSUM`, …) or a `ROSTER_*` one. */
  code: string;
  text: LocalizedText;
  /** The value at fault, when it can be shown (national IDs are masked). */
  value?: string;
}

export interface RosterCheck {
  rows: RosterRow[];
  problems: RosterRowProblem[];
}

// ── CSV ────────────────────────────────────────────────────────────────────────────────────────

interface CsvRecord {
  line: number;
  cells: string[];
}

/** RFC 4180 records (quoted cells may hold commas, quotes and line breaks), each with its first line. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      touched = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      if (touched || cells.some((c) => c !== '')) records.push({ line: start, cells });
      cells = [];
      cell = '';
      touched = false;
      line++;
      start = line;
    } else {
      cell += ch;
      touched = true;
    }
  }
  if (touched || cell !== '') {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  return records;
}

const HEADERS: Record<string, 'name' | 'nationalId' | 'serial' | 'permissions' | 'ignore'> = {
  姓名: 'name',
  name: 'name',
  身分證統一編號: 'nationalId',
  身分證字號: 'nationalId',
  nationalid: 'nationalId',
  'national id': 'nationalId',
  national_id: 'nationalId',
  憑證序號: 'serial',
  '憑證序號（sn）': 'serial',
  serial: 'serial',
  'serial number': 'serial',
  權限: 'permissions',
  授權項目: 'permissions',
  permissions: 'permissions',
  序號: 'ignore',
  no: 'ignore',
  seq: 'ignore',
};

const COLUMN_LABELS: Record<'name' | 'nationalId' | 'serial' | 'permissions', LocalizedText> = {
  name: { 'zh-TW': '姓名', en: 'Name' },
  nationalId: { 'zh-TW': '身分證統一編號', en: 'National ID' },
  serial: { 'zh-TW': '憑證序號', en: 'Certificate serial number' },
  permissions: { 'zh-TW': '權限', en: 'Permissions' },
};

/** Splits a permissions cell: 、 (as the authorized-list export writes), ; ， , | or line breaks. */
export function splitPermissions(cell: string): string[] {
  return cell
    .split(/[、;；,，|\r\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The roster rows of a CSV text; a header problem is reported as line 1. */
export function rosterFromCsv(text: string): { entries: RosterEntry[]; problems: RosterRowProblem[] } {
  const records = parseCsvRecords(text);
  const header = records[0];
  if (!header) {
    return {
      entries: [],
      problems: [
        problem(1, 'header', 'ROSTER_EMPTY', {
          'zh-TW': '名冊是空的：第一列須為標題列（姓名、身分證統一編號、憑證序號、權限）。',
          en: 'The roster is empty: the first line must be the header (name, national ID, serial, permissions).',
        }),
      ],
    };
  }
  const columns = new Map<'name' | 'nationalId' | 'serial' | 'permissions', number>();
  header.cells.forEach((raw, index) => {
    // Half- or full-width brackets alike: 憑證序號(SN) as the manual prints it, or 憑證序號（SN）.
    const key =
      HEADERS[raw.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\(/g, '（').replace(/\)/g, '）')];
    if (key && key !== 'ignore' && !columns.has(key)) columns.set(key, index);
  });
  const missing = (['name', 'nationalId', 'permissions'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) {
    return {
      entries: [],
      problems: missing.map((column) =>
        problem(header.line, 'header', 'ROSTER_COLUMN_MISSING', {
          'zh-TW': `標題列缺少「${COLUMN_LABELS[column]['zh-TW']}」欄。`,
          en: `The header has no "${COLUMN_LABELS[column].en}" column.`,
        }),
      ),
    };
  }
  const cell = (record: CsvRecord, column: 'name' | 'nationalId' | 'serial' | 'permissions') => {
    const index = columns.get(column);
    return index === undefined ? '' : (record.cells[index] ?? '').trim();
  };
  const entries = records.slice(1).map((record) => {
    const serial = cell(record, 'serial');
    return {
      line: record.line,
      name: cell(record, 'name'),
      nationalId: cell(record, 'nationalId'),
      serial: serial === '' ? undefined : serial,
      permissions: splitPermissions(cell(record, 'permissions')),
    };
  });
  return { entries, problems: [] };
}

/**
 * The roster rows of JSON text: an array of `{ name, nationalId, serial?, permissions }` (or
 * `{ roster: [...] }`); the zh-TW keys 姓名, 身分證統一編號, 憑證序號, 權限 work too.
 */
export function rosterFromJson(text: string): { entries: RosterEntry[]; problems: RosterRowProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { entries: [], problems: [notAnArray()] };
  }
  const list = Array.isArray(data) ? data : (data as { roster?: unknown } | null)?.roster;
  if (!Array.isArray(list)) return { entries: [], problems: [notAnArray()] };
  const text_ = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
  const entries = list.map((item: unknown, index) => {
    const o = (item ?? {}) as Record<string, unknown>;
    const perms = o['permissions'] ?? o['權限'];
    const serial = text_(o['serial'] ?? o['憑證序號']);
    return {
      line: index + 1,
      name: text_(o['name'] ?? o['姓名']),
      nationalId: text_(o['nationalId'] ?? o['身分證統一編號']),
      serial: serial === '' ? undefined : serial,
      permissions: Array.isArray(perms)
        ? perms.map(text_).filter((p) => p !== '')
        : splitPermissions(text_(perms)),
    };
  });
  return { entries, problems: [] };
}

function notAnArray(): RosterRowProblem {
  return problem(1, 'row', 'ROSTER_JSON_INVALID', {
    'zh-TW': 'JSON 名冊須為陣列，每項含 name、nationalId、serial、permissions。',
    en: 'A JSON roster must be an array of { name, nationalId, serial, permissions }.',
  });
}

/** Reads CSV or JSON, deciding by the first character that is not a BOM or white space. */
export function parseRoster(text: string): { entries: RosterEntry[]; problems: RosterRowProblem[] } {
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? rosterFromJson(text) : rosterFromCsv(text);
}

// ── row checks ─────────────────────────────────────────────────────────────────────────────────

/** Resolves permission ids and labels to leaf ids of the catalog. */
export class PermissionResolver {
  readonly #leaves = new Map<string, number>();
  readonly #byLabel = new Map<string, string[]>();

  constructor(catalog: readonly Permission[]) {
    let order = 0;
    const walk = (items: readonly Permission[], group: string | undefined) => {
      for (const p of items) {
        if (p.children && p.children.length > 0) walk(p.children, p.label);
        else {
          this.#leaves.set(p.id, order++);
          for (const label of [p.label, group ? `${group}/${p.label}` : undefined]) {
            if (label === undefined) continue;
            const ids = this.#byLabel.get(label) ?? [];
            ids.push(p.id);
            this.#byLabel.set(label, ids);
          }
        }
      }
    };
    walk(catalog, undefined);
  }

  /** The leaf id, or why not: `unknown` or `ambiguous` (a label shared by several leaves). */
  resolve(token: string): { id: string } | { error: 'unknown' | 'ambiguous' } {
    if (this.#leaves.has(token)) return { id: token };
    const ids = this.#byLabel.get(token.replace(/\s*[/／]\s*/, '/'));
    if (!ids) return { error: 'unknown' };
    if (ids.length > 1) return { error: 'ambiguous' };
    return { id: ids[0]! };
  }

  /** Ids in catalog order, duplicates dropped (the server stores them so). */
  order(ids: Iterable<string>): string[] {
    return [...new Set(ids)].sort((a, b) => (this.#leaves.get(a) ?? 0) - (this.#leaves.get(b) ?? 0));
  }
}

export interface CheckRosterOptions {
  /** For the old-format resident ID sunset; default now. */
  now?: Date;
}

/** Checks every row and the rows against each other; `rows` holds the good ones. */
export function checkRoster(
  entries: readonly RosterEntry[],
  permissions: PermissionResolver,
  options: CheckRosterOptions = {},
): RosterCheck {
  const rows: RosterRow[] = [];
  const problems: RosterRowProblem[] = [];
  const people = new Map<string, number>();
  const serials = new Map<string, number>();
  entries.forEach((entry, index) => {
    const line = entry.line ?? index + 1;
    const before = problems.length;
    const name = validatePersonName(entry.name);
    if (!name.ok) problems.push(fromValidation(line, 'name', name.error.code, name.error.text));
    const id = validateNationalId(entry.nationalId, { ...(options.now ? { now: options.now } : {}) });
    if (!id.ok)
      problems.push(
        fromValidation(line, 'nationalId', id.error.code, id.error.text, maskValue(entry.nationalId)),
      );
    let serial: string | undefined;
    if (entry.serial !== undefined && entry.serial !== '') {
      const s = validateCertificateSerial(entry.serial);
      if (s.ok) serial = s.value;
      else problems.push(fromValidation(line, 'serial', s.error.code, s.error.text, entry.serial));
    }
    const ids: string[] = [];
    if (entry.permissions.length === 0) {
      problems.push(
        problem(line, 'permissions', 'PERMISSION_REQUIRED', {
          'zh-TW': '請至少勾選一項權限。',
          en: 'Give at least one permission.',
        }),
      );
    }
    for (const token of entry.permissions) {
      const resolved = permissions.resolve(token);
      if ('id' in resolved) ids.push(resolved.id);
      else if (resolved.error === 'unknown')
        problems.push(
          problem(
            line,
            'permissions',
            'PERMISSION_UNKNOWN',
            {
              'zh-TW': `權限「${token}」不在權限清單中。`,
              en: `Permission "${token}" is not in the permission catalog.`,
            },
            token,
          ),
        );
      else
        problems.push(
          problem(
            line,
            'permissions',
            'ROSTER_PERMISSION_AMBIGUOUS',
            {
              'zh-TW': `權限「${token}」有多項同名，請寫「作業/項目」或權限代碼。`,
              en: `More than one permission is called "${token}": write "group/item" or the permission id.`,
            },
            token,
          ),
        );
    }
    if (id.ok) {
      const first = people.get(id.value.value);
      if (first !== undefined)
        problems.push(
          problem(
            line,
            'nationalId',
            'ROSTER_DUPLICATE_PERSON',
            {
              'zh-TW': `同一人出現兩次：與第 ${first} 列的身分證統一編號相同。`,
              en: `The same person twice: the national ID is already on line ${first}.`,
            },
            maskValue(id.value.value),
          ),
        );
      else people.set(id.value.value, line);
    }
    if (serial !== undefined) {
      const first = serials.get(serial);
      if (first !== undefined)
        problems.push(
          problem(
            line,
            'serial',
            'ROSTER_DUPLICATE_SERIAL',
            {
              'zh-TW': `憑證序號重複：與第 ${first} 列相同。`,
              en: `Duplicate certificate serial number: already on line ${first}.`,
            },
            serial,
          ),
        );
      else serials.set(serial, line);
    }
    if (problems.length === before && name.ok && id.ok) {
      rows.push({
        line,
        name: name.value,
        nationalId: id.value.value,
        serial,
        permissions: permissions.order(ids),
      });
    }
  });
  return { rows, problems };
}

export function problem(
  line: number,
  field: RosterField,
  code: string,
  text: LocalizedText,
  value?: string,
): RosterRowProblem {
  return value === undefined ? { line, field, code, text } : { line, field, code, text, value };
}

function fromValidation(
  line: number,
  field: RosterField,
  code: string,
  text: LocalizedText,
  value?: string,
): RosterRowProblem {
  return problem(line, field, code, text, value);
}

/** National IDs never appear whole in a report. */
function maskValue(value: string): string {
  return maskNationalId(value);
}
