import { strict } from 'node:assert';
import { describe as nodeDescribe, it as nodeIt, before, after, beforeEach, afterEach } from 'node:test';
import type { Assert, HookFn, TestFn } from './harness.types.js';

export const assert: Assert = strict as unknown as Assert;
export const describe: TestFn = (name, fn) => void nodeDescribe(name, fn as () => void);
export const it: TestFn = (name, fn) => void nodeIt(name, fn as () => void);
export const beforeAll: HookFn = (fn) => void before(fn as () => void);
export const afterAll: HookFn = (fn) => void after(fn as () => void);
export { beforeEach, afterEach };
export const runtime: 'node' | 'browser' = 'node';
