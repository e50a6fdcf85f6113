// The examples of the OpenAPI document: one request and one answer per operation, each one what
// the server would take (the contract's zod schemas, which the server runs) and what the document
// says (its JSON Schemas, through ajv as an example-driven tool reads them).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type * as z from 'zod/mini';
import { buildOpenApiDocument, endpoints } from '../src/api/index.js';
import type { EndpointDefinition, EndpointId } from '../src/api/index.js';
import { operationExamples } from '../src/api/openapi-examples.js';

type Json = Record<string, unknown>;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

const document = buildOpenApiDocument({ version: 'test' });
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, 'openapi.json');
const pointer = (...parts: string[]) =>
  parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

function documentErrors(path: string[], value: unknown): string[] {
  const validate = ajv.compile({ $ref: `openapi.json#/${pointer(...path)}` });
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function zodErrors(schema: z.ZodMiniType | undefined, value: unknown): string[] {
  if (!schema) return [];
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
}

describe('OpenAPI examples', () => {
  for (const [id, def] of Object.entries(endpoints) as [EndpointId, EndpointDefinition][]) {
    it(`${id}: the example request and answer are valid for the server and the document`, () => {
      const example = operationExamples[id];
      const method = def.method.toLowerCase();
      const op = (document['paths'] as Record<string, Record<string, Json>>)[def.path]![method]!;
      // Every operation has its example: a body where it takes one, an answer where it gives one.
      if (def.body) assert.ok(example.request !== undefined, 'request example');
      if (def.response.schema || def.response.contentType)
        assert.ok(example.response !== undefined, 'answer');
      if (def.params) assert.ok(example.params, 'path parameters');

      if (def.body) {
        assert.deepEqual(zodErrors(def.body, example.request), [], 'the server takes the request');
        assert.deepEqual(
          documentErrors(
            ['paths', def.path, method, 'requestBody', 'content', 'application/json', 'schema'],
            example.request,
          ),
          [],
          'the document takes the request',
        );
      }
      for (const [where, values, schema] of [
        ['path', example.params, def.params],
        ['query', example.query, def.query],
      ] as const) {
        if (!values) continue;
        assert.deepEqual(zodErrors(schema, values), [], `the server takes the ${where} parameters`);
        const parameters = op['parameters'] as Json[];
        for (const [name, value] of Object.entries(values)) {
          const index = parameters.findIndex((p) => p['name'] === name && p['in'] === where);
          assert.ok(index >= 0, `${where} parameter ${name} is documented`);
          assert.equal(parameters[index]!['example'], value, `${name}'s example is in the document`);
          assert.deepEqual(
            documentErrors(['paths', def.path, method, 'parameters', String(index), 'schema'], value),
            [],
          );
        }
      }
      if (example.response !== undefined) {
        const status = String(def.response.status);
        const media = def.response.schema ? 'application/json' : def.response.contentType!;
        assert.deepEqual(zodErrors(def.response.schema, example.response), [], 'the client takes the answer');
        assert.deepEqual(
          documentErrors(
            ['paths', def.path, method, 'responses', status, 'content', media, 'schema'],
            example.response,
          ),
          [],
          'the document takes the answer',
        );
        const content = (op['responses'] as Record<string, Json>)[status]!['content'] as Record<string, Json>;
        assert.deepEqual(content[media]!['example'], example.response);
      }
    });
  }
});
