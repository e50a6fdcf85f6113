// Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the SDK repeats a POST that may
// have been lost only with the key it made once for that call, and this is where the server keeps
// its side of the bargain. The first answer for (who, route, key) is stored with a fingerprint of
// the request body; a repeat with the same body gets that answer again, byte for byte, marked
// `Idempotent-Replayed: true`; the same key with another body is refused (422), and so is a
// repeat while the first is still being answered (409).
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
import { bytesToHex } from '../util/encoding.js';

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

export class IdempotencyKeys {
  /** Scope → fingerprint of the request being answered under it. */
  readonly #inFlight = new Map<string, string>();

  constructor(private readonly ctx: ApiContext) {}

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
  ): Promise<Response> {
    if (response.status >= 500 || response.status === 429) return response;
    const body = await response.text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!NOT_STORED.has(name)) headers[name] = value;
    });
    const now = this.ctx.clock();
    const ttl = durable ? this.ctx.limits.idempotencyTtlMs : this.ctx.limits.challengeTtlMs;
    this.ctx.store.saveIdempotentResponse(
      claim.scope,
      {
        fingerprint: claim.fingerprint,
        status: response.status,
        headers,
        body,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + ttl).toISOString(),
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

/** The stored answer again, for a repeat: same status, headers and body. */
export function replayResponse(answer: StoredResponse, requestId: string): Response {
  return textResponse(nullBody(answer.status) ? null : answer.body, {
    status: answer.status,
    headers: { ...answer.headers, 'x-request-id': requestId, 'idempotent-replayed': 'true' },
  });
}
