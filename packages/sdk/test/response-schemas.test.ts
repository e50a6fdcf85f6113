// The client checks answers with api/responses.ts (so that a page does not load the whole contract):
// every entry must be the very schema the route table (api/endpoints.ts) gives the endpoint, which
// the server answers by and the OpenAPI document is generated from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { endpoints } from '../src/api/endpoints.js';
import { responseSchemas } from '../src/api/responses.js';
import { challengeResponseSchema, reviewSchema, termsSchema } from '../src/api/response-schemas.js';

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

// response-schemas.ts makes its ISO times without the z.iso namespace (a page would keep it whole):
// they must be the schemas z.iso.datetime() and z.iso.date() make, accepting and refusing the same.
describe('the answers’ ISO times', () => {
  const times = [
    '2026-12-07T10:00:00Z',
    '2026-12-07T10:00:00.123Z',
    '2026-12-07T10:00:00+08:00',
    '2026-12-07T10:00Z',
    '2026-12-07 10:00:00Z',
    '2026-12-07T10:00:00',
    '2026-13-07T10:00:00Z',
    '2026-12-07',
    '',
    42,
    null,
  ];
  const dates = ['2026-12-07', '2026-02-30', '2026-2-7', '2026-12-07T00:00:00Z', '115/12/07', '', 7];

  it('are z.iso.datetime() and z.iso.date(): same definition, same answers accepted and refused', () => {
    const dateTime = challengeResponseSchema.shape.expiresAt;
    const date = reviewSchema.shape.effectiveFrom._zod.def.innerType;
    assert.deepEqual(dateTime._zod.def, z.iso.datetime()._zod.def);
    assert.equal(dateTime._zod.def.format, 'datetime');
    for (const value of times) {
      assert.equal(
        z.safeParse(dateTime, value).success,
        z.safeParse(z.iso.datetime(), value).success,
        String(value),
      );
      assert.equal(
        z.safeParse(termsSchema.shape.downloadedAt, value).success,
        z.safeParse(z.iso.datetime(), value).success,
      );
    }
    // Not vacuous: some are accepted, some refused.
    assert.ok(times.some((value) => z.safeParse(dateTime, value).success));
    assert.ok(times.some((value) => !z.safeParse(dateTime, value).success));
    assert.deepEqual(date._zod.def, z.iso.date()._zod.def);
    assert.equal(date._zod.def.format, 'date');
    for (const value of dates)
      assert.equal(z.safeParse(date, value).success, z.safeParse(z.iso.date(), value).success, String(value));
    assert.ok(dates.some((value) => z.safeParse(date, value).success));
    assert.ok(dates.some((value) => !z.safeParse(date, value).success));
  });
});
