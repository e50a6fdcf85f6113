// The demo portal server (`npm start`): the registration API with the demo seed and, on the same
// port, the demo page. The page's scripts are bundled from demo/main.ts with esbuild when the server
// starts (in memory, from the packages' sources, no CDN), so a checkout runs without a build step;
// the bundle is kept in node_modules/.cache and reused while none of its inputs has changed.
// It lives with the elements because it serves them: the mock server does not know the elements.
//
//   node --conditions=source --import tsx packages/elements/demo/server.ts [--port 8787]
//        [--host 127.0.0.1] [--db data/gepi.sqlite] [--reset] [--origin <origin>]...
// Environment: PORT, GEPI_DB, GEPI_ADMIN_TOKEN, GEPI_HOLIDAYS, GEPI_ORIGINS.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import * as esbuild from 'esbuild';
import { startServer } from '@gepi/mock-server/node';
import type { RunningServer } from '@gepi/mock-server/node';

const DEMO_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ROOT_TSCONFIG = join(ROOT, 'tsconfig.json');
const FORTIFY_PLUGIN = join(ROOT, 'scripts/fortify-esbuild.mjs');
// How a browser bundle takes the Fortify client (ESM entry, `ws` → WebSocket): shared with `npm run size`.
// A plain-JavaScript module of the repository's scripts, typed here by hand.
const { fortifyClientPlugin } = (await import(FORTIFY_PLUGIN)) as { fortifyClientPlugin(): esbuild.Plugin };

/** Where {@link bundleDemo} keeps the page's bundle between starts. */
export const DEMO_BUNDLE_CACHE = join(ROOT, 'node_modules/.cache/gepi-demo/bundle.v8');

// The page's only origin is this server (scripts, styles inline in index.html, the API, the PKI),
// besides Fortify on 127.0.0.1 in Fortify mode.
const PAGE_HEADERS = {
  'content-security-policy':
    // connect-src: Fortify (or its test server) listens on 127.0.0.1; https for its well-known document, wss for the socket.
    "default-src 'self'; connect-src 'self' https://127.0.0.1:* wss://127.0.0.1:*; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // The bundle changes with the sources between starts: never let a browser keep an old one.
  'cache-control': 'no-cache',
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

export interface DemoAssets {
  /** index.html. */
  page: string;
  /** `/assets/…` path → file contents. */
  files: Map<string, Uint8Array<ArrayBuffer>>;
  /** Taken from the cache (see {@link BundleDemoOptions}) rather than bundled now. */
  cached: boolean;
}

const OUTDIR = `${DEMO_DIR}.out/assets`;
const BUILD_OPTIONS = {
  entryPoints: [`${DEMO_DIR}main.ts`],
  outdir: OUTDIR,
  absWorkingDir: ROOT,
  write: false,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  // The packages' TypeScript sources (their `source` export condition), as tests and tsx use them.
  conditions: ['source'],
  tsconfig: ROOT_TSCONFIG,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'silent',
  metafile: true,
} satisfies esbuild.BuildOptions;

/**
 * What a bundle depends on besides its input files: esbuild and its options, the Fortify plugin,
 * the TypeScript settings and the packages' manifests and lockfile (how imports resolve).
 */
function buildKey(): string {
  const hash = createHash('sha256').update(`${esbuild.version}\n${JSON.stringify(BUILD_OPTIONS)}\n`);
  const manifests = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/fortify-esbuild.mjs'];
  for (const pkg of ['sdk', 'pkcs11', 'mock-server', 'elements', 'fortify-test-server'])
    manifests.push(`packages/${pkg}/package.json`);
  for (const file of manifests)
    hash
      .update(`${file}\n`)
      .update(fileHash(file) ?? '-')
      .update('\n');
  return hash.digest('hex');
}

/** sha256 of a file under ROOT, or undefined when it cannot be read. */
function fileHash(path: string): string | undefined {
  try {
    return createHash('sha256')
      .update(readFileSync(join(ROOT, path)))
      .digest('hex');
  } catch {
    return undefined;
  }
}

interface CachedBundle {
  key: string;
  /** Input file (relative to ROOT, as esbuild's metafile names it) → sha256 of its contents. */
  inputs: Record<string, string>;
  files: [path: string, contents: Uint8Array][];
}

/** The cached bundle when it was made with the same key from inputs that have not changed since. */
function readCache(file: string, key: string): CachedBundle | undefined {
  let cached: CachedBundle;
  try {
    cached = deserialize(readFileSync(file)) as CachedBundle;
  } catch {
    return undefined;
  }
  if (cached?.key !== key || typeof cached.inputs !== 'object' || !Array.isArray(cached.files))
    return undefined;
  for (const [input, hash] of Object.entries(cached.inputs)) if (fileHash(input) !== hash) return undefined;
  return cached;
}

/** Written beside, then renamed: a concurrent start reads the old bundle or the new one, never half. */
function writeCache(file: string, cached: CachedBundle): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, serialize(cached));
    renameSync(temp, file);
  } catch {
    // No cache (read-only checkout): the next start bundles again.
  }
}

export interface BundleDemoOptions {
  /**
   * Where the bundle is kept between starts (default {@link DEMO_BUNDLE_CACHE}), or `false` to
   * bundle every time. A kept bundle is used when esbuild, the build options, the manifests and
   * every file esbuild read for it (by sha256) are what they were.
   */
  cacheFile?: string | false;
}

/** Bundles the page's scripts: main.js (small) and a chunk for everything it loads later. */
export async function bundleDemo(options: BundleDemoOptions = {}): Promise<DemoAssets> {
  const cacheFile = options.cacheFile ?? DEMO_BUNDLE_CACHE;
  const page = readFileSync(`${DEMO_DIR}index.html`, 'utf8');
  const key = buildKey();
  const cached = cacheFile ? readCache(cacheFile, key) : undefined;
  if (cached) {
    const files = new Map(cached.files.map(([path, contents]) => [path, new Uint8Array(contents)]));
    return { page, files, cached: true };
  }
  const started = Date.now();
  const result = await esbuild.build({ ...BUILD_OPTIONS, plugins: [fortifyClientPlugin()] });
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const file of result.outputFiles) {
    files.set(`/assets/${relative(OUTDIR, file.path).split('\\').join('/')}`, new Uint8Array(file.contents));
  }
  if (cacheFile) {
    const inputs: Record<string, string> = {};
    let edited = false;
    // Plugin namespaces (`gepi-no-long:long`, `(disabled):fs`) are no files: the key covers them.
    for (const input of Object.keys(result.metafile.inputs)) {
      if (/^[\w()-]+:/.test(input)) continue;
      // A file saved while esbuild ran may be newer than what it read: keep nothing then.
      edited ||= (statSync(join(ROOT, input), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) >= started;
      inputs[input] = fileHash(input) ?? 'unreadable';
    }
    if (!edited) writeCache(cacheFile, { key, inputs, files: [...files] });
  }
  return { page, files, cached: false };
}

function extension(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(dot);
}

/**
 * What the server answers before the API: GET/HEAD of `/` (when a page is wanted: a client asking
 * for JSON still gets the API's index) and of `/assets/…`. Everything else goes to the API.
 */
export function demoHandler(assets: DemoAssets): (request: Request) => Response | undefined {
  return (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const url = new URL(request.url);
    const path = url.pathname;
    const body = request.method === 'HEAD' ? null : undefined;
    if (path === '/' || path === '/index.html') {
      const accept = request.headers.get('accept') ?? '';
      if (path === '/' && accept.includes('application/json') && !accept.includes('text/html'))
        return undefined;
      // The Fortify client's protobufjs compiles its decoders with `new Function`: Fortify mode needs
      // 'unsafe-eval' (docs/fortify.md). The virtual mode's page keeps the strict policy.
      const fortify = url.searchParams.get('reader') === 'fortify';
      const csp = fortify
        ? PAGE_HEADERS['content-security-policy'].replace(
            "script-src 'self'",
            "script-src 'self' 'unsafe-eval'",
          )
        : PAGE_HEADERS['content-security-policy'];
      return new Response(body === null ? null : assets.page, {
        headers: { ...PAGE_HEADERS, 'content-security-policy': csp, 'content-type': TYPES['.html']! },
      });
    }
    if (!path.startsWith('/assets/')) return undefined;
    const file = assets.files.get(path);
    if (!file) {
      return new Response('Not found', {
        status: 404,
        headers: { ...PAGE_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    return new Response(body === null ? null : file, {
      headers: {
        ...PAGE_HEADERS,
        'content-type': TYPES[extension(path)] ?? 'application/octet-stream',
        'content-length': String(file.byteLength),
      },
    });
  };
}

export interface DemoPortalOptions {
  port?: number;
  hostname?: string;
  /** SQLite file, or `:memory:`. */
  db: string;
  /** Start from an empty database (seeded again with the demo dataset). */
  reset?: boolean;
  origins?: string[];
  adminToken?: string;
  holidays?: string[];
}

export interface RunningDemoPortal {
  /** The page, e.g. `http://localhost:8787/`. */
  url: string;
  server: RunningServer;
  close(): Promise<void>;
}

/** Bundles the page and starts the API with the demo seed, both on one port. */
export async function startDemoPortal(options: DemoPortalOptions): Promise<RunningDemoPortal> {
  // The bundle and the demo PKI (RSA keys for every card) take a moment each: in parallel. Nothing
  // is announced before both are done, so no request waits on `bundling` in practice.
  let serve: ((request: Request) => Response | undefined) | undefined;
  const bundling = bundleDemo().then((assets) => {
    serve = demoHandler(assets);
  });
  const starting = startServer({
    port: options.port ?? 8787,
    hostname: options.hostname ?? '127.0.0.1',
    db: options.db,
    reset: options.reset ?? false,
    seed: 'demo',
    origins: options.origins ?? [],
    holidays: options.holidays ?? [],
    ...(options.adminToken ? { adminToken: options.adminToken } : {}),
    serveFirst: async (request) => {
      await bundling;
      return serve?.(request);
    },
  });
  const [bundled, started] = await Promise.allSettled([bundling, starting]);
  if (started.status === 'rejected') throw started.reason;
  const server = started.value;
  if (bundled.status === 'rejected') {
    await server.close();
    throw bundled.reason;
  }
  return { url: server.url, server, close: () => server.close() };
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A line for the person who ran `npm start` (this is a command's output, not logging). */
function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      reset: { type: 'boolean', default: false },
      origin: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const port = Number(args.port ?? process.env['PORT'] ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid port "${args.port ?? ''}"`);
  const db = args.db ?? process.env['GEPI_DB'] ?? 'data/gepi.sqlite';
  if (db !== ':memory:') mkdirSync(dirname(db), { recursive: true });
  // The demo needs a reviewer to approve the pending application; a fresh token per run keeps it private.
  const adminToken = process.env['GEPI_ADMIN_TOKEN'] || randomBytes(24).toString('base64url');

  const portal = await startDemoPortal({
    port,
    ...(args.host ? { hostname: args.host } : {}),
    db,
    reset: args.reset,
    origins: [...list(process.env['GEPI_ORIGINS']), ...(args.origin ?? [])],
    holidays: list(process.env['GEPI_HOLIDAYS']),
    adminToken,
  });
  const url = portal.url;
  say(`GEPI registration API: ${url}`);
  say(`  docs: ${url}docs  ·  OpenAPI: ${url}openapi.json  ·  demo PKI: ${url}demo/pki`);
  if (!process.env['GEPI_ADMIN_TOKEN']) say(`  reviewer token (this run only): ${adminToken}`);
  // The last line: whoever waits for the demo (a person, the end-to-end test) waits for this one.
  say(`GEPI demo portal: ${url}`);

  // Ctrl-C reaches this process twice (from the terminal, and forwarded by scripts/start.mjs).
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void portal.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(
      `GEPI demo portal: could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
