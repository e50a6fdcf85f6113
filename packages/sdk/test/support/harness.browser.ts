// Chromium side of `#harness`: mocha's globals (provided by web-test-runner) and node-like asserts.
import type { Assert, HookFn, Matcher, TestFn } from './harness.types.js';

type MochaFn = (name: string, fn: () => unknown) => void;
type MochaHook = (fn: () => unknown) => void;
const g = globalThis as unknown as {
  describe: MochaFn;
  it: MochaFn;
  before: MochaHook;
  after: MochaHook;
  beforeEach: MochaHook;
  afterEach: MochaHook;
};

class AssertionError extends Error {
  override name = 'AssertionError';
}

function fail(message: string | undefined, fallback: string): never {
  throw new AssertionError(message ?? fallback);
}

function show(v: unknown): string {
  try {
    return typeof v === 'string'
      ? JSON.stringify(v)
      : JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));
  } catch {
    return String(v);
  }
}

function deepEqualValues(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !deepEqualValues(v, b.get(k))) return false;
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    deepEqualValues((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

function matches(error: unknown, expected: Matcher | undefined): boolean {
  if (expected === undefined) return true;
  if (expected instanceof RegExp) return expected.test(String((error as Error)?.message ?? error));
  if (typeof expected === 'function') return expected(error) === true;
  const e = error as Record<string, unknown>;
  return Object.entries(expected).every(([k, v]) =>
    v instanceof RegExp ? v.test(String(e?.[k])) : deepEqualValues(e?.[k], v),
  );
}

export const assert: Assert = {
  ok(value, message) {
    if (!value) fail(message, `expected a truthy value, got ${show(value)}`);
  },
  equal(actual, expected, message) {
    if (!Object.is(actual, expected)) fail(message, `expected ${show(actual)} to equal ${show(expected)}`);
  },
  notEqual(actual, expected, message) {
    if (Object.is(actual, expected)) fail(message, `expected ${show(actual)} not to equal ${show(expected)}`);
  },
  deepEqual(actual, expected, message) {
    if (!deepEqualValues(actual, expected))
      fail(message, `expected ${show(actual)} to deep-equal ${show(expected)}`);
  },
  match(actual, expected, message) {
    if (!expected.test(actual)) fail(message, `expected ${show(actual)} to match ${expected}`);
  },
  throws(fn, expected, message) {
    try {
      fn();
    } catch (error) {
      if (!matches(error, expected))
        fail(message, `threw ${show((error as Error)?.message ?? error)}, not the expected error`);
      return;
    }
    fail(message, 'expected the function to throw');
  },
  async rejects(fn, expected, message) {
    try {
      await (typeof fn === 'function' ? fn() : fn);
    } catch (error) {
      if (!matches(error, expected))
        fail(message, `rejected with ${show((error as Error)?.message ?? error)}, not the expected error`);
      return;
    }
    fail(message, 'expected the promise to reject');
  },
};

export const describe: TestFn = (name, fn) => g.describe(name, fn);
export const it: TestFn = (name, fn) => g.it(name, fn);
export const beforeAll: HookFn = (fn) => g.before(fn);
export const afterAll: HookFn = (fn) => g.after(fn);
export const beforeEach: HookFn = (fn) => g.beforeEach(fn);
export const afterEach: HookFn = (fn) => g.afterEach(fn);
export const runtime: 'node' | 'browser' = 'browser';
