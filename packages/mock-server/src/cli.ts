// gepi-mock-server: runs the registration API on a SQLite file.
//   gepi-mock-server --port 8787 --db ./data/gepi.sqlite --seed demo [--reset]
// Environment: PORT, GEPI_DB, GEPI_ADMIN_TOKEN (reviewer token), GEPI_HOLIDAYS (comma-separated
// YYYY-MM-DD), GEPI_ORIGINS (comma-separated extra allowed origins), GEPI_SYNC (normal|full),
// GEPI_TRUST / GEPI_CRL (comma-separated, as --trust / --crl; GEPI_CRLS is read as GEPI_CRL too),
// GEPI_TRUSTED_PROXIES (comma-separated proxy addresses whose X-Forwarded-For is believed),
// GEPI_PUBLIC_URL (as --public-url).
//   --trust <file or dir of PEM/DER CA certificates>  (repeatable) trust these CAs too: e.g. the real
//     GRCA/MOICA/GCA chain, so real cards sign in through Fortify.
//   --crl <file or http(s) URL>  (repeatable) CRLs: files are read at start (a bad file stops the
//     start), and every source is re-read before its CRL goes stale and on SIGHUP.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { randomToken } from './util/crypto.js';
import { TrustFileError, loadTrustFiles, startServer } from './node.js';

const USAGE = `Usage: gepi-mock-server [--port 8787] [--host 127.0.0.1] [--db ./data/gepi.sqlite] [--seed demo] [--reset]
                        [--sync normal|full] [--origin <origin>]... [--trust <file|dir>]...
                        [--crl <file|URL>]... [--trusted-proxy <address>]... [--public-url <URL>]
  --trust          CA certificates (PEM or DER, a file or a directory of them) to trust besides the demo PKI
  --crl            CRLs (PEM or DER files, or http(s) URLs), re-read before they go stale and on SIGHUP
  --trusted-proxy  a proxy address whose X-Forwarded-For is believed
  --public-url     the URL clients reach the API at (behind a proxy); the server of /openapi.json
                   (default: the origin the document is asked from)
Environment: PORT, GEPI_DB, GEPI_ADMIN_TOKEN, GEPI_HOLIDAYS, GEPI_ORIGINS, GEPI_SYNC, GEPI_TRUST, GEPI_CRL
             (or GEPI_CRLS), GEPI_TRUSTED_PROXIES, GEPI_PUBLIC_URL.`;

function fail(message: string): never {
  console.error(`gepi-mock-server: ${message}\n${USAGE}`);
  process.exit(2);
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
      sync: { type: 'string' },
      origin: { type: 'string', multiple: true },
      trust: { type: 'string', multiple: true },
      'trusted-proxy': { type: 'string', multiple: true },
      crl: { type: 'string', multiple: true },
      'public-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const portText = args.port ?? process.env.PORT ?? '8787';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid port "${portText}"`);
const db = args.db ?? process.env.GEPI_DB ?? './data/gepi.sqlite';
if (args.seed !== undefined && args.seed !== 'demo') fail(`unknown seed "${args.seed}" (only "demo")`);
const sync = args.sync ?? process.env.GEPI_SYNC ?? 'normal';
if (sync !== 'normal' && sync !== 'full') fail(`--sync must be normal or full`);
const demo = args.seed === 'demo';
const publicUrl = args['public-url'] ?? process.env.GEPI_PUBLIC_URL;
if (publicUrl !== undefined && !/^https?:\/\/[^/?#\s]+(?:\/[^?#\s]*)?$/.test(publicUrl))
  fail(`--public-url must be an http(s) URL, got "${publicUrl}"`);

let adminToken = process.env.GEPI_ADMIN_TOKEN;
let generatedToken = false;
if (!adminToken && demo) {
  // A demo needs a reviewer to approve the pending application; a fresh token per run keeps it private.
  adminToken = randomToken(24);
  generatedToken = true;
}

if (db !== ':memory:') mkdirSync(dirname(db), { recursive: true });

const trustPaths = [...list(process.env.GEPI_TRUST), ...(args.trust ?? [])];
const crlSources = [...list(process.env.GEPI_CRL), ...list(process.env.GEPI_CRLS), ...(args.crl ?? [])];
// Files are read now, with the CAs they belong to; URLs are fetched when the API starts and re-read with the files.
const crlPaths = crlSources.filter((source) => !/^https?:\/\//i.test(source));
if (crlSources.length > 0 && trustPaths.length === 0 && !demo)
  fail('--crl needs --trust (the CAs the CRLs belong to)');
let extraTrust;
if (trustPaths.length > 0 || crlPaths.length > 0) {
  try {
    extraTrust = await loadTrustFiles({ trust: trustPaths, crl: crlPaths });
  } catch (error) {
    if (error instanceof TrustFileError) fail(error.message);
    throw error;
  }
}

try {
  const server = await startServer({
    port,
    hostname: args.host ?? '127.0.0.1',
    db,
    reset: args.reset,
    synchronous: sync,
    // Without the demo there is no CA to trust yet: the API runs, and every card is refused.
    ...(demo ? { seed: 'demo' as const } : { trust: { roots: [], intermediates: [], crls: [] } }),
    ...(extraTrust ? { extraTrust } : {}),
    ...(adminToken ? { adminToken } : {}),
    holidays: list(process.env.GEPI_HOLIDAYS),
    origins: [...list(process.env.GEPI_ORIGINS), ...(args.origin ?? [])],
    trustedProxies: [...list(process.env.GEPI_TRUSTED_PROXIES), ...(args['trusted-proxy'] ?? [])],
    crlSources,
    ...(publicUrl ? { publicUrl } : {}),
  });
  if (!demo && !extraTrust)
    console.warn(
      'gepi-mock-server: no --seed demo and no --trust: the API trusts no CA, so no card can sign in.',
    );
  if (extraTrust) {
    console.log(
      `  trusting ${extraTrust.roots.length} root and ${extraTrust.intermediates.length} issuing CA certificates and ${extraTrust.crls.length} CRLs from --trust/--crl`,
    );
  }
  console.log(`GEPI registration API: ${server.url}`);
  console.log(
    `  docs: ${server.url}docs  ·  OpenAPI: ${server.url}openapi.json${demo ? `  ·  demo PKI: ${server.url}demo/pki` : ''}`,
  );
  if (generatedToken) console.log(`  reviewer token (this run only): ${adminToken}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGHUP', () => {
    void server.api.reloadCrls().then(
      (results) => {
        for (const r of results)
          console.log(`gepi-mock-server: CRL ${r.issuer}: ${r.status}${r.reason ? ` (${r.reason})` : ''}`);
      },
      (error: unknown) => console.error(`gepi-mock-server: CRL reload failed: ${String(error)}`),
    );
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(
    `gepi-mock-server: could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
