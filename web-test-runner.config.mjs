// Chromium tests (*.browser.test.ts) for every package, on Debian's Chromium: never a downloaded one.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { fortifyPlugin } from './scripts/wtr-fortify.mjs';

// WTR_FILES: space-separated globs (brace lists such as {a,b} allowed).
const filter = process.env.WTR_FILES;

/**
 * sql.js (SQLite WebAssembly, the in-browser API's database) is published as CommonJS only; Vite
 * converts it for Storybook, and here it is served as an ES module whose default export is its
 * `module.exports` (the init function).
 */
const sqlJsAsModule = {
  name: 'gepi-sql-js-as-module',
  transform(context) {
    if (!/\/node_modules\/sql\.js\/dist\/[^/]+\.js$/.test(context.path)) return undefined;
    return {
      body: `var module = { exports: {} };\nvar exports = module.exports;\n${context.body}\nexport default module.exports;\n`,
    };
  },
};

export default {
  files: filter ? filter.split(/\s+/).filter(Boolean) : ['packages/*/test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        // The Fortify test server's TLS certificate is generated at its start (Fortify tests).
        args: [...chromiumArgs, '--ignore-certificate-errors'],
      },
    }),
  ],
  plugins: [
    sqlJsAsModule,
    fortifyPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
