// The demo portal server (`npm start`): the registration API with the demo seed and, on the same
// port, the demo page. The page's scripts are bundled from demo/main.ts with esbuild when the server
// starts (in memory, from the packages' sources, no CDN), so a checkout runs without a build step.
// It lives with the elements because it serves them: the mock server does not know the elements.
//
//   node --conditions=source --import tsx packages/elements/demo/server.ts [--port 8787]
//        [--host 127.0.0.1] [--db data/gepi.sqlite] [--reset] [--origin <origin>]...
// Environment: PORT, GEPI_DB, GEPI_ADMIN_TOKEN, GEPI_HOLIDAYS, GEPI_ORIGINS.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { startServer } from '@gepi/mock-server/node';
import type { RunningServer } from '@gepi/mock-server/node';

const DEMO_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT_TSCONFIG = fileURLToPath(new URL('../../../tsconfig.json', import.meta.url));
// How a browser bundle takes the Fortify client (ESM entry, `ws` → WebSocket): shared with `npm run size`.
// A plain-JavaScript module of the repository's scripts, typed here by hand.
const { fortifyClientPlugin } = (await import(
  fileURLToPath(new URL('../../../scripts/fortify-esbuild.mjs', import.meta.url))
)) as { fortifyClientPlugin(): esbuild.Plugin };

// The page's only origin is this server (scripts, styles inline in index.html, the API, the PKI),
// besides Fortify on 127.0.0.1 in Fortify mode.
const PAGE_HEADERS = {
  'content-security-policy':
    // connect-src: Fortify (or its test server) listens on 127.0.0.1; https for its well-known document, wss for the socket.
    "default-src 'self'; connect-src 'self' https://127.0.0.1:* wss://127.0.0.1:*; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // Rebuilt at every start: never let a browser keep an old bundle.
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
}

/** Bundles the page's scripts: main.js (small) and a chunk for everything it loads later. */
export async function bundleDemo(): Promise<DemoAssets> {
  const outdir = `${DEMO_DIR}.out/assets`;
  const result = await esbuild.build({
    entryPoints: [`${DEMO_DIR}main.ts`],
    outdir,
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
    plugins: [fortifyClientPlugin()],
  });
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const file of result.outputFiles) {
    files.set(`/assets/${relative(outdir, file.path).split('\\').join('/')}`, new Uint8Array(file.contents));
  }
  return { page: readFileSync(`${DEMO_DIR}index.html`, 'utf8'), files };
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
