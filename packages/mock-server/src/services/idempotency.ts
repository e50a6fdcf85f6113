// Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the SDK repeats a POST that may
// have been lost only with the key it made once for that call, and this is where the server keeps
// its side of the bargain. The first answer for (who, route, key) is stored with a fingerprint of
// the request body; a repeat with the same body gets that answer again, byte for byte, marked
// `Idempotent-Replayed: true`; the same key with another body is refused (422), and so is a
// repeat while the first is still being answered (409).
//
// Authorization comes first: a stored answer is looked up only for a request that would be let in
// now (a live session, the reviewer token), or for the repeat of the very request that used its
// session up (a registration or swap ends its session; its repeat must still find the answer).
// Signing out ends that too: after DELETE /session nothing of the session is replayed. Keys are
// scoped to who asks (the session's token hash, the reviewer, the client address) and the operation
// (endpoint and path). Answers to a session are stored encrypted under a key derived from its
// bearer token, which the server never keeps: the national IDs in them (a handler's answer has the
// full ID) are unreadable at rest, and once the session ends nobody can read them; they also expire
// with the session (at most its maximum age), the others after idempotencyTtlMs (24 h).
//
// Only answers of requests that passed authorization are stored, and not 429 or 5xx: those say
// "not now", and a retry must be able to succeed. The in-flight marks live in this process only,
// so a crash never leaves a key stuck "in progress". The answer is stored just after the route's
// own transaction has committed; should the process die in between, the repeat runs again and
// meets the registry's own rules (one registration per agency, one handler per ID and serial),
// so it is refused rather than done twice.
import type { ApiContext } from '../context.js';
import { IDEMPOTENCY_KEY_PATTERN } from '@gepi/sdk/api';
import { ProblemError } from '../http/problem.js';
import { textResponse } from '../http/response.js';
import type { IdempotencyScope, StoredResponse } from '../store/types.js';
import { base64ToBytes, bytesToBase64, bytesToHex, utf8 } from '../util/encoding.js';

// 1–255 visible ASCII characters (a UUID from the SDK, or any opaque token), as the contract says.
const KEY = IDEMPOTENCY_KEY_PATTERN;

/** Headers of a stored answer that belong to the request that made it, not to the answer. */
const NOT_STORED = new Set(['x-request-id']);

/** The request's Idempotency-Key, validated; undefined when there is none. */
export function idempotencyKeyOf(request: Request): string | undefined {
  const value = request.headers.get('idempotency-key');
  if (value === null) return undefined;
  if (!KEY.test(value)) {
    throw new ProblemError('FIELD_INVALID', {
      field: 'Idempotency-Key',
      details: { reason: '1 to 255 visible ASCII characters' },
    });
  }
  return value;
}

export type Claim =
  | { kind: 'replay'; answer: StoredResponse }
  | { kind: 'claimed'; scope: IdempotencyScope; fingerprint: string; release(): void };

/** Marks an encrypted stored body: `enc1:` + base64(12-byte IV ‖ AES-GCM ciphertext). */
const SEALED = 'enc1:';

export class IdempotencyKeys {
  /** Scope → fingerprint of the request being answered under it. */
  readonly #inFlight = new Map<string, string>();
  /** Token hash of a session a request used up (registration, swap) → until when its repeats may replay. */
  readonly #usedUp = new Map<string, number>();

  constructor(private readonly ctx: ApiContext) {}

  /** Remembers that an answered request ended its session, so that its repeat may still replay. */
  markUsedUp(tokenHash: string, untilMs: number): void {
    this.#usedUp.set(tokenHash, untilMs);
    const now = this.ctx.clock().getTime();
    for (const [hash, until] of this.#usedUp) if (until <= now) this.#usedUp.delete(hash);
  }

  /** Whether the session of this token hash was used up by an answered request (and not signed out since). */
  wasUsedUp(tokenHash: string): boolean {
    const until = this.#usedUp.get(tokenHash);
    return until !== undefined && until > this.ctx.clock().getTime();
  }

  /** Sign-out: nothing of this session is replayed any more. */
  forgetSession(tokenHash: string): void {
    this.#usedUp.delete(tokenHash);
  }

  async #cipherKey(secret: string): Promise<Uint8Array> {
    return this.ctx.sha256(utf8.encode(`gepi idempotent answer\0${secret}`));
  }

  /** The body sealed under `secret` (the bearer token). */
  async seal(body: string, secret: string): Promise<string> {
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
    const sealed = await this.ctx.aesGcm.seal(await this.#cipherKey(secret), iv, utf8.encode(body));
    const out = new Uint8Array(12 + sealed.length);
    out.set(iv, 0);
    out.set(sealed, 12);
    return SEALED + bytesToBase64(out);
  }

  /** A stored body opened with `secret`; undefined when it does not open. */
  async open(stored: string, secret: string | undefined): Promise<string | undefined> {
    if (!stored.startsWith(SEALED)) return stored;
    const bytes = base64ToBytes(stored.slice(SEALED.length));
    if (!bytes || bytes.length < 13 || secret === undefined) return undefined;
    try {
      const plain = await this.ctx.aesGcm.open(
        await this.#cipherKey(secret),
        bytes.subarray(0, 12),
        bytes.subarray(12),
      );
      return new TextDecoder().decode(plain);
    } catch {
      return undefined;
    }
  }

  /** SHA-256 (hex) of a request body: what "the same request" means. */
  async fingerprint(body: Uint8Array<ArrayBuffer>): Promise<string> {
    return bytesToHex(await this.ctx.sha256(body));
  }

  /**
   * The stored answer to replay, or the right to answer (release it when done). Synchronous, so
   * that no other request can run between the look-up and the mark.
   */
  claim(scope: IdempotencyScope, fingerprint: string): Claim {
    const stored = this.ctx.store.getIdempotentResponse(scope, this.ctx.clock().toISOString());
    if (stored) {
      if (stored.fingerprint !== fingerprint) throw reused();
      return { kind: 'replay', answer: stored };
    }
    const id = `${scope.principal}\n${scope.route}\n${scope.key}`;
    const running = this.#inFlight.get(id);
    if (running !== undefined) {
      if (running !== fingerprint) throw reused();
      throw new ProblemError('IDEMPOTENCY_IN_PROGRESS', { headers: { 'retry-after': '1' } });
    }
    this.#inFlight.set(id, fingerprint);
    return { kind: 'claimed', scope, fingerprint, release: () => this.#inFlight.delete(id) };
  }

  /**
   * Stores `response` as the answer of a claim (unless it is a 429 or 5xx) and returns what to send:
   * the same status, headers and body.
   */
  async settle(
    claim: Extract<Claim, { kind: 'claimed' }>,
    response: Response,
    durable: boolean,
    /** Seals the stored body under this secret (a session's bearer token) and caps its lifetime. */
    sealing?: { secret: string; notAfterMs: number },
  ): Promise<Response> {
    if (response.status >= 500 || response.status === 429) return response;
    const body = await response.text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!NOT_STORED.has(name)) headers[name] = value;
    });
    const now = this.ctx.clock();
    const ttl = durable ? this.ctx.limits.idempotencyTtlMs : this.ctx.limits.challengeTtlMs;
    let expiresMs = now.getTime() + ttl;
    if (sealing) expiresMs = Math.min(expiresMs, Math.max(now.getTime() + 1000, sealing.notAfterMs));
    this.ctx.store.saveIdempotentResponse(
      claim.scope,
      {
        fingerprint: claim.fingerprint,
        status: response.status,
        headers,
        body: sealing ? await this.seal(body, sealing.secret) : body,
        createdAt: now.toISOString(),
        expiresAt: new Date(expiresMs).toISOString(),
      },
      durable,
    );
    return textResponse(nullBody(response.status) ? null : body, {
      status: response.status,
      headers: response.headers,
    });
  }
}

function reused(): ProblemError {
  return new ProblemError('IDEMPOTENCY_KEY_REUSED', { field: 'Idempotency-Key' });
}

function nullBody(status: number): boolean {
  return status === 204 || status === 205 || status === 304;
}

/** The stored answer again, for a repeat: same status, headers and body (`body`: the opened one). */
export function replayResponse(answer: StoredResponse, body: string, requestId: string): Response {
  return textResponse(nullBody(answer.status) ? null : body, {
    status: answer.status,
    headers: { ...answer.headers, 'x-request-id': requestId, 'idempotent-replayed': 'true' },
  });
}
