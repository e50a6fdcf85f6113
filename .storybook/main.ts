// Storybook for @gepi/elements: web components on Vite, the a11y and docs addons, no telemetry.
// Stories import the workspace packages from their TypeScript sources (the `source` export
// condition, as tsx, web-test-runner and tsc do), so no `npm run build` is needed first.
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
      plugins: [...(viteConfig.plugins ?? []), customElementsManifest()],
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
