// 權限範本 (permission templates): named sets of functions a manager saves and applies to handlers.
// Stored per agency; every call works on the session's agency only, so another agency's templates
// are simply not found (neither their names nor their existence leak). A template holds catalog
// leaves only, checked like a handler's permissions; applying one is the form's business (the
// handler is saved with the functions it then shows), so a template never changes a handler.
import { messages } from '@gepi/sdk/api';
import type { ApiContext } from '../context.js';
import { ProblemError } from '../http/problem.js';
import { StoreConflictError } from '../store/types.js';
import type {
  ManagerActor,
  PermissionTemplateRecord,
  SessionRecord,
  TemplateInputRecord,
} from '../store/types.js';
import { auditEntry, cardsActor } from './audit.js';
import { checkPermissions } from './handlers.js';
import { rethrowConflict } from './registration.js';
import { requireRegisteredManager } from './sessions.js';

/** rethrowConflict(), naming the field of a duplicate name. */
function rethrow(error: unknown): never {
  if (error instanceof StoreConflictError && error.conflict === 'TEMPLATE_DUPLICATE_NAME') {
    throw new ProblemError('TEMPLATE_DUPLICATE_NAME', { field: 'name' });
  }
  rethrowConflict(error);
}

function actorOf(session: SessionRecord): ManagerActor {
  return {
    agencyCode: session.agencyCode!,
    orgSerial: session.org!.serial,
    managerSerial: session.citizen!.serial,
  };
}

export function templateOf(t: PermissionTemplateRecord) {
  return {
    id: t.id,
    name: t.name,
    permissions: [...t.permissions],
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    version: t.version,
  };
}

export function listTemplates(ctx: ApiContext, session: SessionRecord) {
  const registration = requireRegisteredManager(ctx, session);
  return { items: ctx.store.listTemplates(registration.agencyCode).map(templateOf) };
}

export function createTemplate(
  ctx: ApiContext,
  session: SessionRecord,
  input: TemplateInputRecord,
  requestId: string,
) {
  requireRegisteredManager(ctx, session);
  const record = { name: input.name, permissions: checkPermissions(ctx, input.permissions) };
  const actor = actorOf(session);
  let saved: PermissionTemplateRecord;
  try {
    saved = ctx.store.createTemplate(
      actor,
      record,
      ctx.clock().toISOString(),
      auditEntry(ctx, {
        action: 'template.created',
        agencyCode: actor.agencyCode,
        actor: cardsActor(session),
        changes: { ...record },
        requestId,
      }),
    );
  } catch (error) {
    rethrow(error);
  }
  return { template: templateOf(saved), message: { ...messages.TEMPLATE_SAVED } };
}

export function updateTemplate(
  ctx: ApiContext,
  session: SessionRecord,
  id: number,
  input: TemplateInputRecord & { version?: number | undefined },
  requestId: string,
) {
  requireRegisteredManager(ctx, session);
  const record = { name: input.name, permissions: checkPermissions(ctx, input.permissions) };
  const actor = actorOf(session);
  const current = ctx.store.getTemplate(actor.agencyCode, id);
  if (!current) throw new ProblemError('TEMPLATE_NOT_FOUND');
  let saved: PermissionTemplateRecord;
  try {
    saved = ctx.store.updateTemplate(
      actor,
      id,
      record,
      input.version,
      ctx.clock().toISOString(),
      auditEntry(ctx, {
        action: 'template.updated',
        agencyCode: actor.agencyCode,
        actor: cardsActor(session),
        target: `template:${id}`,
        changes: { from: { name: current.name, permissions: current.permissions }, to: record },
        requestId,
      }),
    );
  } catch (error) {
    rethrow(error);
  }
  return { template: templateOf(saved), message: { ...messages.TEMPLATE_SAVED } };
}

export function deleteTemplate(ctx: ApiContext, session: SessionRecord, id: number, requestId: string) {
  requireRegisteredManager(ctx, session);
  const actor = actorOf(session);
  const current = ctx.store.getTemplate(actor.agencyCode, id);
  if (!current) throw new ProblemError('TEMPLATE_NOT_FOUND');
  try {
    ctx.store.deleteTemplate(
      actor,
      id,
      auditEntry(ctx, {
        action: 'template.deleted',
        agencyCode: actor.agencyCode,
        actor: cardsActor(session),
        target: `template:${id}`,
        changes: { name: current.name, permissions: current.permissions },
        requestId,
      }),
    );
  } catch (error) {
    rethrowConflict(error);
  }
  return { id, message: { ...messages.TEMPLATE_DELETED } };
}
