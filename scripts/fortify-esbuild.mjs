// How a browser bundle gets the Fortify client (@webcrypto-local/client), shared by `npm run size`
// and the Chromium tests. The package's `browser` field points at an IIFE that exports nothing, so
// its ESM entry is taken instead; its `ws` import becomes the browser's WebSocket
// (@gepi/sdk/fortify/ws); `events` comes from the npm package. Hosts do the same (docs/fortify.md).
import { existsSync } from 'node:fs';
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

/**
 * Size only (optional for hosts, docs/fortify.md): protobufjs's `light` build for the client's
 * `protobufjs` import (tsprotobuf builds its types by reflection and never parses .proto text, so
 * the parser and tokenizer are dead weight), no `long` (every field of the Fortify protocol is
 * 32-bit or smaller; protobufjs uses `long` only for 64-bit fields and works without it) and
 * tslib's ES module build (the CommonJS one cannot be tree-shaken).
 */
export const PROTOBUF_LIGHT = join(dirname(require.resolve('protobufjs/package.json')), 'light.js');

/** esbuild plugin: the resolutions above. */
export function fortifyClientPlugin() {
  return {
    name: 'gepi-fortify-client',
    setup(build) {
      build.onResolve({ filter: /^@webcrypto-local\/client$/ }, () => ({ path: FORTIFY_CLIENT_ESM }));
      build.onResolve({ filter: /^ws$/ }, () => ({ path: WS_SHIM }));
      build.onResolve({ filter: /^protobufjs$/ }, () => ({ path: PROTOBUF_LIGHT }));
      build.onResolve({ filter: /^long$/ }, () => ({ path: 'long', namespace: 'gepi-no-long' }));
      build.onLoad({ filter: /.*/, namespace: 'gepi-no-long' }, () => ({
        contents: 'module.exports = null;',
        loader: 'js',
      }));
      build.onResolve({ filter: /^tslib$/ }, async (args) => {
        if (args.pluginData?.gepiTslib) return undefined;
        const resolved = await build.resolve('tslib', {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: { gepiTslib: true },
        });
        if (resolved.errors.length > 0) return undefined;
        // tslib 2 ships tslib.es6.mjs, tslib 1 (2key-ratchet's own copy) tslib.es6.js.
        const dir = resolved.path.replace(/[/\\](modules[/\\]index\.js|tslib\.js)$/, '');
        const esm = ['tslib.es6.mjs', 'tslib.es6.js'].map((file) => join(dir, file)).find(existsSync);
        return { path: esm ?? resolved.path };
      });
    },
  };
}
