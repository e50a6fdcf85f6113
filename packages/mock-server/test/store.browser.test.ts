// The store contract (support/store-contract.ts) in Chromium, on SQLite WebAssembly (sql.js): the
// store the in-browser API runs in Storybook and the element tests.
import { assert } from '@open-wc/testing';
import { openBrowserStore } from '../src/browser.js';
import { storeContract } from './support/store-contract.js';

// Typed handles on the mocha globals web-test-runner provides (the project installs no @types/mocha).
const mocha = globalThis as unknown as {
  describe: (title: string, body: () => void) => void;
  it: (title: string, body: () => Promise<void>) => void;
};

storeContract('SQLite WebAssembly (sql.js)', () => openBrowserStore(), {
  describe: mocha.describe,
  it: mocha.it,
  assert,
});
