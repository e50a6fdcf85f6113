// Card sessions: short-lived, server-side, bound to one purpose and (for org purposes) one agency.
// The org sign-in opens one; the citizen sign-in completes it; every manager operation resolves
// it from `Authorization: Bearer <token>` and checks purpose and steps. Only the SHA-256 of the
// token is stored. A session expires after `sessionIdleMs` unused and `sessionMaxMs` in all.
import { CARD_ROLE_LABEL, CA_PROFILES } from '@gepi/sdk/certs';
import { maskNationalId } from '@gepi/sdk';
import { messages } from '@gepi/sdk/api';
import type { SessionPurpose, SessionView } from '@gepi/sdk/api';
import type { ApiContext } from '../context.js';
import { ProblemError } from '../http/problem.js';
import type { AgencyRecord, RegistrationRecord, SessionRecord } from '../store/types.js';
import { randomToken, sha256Hex } from '../util/crypto.js';
import { sameCard, sameCitizenCard } from './cards.js';

export interface ActiveSession {
  tokenHash: string;
  record: SessionRecord;
  /** The expiry the request found, before its own use extended it. */
  foundExpiresAt: string;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

/** The bearer token of a request: undefined when there is no Authorization header. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  if (header === null) return undefined;
  const match = BEARER.exec(header.trim());
  if (!match?.[1]) throw new ProblemError('SESSION_INVALID');
  return match[1];
}

export async function openSession(
  ctx: ApiContext,
  init: Omit<SessionRecord, 'tokenHash' | 'createdAt' | 'expiresAt' | 'reviewSubmitted'>,
): Promise<{ token: string; session: SessionRecord }> {
  const token = randomToken(32);
  const now = ctx.clock();
  const session: SessionRecord = {
    ...init,
    tokenHash: await tokenHashOf(ctx, token),
    reviewSubmitted: false,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ctx.limits.sessionIdleMs).toISOString(),
  };
  ctx.store.createSession(session);
  return { token, session };
}

/** The later of "idle timeout from now" and nothing past the session's maximum age. */
export function extendedExpiry(ctx: ApiContext, session: SessionRecord, now: Date): string {
  const cap = Date.parse(session.createdAt) + ctx.limits.sessionMaxMs;
  return new Date(Math.min(now.getTime() + ctx.limits.sessionIdleMs, cap)).toISOString();
}

/** The latest a session can last: `sessionMaxMs` after it was opened, however it is used or extended. */
export function maxExpiry(ctx: ApiContext, session: SessionRecord): string {
  return new Date(Date.parse(session.createdAt) + ctx.limits.sessionMaxMs).toISOString();
}

/**
 * 延長 (POST /session/extend): the idle time starts again from now, never past the session's
 * maximum lifetime. The limit is that lifetime, not a count of extensions: the card signature that
 * opened the session authorizes `sessionMaxMs` at most, extended or not; after it the cards must
 * sign in again. SESSION_EXTENSION_LIMIT once the expiry already stood at that limit when asked
 * (nothing more to give), so that a client never believes it gained time it did not.
 */
export function extendSession(ctx: ApiContext, active: ActiveSession): SessionRecord {
  const { record, tokenHash } = active;
  const cap = maxExpiry(ctx, record);
  // As the session stood when asked (this request's own use may just have moved it to the limit).
  if (Date.parse(active.foundExpiresAt) >= Date.parse(cap)) {
    throw new ProblemError('SESSION_EXTENSION_LIMIT', { details: { maxExpiresAt: cap } });
  }
  record.expiresAt = extendedExpiry(ctx, record, ctx.clock());
  ctx.store.touchSession(tokenHash, record.expiresAt);
  return record;
}

/** The SHA-256 (hex) of a session token: what the store knows it by. */
export function tokenHashOf(ctx: ApiContext, token: string): Promise<string> {
  return sha256Hex(ctx.sha256, token);
}

/**
 * The session a request carries: SESSION_REQUIRED without a token, SESSION_INVALID for an unknown
 * one, SESSION_EXPIRED past its expiry (also once the expired session has been purged: the store
 * keeps a tombstone), SESSION_PURPOSE_MISMATCH when opened for another function.
 */
export async function resolveSession(
  ctx: ApiContext,
  request: Request,
  purposes: readonly SessionPurpose[] | undefined,
): Promise<ActiveSession> {
  const token = bearerToken(request);
  if (token === undefined) throw new ProblemError('SESSION_REQUIRED');
  const tokenHash = await tokenHashOf(ctx, token);
  const record = ctx.store.getSession(tokenHash);
  if (!record) {
    throw new ProblemError(ctx.store.sessionExpired(tokenHash) ? 'SESSION_EXPIRED' : 'SESSION_INVALID');
  }
  const now = ctx.clock();
  if (Date.parse(record.expiresAt) <= now.getTime()) {
    ctx.store.expireSession(tokenHash);
    throw new ProblemError('SESSION_EXPIRED');
  }
  if (purposes && !purposes.includes(record.purpose)) {
    throw new ProblemError('SESSION_PURPOSE_MISMATCH', { details: { purpose: record.purpose } });
  }
  const foundExpiresAt = record.expiresAt;
  // Extend only once a good part of the idle time has passed: a write per request is not needed.
  const remaining = Date.parse(record.expiresAt) - now.getTime();
  if (remaining < ctx.limits.sessionIdleMs / 2) {
    record.expiresAt = extendedExpiry(ctx, record, now);
    ctx.store.touchSession(tokenHash, record.expiresAt);
  }
  return { tokenHash, record, foundExpiresAt };
}

/** Both cards confirmed (and no review pending in the session): what manager operations need. */
export function requireComplete(session: SessionRecord): {
  agencyCode: string;
  org: NonNullable<SessionRecord['org']>;
  citizen: NonNullable<SessionRecord['citizen']>;
} {
  if (!session.agencyCode || !session.org || !session.citizen || session.org.reviewRequired) {
    throw new ProblemError('SESSION_INCOMPLETE');
  }
  return { agencyCode: session.agencyCode, org: session.org, citizen: session.citizen };
}

/** The registration the session's cards must still be: org card and manager card both registered. */
export function requireRegisteredManager(ctx: ApiContext, session: SessionRecord): RegistrationRecord {
  const { agencyCode, org, citizen } = requireComplete(session);
  const registration = ctx.store.getRegistration(agencyCode);
  if (!registration) throw new ProblemError('AGENCY_NOT_REGISTERED');
  if (!sameCard(org, registration.org)) throw new ProblemError('ORG_CARD_NOT_REGISTERED');
  if (!sameCitizenCard({ ca: 'MOICA', serial: citizen.serial }, registration.manager)) {
    throw new ProblemError('NOT_REGISTERED_MANAGER');
  }
  return registration;
}

export function nextStep(session: SessionRecord): SessionView['next'] {
  if (session.purpose === 'query-citizen-serial' || session.purpose === 'query-org-oid') return 'ready';
  if (session.org?.reviewRequired) return session.reviewSubmitted ? 'review-submitted' : 'review-application';
  if (!session.citizen) return 'citizen-sign-in';
  return 'ready';
}

const SWAPS: readonly SessionPurpose[] = ['swap-org', 'swap-manager', 'swap-both'];

export function sessionView(
  ctx: ApiContext,
  session: SessionRecord,
  token?: string,
  // What the caller has just read, so the sign-in path does not read it twice.
  known?: { agency: AgencyRecord | undefined; registration: RegistrationRecord | undefined },
): SessionView {
  const agency = known
    ? known.agency
    : session.agencyCode
      ? ctx.store.getAgency(session.agencyCode)
      : undefined;
  const registration = known
    ? known.registration
    : agency
      ? ctx.store.getRegistration(agency.code)
      : undefined;
  const next = nextStep(session);
  let contactOnFile: SessionView['contactOnFile'] = null;
  if (registration && SWAPS.includes(session.purpose)) {
    // The manager swap re-enters the contact unless the new card is the same person's (a renewal).
    const samePerson =
      session.purpose === 'swap-org' || session.citizen?.nationalId === registration.manager.nationalId;
    if (samePerson) contactOnFile = { ...registration.contact };
  }
  const view: SessionView = {
    purpose: session.purpose,
    expiresAt: session.expiresAt,
    maxExpiresAt: maxExpiry(ctx, session),
    agency: agency ? { code: agency.code, name: agency.name, region: agency.region } : null,
    org:
      session.org && agency
        ? {
            agencyCode: agency.code,
            agencyName: agency.name,
            organizationName: session.org.organizationName,
            orgId: session.org.orgId,
            serial: session.org.serial,
            cardNumber: session.org.cardNumber,
            subjectDn: session.org.subjectDn,
            notBefore: session.org.notBefore,
            notAfter: session.org.notAfter,
            ca: session.org.ca,
            caName: { ...CA_PROFILES[session.org.ca].displayName },
            cardType: { ...CARD_ROLE_LABEL[session.org.cardRole ?? 'primary'] },
          }
        : null,
    citizen: session.citizen
      ? {
          name: session.citizen.name,
          nationalIdMasked: maskNationalId(session.citizen.nationalId),
          serial: session.citizen.serial,
          cardNumber: session.citizen.cardNumber,
          subjectDn: session.citizen.subjectDn,
          notBefore: session.citizen.notBefore,
          notAfter: session.citizen.notAfter,
        }
      : null,
    next,
    managerName: registration?.contact.name ?? null,
    contactOnFile,
  };
  if (token !== undefined) view.token = token;
  if (next === 'review-application') view.message = { ...messages.REVIEW_REQUIRED };
  if (next === 'review-submitted') view.message = { ...messages.REVIEW_SUBMITTED };
  return view;
}
