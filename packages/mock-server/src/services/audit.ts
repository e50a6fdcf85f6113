// Building audit entries: who (the serials of the cards in the session, or the reviewer), what,
// and the change itself with national IDs masked. PINs never reach the server, so they cannot
// reach the log; full national IDs are masked here, at the one place entries are made.
import { maskNationalId } from '@gepi/sdk';
import type { ApiContext } from '../context.js';
import type { AuditActor, AuditInput, HandlerRecord, SessionRecord } from '../store/types.js';

export function cardsActor(session: SessionRecord): AuditActor {
  return {
    kind: 'cards',
    orgSerial: session.org?.serial ?? null,
    citizenSerial: session.citizen?.serial ?? null,
  };
}

export const REVIEWER: AuditActor = { kind: 'reviewer', orgSerial: null, citizenSerial: null };
export const SYSTEM: AuditActor = { kind: 'system', orgSerial: null, citizenSerial: null };

export function auditEntry(
  ctx: ApiContext,
  fields: {
    action: string;
    agencyCode: string | null;
    actor: AuditActor;
    target?: string | null;
    changes?: Record<string, unknown>;
    requestId: string | null;
  },
): AuditInput {
  return {
    at: ctx.clock().toISOString(),
    action: fields.action,
    agencyCode: fields.agencyCode,
    actor: fields.actor,
    target: fields.target ?? null,
    changes: fields.changes ?? {},
    requestId: fields.requestId,
  };
}

/** What the log keeps of a handler: everything but the full national ID. */
export function handlerForAudit(h: Pick<HandlerRecord, 'serial' | 'name' | 'nationalId' | 'permissions'>) {
  return {
    serial: h.serial,
    name: h.name,
    nationalIdMasked: maskNationalId(h.nationalId),
    permissions: [...h.permissions],
  };
}

/** Field-by-field difference of two handlers, masked, for an update entry. */
export function handlerDiff(
  before: Pick<HandlerRecord, 'serial' | 'name' | 'nationalId' | 'permissions'>,
  after: Pick<HandlerRecord, 'serial' | 'name' | 'nationalId' | 'permissions'>,
): Record<string, { from: unknown; to: unknown }> {
  const a = handlerForAudit(before);
  const b = handlerForAudit(after);
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(a) as (keyof typeof a)[]) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) diff[key] = { from: a[key], to: b[key] };
  }
  // A corrected national ID can keep the same mask; record that it changed all the same.
  if (before.nationalId !== after.nationalId && !diff.nationalIdMasked) {
    diff.nationalIdMasked = { from: a.nationalIdMasked, to: b.nationalIdMasked };
  }
  return diff;
}
