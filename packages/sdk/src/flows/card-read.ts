// Reading cards for the card step (card-step.ts), loaded with the first card read rather than with
// the flows: the small certificate reader, what the step shows about a card (holder, CA, validity,
// warnings), the refusals before the PIN (locked, expired, not valid yet, revoked, another person's
// card), the API's org card check, and the sign-in proof (log in, sign, log out). The PIN is a
// parameter of one call here: it goes to `tokens.login` and nowhere else.
import { signInMessage } from '../api/sign-in.js';
import type { SessionPurpose } from '../api/messages.js';
import type { OrgPurpose } from '../api/schemas.js';
import { readCertificate } from '../certs/read.js';
import type { CertInfo } from '../certs/card-info.js';
import { CertificateProfileError } from '../certs/errors.js';
import { CA_PROFILES } from '../certs/profile.js';
import type { GepiClient } from '../client/client.js';
import { ApiError, errorCode } from '../client/errors.js';
import type { LocalizedText } from '../errors.js';
import type { TokenError, TokenErrorCode } from '../tokens/errors.js';
import type { CardCertificate, ReaderInfo, TokenProvider } from '../tokens/provider.js';
import type {
  CardCertificateView,
  CardKind,
  CardView,
  CardWarning,
  ReadCitizenCard,
  SIGN_IN_ALGORITHM,
} from './card-step.js';
import type { CardRefusalCode, CardRefusalFacts } from './refusal.js';
import type { RevocationList } from './revocation.js';

// The client-side revocation check, loaded with the rest of card reading (one chunk, not two).
export { revocationList } from './revocation.js';

const DAY_MS = 86_400_000;

/** What a CardSteps object lends this module. */
export interface CardReading {
  readonly client: GepiClient;
  readonly tokens: TokenProvider;
  readonly clock: () => Date;
  readonly origin: string;
  readonly readerId: string | undefined;
  /** Readers this flow logged in and did not log out yet (cancel() logs them out). */
  readonly loggedIn: Set<string>;
  /** The revocation list from the CRLs the API publishes, or undefined when they cannot be read. */
  revocationList(): Promise<RevocationList | undefined>;
  /**
   * A CardRefusedError. Made by the card step, not here: a runtime import of refusal.ts (which the
   * main entry exports) from this lazy chunk would split it out of the chunk it shares with explainError.
   */
  refused(code: CardRefusalCode, facts: CardRefusalFacts, details: Record<string, unknown>): Error;
  /**
   * A TokenError, the ROC date (`111/11/14`) and the card step's two constants, lent by the card
   * step for the same reason: a runtime import of tokens/errors.ts, domain/roc-time.ts (with the
   * validation messages) or card-step.ts from this lazy chunk would move them out of the main
   * chunk into a chunk shared by both, compressed on its own (about 1 KB gzip more in a whole flow).
   */
  tokenError(code: TokenErrorCode, details: Record<string, unknown>): TokenError;
  rocDate(date: Date): string;
  /** EXPIRY_WARNING_DAYS. */
  readonly expiryWarningDays: number;
  /** SIGN_IN_ALGORITHM. */
  readonly signInAlgorithm: typeof SIGN_IN_ALGORITHM;
}

export interface Candidate {
  reader: ReaderInfo;
  certificate: CardCertificate | undefined;
  info: CertInfo | undefined;
  /** The API's published CRL lists the certificate (false when unknown). */
  revoked: boolean;
}

function rocRange(host: CardReading, notBefore: Date, notAfter: Date): string {
  return `${host.rocDate(notBefore)} ~ ${host.rocDate(notAfter)}`;
}

function certificateView(host: CardReading, info: CertInfo, now: Date): CardCertificateView {
  const view: CardCertificateView = {
    kind: info.kind,
    holder: info.kind === 'citizen' ? info.name : info.organizationName,
    ca: info.ca,
    caName: { ...CA_PROFILES[info.ca].displayName },
    serial: info.serial,
    subjectDn: info.subjectDn,
    notBefore: info.notBefore.toISOString(),
    notAfter: info.notAfter.toISOString(),
    validityRoc: rocRange(host, info.notBefore, info.notAfter),
    daysLeft: Math.floor((info.notAfter.getTime() - now.getTime()) / DAY_MS),
  };
  if (info.kind === 'org') view.orgId = info.orgId;
  return view;
}

export function cardView(host: CardReading, candidate: Candidate, kind: CardKind, now: Date): CardView {
  const { reader, info } = candidate;
  const card = reader.card;
  const warnings: CardWarning[] = [];
  const view: CardView = {
    readerId: reader.id,
    readerName: reader.name,
    pinEntry: reader.pinEntry,
    cardId: card?.id ?? '',
    label: card?.label ?? '',
    pinLocked: card?.pinLocked === true,
    warnings,
  };
  if (card?.cardNumber !== undefined) view.cardNumber = card.cardNumber;
  if (card?.ca !== undefined) view.ca = card.ca;
  if (card?.pinTriesLeft !== undefined) view.pinTriesLeft = card.pinTriesLeft;
  if (!info) {
    warnings.push('unreadable');
  } else {
    view.certificate = certificateView(host, info, now);
    if (info.kind !== kind) warnings.push('wrong-kind');
    const t = now.getTime();
    if (info.notAfter.getTime() <= t) warnings.push('expired');
    else if (info.notBefore.getTime() > t) warnings.push('not-yet-valid');
    else if (info.notAfter.getTime() - t <= host.expiryWarningDays * DAY_MS) warnings.push('expiring-soon');
    if (candidate.revoked) warnings.push('revoked');
  }
  if (view.pinLocked) warnings.push('pin-locked');
  else if (card?.pinTriesLeft === 1) warnings.push('last-pin-try');
  return view;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/**
 * Why a card in the reader cannot succeed, checked before its PIN is asked (no try is spent on it):
 * locked, expired, not valid yet, revoked, or — on a citizen step — the card of someone other than
 * the national ID typed (its last 4 characters against the certificate's).
 */
export function refusal(
  host: CardReading,
  candidate: Candidate,
  info: CertInfo,
  now: Date,
  typed: { nationalId?: string; label?: LocalizedText },
): Error | undefined {
  const { reader } = candidate;
  const readerId = reader.id;
  const ca = info.ca;
  const caName = CA_PROFILES[ca].displayName;
  if (reader.card?.pinLocked === true) {
    return host.tokenError('PIN_LOCKED', { readerId, ca: reader.card.ca ?? ca });
  }
  const t = now.getTime();
  if (info.notAfter.getTime() <= t) {
    return host.refused('CARD_EXPIRED', { ca, caName, date: host.rocDate(info.notAfter) }, { readerId });
  }
  if (info.notBefore.getTime() > t) {
    return host.refused(
      'CARD_NOT_YET_VALID',
      { ca, caName, date: host.rocDate(info.notBefore) },
      { readerId },
    );
  }
  if (candidate.revoked) return host.refused('CARD_REVOKED', { ca, caName }, { readerId });
  const id = typed.nationalId;
  if (
    info.kind === 'citizen' &&
    id !== undefined &&
    id.slice(-4).toUpperCase() !== info.idLast4.toUpperCase()
  ) {
    return host.refused(
      'CARD_WRONG_PERSON',
      { ca, caName, holder: info.name, ...(typed.label ? { label: typed.label } : {}) },
      { readerId },
    );
  }
  return undefined;
}

export async function readCitizenCard(host: CardReading, notSerial?: string): Promise<ReadCitizenCard> {
  const candidates = await readCandidates(host, false);
  const citizens = candidates.filter((c) => c.info?.kind === 'citizen');
  const chosen = citizens.find((c) => c.info?.serial !== notSerial);
  if (!chosen && citizens[0]) {
    throw new CertificateProfileError('CERT_IS_MANAGER', 'manager-card', {
      readerId: citizens[0].reader.id,
    });
  }
  if (!chosen?.info || chosen.info.kind !== 'citizen') {
    const other = candidates[0];
    if (!other) throw host.tokenError('TOKEN_NOT_PRESENT', readerDetails(host));
    throw new CertificateProfileError('CERT_WRONG_KIND', 'expected-citizen', { readerId: other.reader.id });
  }
  return {
    serial: chosen.info.serial,
    name: chosen.info.name,
    card: cardView(host, chosen, 'citizen', host.clock()),
    ...(chosen.certificate ? { certificate: toBase64(chosen.certificate.der) } : {}),
  };
}

/**
 * POST /api/v1/card-checks/org. Throws the API's refusal (AGENCY_MISMATCH, ORG_CARD_NOT_REGISTERED,
 * REVIEW_PENDING, CERT_REVOKED…); when the check itself cannot be had (the network, a server
 * without it, a 5xx) the sign-in goes ahead and the API decides there.
 */
async function checkOrgCard(
  host: CardReading,
  der: Uint8Array,
  binding: { purpose: OrgPurpose; agencyCode: string },
  signal: AbortSignal,
): Promise<void> {
  try {
    await host.client.checkOrgCard({ certificate: toBase64(der), ...binding }, { signal, timeout: 10_000 });
  } catch (error) {
    signal.throwIfAborted();
    if (error instanceof ApiError && error.status < 500 && ![404, 405, 408, 429].includes(error.status)) {
      throw error;
    }
  }
}

function readerDetails(host: CardReading): Record<string, unknown> {
  return host.readerId === undefined ? {} : { readerId: host.readerId };
}

export async function readCandidates(host: CardReading, strict: boolean): Promise<Candidate[]> {
  // Not connected (Fortify not running, waiting for approval…) is not "no card": CardSteps said so
  // before calling (tokens/status.ts stays out of this chunk).
  const readers = await host.tokens.listReaders();
  let chosen: ReaderInfo[];
  if (host.readerId !== undefined) {
    const reader = readers.find((r) => r.id === host.readerId);
    if (!reader) {
      if (strict) throw host.tokenError('READER_NOT_FOUND', { readerId: host.readerId });
      return [];
    }
    chosen = [reader];
  } else {
    chosen = readers;
  }
  const withCard = chosen.filter((r) => r.cardPresent);
  const out: Candidate[] = [];
  for (const reader of withCard) {
    let certificate: CardCertificate | undefined;
    let info: CertInfo | undefined;
    try {
      const list = await host.tokens.listCertificates(reader.id);
      certificate = list.find((c) => c.usage === 'signing');
      if (certificate) info = readCertificate(certificate.der);
    } catch (error) {
      // A card pulled out meanwhile is simply not a candidate; an unreadable one still is.
      if (errorCode(error) === 'TOKEN_NOT_PRESENT') continue;
    }
    let revoked = false;
    if (certificate && info) {
      try {
        revoked = (await host.revocationList())?.isRevoked(certificate.der) === true;
      } catch {
        // Unknown: the API checks it at sign-in.
      }
    }
    out.push({ reader, certificate, info, revoked });
  }
  return out;
}

export async function pick(
  host: CardReading,
  kind: CardKind,
  strict: boolean,
): Promise<Candidate | undefined> {
  const candidates = await readCandidates(host, strict);
  return candidates.find((c) => c.info?.kind === kind) ?? candidates[0];
}

export async function prove(
  host: CardReading,
  kind: CardKind,
  pin: string | undefined,
  signal: AbortSignal,
  binding: { purpose: SessionPurpose; agencyCode?: string },
  typed: { nationalId?: string; label?: LocalizedText } = {},
): Promise<{
  proof: {
    nonce: string;
    origin: string;
    certificate: string;
    signature: string;
    algorithm: typeof SIGN_IN_ALGORITHM;
    cardNumber?: string;
  };
  card: CardView;
}> {
  const candidate = await pick(host, kind, true);
  signal.throwIfAborted();
  if (!candidate) throw host.tokenError('TOKEN_NOT_PRESENT', readerDetails(host));
  const { reader, certificate, info } = candidate;
  const readerId = reader.id;
  if (!certificate || !info) {
    throw new CertificateProfileError('CERT_UNRECOGNISED_PROFILE', 'missing-attribute', { readerId });
  }
  if (info.kind !== kind) {
    // Refused before the PIN: a wrong card must not cost a try.
    throw new CertificateProfileError(
      'CERT_WRONG_KIND',
      kind === 'org' ? 'expected-org' : 'expected-citizen',
      {
        readerId,
      },
    );
  }
  // Nor is a try spent on a card the API would refuse, or that is locked anyway.
  const refused = refusal(host, candidate, info, host.clock(), typed);
  if (refused) throw refused;
  // What only the API knows: whether this org card is the one this function of this agency takes
  // (the agency's OID, its registered card, a pending review). Asked before the PIN too.
  if (kind === 'org' && binding.agencyCode !== undefined && binding.purpose !== 'query-citizen-serial') {
    await checkOrgCard(
      host,
      certificate.der,
      { purpose: binding.purpose, agencyCode: binding.agencyCode },
      signal,
    );
  }
  // The reader decides who collects the PIN: a PIN-pad reader may differ from its provider.
  if (reader.pinEntry === 'page' && (pin === undefined || pin === '')) {
    throw host.tokenError('PIN_REQUIRED', { readerId });
  }
  if (reader.pinEntry !== 'page' && pin !== undefined) {
    throw host.tokenError('PAGE_PIN_NOT_ALLOWED', { readerId });
  }

  let signature: Uint8Array;
  let challenge: { nonce: string; origin: string };
  host.loggedIn.add(readerId);
  try {
    if (reader.pinEntry === 'page') await host.tokens.login(readerId, pin);
    else await host.tokens.login(readerId);
    signal.throwIfAborted();
    // Asked for after the login: a PIN window may stay open longer than a nonce lives.
    challenge = await host.client.createChallenge({ origin: host.origin, ...binding }, { signal });
    const message = await signInMessage(challenge.origin, challenge.nonce);
    signal.throwIfAborted();
    signature = await host.tokens.sign(readerId, certificate.id, message, host.signInAlgorithm);
  } finally {
    try {
      await host.tokens.logout(readerId);
      host.loggedIn.delete(readerId);
    } catch {
      // Pulled out or busy: the card logs out on removal, and cancel() tries again.
    }
  }
  signal.throwIfAborted();
  const card = cardView(host, candidate, kind, host.clock());
  const proof = {
    nonce: challenge.nonce,
    origin: challenge.origin,
    certificate: toBase64(certificate.der),
    signature: toBase64(signature),
    algorithm: host.signInAlgorithm,
    ...(reader.card?.cardNumber !== undefined ? { cardNumber: reader.card.cardNumber } : {}),
  };
  return { proof, card };
}
