// Challenges and card sign-in. A challenge is a 32-byte random nonce bound to the requesting
// origin and to what the sign-in is for (its purpose and agency code, given when the challenge is
// requested: a signature made for one function or agency cannot open another); a sign-in presents
// it back with the card's certificate and its signature over
// SHA-256(origin) || SHA-256(nonce). The nonce is taken (looked up and deleted) before anything
// else is checked, so every attempt costs the client a fresh challenge. Then the certificate is
// validated, the signature verified, and the registry rules of the session's purpose applied.
import { SIGN_IN_MESSAGE_LENGTH } from '@gepi/sdk/api';
import type { OrgPurpose, SessionPurpose, Sha256, WireSignatureAlgorithm } from '@gepi/sdk/api';
import type { CaKind, CitizenCertInfo, OrgCertInfo } from '@gepi/sdk/certs';
import type { ApiContext } from '../context.js';
import { ProblemError } from '../http/problem.js';
import type {
  AgencyRecord,
  CitizenSignIn,
  OrgSignIn,
  RegistrationRecord,
  ReviewRecord,
  SessionRecord,
} from '../store/types.js';
import { StoreConflictError } from '../store/types.js';
import { base64ToBytes, utf8 } from '../util/encoding.js';
import { randomToken } from '../util/crypto.js';
import { taipeiDay } from './business-days.js';
import { normalSerial, sameCard, sameCitizenCard } from './cards.js';
import { extendedExpiry, openSession } from './sessions.js';

export interface SignInProof {
  nonce: string;
  origin: string;
  certificate: string;
  signature: string;
  algorithm: WireSignatureAlgorithm;
  cardNumber?: string | undefined;
}

/** The origin a request speaks for: the browser's Origin header, else the body's `origin`. */
export function requestOrigin(request: Request, bodyOrigin: string | undefined): string | undefined {
  return request.headers.get('origin') ?? bodyOrigin;
}

export interface ChallengeBody {
  origin?: string | undefined;
  purpose: SessionPurpose;
  agencyCode?: string | undefined;
}

export function createChallenge(ctx: ApiContext, request: Request, body: ChallengeBody) {
  const bodyOrigin = body.origin;
  const origin = requestOrigin(request, bodyOrigin);
  if (origin === undefined || !ctx.origins.has(origin)) {
    throw new ProblemError('ORIGIN_NOT_ALLOWED', { field: 'origin' });
  }
  // A body origin that disagrees with the browser's header is a relay attempt, not a typo.
  if (bodyOrigin !== undefined && bodyOrigin !== origin)
    throw new ProblemError('ORIGIN_MISMATCH', { field: 'origin' });
  // Every function but the citizen-serial query belongs to one agency.
  const needsAgency = body.purpose !== 'query-citizen-serial';
  if (needsAgency && body.agencyCode === undefined) {
    throw new ProblemError('FIELD_REQUIRED', { field: 'agencyCode' });
  }
  if (!needsAgency && body.agencyCode !== undefined) {
    throw new ProblemError('FIELD_INVALID', {
      field: 'agencyCode',
      details: { reason: 'query-citizen-serial belongs to no agency' },
    });
  }
  const now = ctx.clock();
  const challenge = {
    nonce: randomToken(32),
    origin,
    purpose: body.purpose,
    agencyCode: body.agencyCode ?? null,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ctx.limits.challengeTtlMs).toISOString(),
  };
  ctx.store.createChallenge(challenge);
  return {
    nonce: challenge.nonce,
    origin,
    purpose: challenge.purpose,
    agencyCode: challenge.agencyCode,
    expiresAt: challenge.expiresAt,
  };
}

// SHA-256 of each origin a challenge was issued to (the allowed ones, so a handful).
const originHashes = new Map<string, Uint8Array>();

/**
 * What the card signed: SHA-256(origin) || SHA-256(nonce), exactly as `signInMessage` of
 * @gepi/sdk/api builds it (the client signs that function's output), with the origin's hash
 * remembered so that a sign-in hashes only its nonce.
 */
async function signedMessage(
  sha256: Sha256,
  origin: string,
  nonce: string,
): Promise<Uint8Array<ArrayBuffer>> {
  let originHash = originHashes.get(origin);
  if (!originHash) {
    originHash = await sha256(utf8.encode(origin));
    originHashes.set(origin, originHash);
  }
  const message = new Uint8Array(SIGN_IN_MESSAGE_LENGTH);
  message.set(originHash, 0);
  message.set(await sha256(utf8.encode(nonce)), 32);
  return message;
}

async function verifyProof<K extends 'org' | 'citizen'>(
  ctx: ApiContext,
  request: Request,
  proof: SignInProof,
  kind: K,
  binding: { purpose: SessionPurpose; agencyCode: string | null },
): Promise<K extends 'org' ? OrgCertInfo : CitizenCertInfo> {
  const now = ctx.clock();
  const taken = ctx.store.takeChallenge(proof.nonce, now.toISOString());
  if (taken.status === 'unknown') throw new ProblemError('NONCE_UNKNOWN', { field: 'nonce' });
  if (taken.status === 'reused') throw new ProblemError('NONCE_REUSED', { field: 'nonce' });
  if (taken.status === 'expired') throw new ProblemError('NONCE_EXPIRED', { field: 'nonce' });
  const challenge = taken.challenge;
  const headerOrigin = request.headers.get('origin');
  if (proof.origin !== challenge.origin || (headerOrigin !== null && headerOrigin !== challenge.origin)) {
    throw new ProblemError('ORIGIN_MISMATCH', { field: 'origin' });
  }
  // The challenge was asked for one function of one agency; the sign-in must be that one.
  if (challenge.purpose !== binding.purpose || challenge.agencyCode !== binding.agencyCode) {
    throw new ProblemError('CHALLENGE_MISMATCH', {
      field: 'nonce',
      details: {
        challenge: { purpose: challenge.purpose, agencyCode: challenge.agencyCode },
        signIn: binding,
      },
    });
  }
  const signature = base64ToBytes(proof.signature);
  if (!signature) throw new ProblemError('FIELD_INVALID', { field: 'signature' });

  const verified = await ctx.verifier.verifyCertificateBase64(proof.certificate, now);
  if (verified.info.kind !== kind) {
    throw new ProblemError('CERT_WRONG_KIND', {
      field: 'certificate',
      details: { expected: kind, actual: verified.info.kind },
    });
  }
  await ctx.verifier.verifySignature(
    verified,
    proof.algorithm,
    await signedMessage(ctx.sha256, challenge.origin, challenge.nonce),
    signature,
  );
  // The registry of certificates seen (services/card-health.ts): a card proven here is known.
  const info = verified.info;
  ctx.store.recordCertificate(
    {
      ca: info.ca,
      serial: normalSerial(info.serial),
      kind: info.kind,
      subjectDn: info.subjectDn,
      notBefore: info.notBefore.toISOString(),
      notAfter: info.notAfter.toISOString(),
      source: 'sign-in',
    },
    now.toISOString(),
  );
  return verified.info as K extends 'org' ? OrgCertInfo : CitizenCertInfo;
}

/** Whether an approved review lets this card register although its OID is not the one on file. */
function reviewState(
  ctx: ApiContext,
  agencyCode: string,
  card: { orgId: string },
): { state: 'pending' | 'approved' | 'none'; review: ReviewRecord | undefined } {
  const review = ctx.store.getActiveReview(agencyCode);
  if (!review) return { state: 'none', review };
  if (review.status === 'pending') return { state: 'pending', review };
  if (review.card.orgId !== card.orgId) return { state: 'none', review };
  // Approval counts from the next business day; until then the agency still sees "pending".
  const effective = review.effectiveFrom !== null && taipeiDay(ctx.clock()) >= review.effectiveFrom;
  return { state: effective ? 'approved' : 'pending', review };
}

/**
 * The review rules of a first registration, for this card. Their one home: sign-in reads them to
 * answer early, and register() applies them again inside the store's transaction, with the write.
 * One registration per agency is the database's rule (ALREADY_REGISTERED), not checked here.
 *
 * - `reviewPending` (REVIEW_PENDING): the agency's review is open, or this card's review is approved
 *   but not yet in effect. A pending review holds up the card it is about, and any other card whose
 *   OID differs from the one on file; it does not hold up another card whose OID matches the agency
 *   on file. Otherwise anyone with some organization card could block an agency's first
 *   registration by filing a review for it.
 * - `supersedes`: such a pending review, which register() closes (rejected, with the reason) so
 *   that the reviewers see it was overtaken rather than left pending.
 * - `reviewRequired`: the card's OID is not the one on file and no approved review covers it.
 */
export function firstRegistrationState(
  ctx: ApiContext,
  agencyCode: string,
  card: { orgId: string; ca: CaKind; serial: string },
) {
  const agency = ctx.store.getAgency(agencyCode);
  if (!agency) throw new ProblemError('AGENCY_UNKNOWN', { field: 'agencyCode' });
  const matches = card.orgId === agency.orgId;
  const { state, review } = reviewState(ctx, agencyCode, card);
  const heldUp = state === 'pending' && (!matches || !review || sameCard(card, review.card));
  const supersedes = state === 'pending' && !heldUp && review?.status === 'pending' ? review : undefined;
  return {
    agency,
    reviewPending: heldUp,
    reviewRequired: state === 'none' && !matches,
    newOrgIdOnFile: matches ? undefined : card.orgId,
    supersedes,
  };
}

// The validity of each certificate seen, as the sessions record it (the verifier keeps the parsed
// certificates, so the same card's dates are formatted once).
const validityTexts = new WeakMap<OrgCertInfo | CitizenCertInfo, { notBefore: string; notAfter: string }>();

function validityOf(info: OrgCertInfo | CitizenCertInfo): { notBefore: string; notAfter: string } {
  let texts = validityTexts.get(info);
  if (!texts) {
    texts = { notBefore: info.notBefore.toISOString(), notAfter: info.notAfter.toISOString() };
    validityTexts.set(info, texts);
  }
  return texts;
}

function orgSignInRecord(
  info: OrgCertInfo,
  cardNumber: string | undefined,
  reviewRequired: boolean,
): OrgSignIn {
  return {
    serial: info.serial,
    ca: info.ca,
    orgId: info.orgId,
    organizationName: info.organizationName,
    subjectDn: info.subjectDn,
    ...validityOf(info),
    cardNumber: cardNumber ?? null,
    cardRole: info.cardRole,
    reviewRequired,
  };
}

export async function orgSignIn(
  ctx: ApiContext,
  request: Request,
  body: SignInProof & { purpose: OrgPurpose; agencyCode: string },
): Promise<{
  token: string;
  session: SessionRecord;
  known: { agency: AgencyRecord; registration: RegistrationRecord | undefined };
}> {
  const info = await verifyProof(ctx, request, body, 'org', {
    purpose: body.purpose,
    agencyCode: body.agencyCode,
  });
  const { agency, registration, reviewRequired } = orgCardFits(ctx, body.purpose, body.agencyCode, info);
  const opened = await openSession(ctx, {
    purpose: body.purpose,
    agencyCode: body.agencyCode,
    org: orgSignInRecord(info, body.cardNumber, reviewRequired),
    citizen: null,
  });
  return { ...opened, known: { agency, registration } };
}

/**
 * POST /api/v1/card-checks/org: what an org sign-in with this certificate for this function of this
 * agency would refuse before the signature (the certificate's validity and revocation, its kind,
 * the agency and its registered card), asked before the card's PIN, so that no try is spent on a
 * card that cannot succeed. Proves nothing and opens nothing: the sign-in checks all of it again.
 */
export async function checkOrgCard(
  ctx: ApiContext,
  body: { certificate: string; purpose: OrgPurpose; agencyCode: string },
): Promise<void> {
  const verified = await ctx.verifier.verifyCertificateBase64(body.certificate, ctx.clock());
  if (verified.info.kind !== 'org') {
    throw new ProblemError('CERT_WRONG_KIND', {
      field: 'certificate',
      details: { expected: 'org', actual: verified.info.kind },
    });
  }
  orgCardFits(ctx, body.purpose, body.agencyCode, verified.info);
}

/** Whether an org card fits a function of an agency; throws the problem when it does not. */
function orgCardFits(
  ctx: ApiContext,
  purpose: OrgPurpose,
  agencyCode: string,
  info: OrgCertInfo,
): { agency: AgencyRecord; registration: RegistrationRecord | undefined; reviewRequired: boolean } {
  const agency = ctx.store.getAgency(agencyCode);
  if (!agency) throw new ProblemError('AGENCY_UNKNOWN', { field: 'agencyCode' });
  const registration = ctx.store.getRegistration(agencyCode);
  const matches = info.orgId === agency.orgId;
  let reviewRequired = false;

  switch (purpose) {
    case 'first-registration':
      // Answered early, from what the database holds now; register() relies on the constraint.
      // A card of another agency with this agency's code is a mistyped code (or the wrong card), not
      // an agency registering twice: 機關已註冊 would send the person to 更換憑證, the wrong function.
      if (registration) {
        const ours = matches || info.orgId === registration.org.orgId;
        throw new ProblemError(
          ours ? 'ALREADY_REGISTERED' : 'AGENCY_MISMATCH',
          ours ? {} : { field: 'agencyCode' },
        );
      }
      {
        const state = firstRegistrationState(ctx, agencyCode, info);
        if (state.reviewPending) throw new ProblemError('REVIEW_PENDING');
        reviewRequired = state.reviewRequired;
      }
      break;
    case 'assignment':
    case 'swap-manager':
    case 'query-authorized':
      if (!registration) throw new ProblemError('AGENCY_NOT_REGISTERED');
      if (!matches) throw new ProblemError('AGENCY_MISMATCH', { field: 'agencyCode' });
      // The registered card is this issuer's serial: another CA's card with that serial is not it.
      if (!sameCard(info, registration.org)) throw new ProblemError('ORG_CARD_NOT_REGISTERED');
      break;
    case 'swap-org':
    case 'swap-both':
      if (!registration) throw new ProblemError('AGENCY_NOT_REGISTERED');
      // The new card must belong to the same agency; it must also really be a new card.
      if (!matches) throw new ProblemError('AGENCY_MISMATCH', { field: 'agencyCode' });
      if (sameCard(info, registration.org)) throw new ProblemError('CARD_UNCHANGED');
      break;
    case 'query-org-oid':
      // The query exists to find out a card's OID, matching or not.
      break;
  }
  return { agency, registration, reviewRequired };
}

function citizenSignInRecord(
  info: CitizenCertInfo,
  nationalId: string,
  cardNumber: string | undefined,
): CitizenSignIn {
  return {
    serial: info.serial,
    name: info.name,
    nationalId,
    subjectDn: info.subjectDn,
    ...validityOf(info),
    cardNumber: cardNumber ?? null,
  };
}

const CITIZEN_STEP_PURPOSES: readonly SessionPurpose[] = [
  'first-registration',
  'assignment',
  'swap-org',
  'swap-manager',
  'swap-both',
  'query-authorized',
];

/**
 * The citizen step. With a session: completes it, checking the card against the purpose's rule
 * (the registered manager, or for manager swaps a new card). Without one: opens a
 * `query-citizen-serial` session.
 */
export async function citizenSignIn(
  ctx: ApiContext,
  request: Request,
  body: SignInProof & { nationalId: string; purpose?: 'query-citizen-serial' | undefined },
  session: { tokenHash: string; record: SessionRecord } | undefined,
): Promise<{ token?: string; session: SessionRecord }> {
  if (session && body.purpose !== undefined)
    throw new ProblemError('SESSION_PURPOSE_MISMATCH', { field: 'purpose' });
  if (!session && body.purpose !== 'query-citizen-serial') throw new ProblemError('SESSION_REQUIRED');
  if (session) {
    const record = session.record;
    if (!CITIZEN_STEP_PURPOSES.includes(record.purpose)) throw new ProblemError('SESSION_PURPOSE_MISMATCH');
    if (record.org?.reviewRequired) throw new ProblemError('REVIEW_REQUIRED');
    if (record.citizen) throw new ProblemError('SESSION_STEP_DONE');
  }

  const info = await verifyProof(ctx, request, body, 'citizen', {
    purpose: session ? session.record.purpose : 'query-citizen-serial',
    agencyCode: session ? session.record.agencyCode : null,
  });
  // [choice] PKI-PROFILE.md: the card carries only the ID's last 4 characters; the registry of
  // people adds a full check where it knows the person.
  if (info.idLast4.toUpperCase() !== body.nationalId.slice(-4)) {
    throw new ProblemError('NATIONAL_ID_MISMATCH', { field: 'nationalId' });
  }
  const person = ctx.store.getPerson(body.nationalId);
  if (person && person.name !== info.name)
    throw new ProblemError('NATIONAL_ID_MISMATCH', { field: 'nationalId' });
  const citizen = citizenSignInRecord(info, body.nationalId, body.cardNumber);

  if (!session) {
    return openSession(ctx, { purpose: 'query-citizen-serial', agencyCode: null, org: null, citizen });
  }

  const record = session.record;
  const agencyCode = record.agencyCode;
  const registration = agencyCode ? ctx.store.getRegistration(agencyCode) : undefined;
  switch (record.purpose) {
    case 'first-registration':
      if (registration) throw new ProblemError('ALREADY_REGISTERED');
      break;
    case 'assignment':
    case 'swap-org':
    case 'query-authorized':
      if (!registration) throw new ProblemError('AGENCY_NOT_REGISTERED');
      if (!sameCitizenCard(info, registration.manager)) throw new ProblemError('NOT_REGISTERED_MANAGER');
      if (body.nationalId !== registration.manager.nationalId) {
        throw new ProblemError('NATIONAL_ID_MISMATCH', { field: 'nationalId' });
      }
      break;
    case 'swap-manager':
    case 'swap-both':
      if (!registration) throw new ProblemError('AGENCY_NOT_REGISTERED');
      if (sameCitizenCard(info, registration.manager)) throw new ProblemError('CARD_UNCHANGED');
      break;
    default:
      throw new ProblemError('SESSION_PURPOSE_MISMATCH');
  }
  const expiresAt = extendedExpiry(ctx, record, ctx.clock());
  try {
    ctx.store.setSessionCitizen(session.tokenHash, citizen, expiresAt);
  } catch (error) {
    if (error instanceof StoreConflictError)
      throw new ProblemError(error.conflict === 'SESSION_INVALID' ? 'SESSION_INVALID' : 'SESSION_STEP_DONE');
    throw error;
  }
  return { session: { ...record, citizen, expiresAt } };
}
