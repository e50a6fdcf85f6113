// The test vocabulary shared by tests that run both in Node (node:test) and in Chromium
// (web-test-runner's mocha). Import it as `#harness`; package.json picks the implementation.
export type Matcher = RegExp | ((error: unknown) => boolean) | Record<string, unknown>;

export interface Assert {
  ok(value: unknown, message?: string): asserts value;
  equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T;
  notEqual(actual: unknown, expected: unknown, message?: string): void;
  deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T;
  match(actual: string, expected: RegExp, message?: string): void;
  throws(fn: () => unknown, expected?: Matcher, message?: string): void;
  rejects(
    fn: Promise<unknown> | (() => Promise<unknown>),
    expected?: Matcher,
    message?: string,
  ): Promise<void>;
}

export type TestFn = (name: string, fn: () => unknown) => void;
export type HookFn = (fn: () => unknown) => void;
