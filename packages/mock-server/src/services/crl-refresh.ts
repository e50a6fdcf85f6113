// CRL refresh for a server that runs for weeks: the CRLs loaded at start go stale at their
// nextUpdate, after which every card of that CA fails closed (CRL_UNAVAILABLE). So the server
// re-reads its configured CRL sources (files or http(s) URLs) on a timer: at least every
// `crlRefreshMs`, and `crlRefreshLeadMs` before the earliest nextUpdate in use. A reviewer can also
// push CRLs or ask for a reload (POST /api/v1/admin/crls), and the CLI reloads on SIGHUP. Whatever
// is read goes through the verifier's rules (signature, complete CRL, newer number): a source that
// serves an old or forged CRL changes nothing.
import type { Logger } from '../context.js';
import type { CertificateVerifier, CrlOutcome } from './verifier.js';

/** Reads one CRL source: its bytes (DER, or PEM with one or more CRLs). */
export type CrlSourceReader = (source: string) => Promise<Uint8Array>;

export interface CrlRefreshOptions {
  sources: readonly string[];
  read: CrlSourceReader;
  /** Longest time between two reloads. */
  refreshMs: number;
  /** How long before the earliest nextUpdate in use to reload. */
  leadMs: number;
}

/** After a reload that found nothing fresher than what is about to go stale, try again this soon. */
const RETRY_MS = 60_000;
const MIN_DELAY_MS = 1_000;

const PEM_CRL = /-----BEGIN X509 CRL-----([A-Za-z0-9+/=\s]+)-----END X509 CRL-----/g;

/** The CRLs in what a source gave: every PEM block, or the bytes as DER. */
export function crlsFromBytes(bytes: Uint8Array): Uint8Array[] {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64)));
  if (!head.includes('-----BEGIN')) return [bytes];
  const text = new TextDecoder('latin1').decode(bytes);
  return [...text.matchAll(PEM_CRL)].map((m) => {
    const binary = atob(m[1]!.replace(/\s+/g, ''));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  });
}

/** Reads http(s) URLs with fetch; anything else needs a runtime that can read files (node.ts). */
export const fetchCrlSource: CrlSourceReader = async (source) => {
  if (!/^https?:\/\//i.test(source)) throw new Error('not a URL, and this runtime reads no files');
  const response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

export class CrlRefresher {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;

  constructor(
    private readonly verifier: () => CertificateVerifier,
    private readonly options: CrlRefreshOptions,
    private readonly clock: () => Date,
    private readonly logger: Logger,
  ) {}

  get hasSources(): boolean {
    return this.options.sources.length > 0;
  }

  /** Loads pushed CRLs (DER) and answers what became of each. */
  async load(crls: readonly Uint8Array[]): Promise<CrlOutcome[]> {
    return this.verifier().loadCrls(crls.flatMap((bytes) => crlsFromBytes(bytes)));
  }

  /**
   * Re-reads every configured source and loads what it serves. A source that cannot be read is
   * reported (and logged) as refused; the others still count.
   */
  async reload(): Promise<CrlOutcome[]> {
    const unread: CrlOutcome[] = [];
    const read: Uint8Array[] = [];
    await Promise.all(
      this.options.sources.map(async (source) => {
        try {
          read.push(...crlsFromBytes(await this.options.read(source)));
        } catch (error) {
          const reason = `unreadable: ${error instanceof Error ? error.message : String(error)}`;
          this.logger.warn('CRL source cannot be read', { source, reason });
          unread.push({ issuer: source, status: 'refused', reason });
        }
      }),
    );
    const outcomes = await this.verifier().loadCrls(read);
    return [...unread, ...outcomes];
  }

  /** How long until the next reload, from the CRLs now in use. */
  nextDelay(now = this.clock()): number {
    let delay = this.options.refreshMs;
    for (const status of this.verifier().crlStatus()) {
      if (status.nextUpdate === null) continue;
      const due = Date.parse(status.nextUpdate) - this.options.leadMs - now.getTime();
      // Already due and the last reload had nothing newer: ask again soon, not in a tight loop.
      delay = Math.min(delay, due <= 0 ? RETRY_MS : due);
    }
    return Math.max(MIN_DELAY_MS, delay);
  }

  /** Starts the timer (only when sources are configured). */
  start(): void {
    if (!this.hasSources || this.#stopped) return;
    this.#schedule();
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      void this.reload()
        .catch((error: unknown) => this.logger.error('CRL reload failed', { error: String(error) }))
        .finally(() => this.#schedule());
    }, this.nextDelay());
    // A pending reload never keeps a Node process alive on its own.
    (this.#timer as { unref?: () => void }).unref?.();
  }
}
