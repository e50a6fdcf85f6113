// Roster sync, step 2: carry out a plan in one manager session. Before anything is sent, the
// current list is compared with the plan: every handler must be either as the plan saw it or as
// one of its changes leaves it (a plan cut short by a crash or a lost connection). Anything else
// means someone changed the list since, and the plan is refused as stale. Changes already in
// effect are skipped, the others sent with the plan's own idempotency key (a retry of a request
// whose answer was lost is answered from the server's record, not done twice). So a rerun
// neither repeats nor skips a change, and a rerun after success does nothing.
import type { GepiClient } from '../client/client.js';
import { isGepiError } from '../errors.js';
import type { LocalizedText } from '../errors.js';
import { RosterError, defaultRemovalLimit, pool, readHandlerList, verifyPlan } from './plan.js';
import type { HandlerState, HandlerSummary, RosterChange, RosterPlan } from './plan.js';
import type { ManagerSession } from './session.js';

export type RosterChangeStatus = 'applied' | 'already-done' | 'failed';

export interface RosterChangeResult {
  index: number;
  kind: RosterChange['kind'];
  line?: number;
  name: string;
  nationalIdMasked: string;
  serial: string;
  status: RosterChangeStatus;
  /** 收件編號 of an applied change (a retried request answers its first receipt). */
  receiptNumber?: string;
  /** Why a change failed: the API's code and words. */
  error?: { code: string; text: LocalizedText };
}

export interface RosterReport {
  planId: string;
  agency: { code: string; name: string };
  startedAt: string;
  finishedAt: string;
  counts: { applied: number; alreadyDone: number; failed: number; unchanged: number };
  results: RosterChangeResult[];
  /** The list after the run. */
  final: HandlerSummary[];
}

export type RosterApplyEvent =
  | { type: 'start'; total: number; pending: number }
  | { type: 'change'; result: RosterChangeResult; done: number; total: number }
  | { type: 'finish'; report: RosterReport };

export interface ApplyRosterSyncOptions {
  client: GepiClient;
  session: ManagerSession;
  plan: RosterPlan;
  /** Most handlers this run may remove; default 10 % of the list the plan saw, at least 1. */
  allowRemovals?: number;
  /** Requests in flight at once within a phase (removals, then updates, then additions). Default 4. */
  concurrency?: number;
  onEvent?: (event: RosterApplyEvent) => void;
  signal?: AbortSignal;
  clock?: () => Date;
}

/** Why a plan is stale: a handler missing, moved on, unknown to the plan, or unlike a change's result. */
export interface RosterConflict {
  handlerId?: number;
  index?: number;
  reason: 'missing' | 'moved-on' | 'unknown-handler' | 'different';
}

/** Carries out `plan`; refuses a stale or edited plan and one removing more than allowed. */
export async function applyRosterSync(options: ApplyRosterSyncOptions): Promise<RosterReport> {
  const { client, session, signal } = options;
  const clock = options.clock ?? (() => new Date());
  const plan = await verifyPlan(options.plan);
  const startedAt = clock().toISOString();
  if (plan.agency.code !== session.agency.code) {
    throw new RosterError({
      code: 'ROSTER_PLAN_AGENCY',
      text: {
        'zh-TW': `此計畫屬於機關 ${plan.agency.code}，目前登入的是 ${session.agency.code}。`,
        en: `This plan is for agency ${plan.agency.code}, but the session is for ${session.agency.code}.`,
      },
    });
  }
  const removals = plan.summary.remove;
  const limit = options.allowRemovals ?? defaultRemovalLimit(plan.basis.count);
  if (removals > limit) {
    throw new RosterError({
      code: 'ROSTER_REMOVALS_EXCEED',
      text: {
        'zh-TW': `計畫將刪除 ${removals} 位經辦人，超過上限 ${limit} 位；名冊是否不完整？確定時請加上 --allow-removals ${removals}。`,
        en: `The plan removes ${removals} handlers, more than the limit of ${limit}; is the roster truncated? If it is right, pass --allow-removals ${removals}.`,
      },
      details: { removals, limit },
    });
  }

  const current = await readHandlerList(client, session, signal);
  const { done, conflicts } = reconcile(plan, current);
  if (conflicts.length > 0) {
    throw new RosterError({
      code: 'ROSTER_PLAN_STALE',
      text: {
        'zh-TW': '經辦人清單在產生計畫後已被變更，未執行任何異動；請重新產生計畫。',
        en: 'The handler list has changed since the plan was made; nothing was applied. Make a new plan.',
      },
      details: { conflicts },
    });
  }

  const results: RosterChangeResult[] = [];
  const total = plan.changes.length;
  options.onEvent?.({ type: 'start', total, pending: total - done.size });
  const record = (result: RosterChangeResult) => {
    results.push(result);
    options.onEvent?.({ type: 'change', result, done: results.length, total });
  };
  for (const change of plan.changes) if (done.has(change.index)) record(resultOf(change, 'already-done'));

  const call = (key: string) => session.options({ idempotencyKey: key, ...(signal ? { signal } : {}) });
  for (const kind of ['remove', 'update', 'add'] as const) {
    const todo = plan.changes.filter((c) => c.kind === kind && !done.has(c.index));
    await pool(todo, options.concurrency ?? 4, async (change) => {
      signal?.throwIfAborted();
      try {
        const { receipt } =
          change.kind === 'remove'
            ? await client.deleteHandler(change.handlerId, call(change.key))
            : change.kind === 'update'
              ? await client.updateHandler(
                  change.handlerId,
                  { ...body(change.after), version: change.version },
                  call(change.key),
                )
              : await client.createHandler(body(change.after), call(change.key));
        record({ ...resultOf(change, 'applied'), receiptNumber: receipt.number });
      } catch (error) {
        if (signal?.aborted) throw error;
        record({
          ...resultOf(change, 'failed'),
          error: isGepiError(error)
            ? { code: error.code, text: error.text }
            : { code: 'UNKNOWN', text: { 'zh-TW': String(error), en: String(error) } },
        });
      }
    });
  }

  results.sort((a, b) => a.index - b.index);
  const final = await readHandlerList(client, session, signal);
  const count = (status: RosterChangeStatus) => results.filter((r) => r.status === status).length;
  const report: RosterReport = {
    planId: plan.id,
    agency: plan.agency,
    startedAt,
    finishedAt: clock().toISOString(),
    counts: {
      applied: count('applied'),
      alreadyDone: count('already-done'),
      failed: count('failed'),
      unchanged: plan.unchanged.length,
    },
    results,
    final,
  };
  options.onEvent?.({ type: 'finish', report });
  return report;
}

function body(after: HandlerState & { nationalId: string }) {
  return {
    name: after.name,
    nationalId: after.nationalId,
    serial: after.serial,
    permissions: after.permissions,
  };
}

function resultOf(change: RosterChange, status: RosterChangeStatus): RosterChangeResult {
  const shown = change.kind === 'remove' ? change.before : change.after;
  return {
    index: change.index,
    kind: change.kind,
    ...(change.kind === 'remove' ? {} : { line: change.line }),
    name: shown.name,
    nationalIdMasked: shown.nationalIdMasked,
    serial: shown.serial,
    status,
  };
}

function sameState(h: HandlerSummary, s: HandlerState): boolean {
  return (
    h.name === s.name &&
    h.nationalIdMasked === s.nationalIdMasked &&
    h.serial === s.serial &&
    [...h.permissions].sort().join(',') === [...s.permissions].sort().join(',')
  );
}

/**
 * Which changes are already in effect, and whether the list is anything other than the plan's
 * starting point with some of its changes done.
 */
export function reconcile(
  plan: RosterPlan,
  current: readonly HandlerSummary[],
): { done: Set<number>; conflicts: RosterConflict[] } {
  const done = new Set<number>();
  const conflicts: RosterConflict[] = [];
  const byId = new Map(current.map((h) => [h.id, h]));
  const explained = new Set<number>();
  for (const u of plan.unchanged) {
    const h = byId.get(u.handlerId);
    explained.add(u.handlerId);
    if (!h) conflicts.push({ handlerId: u.handlerId, reason: 'missing' });
    else if (h.version !== u.version) conflicts.push({ handlerId: u.handlerId, reason: 'moved-on' });
  }
  const bySerial = new Map(current.map((h) => [h.serial, h]));
  for (const change of plan.changes) {
    if (change.kind === 'add') {
      const h = bySerial.get(change.after.serial);
      if (!h) continue;
      explained.add(h.id);
      if (sameState(h, change.after) && h.version === 1) done.add(change.index);
      else conflicts.push({ index: change.index, handlerId: h.id, reason: 'different' });
      continue;
    }
    explained.add(change.handlerId);
    const h = byId.get(change.handlerId);
    if (change.kind === 'remove') {
      if (!h) done.add(change.index);
      else if (h.version !== change.version)
        conflicts.push({ index: change.index, handlerId: h.id, reason: 'moved-on' });
      continue;
    }
    if (!h) conflicts.push({ index: change.index, handlerId: change.handlerId, reason: 'missing' });
    else if (h.version === change.version) continue;
    else if (h.version === change.version + 1 && sameState(h, change.after)) done.add(change.index);
    else conflicts.push({ index: change.index, handlerId: h.id, reason: 'moved-on' });
  }
  for (const h of current)
    if (!explained.has(h.id)) conflicts.push({ handlerId: h.id, reason: 'unknown-handler' });
  return { done, conflicts };
}
