// A request that reaches the API after close() (an element ending its session while the page's
// in-browser API is being torn down) is refused like a stopped server refuses it, as a network
// failure the SDK already understands, not a 500 and an "Unexpected error" logged from a closed store.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { startTestServer } from './support/server.js';

it('after close(), fetch rejects with a TypeError; the closed store is not reached and nothing is logged', async () => {
  const errors: string[] = [];
  const server = await startTestServer({
    logger: { warn: () => undefined, error: (message) => void errors.push(message) },
  });
  const api = server.server.api;
  const open = await api.fetch(new Request('http://localhost/api/v1/health'));
  assert.equal(open.status, 200);
  await server.close();
  await assert.rejects(
    api.fetch(new Request('http://localhost/api/v1/session', { method: 'DELETE' })),
    (error: unknown) => error instanceof TypeError && /closed/.test(error.message),
  );
  assert.deepEqual(errors, []);
});
