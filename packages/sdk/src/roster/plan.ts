// Roster sync, step 1: compare the desired roster with the agency's current handler list and say
// what would change, and why, without changing anything. The plan is plain JSON (a script may
// keep it in a file, show it for approval, then apply it), carries a digest of the list it was
// made against (apply refuses it once that list changed under it) and one idempotency key per
// change, derived from the plan itself.
import type { ItemOf, GepiClient } from '../client/client.js';
import { maskNationalId } from '../domain/masking.js';
import { validateCertificateSerial } from '../domain/serial.js';
import { GepiError } from '../errors.js';
import type { LocalizedText } from '../errors.js';
import { PermissionResolver, checkRoster, parseRoster, problem } from './input.js';
import type { RosterEntry, RosterRow, RosterRowProblem } from './input.js';
import type { ManagerSession } from './session.js';

/** One handler as the list shows it (national ID masked). */
export type HandlerSummary = ItemOf<'listHandlers'>;

/** What a handler looks like, for a change's before and after. */
export interface HandlerState {
  name: string;
  nationalIdMasked: string;
  serial: string;
  permissions: string[];
}

export type RosterChangeReason = 'name' | 'serial' | 'permissions';

interface ChangeBase {
  /** Position in the plan, from 0; also part of the idempotency key. */
  index: number;
  /** The Idempotency-Key this change is sent with, every time. */
  key: string;
  reason: LocalizedText;
}

/** A person new to the list. */
export interface RosterAdd extends ChangeBase {
  kind: 'add';
  line: number;
  after: HandlerState & { nationalId: string };
}

/** A person already listed whose name, card (renewed: new serial) or permissions changed. */
export interface RosterUpdate extends ChangeBase {
  kind: 'update';
  line: number;
  handlerId: number;
  /** The handler's version when planned: the update is refused if it moved on since. */
  version: number;
  reasons: RosterChangeReason[];
  before: HandlerState;
  after: HandlerState & { nationalId: string };
}

/** A listed handler no longer in the roster (a departure). */
export interface RosterRemove extends ChangeBase {
  kind: 'remove';
  handlerId: number;
  version: number;
  before: HandlerState;
}

export type RosterChange = RosterAdd | RosterUpdate | RosterRemove;

/** A listed handler the roster keeps as is. */
export interface RosterUnchanged {
  line: number;
  handlerId: number;
  version: number;
  name: string;
  nationalIdMasked: string;
}

export const ROSTER_PLAN_FORMAT = 'gepi-roster-plan/1';

export interface RosterPlan {
  format: typeof ROSTER_PLAN_FORMAT;
  /** SHA-256 (hex) of everything below but `createdAt`: names the plan and seeds its keys. */
  id: string;
  createdAt: string;
  agency: { code: string; name: string };
  /** The list the plan was made against: how many handlers, and a digest of their ids and versions. */
  basis: { count: number; digest: string };
  changes: RosterChange[];
  unchanged: RosterUnchanged[];
  summary: { add: number; update: number; remove: number; unchanged: number };
}

export type RosterPlanResult =
  { ok: true; plan: RosterPlan; problems: [] } | { ok: false; plan: undefined; problems: RosterRowProblem[] };

export interface PlanRosterSyncOptions {
  client: GepiClient;
  session: ManagerSession;
  /** CSV or JSON text, or rows already read. */
  roster: string | readonly RosterEntry[];
  signal?: AbortSignal;
  clock?: () => Date;
}

/** Errors of the roster functions themselves (bad rows are results, not errors). */
export class RosterError extends GepiError {
  override name = 'RosterError';
}

/** Share of the list a plan may remove unless the caller allows more: 10 %, at least 1 handler. */
export const DEFAULT_REMOVAL_SHARE = 0.1;

/** How many removals apply accepts without `allowRemovals`, for a list of `count` handlers. */
export function defaultRemovalLimit(count: number): number {
  return Math.max(1, Math.floor(count * DEFAULT_REMOVAL_SHARE));
}

/** Every handler of the session's agency, page after page. */
export async function readHandlerList(
  client: GepiClient,
  session: ManagerSession,
  signal?: AbortSignal,
): Promise<HandlerSummary[]> {
  const out: HandlerSummary[] = [];
  for await (const h of client.iterateHandlers({ pageSize: 100 }, session.options(signal ? { signal } : {})))
    out.push(h);
  return out;
}

/** Reads the catalog and the current list, checks the roster, and plans; changes nothing. */
export async function planRosterSync(options: PlanRosterSyncOptions): Promise<RosterPlanResult> {
  const { client, session, signal } = options;
  const call = session.options(signal ? { signal } : {});
  const parsed =
    typeof options.roster === 'string'
      ? parseRoster(options.roster)
      : { entries: options.roster, problems: [] };
  if (parsed.problems.length > 0) return { ok: false, plan: undefined, problems: parsed.problems };
  const [catalog, current] = await Promise.all([
    client.permissions(call),
    readHandlerList(client, session, signal),
  ]);
  const resolver = new PermissionResolver(catalog.permissions);
  const now = (options.clock ?? (() => new Date()))();
  const checked = checkRoster(parsed.entries, resolver, { now });
  const details = async (ids: number[]) => {
    const found = new Map<number, string>();
    await pool(ids, 8, async (id) => {
      const h = await client.getHandler(id, call);
      found.set(id, h.nationalId);
    });
    return found;
  };
  const made = await planChanges(checked.rows, current, resolver, details, session.manager);
  const problems = [...checked.problems, ...made.problems].sort((a, b) => a.line - b.line);
  if (problems.length > 0) return { ok: false, plan: undefined, problems };
  const plan = await sealPlan({
    createdAt: now.toISOString(),
    agency: session.agency,
    basis: { count: current.length, digest: await listDigest(current) },
    changes: made.changes,
    unchanged: made.unchanged,
  });
  return { ok: true, plan, problems: [] };
}

/** A change before the plan gives it its index and key. */
export type UnsealedChange = RosterChange extends infer C
  ? C extends RosterChange
    ? Omit<C, 'key' | 'index'>
    : never
  : never;

/**
 * The changes from `rows` (checked) to `current`. A row is the same person as a listed handler
 * when the serial matches (and the masked ID agrees), or else when the full national ID matches
 * (read with `nationalIdsOf` for the few handlers whose masked ID could be the row's).
 */
export async function planChanges(
  rows: readonly RosterRow[],
  current: readonly HandlerSummary[],
  resolver: PermissionResolver,
  nationalIdsOf: (handlerIds: number[]) => Promise<Map<number, string>>,
  /** The agency's authorization manager, who is never a handler: a row naming them is a bad row. */
  manager?: { nationalId: string; serial?: string | undefined },
): Promise<{ changes: UnsealedChange[]; unchanged: RosterUnchanged[]; problems: RosterRowProblem[] }> {
  const problems: RosterRowProblem[] = [];
  const managerSerial = manager?.serial === undefined ? undefined : validateCertificateSerial(manager.serial);
  const handlerRows = rows.filter((row) => {
    const found = managerRow(row, manager?.nationalId, managerSerial?.ok ? managerSerial.value : undefined);
    if (found) problems.push(found);
    return found === undefined;
  });
  const bySerial = new Map(current.map((h) => [h.serial, h]));
  const byMask = new Map<string, HandlerSummary[]>();
  for (const h of current) byMask.set(h.nationalIdMasked, [...(byMask.get(h.nationalIdMasked) ?? []), h]);
  const claimed = new Map<number, RosterRow>();
  const pending: RosterRow[] = [];
  for (const row of handlerRows) {
    const owner = row.serial === undefined ? undefined : bySerial.get(row.serial);
    if (owner === undefined) {
      pending.push(row);
      continue;
    }
    if (owner.nationalIdMasked !== maskNationalId(row.nationalId) || claimed.has(owner.id)) {
      problems.push(serialOfOther(row, owner));
      continue;
    }
    claimed.set(owner.id, row);
  }
  // Rows not matched by serial: a listed handler with the same masked ID may still be this person.
  const candidates = new Set<number>();
  for (const row of pending)
    for (const h of byMask.get(maskNationalId(row.nationalId)) ?? [])
      if (!claimed.has(h.id)) candidates.add(h.id);
  const fullIds = candidates.size > 0 ? await nationalIdsOf([...candidates]) : new Map<number, string>();
  const adds: RosterRow[] = [];
  for (const row of pending) {
    const match = (byMask.get(maskNationalId(row.nationalId)) ?? []).find(
      (h) => !claimed.has(h.id) && fullIds.get(h.id) === row.nationalId,
    );
    if (match) claimed.set(match.id, row);
    else if (row.serial === undefined)
      problems.push(
        problem(row.line, 'serial', 'ROSTER_SERIAL_REQUIRED', {
          'zh-TW': '新增的經辦人須填憑證序號。',
          en: 'A new handler needs a certificate serial number.',
        }),
      );
    else adds.push(row);
  }
  // Rows matched by full ID whose new serial another listed handler holds: caught above only
  // when the masks differ; a same-mask holder is someone else too.
  for (const [id, row] of claimed) {
    const holder = row.serial === undefined ? undefined : bySerial.get(row.serial);
    if (holder && holder.id !== id) problems.push(serialOfOther(row, holder));
  }

  const changes: UnsealedChange[] = [];
  const unchanged: RosterUnchanged[] = [];
  const removes: UnsealedChange[] = [];
  for (const h of current) {
    if (!claimed.has(h.id))
      removes.push({
        kind: 'remove',
        handlerId: h.id,
        version: h.version,
        before: stateOf(h),
        reason: { 'zh-TW': '不在名冊中（離職或調離）', en: 'Not in the roster (left or moved)' },
      } satisfies Omit<RosterRemove, 'key' | 'index'>);
  }
  const updates: UnsealedChange[] = [];
  for (const [id, row] of claimed) {
    const h = current.find((x) => x.id === id)!;
    const after = {
      name: row.name,
      nationalId: row.nationalId,
      nationalIdMasked: maskNationalId(row.nationalId),
      serial: row.serial ?? h.serial,
      permissions: row.permissions,
    };
    const reasons: RosterChangeReason[] = [];
    if (after.name !== h.name) reasons.push('name');
    if (after.serial !== h.serial) reasons.push('serial');
    if (resolver.order(h.permissions).join(',') !== after.permissions.join(',')) reasons.push('permissions');
    if (reasons.length === 0) {
      unchanged.push({
        line: row.line,
        handlerId: h.id,
        version: h.version,
        name: h.name,
        nationalIdMasked: h.nationalIdMasked,
      });
      continue;
    }
    updates.push({
      kind: 'update',
      line: row.line,
      handlerId: h.id,
      version: h.version,
      reasons,
      before: stateOf(h),
      after,
      reason: reasonText(reasons),
    } satisfies Omit<RosterUpdate, 'key' | 'index'>);
  }
  for (const row of adds)
    changes.push({
      kind: 'add',
      line: row.line,
      after: {
        name: row.name,
        nationalId: row.nationalId,
        nationalIdMasked: maskNationalId(row.nationalId),
        serial: row.serial!,
        permissions: row.permissions,
      },
      reason: { 'zh-TW': '名冊中的新經辦人', en: 'New in the roster' },
    } satisfies Omit<RosterAdd, 'key' | 'index'>);
  // Removals first (they free serials), then updates, then additions; each in list / line order.
  updates.sort((a, b) => (a as RosterUpdate).line - (b as RosterUpdate).line);
  changes.sort((a, b) => (a as RosterAdd).line - (b as RosterAdd).line);
  unchanged.sort((a, b) => a.line - b.line);
  return { changes: [...removes, ...updates, ...changes], unchanged, problems };
}

/** HANDLER_IS_MANAGER for a row that names the manager, by national ID or by the manager's card. */
function managerRow(
  row: RosterRow,
  nationalId: string | undefined,
  serial: string | undefined,
): RosterRowProblem | undefined {
  if (nationalId !== undefined && row.nationalId === nationalId)
    return problem(
      row.line,
      'nationalId',
      'HANDLER_IS_MANAGER',
      {
        'zh-TW': '此人為貴機關的授權管理者，授權管理者不得同時為授權經辦人；請自名冊刪除此列。',
        en: "This is your agency's authorization manager, who cannot also be a handler: remove this row from the roster.",
      },
      maskNationalId(row.nationalId),
    );
  if (serial !== undefined && row.serial === serial)
    return problem(
      row.line,
      'serial',
      'HANDLER_IS_MANAGER',
      {
        'zh-TW': '此憑證序號為貴機關授權管理者的自然人憑證，授權管理者不得同時為授權經辦人。',
        en: "This serial number is your agency's authorization manager's citizen card; the manager cannot also be a handler.",
      },
      row.serial,
    );
  return undefined;
}

function reasonText(reasons: RosterChangeReason[]): LocalizedText {
  const words: Record<RosterChangeReason, LocalizedText> = {
    name: { 'zh-TW': '姓名變更', en: 'name changed' },
    serial: { 'zh-TW': '換發新卡（憑證序號更新）', en: 'renewed card (new serial number)' },
    permissions: { 'zh-TW': '權限變更', en: 'permissions changed' },
  };
  return {
    'zh-TW': reasons.map((r) => words[r]['zh-TW']).join('、'),
    en: reasons.map((r) => words[r].en).join(', '),
  };
}

function serialOfOther(row: RosterRow, holder: HandlerSummary): RosterRowProblem {
  return problem(
    row.line,
    'serial',
    'ROSTER_SERIAL_OF_OTHER',
    {
      'zh-TW': `此憑證序號已屬於清單中的另一位經辦人（${holder.name} ${holder.nationalIdMasked}）。`,
      en: `This serial number belongs to another listed handler (${holder.name} ${holder.nationalIdMasked}).`,
    },
    row.serial,
  );
}

export function stateOf(h: HandlerSummary): HandlerState {
  return {
    name: h.name,
    nationalIdMasked: h.nationalIdMasked,
    serial: h.serial,
    permissions: [...h.permissions],
  };
}

// ── sealing: ids, keys, digests ────────────────────────────────────────────────────────────────

const encoder = new TextEncoder();

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Digest of a handler list's ids and versions: any add, change or removal changes it. */
export async function listDigest(list: readonly HandlerSummary[]): Promise<string> {
  const pairs = list.map((h) => `${h.id}:${h.version}`).sort();
  return sha256Hex(pairs.join('\n'));
}

function planBody(plan: Omit<RosterPlan, 'format' | 'id' | 'createdAt'>): string {
  const changes = plan.changes.map(({ key: _key, index: _index, ...rest }) => rest);
  return JSON.stringify({ agency: plan.agency, basis: plan.basis, changes, unchanged: plan.unchanged });
}

/** Names the plan by its content and gives each change its key. */
export async function sealPlan(input: {
  createdAt: string;
  agency: { code: string; name: string };
  basis: { count: number; digest: string };
  changes: UnsealedChange[];
  unchanged: RosterUnchanged[];
}): Promise<RosterPlan> {
  const id = await sha256Hex(
    planBody({
      ...input,
      summary: summaryOf(input.changes, input.unchanged),
      changes: input.changes as RosterChange[],
    }),
  );
  const changes = input.changes.map(
    (c, index) => ({ ...c, index, key: `roster-${id.slice(0, 32)}-${index}` }) as RosterChange,
  );
  return {
    format: ROSTER_PLAN_FORMAT,
    id,
    createdAt: input.createdAt,
    agency: input.agency,
    basis: input.basis,
    changes,
    unchanged: input.unchanged,
    summary: summaryOf(changes, input.unchanged),
  };
}

/** Whether a plan (read back from a file) is one this SDK made and nobody edited. */
export async function verifyPlan(plan: unknown): Promise<RosterPlan> {
  const p = plan as RosterPlan;
  const bad = (why: string) =>
    new RosterError({
      code: 'ROSTER_PLAN_INVALID',
      text: {
        'zh-TW': `計畫檔無法使用（${why}）：請重新產生計畫。`,
        en: `The plan cannot be used (${why}): make a new plan.`,
      },
      details: { reason: why },
    });
  if (typeof p !== 'object' || p === null || p.format !== ROSTER_PLAN_FORMAT || !Array.isArray(p.changes))
    throw bad('format');
  const id = await sha256Hex(planBody(p));
  if (id !== p.id) throw bad('digest');
  p.changes.forEach((c, index) => {
    if (c.index !== index || c.key !== `roster-${id.slice(0, 32)}-${index}`) throw bad('keys');
  });
  return p;
}

function summaryOf(
  changes: readonly { kind: string }[],
  unchanged: readonly unknown[],
): RosterPlan['summary'] {
  const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
  return { add: count('add'), update: count('update'), remove: count('remove'), unchanged: unchanged.length };
}

/** Runs `task` over `items`, at most `limit` at a time. */
export async function pool<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
