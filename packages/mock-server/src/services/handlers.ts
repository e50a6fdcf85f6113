// Handlers (授權經辦人) of the session's agency: list, read, add, change, delete, and the read-only
// authorized list with its CSV export. Every call works on the session's agency only: ids of
// another agency's handlers are simply not found, so neither their existence nor their data leak.
// Writes also re-check, inside the store transaction, that both session cards are still the
// registered ones.
import { formatRocDate, formatRocDateTime, maskNationalId } from '@gepi/sdk';
import { messages } from '@gepi/sdk/api';
import type * as z from 'zod';
import type { CardHealth, handlerDetailSchema, handlerSummarySchema } from '@gepi/sdk/api';
import type { ApiContext } from '../context.js';
import { ProblemError } from '../http/problem.js';
import type {
  HandlerInputRecord,
  HandlerRecord,
  ManagerActor,
  ReceiptRecord,
  RegistrationRecord,
  SessionRecord,
} from '../store/types.js';
import { auditEntry, cardsActor, handlerDiff, handlerForAudit } from './audit.js';
import { handlersHealth, newPermissionsOf, registeredCardsHealth } from './card-health.js';
import { normalSerial } from './cards.js';
import { handlerReceiptView, rethrowConflict } from './registration.js';
import { requireRegisteredManager } from './sessions.js';

type Summary = z.infer<typeof handlerSummarySchema>;

/** A handler as lists show it: masked ID, its card's state, and the new functions it lacks. */
export function summaryOf(ctx: ApiContext, h: HandlerRecord, card: CardHealth): Summary {
  return {
    id: h.id,
    name: h.name,
    nationalIdMasked: maskNationalId(h.nationalId),
    serial: h.serial,
    permissions: [...h.permissions],
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    version: h.version,
    card,
    newPermissions: newPermissionsOf(ctx, h),
  };
}

function summariesOf(ctx: ApiContext, handlers: readonly HandlerRecord[]): Summary[] {
  const health = handlersHealth(ctx, handlers, ctx.clock());
  return handlers.map((h) => summaryOf(ctx, h, health.get(h.id)!));
}

export function detailOf(ctx: ApiContext, h: HandlerRecord): z.infer<typeof handlerDetailSchema> {
  return { ...summariesOf(ctx, [h])[0]!, nationalId: h.nationalId };
}

/**
 * 讀取憑證's certificate, when the form sends it: verified as a sign-in's would be (chain, dates,
 * CRL), a citizen card, and the serial typed; then recorded, so the list knows the card's expiry.
 */
async function recordReadCertificate(
  ctx: ApiContext,
  serial: string,
  certificate: string | undefined,
): Promise<void> {
  if (certificate === undefined) return;
  const now = ctx.clock();
  const verified = await ctx.verifier.verifyCertificateBase64(certificate, now);
  const info = verified.info;
  if (info.kind !== 'citizen') {
    throw new ProblemError('CERT_WRONG_KIND', {
      field: 'certificate',
      details: { expected: 'citizen', actual: info.kind },
    });
  }
  if (normalSerial(info.serial) !== normalSerial(serial)) {
    throw new ProblemError('CERT_SERIAL_MISMATCH', { field: 'serial' });
  }
  ctx.store.recordCertificate(
    {
      ca: info.ca,
      serial: normalSerial(info.serial),
      kind: 'citizen',
      subjectDn: info.subjectDn,
      notBefore: info.notBefore.toISOString(),
      notAfter: info.notAfter.toISOString(),
      source: 'card-read',
    },
    now.toISOString(),
  );
}

function actorOf(session: SessionRecord): ManagerActor {
  return {
    agencyCode: session.agencyCode!,
    orgSerial: session.org!.serial,
    managerSerial: session.citizen!.serial,
  };
}

/** Known leaf permissions, deduplicated, in catalog order; PERMISSION_UNKNOWN / _REQUIRED otherwise. */
export function checkPermissions(ctx: ApiContext, requested: string[]): string[] {
  const unknown = requested.filter((p) => !ctx.permissions.leaves.has(p));
  if (unknown.length > 0)
    throw new ProblemError('PERMISSION_UNKNOWN', { field: 'permissions', details: { unknown } });
  const wanted = new Set(requested);
  const ordered = [...ctx.permissions.leaves.keys()].filter((id) => wanted.has(id));
  if (ordered.length === 0) throw new ProblemError('PERMISSION_REQUIRED', { field: 'permissions' });
  return ordered;
}

export interface PageRequest {
  page?: number | undefined;
  pageSize?: number | undefined;
  q?: string | undefined;
}

export function pageOf(request: PageRequest) {
  const pageSize = request.pageSize ?? 10;
  const page = request.page ?? 1;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

export function pageInfo(total: number, page: number, pageSize: number, shown: number) {
  const from = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  return { total, page, pageSize, from, to: shown === 0 ? 0 : from + shown - 1 };
}

export function listHandlers(ctx: ApiContext, session: SessionRecord, request: PageRequest) {
  const registration = requireRegisteredManager(ctx, session);
  const agency = ctx.store.getAgency(registration.agencyCode)!;
  const { page, pageSize, offset } = pageOf(request);
  const result = ctx.store.listHandlers(agency.code, { q: request.q, offset, limit: pageSize });
  return {
    agency: { code: agency.code, name: agency.name },
    managerName: registration.contact.name,
    registeredCards: registeredCardsHealth(ctx, registration, ctx.clock()),
    items: summariesOf(ctx, result.items),
    ...pageInfo(result.total, page, pageSize, result.items.length),
  };
}

export function getHandler(ctx: ApiContext, session: SessionRecord, id: number) {
  const registration = requireRegisteredManager(ctx, session);
  const handler = ctx.store.getHandler(registration.agencyCode, id);
  if (!handler) throw new ProblemError('HANDLER_NOT_FOUND');
  return detailOf(ctx, handler);
}

/** The agency's manager is never one of its handlers (HANDLER_IS_MANAGER): by card, or by person. */
function refuseManager(registration: RegistrationRecord, input: HandlerInputRecord): void {
  if (input.serial === registration.manager.serial) {
    throw new ProblemError('HANDLER_IS_MANAGER', { field: 'serial' });
  }
  if (input.nationalId === registration.manager.nationalId) {
    throw new ProblemError('HANDLER_IS_MANAGER', { field: 'nationalId' });
  }
}

type HandlerBody = HandlerInputRecord & { certificate?: string | undefined };

export async function createHandler(
  ctx: ApiContext,
  session: SessionRecord,
  input: HandlerBody,
  requestId: string,
) {
  refuseManager(requireRegisteredManager(ctx, session), input);
  const record = {
    serial: input.serial,
    name: input.name,
    nationalId: input.nationalId,
    permissions: checkPermissions(ctx, input.permissions),
  };
  await recordReadCertificate(ctx, input.serial, input.certificate);
  const actor = actorOf(session);
  let created: { handler: HandlerRecord; receipt: ReceiptRecord };
  try {
    created = ctx.store.createHandler(
      actor,
      record,
      ctx.clock().toISOString(),
      auditEntry(ctx, {
        action: 'handler.created',
        agencyCode: actor.agencyCode,
        actor: cardsActor(session),
        changes: handlerForAudit(record),
        requestId,
      }),
    );
  } catch (error) {
    rethrowConflict(error);
  }
  return {
    handler: detailOf(ctx, created.handler),
    receipt: handlerReceiptView(ctx, created.receipt),
    message: { ...messages.HANDLER_CREATED },
  };
}

export async function updateHandler(
  ctx: ApiContext,
  session: SessionRecord,
  id: number,
  input: HandlerBody & { version?: number | undefined },
  requestId: string,
) {
  refuseManager(requireRegisteredManager(ctx, session), input);
  const record = {
    serial: input.serial,
    name: input.name,
    nationalId: input.nationalId,
    permissions: checkPermissions(ctx, input.permissions),
  };
  await recordReadCertificate(ctx, input.serial, input.certificate);
  const actor = actorOf(session);
  const current = ctx.store.getHandler(actor.agencyCode, id);
  if (!current) throw new ProblemError('HANDLER_NOT_FOUND');
  let updated: { after: HandlerRecord; receipt: ReceiptRecord };
  try {
    updated = ctx.store.updateHandler(
      actor,
      id,
      record,
      input.version,
      ctx.clock().toISOString(),
      auditEntry(ctx, {
        action: 'handler.updated',
        agencyCode: actor.agencyCode,
        actor: cardsActor(session),
        target: `handler:${id}`,
        changes: handlerDiff(current, record),
        requestId,
      }),
    );
  } catch (error) {
    rethrowConflict(error);
  }
  return {
    handler: detailOf(ctx, updated.after),
    receipt: handlerReceiptView(ctx, updated.receipt),
    message: { ...messages.HANDLER_UPDATED },
  };
}

export function deleteHandler(ctx: ApiContext, session: SessionRecord, id: number, requestId: string) {
  requireRegisteredManager(ctx, session);
  const actor = actorOf(session);
  const current = ctx.store.getHandler(actor.agencyCode, id);
  if (!current) throw new ProblemError('HANDLER_NOT_FOUND');
  let deleted: { receipt: ReceiptRecord };
  try {
    deleted = ctx.store.deleteHandler(
      actor,
      id,
      auditEntry(ctx, {
        action: 'handler.deleted',
        agencyCode: actor.agencyCode,
        actor: cardsActor(session),
        target: `handler:${id}`,
        changes: handlerForAudit(current),
        requestId,
      }),
    );
  } catch (error) {
    rethrowConflict(error);
  }
  return {
    id,
    receipt: handlerReceiptView(ctx, deleted.receipt),
    message: { ...messages.HANDLER_DELETED },
  };
}

function permissionLabels(ctx: ApiContext, ids: string[]): string[] {
  return ids.map((id) => ctx.permissions.leaves.get(id) ?? id);
}

export function authorizedList(ctx: ApiContext, session: SessionRecord, request: PageRequest) {
  const list = listHandlers(ctx, session, request);
  return {
    ...list,
    items: list.items.map((h) => ({
      ...h,
      permissionLabels: permissionLabels(ctx, h.permissions),
      newPermissionLabels: permissionLabels(ctx, h.newPermissions),
    })),
  };
}

// A cell that starts like a formula would run as one in a spreadsheet: quote it as text.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CARD_STATE_TEXT: Record<CardHealth['state'], string> = {
  valid: '有效',
  expiring: '即將到期',
  expired: '已到期',
  revoked: '已廢止',
  unknown: '不明',
};

/**
 * The authorized list as CSV with a BOM (Excel then reads the Chinese correctly); IDs masked. The
 * whole list (the search applied), not a page. The first five columns are the ones the roster
 * import reads; then each card's state and expiry (ROC), the new functions the handler lacks, and
 * on every row the agency's name and the export time in ROC form, so a printout or a copied row
 * still says whose list it is and when it was taken.
 */
export function authorizedCsv(ctx: ApiContext, session: SessionRecord, q: string | undefined): string {
  const registration = requireRegisteredManager(ctx, session);
  const agency = ctx.store.getAgency(registration.agencyCode)!;
  const now = ctx.clock();
  const exportedAt = formatRocDateTime(now);
  const lines = [
    [
      '序號',
      '姓名',
      '身分證統一編號',
      '憑證序號',
      '權限',
      '憑證狀態',
      '憑證到期日',
      '未具新增功能',
      '機關名稱',
      '匯出時間',
    ].join(','),
  ];
  const pageSize = 1000;
  let row = 0;
  for (let offset = 0; ; offset += pageSize) {
    const { items } = ctx.store.listHandlers(registration.agencyCode, { q, offset, limit: pageSize });
    const health = handlersHealth(ctx, items, now);
    for (const h of items) {
      row++;
      const card = health.get(h.id)!;
      lines.push(
        [
          String(row),
          h.name,
          maskNationalId(h.nationalId),
          h.serial,
          permissionLabels(ctx, h.permissions).join('、'),
          CARD_STATE_TEXT[card.state],
          card.notAfter ? formatRocDate(new Date(card.notAfter)) : '',
          permissionLabels(ctx, newPermissionsOf(ctx, h)).join('、'),
          agency.name,
          exportedAt,
        ]
          .map(csvCell)
          .join(','),
      );
    }
    if (items.length < pageSize) break;
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
