// First registration (with the OID-mismatch review branch), the three certificate swaps, and the
// reviewers' decisions. The rules re-run at the moment of writing, not only at sign-in: time
// passes between the card steps and the confirm button, and another browser may have acted.
import { formatRocDateTime, maskNationalId, taipeiDateParts } from '@gepi/sdk';
import { messages, receiptItems, retryFromText, reviewStatuses } from '@gepi/sdk/api';
import type * as z from 'zod';
import type { applicationSchema, handlerReceiptSchema, receiptSchema, reviewSchema } from '@gepi/sdk/api';
import type { ApiContext } from '../context.js';
import { ProblemError } from '../http/problem.js';
import type { Contact, ReceiptRecord, ReviewRecord, SessionRecord } from '../store/types.js';
import { StoreConflictError } from '../store/types.js';
import { REVIEWER, auditEntry, cardsActor } from './audit.js';
import { sameCard, sameCitizenCard } from './cards.js';
import { firstRegistrationState } from './sign-in.js';
import { requireComplete } from './sessions.js';

/** Why a pending review closed when the agency's matching card registered (shown to reviewers). */
export const SUPERSEDED_REASON = '機關已以與登錄資料相符之機關憑證完成首次註冊，本申請不再需要審核。';

export interface ContactBody {
  name: string;
  email: string;
  phone: string;
  extension?: string | undefined;
  remarks?: string | undefined;
}

function contactOf(body: ContactBody): Contact {
  return {
    name: body.name,
    email: body.email,
    phone: body.phone,
    extension: body.extension ?? '',
    remarks: body.remarks ?? '',
  };
}

/**
 * 收件編號 of a receipt: `GEPI-1151207-000042`, the ROC date of receipt (Taipei) and the receipt
 * row's id. The id is the table's AUTOINCREMENT key, inserted in the transaction of the change the
 * receipt records, so a number is unique, never reused, and exists only for a change that was written.
 */
export function receiptNumber(receipt: Pick<ReceiptRecord, 'id' | 'receivedAt'>): string {
  const p = taipeiDateParts(new Date(receipt.receivedAt));
  const day = `${p.year - 1911}${String(p.month).padStart(2, '0')}${String(p.day).padStart(2, '0')}`;
  return `GEPI-${day}-${String(receipt.id).padStart(6, '0')}`;
}

/**
 * A receipt as 收件紀錄 lists it, which anyone may ask for by agency code: what was done and when,
 * never which handler (a handler change's name and masked ID go only to the manager who made it,
 * `handlerReceiptView`).
 */
export function receiptView(ctx: ApiContext, receipt: ReceiptRecord): z.infer<typeof receiptSchema> {
  const agency = ctx.store.getAgency(receipt.agencyCode);
  return {
    id: receipt.id,
    number: receiptNumber(receipt),
    agencyCode: receipt.agencyCode,
    agencyName: agency?.name ?? '',
    receivedAt: receipt.receivedAt,
    receivedAtRoc: formatRocDateTime(new Date(receipt.receivedAt)),
    item: receipt.item,
    itemLabel: { ...receiptItems[receipt.item] },
  };
}

/** A handler change's receipt for the manager who made it: the receipt and which handler (masked ID). */
export function handlerReceiptView(
  ctx: ApiContext,
  receipt: ReceiptRecord,
): z.infer<typeof handlerReceiptSchema> {
  const view = receiptView(ctx, receipt);
  const { item, handler } = receipt;
  if (!handler || (item !== 'handler-created' && item !== 'handler-updated' && item !== 'handler-deleted')) {
    throw new Error(`receipt ${receipt.id} is not a handler change`);
  }
  return { ...view, item, handler: { ...handler } };
}

export function reviewView(ctx: ApiContext, review: ReviewRecord): z.infer<typeof reviewSchema> {
  const agency = ctx.store.getAgency(review.agencyCode);
  return {
    id: review.id,
    agencyCode: review.agencyCode,
    agencyName: agency?.name ?? '',
    applicantName: review.applicantName,
    phone: review.phone,
    orgIdOnFile: agency?.orgId ?? '',
    cardOrgId: review.card.orgId,
    cardSerial: review.card.serial,
    cardCa: review.card.ca,
    cardOrganizationName: review.card.organizationName,
    status: review.status,
    submittedAt: review.submittedAt,
    decidedAt: review.decidedAt,
    effectiveFrom: review.effectiveFrom,
    reason: review.reason,
  };
}

/** `2026-12-08` → `115年12月08日`. */
function rocDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${Number(year) - 1911}年${month}月${day}日`;
}

/**
 * An application as the agency that filed it sees it: its state (審核中 / 核准 / 未核准) and, unless
 * rejected, when it may register again by the bank's business-day calendar: the next business day
 * after the application while it waits (the manual: 送出申請後請於次一營業日再重新註冊), the one after
 * the approval once approved. A rejection carries the reviewer's reason. No phone number, no card
 * serial: the screen needs neither.
 */
export function applicationView(ctx: ApiContext, review: ReviewRecord): z.infer<typeof applicationSchema> {
  const retryFrom =
    review.status === 'pending'
      ? ctx.calendar.nextBusinessDay(new Date(review.submittedAt))
      : review.status === 'approved'
        ? (review.effectiveFrom ??
          ctx.calendar.nextBusinessDay(new Date(review.decidedAt ?? review.submittedAt)))
        : null;
  return {
    id: review.id,
    agencyCode: review.agencyCode,
    applicantName: review.applicantName,
    cardOrganizationName: review.card.organizationName,
    cardOrgId: review.card.orgId,
    submittedAt: review.submittedAt,
    submittedAtRoc: formatRocDateTime(new Date(review.submittedAt)),
    status: review.status,
    statusLabel: { ...reviewStatuses[review.status] },
    decidedAt: review.decidedAt,
    decidedAtRoc: review.decidedAt === null ? null : formatRocDateTime(new Date(review.decidedAt)),
    retryFrom,
    retryFromText: retryFrom === null ? null : retryFromText(rocDay(retryFrom), retryFrom),
    reason: review.status === 'rejected' ? review.reason : null,
  };
}

/** Maps a store conflict to its problem; other errors pass through untouched. */
export function rethrowConflict(error: unknown): never {
  if (error instanceof StoreConflictError) {
    // A registration that changed under a swap means the session's cards are no longer the ones
    // on file; every other conflict has a problem code of the same name.
    throw new ProblemError(
      error.conflict === 'REGISTRATION_CHANGED' ? 'NOT_REGISTERED_MANAGER' : error.conflict,
    );
  }
  throw error;
}

export function submitReview(
  ctx: ApiContext,
  session: { tokenHash: string; record: SessionRecord },
  body: { applicantName: string; phone: string },
  requestId: string,
) {
  const record = session.record;
  if (!record.agencyCode || !record.org?.reviewRequired) throw new ProblemError('SESSION_PURPOSE_MISMATCH');
  if (record.reviewSubmitted) throw new ProblemError('REVIEW_PENDING');
  const now = ctx.clock().toISOString();
  let review: ReviewRecord;
  try {
    review = ctx.store.createReview(
      {
        agencyCode: record.agencyCode,
        applicantName: body.applicantName,
        phone: body.phone,
        card: {
          serial: record.org.serial,
          ca: record.org.ca,
          orgId: record.org.orgId,
          organizationName: record.org.organizationName,
        },
        status: 'pending',
        submittedAt: now,
        decidedAt: null,
        effectiveFrom: null,
        reason: null,
      },
      auditEntry(ctx, {
        action: 'review.submitted',
        agencyCode: record.agencyCode,
        actor: cardsActor(record),
        changes: { applicantName: body.applicantName, phone: body.phone, cardOrgId: record.org.orgId },
        requestId,
      }),
    );
  } catch (error) {
    rethrowConflict(error);
  }
  ctx.store.markReviewSubmitted(session.tokenHash);
  return {
    review: { id: review.id, status: review.status, submittedAt: review.submittedAt },
    message: { ...messages.REVIEW_SUBMITTED },
  };
}

/** Closes a pending review that a matching card's registration made moot (rejected, with the reason). */
function closeSupersededReview(
  ctx: ApiContext,
  record: SessionRecord,
  review: ReviewRecord,
  registeringOrgId: string,
  now: string,
  requestId: string,
): void {
  try {
    ctx.store.decideReview(
      review.id,
      { status: 'rejected', at: now, effectiveFrom: null, reason: SUPERSEDED_REASON },
      auditEntry(ctx, {
        action: 'review.superseded',
        agencyCode: review.agencyCode,
        actor: cardsActor(record),
        target: `review:${review.id}`,
        changes: {
          status: 'rejected',
          reason: SUPERSEDED_REASON,
          reviewCardOrgId: review.card.orgId,
          registeringCardOrgId: registeringOrgId,
        },
        requestId,
      }),
    );
  } catch (error) {
    // Decided meanwhile by a reviewer: nothing left to close.
    if (!(error instanceof StoreConflictError)) throw error;
  }
}

export function register(
  ctx: ApiContext,
  session: { tokenHash: string; record: SessionRecord },
  body: ContactBody,
  requestId: string,
) {
  const { agencyCode, org, citizen } = requireComplete(session.record);
  const now = ctx.clock().toISOString();
  const contact = contactOf(body);
  let result;
  try {
    // One transaction: the review rules are applied again (a review may have been filed or
    // decided since sign-in) with the write they guard. The database answers first whether the
    // agency is already registered (its one-per-agency constraint: ALREADY_REGISTERED, whichever
    // request or process wrote first); a review rule that refuses then rolls the write back.
    result = ctx.store.transaction(() => {
      const state = firstRegistrationState(ctx, agencyCode, org);
      const written = ctx.store.register(
        {
          agencyCode,
          org: {
            serial: org.serial,
            ca: org.ca,
            orgId: org.orgId,
            subjectDn: org.subjectDn,
            notAfter: org.notAfter,
          },
          manager: {
            serial: citizen.serial,
            nationalId: citizen.nationalId,
            certName: citizen.name,
            subjectDn: citizen.subjectDn,
            notAfter: citizen.notAfter,
          },
          contact,
          registeredAt: now,
        },
        {
          ...(state.newOrgIdOnFile !== undefined ? { orgIdOnFile: state.newOrgIdOnFile } : {}),
          audit: auditEntry(ctx, {
            action: 'registration.created',
            agencyCode,
            actor: cardsActor(session.record),
            target: `agency:${agencyCode}`,
            changes: {
              orgSerial: org.serial,
              orgId: org.orgId,
              managerSerial: citizen.serial,
              managerNationalIdMasked: maskNationalId(citizen.nationalId),
              contact,
              ...(state.newOrgIdOnFile !== undefined
                ? { orgIdOnFile: { from: state.agency.orgId, to: org.orgId } }
                : {}),
            },
            requestId,
          }),
        },
      );
      if (state.reviewPending) throw new ProblemError('REVIEW_PENDING');
      if (state.reviewRequired) throw new ProblemError('REVIEW_REQUIRED');
      // A pending review of another card (a different OID) does not hold up the card that matches
      // the agency on file; the registration closes it in the same transaction, so the reviewers
      // see why it no longer waits.
      if (state.supersedes)
        closeSupersededReview(ctx, session.record, state.supersedes, org.orgId, now, requestId);
      return written;
    });
  } catch (error) {
    rethrowConflict(error);
  }
  // One registration per session: the next function starts from the cards again, as in the manual.
  ctx.store.deleteSession(session.tokenHash);
  return {
    agencyCode,
    registeredAt: result.registration.registeredAt,
    receipt: receiptView(ctx, result.receipt),
    message: { ...messages.REGISTERED },
  };
}

const SWAP_MESSAGES = {
  'swap-org': messages.SWAPPED_ORG,
  'swap-manager': messages.SWAPPED_MANAGER,
  'swap-both': messages.SWAPPED_BOTH,
} as const;

export function swap(
  ctx: ApiContext,
  session: { tokenHash: string; record: SessionRecord },
  item: 'swap-org' | 'swap-manager' | 'swap-both',
  body: ContactBody,
  requestId: string,
) {
  const { agencyCode, org, citizen } = requireComplete(session.record);
  const registration = ctx.store.getRegistration(agencyCode);
  if (!registration) throw new ProblemError('AGENCY_NOT_REGISTERED');
  const agency = ctx.store.getAgency(agencyCode);
  const swapsOrg = item !== 'swap-manager';
  const swapsManager = item !== 'swap-org';
  // Cards are matched by issuer and serial; citizen cards all come from MOICA.
  const citizenCard = { ca: 'MOICA' as const, serial: citizen.serial };
  // The card that is not swapped must still be the registered one; the swapped one must be new.
  if (swapsOrg) {
    if (agency && org.orgId !== agency.orgId) throw new ProblemError('AGENCY_MISMATCH');
    if (sameCard(org, registration.org)) throw new ProblemError('CARD_UNCHANGED');
  } else if (!sameCard(org, registration.org)) {
    throw new ProblemError('ORG_CARD_NOT_REGISTERED');
  }
  if (swapsManager) {
    if (sameCitizenCard(citizenCard, registration.manager)) throw new ProblemError('CARD_UNCHANGED');
  } else if (!sameCitizenCard(citizenCard, registration.manager)) {
    throw new ProblemError('NOT_REGISTERED_MANAGER');
  }
  const now = ctx.clock().toISOString();
  const newOrg = swapsOrg
    ? { serial: org.serial, ca: org.ca, orgId: org.orgId, subjectDn: org.subjectDn, notAfter: org.notAfter }
    : registration.org;
  const newManager = swapsManager
    ? {
        serial: citizen.serial,
        nationalId: citizen.nationalId,
        certName: citizen.name,
        subjectDn: citizen.subjectDn,
        notAfter: citizen.notAfter,
      }
    : registration.manager;
  const contact = contactOf(body);
  let result;
  try {
    result = ctx.store.swap(
      {
        agencyCode,
        item,
        expected: {
          orgSerial: registration.org.serial,
          managerSerial: registration.manager.serial,
          version: registration.version,
        },
        org: newOrg,
        manager: newManager,
        contact,
        at: now,
      },
      auditEntry(ctx, {
        action: `swap.${item.slice('swap-'.length)}`,
        agencyCode,
        actor: cardsActor(session.record),
        target: `agency:${agencyCode}`,
        changes: {
          ...(swapsOrg ? { orgSerial: { from: registration.org.serial, to: newOrg.serial } } : {}),
          ...(swapsManager
            ? {
                managerSerial: { from: registration.manager.serial, to: newManager.serial },
                managerNationalIdMasked: {
                  from: maskNationalId(registration.manager.nationalId),
                  to: maskNationalId(newManager.nationalId),
                },
              }
            : {}),
          contact,
        },
        requestId,
      }),
    );
  } catch (error) {
    rethrowConflict(error);
  }
  ctx.store.deleteSession(session.tokenHash);
  return {
    agencyCode,
    swappedAt: now,
    receipt: receiptView(ctx, result.receipt),
    message: { ...SWAP_MESSAGES[item] },
  };
}

export function decideReview(
  ctx: ApiContext,
  id: number,
  decision: 'approved' | 'rejected',
  reason: string | undefined,
  requestId: string,
) {
  const now = ctx.clock();
  const effectiveFrom = decision === 'approved' ? ctx.calendar.nextBusinessDay(now) : null;
  let review: ReviewRecord;
  try {
    review = ctx.store.decideReview(
      id,
      {
        status: decision,
        at: now.toISOString(),
        effectiveFrom,
        reason: reason === undefined || reason === '' ? null : reason,
      },
      auditEntry(ctx, {
        action: decision === 'approved' ? 'review.approved' : 'review.rejected',
        agencyCode: null,
        actor: REVIEWER,
        target: `review:${id}`,
        changes: { status: decision, effectiveFrom, ...(reason ? { reason } : {}) },
        requestId,
      }),
    );
  } catch (error) {
    rethrowConflict(error);
  }
  return { review: reviewView(ctx, review) };
}
