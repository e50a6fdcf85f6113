// Authentication state: single-use challenges, tombstones of used nonces, card sessions, tombstones
// of expired sessions, and the idempotent answers to challenge requests. The store keeps it here,
// in process memory, not in a database: it is worthless after a restart (fail closed: everyone
// signs in again), and it is on the sign-in path, where a SQLite statement per step cost more than
// the rest of the server's work together. JavaScript runs each method to its end without
// interruption, so "look up and delete" is one step, as the single-use rule needs.
import type {
  ChallengeRecord,
  CitizenSignIn,
  IdempotencyScope,
  SessionRecord,
  StoredResponse,
  TakeChallengeResult,
} from './types.js';

// Tombstones of used nonces outlive the nonce's own expiry by this much, so a replay soon after
// expiry still reads as a replay.
export const NONCE_TOMBSTONE_GRACE_MS = 5 * 60_000;
// An expired session is remembered (its hash only, none of its personal data) this long, so that
// its holder hears SESSION_EXPIRED, not SESSION_INVALID, however late they come back that day.
export const SESSION_TOMBSTONE_MS = 24 * 3600_000;

const scopeKey = (scope: IdempotencyScope) => `${scope.principal}\n${scope.route}\n${scope.key}`;

function frozen<T extends object>(value: T | null): T | null {
  return value === null ? null : Object.freeze({ ...value });
}

export class AuthState {
  private readonly challenges = new Map<string, ChallengeRecord>();
  /** Nonce → when to forget it was used (epoch ms). */
  private readonly usedNonces = new Map<string, number>();
  private readonly sessions = new Map<string, SessionRecord>();
  /** Token hash → when to forget that it expired (epoch ms). */
  private readonly expiredSessions = new Map<string, number>();
  private readonly answers = new Map<string, StoredResponse>();

  createChallenge(challenge: ChallengeRecord): void {
    if (this.challenges.has(challenge.nonce)) throw new Error('duplicate nonce');
    this.challenges.set(challenge.nonce, Object.freeze({ ...challenge }));
  }

  takeChallenge(nonce: string, now: string): TakeChallengeResult {
    const challenge = this.challenges.get(nonce);
    if (!challenge) return this.usedNonces.has(nonce) ? { status: 'reused' } : { status: 'unknown' };
    this.challenges.delete(nonce);
    this.usedNonces.set(nonce, Date.parse(challenge.expiresAt) + NONCE_TOMBSTONE_GRACE_MS);
    if (challenge.expiresAt <= now) return { status: 'expired' };
    return { status: 'ok', challenge };
  }

  createSession(session: SessionRecord): void {
    if (this.sessions.has(session.tokenHash)) throw new Error('duplicate session');
    // The nested records are frozen and shared; the top level is copied on the way out, so a
    // caller changing its copy (expiresAt) cannot change the stored session.
    this.sessions.set(session.tokenHash, {
      ...session,
      org: frozen(session.org),
      citizen: frozen(session.citizen),
    });
  }

  getSession(tokenHash: string): SessionRecord | undefined {
    const session = this.sessions.get(tokenHash);
    return session ? { ...session } : undefined;
  }

  /** Whether this token's session ended by expiring (and not by sign-out or use). */
  sessionExpired(tokenHash: string): boolean {
    return this.expiredSessions.has(tokenHash);
  }

  setSessionCitizen(tokenHash: string, citizen: CitizenSignIn, expiresAt: string): 'ok' | 'done' | 'invalid' {
    const session = this.sessions.get(tokenHash);
    if (!session) return 'invalid';
    if (session.citizen) return 'done';
    session.citizen = frozen(citizen);
    session.expiresAt = expiresAt;
    return 'ok';
  }

  markReviewSubmitted(tokenHash: string): void {
    const session = this.sessions.get(tokenHash);
    if (session) session.reviewSubmitted = true;
  }

  touchSession(tokenHash: string, expiresAt: string): void {
    const session = this.sessions.get(tokenHash);
    if (session) session.expiresAt = expiresAt;
  }

  deleteSession(tokenHash: string): void {
    this.sessions.delete(tokenHash);
  }

  /** Ends an expired session: its record goes, a tombstone of its hash stays. */
  expireSession(tokenHash: string): void {
    const session = this.sessions.get(tokenHash);
    if (!session) return;
    this.sessions.delete(tokenHash);
    this.expiredSessions.set(tokenHash, Date.parse(session.expiresAt) + SESSION_TOMBSTONE_MS);
  }

  getAnswer(scope: IdempotencyScope, now: string): StoredResponse | undefined {
    const answer = this.answers.get(scopeKey(scope));
    return answer && answer.expiresAt > now ? { ...answer, headers: { ...answer.headers } } : undefined;
  }

  saveAnswer(scope: IdempotencyScope, answer: StoredResponse): void {
    this.answers.set(scopeKey(scope), { ...answer, headers: { ...answer.headers } });
  }

  purgeExpired(now: string): void {
    // Expired challenges stay a while so that a late sign-in hears NONCE_EXPIRED, not NONCE_UNKNOWN.
    const nowMs = Date.parse(now);
    const cutoff = new Date(nowMs - NONCE_TOMBSTONE_GRACE_MS).toISOString();
    for (const [nonce, c] of this.challenges) if (c.expiresAt <= cutoff) this.challenges.delete(nonce);
    for (const [nonce, forgetAt] of this.usedNonces) if (forgetAt <= nowMs) this.usedNonces.delete(nonce);
    for (const [hash, s] of this.sessions) if (s.expiresAt <= now) this.expireSession(hash);
    for (const [hash, forgetAt] of this.expiredSessions)
      if (forgetAt <= nowMs) this.expiredSessions.delete(hash);
    for (const [scope, a] of this.answers) if (a.expiresAt <= now) this.answers.delete(scope);
  }

  /** The state in a stable shape, for store dumps in tests. */
  dump(): Record<string, unknown[]> {
    const byKey = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const times = (map: Map<string, number>) =>
      byKey(map).map(([key, ms]) => [key, new Date(ms).toISOString()] as const);
    return {
      challenges: byKey(this.challenges).map(([, c]) => c),
      used_nonces: times(this.usedNonces),
      sessions: byKey(this.sessions).map(([, s]) => s),
      expired_sessions: times(this.expiredSessions),
      ephemeral_answers: byKey(this.answers),
    };
  }
}
