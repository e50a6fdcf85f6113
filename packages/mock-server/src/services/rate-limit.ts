// Per-client rate limits (one limiter per kind of endpoint: sign-ins, public receipts, handler
// searches, reviewer endpoints): a token bucket per client key, refilled continuously. Kept in memory: a restart forgets it, which errs on the side of the
// user, and one process is all this server runs as.

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until one more attempt is allowed (for Retry-After). */
  retryAfterSeconds: number;
}

const MAX_CLIENTS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number) {}

  take(key: string, nowMs: number): RateDecision {
    if (!Number.isFinite(this.perMinute)) return { allowed: true, retryAfterSeconds: 0 };
    const ratePerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: nowMs };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + Math.max(0, nowMs - bucket.at) * ratePerMs);
    bucket.at = nowMs;
    // Re-insert so that Map order is least-recently-used first, for eviction below.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_CLIENTS) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)),
    };
  }
}
