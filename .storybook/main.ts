// Storybook for @gepi/elements: web components on Vite, the a11y and docs addons, no telemetry.
// Stories import the workspace packages from their TypeScript sources (the `source` export
// condition, as tsx, web-test-runner and tsc do), so no `npm run build` is needed first.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';
import type { Plugin } from 'vite';

const MANIFEST = fileURLToPath(new URL('../packages/elements/custom-elements.json', import.meta.url));
const MANIFEST_ID = 'virtual:gepi/custom-elements';

/**
 * `import manifest from 'virtual:gepi/custom-elements'`: the generated custom-elements.json. Served
 * through a virtual module rather than a relative JSON import so that type-checking does not need
 * the generated file, and so that a missing manifest fails with the command that makes it.
 */
function customElementsManifest(): Plugin {
  return {
    name: 'gepi-custom-elements-manifest',
    resolveId: (id) => (id === MANIFEST_ID ? `\0${MANIFEST_ID}` : undefined),
    async load(id) {
      if (id !== `\0${MANIFEST_ID}`) return undefined;
      this.addWatchFile(MANIFEST);
      let text: string;
      try {
        text = await readFile(MANIFEST, 'utf8');
      } catch {
        throw new Error(`${MANIFEST} is missing: run \`npm run analyze\` (the storybook scripts do).`);
      }
      return `export default ${text};`;
    },
  };
}

const ISSUE_DEMO_PKI = fileURLToPath(new URL('./issue-demo-pki.ts', import.meta.url));
/** The asset's name beside iframe.html (DEMO_PKI_ASSET of packages/elements/stories/support/demo-pki.ts). */
const DEMO_PKI_ASSET = 'demo-pki.json';
/** `storybook dev` issues a new one when its PKI is older than this (the page uses one up to a day old). */
const DEV_DEMO_PKI_MAX_AGE_MS = 12 * 3_600_000;

/** A newly issued demo PKI, saved (saveDemoPki's text), issued in a Node process of its own. */
function issueDemoPkiText(): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', ISSUE_DEMO_PKI],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`issuing the demo PKI failed: ${stderr || error.message}`));
        else resolve(stdout);
      },
    );
  });
}

/**
 * `demo-pki.json` beside iframe.html: the demo PKI the flow stories sign with, issued once in Node
 * (a few seconds) instead of in every fresh browser (WebCrypto, many more); the page only restores it
 * (stories/support/demo-pki.ts). `storybook build` writes it into storybook-static/, issued while the
 * preview is bundled; `storybook dev` issues one at start and serves it from memory, anew when it is
 * 12 hours old. Demo keys only: the test-marked demo PKI of @gepi/sdk/testing.
 */
function demoPkiAsset(): Plugin {
  let building: Promise<string> | undefined;
  let serving: { issuedAt: number; text: Promise<string> } | undefined;
  const current = (): Promise<string> => {
    if (!serving || Date.now() - serving.issuedAt > DEV_DEMO_PKI_MAX_AGE_MS) {
      const text = issueDemoPkiText();
      const entry = { issuedAt: Date.now(), text };
      serving = entry;
      // A failed issuance is tried again on the next request.
      text.catch(() => {
        if (serving === entry) serving = undefined;
      });
    }
    return serving.text;
  };
  return {
    name: 'gepi-demo-pki',
    buildStart() {
      if (this.meta.watchMode) return;
      building = issueDemoPkiText();
      // Awaited in generateBundle; a rejection unobserved until then must not crash the build first.
      building.catch(() => undefined);
    },
    async generateBundle() {
      if (!building) return;
      this.emitFile({ type: 'asset', fileName: DEMO_PKI_ASSET, source: await building });
    },
    configureServer(server) {
      current().catch((error: unknown) => server.config.logger.warn(String(error)));
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `/${DEMO_PKI_ASSET}`) return next();
        current().then(
          (text) => {
            response.setHeader('content-type', 'application/json; charset=utf-8');
            response.setHeader('cache-control', 'no-store');
            response.end(text);
          },
          (error: unknown) => {
            server.config.logger.warn(String(error));
            // The page falls back to its IndexedDB copy or issues one itself.
            response.statusCode = 503;
            response.end();
          },
        );
      });
    },
  };
}

const config: StorybookConfig = {
  stories: ['../packages/elements/stories/**/*.mdx', '../packages/elements/stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: {
    // Telemetry costs DNS look-ups and seconds per build on machines without network, and the
    // project sends nothing anywhere.
    disableTelemetry: true,
  },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      plugins: [...(viteConfig.plugins ?? []), customElementsManifest(), demoPkiAsset()],
      resolve: {
        ...viteConfig.resolve,
        // `source` first: @gepi/* resolve to src/*.ts; every other package keeps Vite's defaults.
        conditions: ['source', ...defaultClientConditions],
      },
      build: {
        ...viteConfig.build,
        // Storybook's own chunks (docs renderer, axe, the preview runtime) are large by nature; the
        // library's size budget is checked on its own bundles, not here.
        chunkSizeWarningLimit: 4096,
      },
    };
  },
};

export default config;
