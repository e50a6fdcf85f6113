// The client checks answers with api/responses.ts (so that a page does not load the whole contract):
// every entry must be the very schema the route table (api/endpoints.ts) gives the endpoint, which
// the server answers by and the OpenAPI document is generated from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endpoints } from '../src/api/endpoints.js';
import { responseSchemas } from '../src/api/responses.js';

describe('the response schemas the client loads', () => {
  it('are, for every endpoint and no other, the schema of the route table', () => {
    assert.deepEqual(Object.keys(responseSchemas).sort(), Object.keys(endpoints).sort());
    for (const [id, definition] of Object.entries(endpoints)) {
      const expected = (definition.response as { schema?: unknown }).schema;
      assert.equal(responseSchemas[id as keyof typeof endpoints], expected, id);
    }
    // Not vacuous: most endpoints answer with JSON.
    assert.ok(Object.values(responseSchemas).filter(Boolean).length >= 20);
  });
});
