// The store's authentication state (challenges and card sessions): it lives in memory, in one
// AuthState, not in the database, so a restart signs everyone out. The store adds how it drops its
// expired Idempotency-Key answers.
import { AuthState } from './auth-state.js';
import { StoreConflictError } from './types.js';
import type { CitizenSignIn, ChallengeRecord, SessionRecord, TakeChallengeResult } from './types.js';

export abstract class AuthBackedStore {
  protected readonly auth = new AuthState();

  /** Drops the stored Idempotency-Key answers that expired by `now`. */
  protected abstract purgeAnswers(now: string): void;

  createChallenge(challenge: ChallengeRecord): void {
    this.auth.createChallenge(challenge);
  }

  takeChallenge(nonce: string, now: string): TakeChallengeResult {
    return this.auth.takeChallenge(nonce, now);
  }

  createSession(session: SessionRecord): void {
    this.auth.createSession(session);
  }

  getSession(tokenHash: string): SessionRecord | undefined {
    return this.auth.getSession(tokenHash);
  }

  setSessionCitizen(tokenHash: string, citizen: CitizenSignIn, expiresAt: string): void {
    const result = this.auth.setSessionCitizen(tokenHash, citizen, expiresAt);
    if (result === 'done') throw new StoreConflictError('SESSION_STEP_DONE');
    if (result === 'invalid') throw new StoreConflictError('SESSION_INVALID');
  }

  markReviewSubmitted(tokenHash: string): void {
    this.auth.markReviewSubmitted(tokenHash);
  }

  touchSession(tokenHash: string, expiresAt: string): void {
    this.auth.touchSession(tokenHash, expiresAt);
  }

  deleteSession(tokenHash: string): void {
    this.auth.deleteSession(tokenHash);
  }

  expireSession(tokenHash: string): void {
    this.auth.expireSession(tokenHash);
  }

  sessionExpired(tokenHash: string): boolean {
    return this.auth.sessionExpired(tokenHash);
  }

  purgeExpired(now: string): void {
    this.auth.purgeExpired(now);
    this.purgeAnswers(now);
  }
}
