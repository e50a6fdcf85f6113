import { assert, describe, it, runtime } from '#harness';
import { SDK_NAME } from '@gepi/sdk';

describe('pipeline', () => {
  it('resolves the sdk from source', () => {
    assert.equal(SDK_NAME, '@gepi/sdk');
    assert.ok(runtime === 'node' || runtime === 'browser');
    assert.deepEqual({ a: [1, 2] }, { a: [1, 2] });
  });
});
