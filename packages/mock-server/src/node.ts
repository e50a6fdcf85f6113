// The Node entry point: the API on @hono/node-server with a SQLite store. startServer() is what
// the CLI, the tests and the benchmark run. With `seed: 'demo'` it issues the demo PKI, keeps it
// beside the database (`<db>.demo-pki.json`) and reuses it at the next start on that database
// (`reset` issues anew), trusts its CAs, seeds an empty database with the demo dataset, and serves
// the PKI at GET /demo/pki for the demo portal's virtual cards.
import { constants, createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { HttpBindings, ServerType } from '@hono/node-server';
import { demoPkiCrlsValidUntil, issueDemoPki, restoreDemoPki, saveDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import { createRegistrationApi } from './app.js';
import type { RegistrationApi } from './app.js';
import type { RegistrationApiOptions } from './context.js';
import { cardDetailsFromPki, demoSeed, exportDemoPki, trustFromPki } from './demo.js';
import { mergeTrust } from './trust-files.js';
import { fetchCrlSource } from './services/crl-refresh.js';
import type { CrlSourceReader } from './services/crl-refresh.js';
import type { SignatureCheckFactory, TrustConfig } from './services/verifier.js';
import { SqliteStore } from './store/driver-node.js';
import { nodeAesGcm, nodeIssuingCrypto } from './util/crypto-node.js';

export { SqliteStore } from './store/driver-node.js';
export type { SqliteStoreOptions } from './store/driver-node.js';
export * from './index.js';
export { TrustFileError, loadTrustFiles, mergeTrust } from './trust-files.js';

export interface StartServerOptions extends Omit<
  RegistrationApiOptions,
  'store' | 'trust' | 'origins' | 'demoPki' | 'clientKey'
> {
  port?: number;
  hostname?: string;
  /** SQLite file, or `:memory:`. */
  db: string;
  /** Delete the database file first. */
  reset?: boolean;
  synchronous?: 'normal' | 'full';
  /** Issue the demo PKI, trust it, seed the demo dataset on first start, serve GET /demo/pki. */
  seed?: 'demo';
  /** Use this demo PKI instead of issuing one (tests share one across servers). */
  pki?: DemoPki;
  /**
   * With `seed: 'demo'` and no `pki`: where the demo PKI is kept between starts, private keys
   * included (demo keys only). Default `<db>.demo-pki.json`; none for `:memory:` or `false`.
   */
  pkiFile?: string | false;
  /** Required without `seed: 'demo'`. */
  trust?: TrustConfig;
  /** Trusted besides `trust` / the demo PKI (the CLI's `--trust` / `--crl` files). */
  extraTrust?: TrustConfig;
  /** Allowed origins in addition to the server's own (http://localhost:<port>, http://127.0.0.1:<port>). */
  origins?: string[];
  /**
   * Asked first about every request, to serve something beside the API on the same port (the demo
   * portal's page and scripts): a Response answers the request, undefined hands it to the API.
   */
  serveFirst?: (request: Request) => Response | undefined | Promise<Response | undefined>;
}

export interface RunningServer {
  url: string;
  port: number;
  api: RegistrationApi;
  store: SqliteStore;
  pki: DemoPki | undefined;
  /** Where the demo PKI came from: issued at this start, reused from the PKI file, or given. */
  pkiSource: 'issued' | 'reused' | 'given' | undefined;
  close(): Promise<void>;
}

/**
 * node:crypto's RSA verification: synchronous, so a sign-in does not wait for a thread-pool round
 * trip (measured here: ~20 µs, against ~65 µs for an awaited WebCrypto verify).
 */
export const nodeSignatureChecks: SignatureCheckFactory = async (spki, algorithm) => {
  const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'rsa') throw new Error('not an RSA key');
  const hash = algorithm.hash.replace('-', '').toLowerCase();
  const options =
    algorithm.name === 'RSA-PSS'
      ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: algorithm.saltLength }
      : { key, padding: constants.RSA_PKCS1_PADDING };
  return (signature, message) => {
    try {
      return verify(hash, message, options, signature);
    } catch {
      return false;
    }
  };
};

/** CRL sources in Node: http(s) URLs by fetch, anything else as a file path. */
export const nodeCrlSource: CrlSourceReader = async (source) =>
  /^https?:\/\//i.test(source) ? fetchCrlSource(source) : new Uint8Array(await readFile(source));

function peerAddress(_request: Request, env: unknown): string | undefined {
  return (env as Partial<HttpBindings> | undefined)?.incoming?.socket.remoteAddress;
}

/**
 * The demo PKI kept in `file`, if there is one, it holds the dataset's cards and its CRLs are still
 * current at `now`; else a new one, saved there (atomically: a temp file, then a rename).
 */
async function keptDemoPki(
  file: string | undefined,
  now: Date | undefined,
): Promise<{ pki: DemoPki; source: 'issued' | 'reused' }> {
  if (file) {
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // No file yet: issue one below.
    }
    if (text !== undefined) {
      try {
        const pki = await restoreDemoPki(text);
        const validUntil = demoPkiCrlsValidUntil(pki);
        if (!validUntil || validUntil.getTime() > (now ?? new Date()).getTime())
          return { pki, source: 'reused' };
      } catch {
        // Unreadable, another format, or another dataset's cards: issue anew below.
      }
    }
  }
  // Signing and hashing on node:crypto: each certificate is made while the other keys are generated.
  const pki = await issueDemoPki({ now, crypto: nodeIssuingCrypto() });
  if (file) {
    const temp = `${file}.${process.pid}.tmp`;
    // Owner-only: the file holds the demo keys (demo keys only, but keys all the same).
    writeFileSync(temp, await saveDemoPki(pki), { mode: 0o600 });
    renameSync(temp, file);
  }
  return { pki, source: 'issued' };
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const pkiFile =
    options.pkiFile === false || options.db === ':memory:'
      ? undefined
      : (options.pkiFile ?? `${options.db}.demo-pki.json`);
  if (options.reset && options.db !== ':memory:') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${options.db}${suffix}`, { force: true });
    if (pkiFile) rmSync(pkiFile, { force: true });
  }
  const demo = options.seed === 'demo';
  const kept = !options.pki && demo ? await keptDemoPki(pkiFile, options.clock?.()) : undefined;
  const pki = options.pki ?? kept?.pki;
  const pkiSource = options.pki ? 'given' : kept?.source;
  const base = options.trust ?? (pki ? trustFromPki(pki) : undefined);
  if (!base && !options.extraTrust)
    throw new Error('startServer: give `trust` (CA certificates and CRLs) or `seed: "demo"`');
  const empty = { roots: [], intermediates: [], crls: [] };
  const trust = mergeTrust(base ?? empty, options.extraTrust ?? empty);

  const store = new SqliteStore({ path: options.db, synchronous: options.synchronous ?? 'normal' });
  if (demo && !store.isSeeded()) {
    const { data, audit } = demoSeed(
      options.clock?.() ?? new Date(),
      pki ? cardDetailsFromPki(pki) : undefined,
    );
    store.seed(data, audit);
  }
  const api = createRegistrationApi({
    ...options,
    store,
    trust,
    origins: options.origins ?? [],
    clientKey: peerAddress,
    readCrlSource: options.readCrlSource ?? nodeCrlSource,
    // Synchronous: WebCrypto's digest would add an async round trip per hash on the sign-in path.
    sha256: (data) => createHash('sha256').update(data).digest(),
    // Synchronous too: WebCrypto's AES-GCM goes through the thread pool on every stored answer.
    aesGcm: nodeAesGcm,
    signatureChecks: nodeSignatureChecks,
    ...(demo && pki ? { demoPki: await exportDemoPki(pki) } : {}),
  });
  try {
    await api.ready;
  } catch (error) {
    store.close();
    throw error;
  }

  const serveFirst = options.serveFirst;
  const handler: typeof api.fetch = serveFirst
    ? async (request, env) => (await serveFirst(request)) ?? api.fetch(request, env)
    : api.fetch;
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      { fetch: handler, port: options.port ?? 0, hostname: options.hostname ?? '127.0.0.1' },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  api.allowOrigin(`http://localhost:${port}`);
  api.allowOrigin(`http://127.0.0.1:${port}`);

  return {
    url: `http://localhost:${port}/`,
    port,
    api,
    store,
    pki,
    pkiSource,
    close: () =>
      new Promise<void>((resolve) => {
        const finish = () => {
          api.close();
          resolve();
        };
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => finish());
      }),
  };
}
