// Benchmark (not a test): a card put into a reader on the Fortify-protocol test server → the
// `card-inserted` event of FortifyTokenProvider IN A PAGE (Debian's Chromium), through the real
// @webcrypto-local/client bundled as a host bundles it (scripts/fortify-esbuild.mjs). Target ≤ 100 ms.
// The page and this process read the same clock (performance.timeOrigin + now()); prints median,
// p95 and max over the runs.
//
//   npm run bench:fortify:page [-- --runs 30]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import type { Plugin } from 'esbuild';
import { chromium } from 'playwright-core';
import { provisionSoftHsm } from '@gepi/pkcs11';
import { FortifyTestServer } from '../src/index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface ChromiumSetup {
  chromiumPath(): string;
  chromiumAvailable(): boolean;
  chromiumArgs: string[];
}
type EsbuildPlugin = { name: string; setup(build: unknown): void };
// Plain-JavaScript modules shared with the size report and web-test-runner: typed here by hand.
const chromiumSetup = (await import(join(ROOT, 'scripts/chromium.mjs'))) as ChromiumSetup;
const { fortifyClientPlugin } = (await import(join(ROOT, 'scripts/fortify-esbuild.mjs'))) as {
  fortifyClientPlugin(): EsbuildPlugin;
};

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(values.runs);
if (!chromiumSetup.chromiumAvailable()) throw new Error(`no Chromium at ${chromiumSetup.chromiumPath()}`);

// The page's script: the SDK's Fortify provider and the real client, bundled for the browser.
const bundled = await esbuild.build({
  stdin: {
    contents:
      "import { FortifyTokenProvider } from '@gepi/sdk/fortify';\n(globalThis as any).FortifyTokenProvider = FortifyTokenProvider;",
    resolveDir: join(ROOT, 'packages/sdk'),
    sourcefile: 'bench-page.ts',
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source'],
  tsconfig: join(ROOT, 'tsconfig.json'),
  plugins: [fortifyClientPlugin() as Plugin],
  logLevel: 'error',
});
const script = bundled.outputFiles[0]?.text ?? '';
const http = createServer((request, response) => {
  if (request.url === '/bench.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  } else {
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>');
  }
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const pageUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`;

const provision = await provisionSoftHsm({ cards: ['CIT-LIN'] });
const server = await FortifyTestServer.start({ tokens: provision });
const browser = await chromium.launch({
  executablePath: chromiumSetup.chromiumPath(),
  // The test server's certificate is made at its start.
  args: [...chromiumSetup.chromiumArgs, '--ignore-certificate-errors'],
});

type Page = Awaited<ReturnType<typeof browser.newPage>>;
const now = () => performance.timeOrigin + performance.now();

async function armed(page: Page, type: 'card-inserted' | 'card-removed'): Promise<void> {
  await page.evaluate((type) => {
    const w = globalThis as unknown as {
      provider: { on(type: string, listener: () => void): () => void };
      next?: Promise<number>;
    };
    w.next = new Promise<number>((resolve) => {
      const off = w.provider.on(type, () => {
        off();
        resolve(performance.timeOrigin + performance.now());
      });
    });
  }, type);
}
const seen = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { next: Promise<number> }).next) as Promise<number>;

try {
  const page = await browser.newPage();
  await page.goto(pageUrl);
  await page.waitForFunction(() => 'FortifyTokenProvider' in globalThis);
  await page.evaluate(async (address) => {
    const w = globalThis as unknown as {
      FortifyTokenProvider: new (options: object) => { connect(): Promise<void> };
      provider: unknown;
    };
    const provider = new w.FortifyTokenProvider({ address, storage: 'memory' });
    w.provider = provider;
    await provider.connect();
  }, server.address);

  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    await armed(page, 'card-removed');
    server.remove('CIT-LIN');
    await seen(page);
    await armed(page, 'card-inserted');
    const start = now();
    server.insert('CIT-LIN');
    const end = await seen(page);
    if (i >= 3) times.push(end - start); // the first runs warm up the cipher and JIT
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(
    `card insert on the Fortify test server → card-inserted in a page (Chromium, FortifyTokenProvider), ${runs} runs:`,
  );
  console.log(
    `  median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, max ${ms(times[times.length - 1] ?? NaN)} (target ≤ 100 ms)`,
  );
} finally {
  await browser.close();
  await server.close();
  await provision.cleanup();
  http.close();
}
