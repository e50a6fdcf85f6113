// The OpenAPI document generated from the zod/mini contract keeps what the classic-zod contract
// generated: the same operations, parameters, bodies, answers, components and required fields
// (test/fixtures/openapi-skeleton.json was recorded from the classic-zod document, which the
// zod/mini one matched byte for byte when the contract moved). Run with
// UPDATE_OPENAPI_SKELETON=1 to record a deliberate change of the contract.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { acceptsIdempotencyKey, buildOpenApiDocument, endpoints } from '../src/api/index.js';
import { handlerInputSchema, listQuery, sessionSchema } from '../src/api/schemas.js';
import { openApiSkeleton } from './support/openapi-skeleton.js';

const FIXTURE = new URL('./fixtures/openapi-skeleton.json', import.meta.url);
type Json = Record<string, unknown>;

describe('OpenAPI document from the zod/mini contract', () => {
  const document = buildOpenApiDocument({ version: 'test' });
  const skeleton = openApiSkeleton(document);
  if (process.env['UPDATE_OPENAPI_SKELETON'] === '1') {
    writeFileSync(FIXTURE, `${JSON.stringify(skeleton, null, 2)}\n`);
  }
  const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Json;

  it('has the recorded paths and operations', () => {
    assert.deepEqual(Object.keys(skeleton['paths'] as Json), Object.keys(recorded['paths'] as Json));
    assert.equal(Object.keys(skeleton['paths'] as Json).length, Object.keys(endpoints).length);
    assert.deepEqual(skeleton['paths'], recorded['paths']);
  });

  it('has the recorded component names, properties and required fields', () => {
    const components = skeleton['components'] as Record<string, Json>;
    assert.deepEqual(Object.keys(components).sort(), Object.keys(recorded['components'] as Json).sort());
    assert.deepEqual(components, recorded['components']);
    // Spot checks that do not depend on the fixture being right.
    assert.deepEqual(components['HandlerInput']?.['required'], [
      'serial',
      'name',
      'nationalId',
      'permissions',
    ]);
    assert.equal(components['HandlerInput']?.['additionalProperties'], false);
    assert.deepEqual((components['Session']?.['required'] as string[]).includes('token'), false);
    assert.ok(components['Problem'], 'Problem is a component');
  });

  it('keeps the answers’ ids and words, registered apart from the response schemas the client loads', () => {
    // api/response-docs.ts names and describes the response schemas (the client loads them without
    // these words); a field it describes is its own copy of a shared schema, so the words stay on it.
    const schemas = (document['components'] as { schemas: Record<string, Json> }).schemas;
    const property = (component: string, name: string) =>
      (schemas[component]?.['properties'] as Record<string, Json> | undefined)?.[name];
    assert.equal(schemas['OrgCardPanel']?.['description'], '機關（組織）憑證資訊');
    assert.equal(
      property('Session', 'expiresAt')?.['description'],
      'When the session ends if it is not used (or extended) before: its idle timeout.',
    );
    assert.equal(property('Session', 'expiresAt')?.['format'], 'date-time');
    assert.equal(property('Challenge', 'expiresAt')?.['description'], undefined);
    assert.equal(property('OrgCardPanel', 'caName')?.['description'], 'The issuing authority (發卡單位).');
    assert.equal(property('Receipt', 'itemLabel')?.['description'], undefined);
    assert.equal(property('ReviewList', 'from')?.['description'], '顯示第 from 至 to 項結果; 0 when empty.');
    const results = property('CrlLoadResult', 'results')?.['items'] as Json;
    assert.match(
      String((results['properties'] as Record<string, Json>)['reason']?.['description']),
      /^Why a CRL was refused/,
    );
  });

  it('lists the Idempotency-Key header exactly where the server honours it', () => {
    const paths = document['paths'] as Record<string, Record<string, Json>>;
    const withKey: string[] = [];
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const header = ((operation['parameters'] as Json[] | undefined) ?? []).find(
          (p) => p['in'] === 'header' && p['name'] === 'Idempotency-Key',
        );
        if (!header) continue;
        withKey.push(`${method.toUpperCase()} ${path}`);
        assert.equal(header['required'], false);
        assert.deepEqual(header['schema'], {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          pattern: '^[\\x21-\\x7e]{1,255}$',
        });
      }
    }
    assert.ok(withKey.includes('POST /api/v1/handlers'));
    assert.ok(withKey.includes('POST /api/v1/registrations'));
    assert.ok(withKey.includes('DELETE /api/v1/handlers/{id}'));
    assert.ok(withKey.includes('POST /api/v1/challenges'));
    // Never on a read, never on a sign-in (single-use proof, new session token).
    assert.ok(!withKey.some((op) => op.startsWith('GET ')), withKey.join(', '));
    assert.ok(!withKey.includes('POST /api/v1/sign-ins/org'));
    assert.ok(!withKey.includes('POST /api/v1/sign-ins/citizen'));
    assert.equal(
      withKey.length,
      Object.keys(endpoints).filter((id) => acceptsIdempotencyKey(id as never)).length,
    );
  });

  it('describes request bodies as sent and responses as answered', () => {
    const paths = document['paths'] as Record<string, Record<string, Json>>;
    const create = paths['/api/v1/handlers']?.['post'];
    assert.deepEqual(create?.['requestBody'], {
      required: true,
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/HandlerInput' },
          example: {
            serial: '100048210DD2DF2E128096A9282B0003',
            name: '陳志豪',
            nationalId: 'B120112236',
            permissions: ['premium.change', 'premium.submit'],
          },
        },
      },
    });
    const list = paths['/api/v1/handlers']?.['get']?.['parameters'] as Json[];
    assert.deepEqual(
      list.map((p) => [p['name'], p['in'], p['required']]),
      [
        ['page', 'query', false],
        ['pageSize', 'query', false],
        ['q', 'query', false],
      ],
    );
    const schemas = (document['components'] as { schemas: Record<string, Json> }).schemas;
    // Input side of a transform: the page size is sent as text.
    assert.deepEqual((list[1]?.['schema'] as Json)['enum'], ['10', '25', '50', '100']);
    assert.equal(
      ((schemas['HandlerInput']?.['properties'] as Record<string, Json>)['serial'] as Json)['maxLength'],
      128,
    );
  });

  it('still validates with the contract schemas (zod/mini at run time)', () => {
    assert.deepEqual(listQuery.parse({ page: '2', pageSize: '25' }), { page: 2, pageSize: 25 });
    const refused = handlerInputSchema.safeParse({
      serial: 'zz',
      name: '陳志豪',
      nationalId: 'B120112236',
      permissions: [],
    });
    assert.equal(refused.success, false);
    const problems = refused.error?.issues.map(
      (issue) => (issue as { params?: { problem?: string } }).params?.problem ?? issue.message,
    );
    assert.deepEqual(problems, ['SERIAL_INVALID', 'PERMISSION_REQUIRED']);
    assert.equal(sessionSchema.safeParse({ purpose: 'nope' }).success, false);
  });
});
