// The options of createRegistrationApi() and the context every route and service receives.
// Everything that varies between production-like runs, tests and the browser demo is an option
// here: the store, the trusted CAs, the allowed origins, the clock, the reviewer token, holidays
// and limits.
import type { Permission, Sha256 } from '@gepi/sdk/api';
import type { BusinessCalendar } from './services/business-days.js';
import type { CrlRefresher, CrlSourceReader } from './services/crl-refresh.js';
import type { RateLimiter } from './services/rate-limit.js';
import type { CertificateVerifier, SignatureCheckFactory, TrustConfig } from './services/verifier.js';
import type { Store } from './store/types.js';
import type { AesGcm } from './util/crypto.js';

export interface Limits {
  /** Largest request body accepted, in bytes. Default 64 KiB. */
  maxBodyBytes: number;
  /** Deepest JSON nesting accepted. Default 16. */
  maxJsonDepth: number;
  /** Challenge lifetime. Default 5 minutes. */
  challengeTtlMs: number;
  /** A card session ends after this long without use. Default 10 minutes. */
  sessionIdleMs: number;
  /** …and this long after it was opened, used or not. Default 30 minutes. */
  sessionMaxMs: number;
  /** Challenges plus sign-ins one client may make per minute; Infinity turns the limit off. Default 30. */
  signInsPerMinute: number;
  /** Public receipt look-ups (GET /receipts, which anyone may ask) per client and minute. Default 60. */
  receiptsPerMinute: number;
  /**
   * Reviewer requests per client and minute, counted before the reviewer token is checked, so a
   * token cannot be guessed at speed. Default 60.
   */
  adminPerMinute: number;
  /**
   * Handler searches and lists (handlers, authorized list and CSV), and org card checks before the
   * PIN (POST /card-checks/org), per client and minute. Default 120.
   */
  searchPerMinute: number;
  /** How long the answer to a request with an Idempotency-Key is replayed to its repeats. Default 24 hours. */
  idempotencyTtlMs: number;
  /** With CRL sources: the longest time between two reloads of them. Default 1 hour. */
  crlRefreshMs: number;
  /** With CRL sources: reload this long before the earliest nextUpdate in use. Default 2 hours. */
  crlRefreshLeadMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: 64 * 1024,
  maxJsonDepth: 16,
  challengeTtlMs: 5 * 60_000,
  sessionIdleMs: 10 * 60_000,
  sessionMaxMs: 30 * 60_000,
  signInsPerMinute: 30,
  receiptsPerMinute: 60,
  adminPerMinute: 60,
  searchPerMinute: 120,
  idempotencyTtlMs: 24 * 3600_000,
  crlRefreshMs: 3600_000,
  crlRefreshLeadMs: 2 * 3600_000,
};

/** Limits with every rate limit turned off: for tests and single-user demos, never for a server facing clients. */
export const NO_RATE_LIMITS = {
  signInsPerMinute: Infinity,
  receiptsPerMinute: Infinity,
  adminPerMinute: Infinity,
  searchPerMinute: Infinity,
} as const satisfies Partial<Limits>;

export interface Logger {
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** What GET /demo/pki serves: the demo PKI's CA certificates, CRLs and cards, keys included. */
export interface DemoPkiExport {
  notice: string;
  issuedAt: string;
  root: { certificate: string; crl: string | null };
  cas: Record<string, { certificate: string; crl: string | null }>;
  cards: Array<Record<string, unknown>>;
}

export interface RegistrationApiOptions {
  store: Store;
  /** The CA certificates and CRLs to trust. Never anything from a request. */
  trust: TrustConfig;
  /**
   * Where to re-read CRLs from while running (file paths or http(s) URLs; DER or PEM): at start,
   * then on a timer before the CRLs in use go stale (Limits.crlRefreshMs, crlRefreshLeadMs), and
   * on POST /api/v1/admin/crls without a body. Default: none (only the `trust` CRLs and pushes).
   */
  crlSources?: string[];
  /** Reads a CRL source; default: fetch for URLs (the Node server adds files). */
  readCrlSource?: CrlSourceReader;
  /** Origins allowed to obtain challenges (and to call the API from a browser). */
  origins: string[];
  /** Injectable clock for every time rule. Default: `() => new Date()`. */
  clock?: () => Date;
  /** Reviewer token (GEPI_ADMIN_TOKEN); without one the reviewer endpoints answer ADMIN_DISABLED. */
  adminToken?: string;
  /** Bank holidays, YYYY-MM-DD in Asia/Taipei; weekends are never business days. */
  holidays?: string[];
  limits?: Partial<Limits>;
  /** The permission catalog; default: DEFAULT_PERMISSIONS (data/permissions.ts), the manual's menu. */
  permissions?: Permission[];
  /**
   * The address of the peer that sent a request, for rate limiting. The Node server passes the
   * socket's remote address; without one (the browser demo) every request shares one bucket.
   */
  clientKey?: (request: Request, env: unknown) => string | undefined;
  /**
   * Addresses of reverse proxies whose `X-Forwarded-For` is believed. A request from one of them
   * is counted against the right-most address in that header that is not itself a trusted proxy;
   * from anyone else the header is ignored (a client could write anything there). Default: none.
   */
  trustedProxies?: string[];
  /**
   * A request header that names the client instead of its address: only for tests, or behind a
   * proxy that always sets it (a client could otherwise pick its own bucket).
   */
  clientIdHeader?: string;
  /** Served at GET /demo/pki when set (servers started with the demo seed only). */
  demoPki?: DemoPkiExport;
  logger?: Logger;
  /** A SHA-256 to use instead of WebCrypto's (the Node server passes node:crypto's synchronous one). */
  sha256?: Sha256;
  /** AES-256-GCM to use instead of WebCrypto's, for sealing stored answers (Node: node:crypto's). */
  aesGcm?: AesGcm;
  /** Signature verification to use instead of WebCrypto's (the Node server passes node:crypto's). */
  signatureChecks?: SignatureCheckFactory;
  /** Version string shown by the health endpoint. */
  version?: string;
  /**
   * The URL clients reach the API at (e.g. behind a reverse proxy: https://gepi.example.gov.tw),
   * listed as the server of GET /openapi.json. Default: the origin the document is asked from.
   */
  publicUrl?: string;
}

export interface PermissionIndex {
  catalog: Permission[];
  /** Leaf id → label, in catalog order. */
  leaves: Map<string, string>;
  /** Leaf id → when it joined the catalog (ms since the epoch), for leaves (or groups) that say so. */
  addedAt: Map<string, number>;
}

/** The kinds of endpoint that are rate-limited, each with its own budget per client. */
export type RateClass = 'sign-in' | 'receipts' | 'admin' | 'search';

export interface ApiContext {
  store: Store;
  verifier: CertificateVerifier;
  /** Loads pushed CRLs, re-reads the configured sources, and keeps them fresh on a timer. */
  crls: CrlRefresher;
  origins: Set<string>;
  clock: () => Date;
  calendar: BusinessCalendar;
  limits: Limits;
  permissions: PermissionIndex;
  adminToken: string | undefined;
  /** Per-client request limits by kind of endpoint. */
  rateLimits: Record<RateClass, RateLimiter>;
  demoPki: DemoPkiExport | undefined;
  logger: Logger;
  sha256: Sha256;
  aesGcm: AesGcm;
  version: string;
}

/** `addedAt` as a time: a date alone (YYYY-MM-DD) is midnight in Taiwan. */
function addedTime(node: Permission): number | undefined {
  if (node.addedAt === undefined) return undefined;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(node.addedAt) ? `${node.addedAt}T00:00:00+08:00` : node.addedAt;
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new TypeError(`Permission catalog: ${node.id} has an invalid addedAt`);
  return time;
}

export function indexPermissions(catalog: Permission[]): PermissionIndex {
  const leaves = new Map<string, string>();
  const addedAt = new Map<string, number>();
  const walk = (nodes: Permission[], groupAdded: number | undefined) => {
    for (const node of nodes) {
      const added = addedTime(node) ?? groupAdded;
      if (node.children && node.children.length > 0) walk(node.children, added);
      else {
        leaves.set(node.id, node.label);
        if (added !== undefined) addedAt.set(node.id, added);
      }
    }
  };
  walk(catalog, undefined);
  return { catalog, leaves, addedAt };
}
