// How a browser bundle gets the Fortify client (@webcrypto-local/client), shared by `npm run size`
// and the Chromium tests. The package's `browser` field points at an IIFE that exports nothing, so
// its ESM entry is taken instead; its `ws` import becomes the browser's WebSocket
// (@gepi/sdk/fortify/ws); `events` comes from the npm package. Hosts do the same (docs/fortify.md).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'packages/sdk/package.json'));

export const FORTIFY_CLIENT_ESM = join(
  dirname(require.resolve('@webcrypto-local/client/package.json')),
  'build/index.es.js',
);
export const WS_SHIM = join(ROOT, 'packages/sdk/src/fortify/ws-shim.ts');

/** esbuild plugin: the resolutions above. */
export function fortifyClientPlugin() {
  return {
    name: 'gepi-fortify-client',
    setup(build) {
      build.onResolve({ filter: /^@webcrypto-local\/client$/ }, () => ({ path: FORTIFY_CLIENT_ESM }));
      build.onResolve({ filter: /^ws$/ }, () => ({ path: WS_SHIM }));
    },
  };
}
