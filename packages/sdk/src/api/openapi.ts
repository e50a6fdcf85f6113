// OpenAPI 3.1 document of the registration API, generated from the route table and the zod/mini
// schemas (z.toJSONSchema), so the document cannot drift from what the server validates.
// Request bodies are described as the client sends them (io: input), responses as the server
// answers (io: output).
import * as z from 'zod/mini';
import type { EndpointDefinition, EndpointId } from './endpoints.js';
import { endpoints } from './endpoints.js';
import { IDEMPOTENCY_KEY_PATTERN, acceptsIdempotencyKey } from './routes.js';
import { problemCatalog } from './problems.js';
import type { ProblemCode } from './problems.js';

type JsonObject = Record<string, unknown>;

const COMPONENT = (id: string) => `#/components/schemas/${id}`;

function clean(schema: JsonObject): JsonObject {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function registryComponents(io: 'input' | 'output'): Record<string, JsonObject> {
  const generated = z.toJSONSchema(z.globalRegistry, { io, uri: COMPONENT, unrepresentable: 'any' });
  const out: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    if (id !== '__shared') out[id] = clean(schema as JsonObject);
  }
  return out;
}

function schemaRef(schema: z.ZodMiniType, io: 'input' | 'output'): JsonObject {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: COMPONENT(id) };
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as JsonObject;
  return clean(generated);
}

function parameters(id: EndpointId, def: EndpointDefinition): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [where, object] of [
    ['path', def.params],
    ['query', def.query],
  ] as const) {
    if (!object) continue;
    for (const [name, field] of Object.entries(object.shape as Record<string, z.ZodMiniType>)) {
      const optional = field.safeParse(undefined).success;
      const schema = clean(z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as JsonObject);
      out.push({ name, in: where, required: where === 'path' || !optional, schema });
    }
  }
  if (acceptsIdempotencyKey(id)) {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Makes a repeat of this request safe: a repeat with the same key (same caller, same route) ' +
        'gets the first answer replayed (for 24 hours by default) instead of being done again; the ' +
        'same key with another body is refused (422 IDEMPOTENCY_KEY_REUSED), and a repeat while the ' +
        'first is still in progress answers 409 IDEMPOTENCY_IN_PROGRESS. The SDK sends one per ' +
        'logical call and reuses it on its retries.',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: IDEMPOTENCY_KEY_PATTERN.source },
    });
  }
  return out;
}

function problemResponses(codes: readonly ProblemCode[]): Record<string, JsonObject> {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of new Set([...codes, 'INTERNAL' as const])) {
    const status = problemCatalog[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, JsonObject> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    out[String(status)] = {
      description: list.map((code) => `\`${code}\`: ${problemCatalog[code].title.en}`).join('; '),
      content: { 'application/problem+json': { schema: { $ref: COMPONENT('Problem') } } },
      ...(status === 429 || status === 503
        ? {
            headers: {
              'Retry-After': {
                description: 'Seconds to wait before trying again.',
                schema: { type: 'integer', minimum: 1 },
              },
            },
          }
        : {}),
      'x-problem-codes': list,
    };
  }
  return out;
}

export interface OpenApiOptions {
  /** `info.version` of the document (the server's version). */
  version: string;
  /** Listed as the document's only server when given. */
  serverUrl?: string;
}

/**
 * The OpenAPI 3.1 document of the registration API, generated from the route table and the zod/mini
 * schemas: named schemas become components, request bodies are described as sent and responses as
 * answered, and each operation lists its problem codes by status.
 */
export function buildOpenApiDocument(options: OpenApiOptions): JsonObject {
  const output = registryComponents('output');
  const input = registryComponents('input');
  const requestIds = new Set<string>();
  const paths: Record<string, Record<string, JsonObject>> = {};

  for (const [operationId, def] of Object.entries(endpoints) as [string, EndpointDefinition][]) {
    const operation: JsonObject = {
      operationId,
      tags: [def.tag],
      summary: def.summary.en,
      description: `${def.summary['zh-TW']}\n\nAuthorization: ${def.auth}${def.purposes ? ` (session purposes: ${def.purposes.join(', ')})` : ''}.`,
      'x-summary-zh-TW': def.summary['zh-TW'],
      'x-auth': def.auth,
      ...(def.purposes ? { 'x-session-purposes': def.purposes } : {}),
    };
    const params = parameters(operationId as EndpointId, def);
    if (params.length > 0) operation.parameters = params;
    if (def.body) {
      const id = z.globalRegistry.get(def.body)?.id;
      if (id) requestIds.add(id);
      operation.requestBody = {
        required: !def.bodyOptional,
        content: { 'application/json': { schema: schemaRef(def.body, 'input') } },
      };
    }
    const success: JsonObject = { description: 'Success' };
    if (def.response.schema) {
      success.content = { 'application/json': { schema: schemaRef(def.response.schema, 'output') } };
    } else if (def.response.contentType) {
      success.content = { [def.response.contentType]: { schema: { type: 'string' } } };
    }
    operation.responses = { [String(def.response.status)]: success, ...problemResponses(def.problems) };
    if (def.auth === 'session' || def.auth === 'admin') {
      operation.security = [{ [def.auth === 'admin' ? 'reviewerToken' : 'cardSession']: [] }];
    } else if (def.auth === 'optional-session') {
      operation.security = [{}, { cardSession: [] }];
    }
    (paths[def.path] ??= {})[def.method.toLowerCase()] = operation;
  }

  const schemas: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(output))
    schemas[id] = requestIds.has(id) ? (input[id] ?? schema) : schema;

  return {
    openapi: '3.1.0',
    info: {
      title: 'GEPI certificate registration API',
      version: options.version,
      description:
        'Registration, authorization assignment, certificate swaps and queries of the GEPI e-system (公教人員保險網路作業 e 系統), chapter 3 of its manual. Errors are RFC 9457 problem documents with a stable `code` and zh-TW and English texts.',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    paths,
    components: {
      schemas,
      securitySchemes: {
        cardSession: {
          type: 'http',
          scheme: 'bearer',
          description:
            'Card session token from POST /api/v1/sign-ins/org (or /citizen for the serial query).',
        },
        reviewerToken: { type: 'http', scheme: 'bearer', description: 'GEPI_ADMIN_TOKEN.' },
      },
    },
  };
}
