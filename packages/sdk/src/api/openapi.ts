// OpenAPI 3.1 document of the registration API, generated from the route table and the zod/mini
// schemas (z.toJSONSchema), so the document cannot drift from what the server validates.
// Request bodies are described as the client sends them (io: input), responses as the server
// answers (io: output).
import * as z from 'zod/mini';
import type { EndpointDefinition, EndpointId } from './endpoints.js';
import { endpoints } from './endpoints.js';
import { IDEMPOTENCY_KEY_PATTERN, acceptsIdempotencyKey } from './routes.js';
import { operationExamples } from './openapi-examples.js';
import type { OperationExample } from './openapi-examples.js';
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

function parameters(id: EndpointId, def: EndpointDefinition, example: OperationExample): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [where, object] of [
    ['path', def.params],
    ['query', def.query],
  ] as const) {
    if (!object) continue;
    for (const [name, field] of Object.entries(object.shape as Record<string, z.ZodMiniType>)) {
      const optional = field.safeParse(undefined).success;
      const schema = clean(z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as JsonObject);
      const value = (where === 'path' ? example.params : example.query)?.[name];
      out.push({
        name,
        in: where,
        required: where === 'path' || !optional,
        schema,
        ...(value !== undefined ? { example: value } : {}),
      });
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

/** Problems the request pipeline itself may answer on an operation, besides the route's own. */
function pipelineProblems(id: EndpointId): ProblemCode[] {
  // A query is validated as strictly as a body: an unknown, repeated, missing or empty parameter.
  // An Idempotency-Key that is malformed (400 FIELD_INVALID), reused with another body (422) or
  // still in progress (409); and an unexpected error (500) anywhere.
  const def: EndpointDefinition = endpoints[id];
  return [
    ...(def.query ? (['FIELD_INVALID', 'FIELD_UNKNOWN', 'FIELD_REQUIRED'] as const) : []),
    ...(acceptsIdempotencyKey(id)
      ? (['FIELD_INVALID', 'IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_IN_PROGRESS'] as const)
      : []),
    'INTERNAL',
  ];
}

/**
 * Every problem code an operation may answer with: the route table's list and the pipeline's
 * (Idempotency-Key, INTERNAL), without repeats, in that order. The OpenAPI document lists them by
 * status; the HTTP test suites refuse any other.
 */
export function answeredProblems(id: EndpointId): ProblemCode[] {
  return [...new Set<ProblemCode>([...endpoints[id].problems, ...pipelineProblems(id)])];
}

const HEADER = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** The response headers the API sends, by name (components.headers). */
const HEADERS: Record<string, JsonObject> = {
  'X-Request-Id': {
    description: 'The request id, also in problem documents (`requestId`) and the server log.',
    required: true,
    schema: { type: 'string', minLength: 1 },
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', minimum: 1 },
  },
  'Idempotent-Replayed': {
    description:
      'Present (`true`) when this is the stored answer to an earlier request with the same Idempotency-Key, replayed.',
    schema: { type: 'string', enum: ['true'] },
  },
  'Content-Disposition': {
    description: 'The download file name.',
    required: true,
    schema: { type: 'string' },
  },
};

function problemResponses(id: EndpointId): Record<string, JsonObject> {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of answeredProblems(id)) {
    const status = problemCatalog[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const idempotent = acceptsIdempotencyKey(id);
  const out: Record<string, JsonObject> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const headers: Record<string, JsonObject> = { 'X-Request-Id': HEADER('X-Request-Id') };
    if (status === 429 || status === 503 || list.includes('IDEMPOTENCY_IN_PROGRESS'))
      headers['Retry-After'] = HEADER('Retry-After');
    // Refusals are stored and replayed like successes, except "not now" (429) and server errors.
    if (idempotent && status !== 429 && status < 500)
      headers['Idempotent-Replayed'] = HEADER('Idempotent-Replayed');
    out[String(status)] = {
      description: list.map((code) => `\`${code}\`: ${problemCatalog[code].title.en}`).join('; '),
      headers,
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              { $ref: COMPONENT('Problem') },
              { type: 'object', properties: { code: { type: 'string', enum: list } } },
            ],
          },
        },
      },
      'x-problem-codes': list,
    };
  }
  return out;
}

/** The document's tags, in the order of the manual's chapter 3. */
const TAGS: Record<EndpointDefinition['tag'], string> = {
  meta: '服務狀態 — Service status.',
  catalog:
    '目錄資料：功能選單權限、聯絡資訊、用戶約定條款 — Catalog data: permissions, contacts, terms of use.',
  'sign-in':
    '憑證登入（機關憑證、自然人憑證）與作業階段 — Card sign-in (organization and citizen cards) and the card session.',
  registration: '首次註冊、送審、更換憑證 — First registration, review applications, card swaps.',
  handlers: '授權經辦人 — Handlers and their permissions (授權作業).',
  queries: '查詢作業 — Queries: receipts, OIDs, serials, the authorized list.',
  admin: '本部審核與管理（GEPI_ADMIN_TOKEN）— Reviewer endpoints of the bank.',
  demo: '示範資料 — Demo-only endpoints.',
};

export interface OpenApiOptions {
  /** `info.version` of the document (the server's version). */
  version: string;
  /**
   * The document's server: the URL the API is reached at. The mock server passes its public URL
   * when one is configured, else the origin the document was asked from; without it the document
   * says `/` (the host it was read from).
   */
  serverUrl?: string;
  /** `info.contact`; default: the bank's department the manual names for questions. */
  contact?: { name?: string; url?: string; email?: string };
}

/** Who to ask about the API, as the manual's footer names it. */
const DEFAULT_CONTACT = {
  name: '臺灣銀行公教保險部 (Bank of Taiwan, Government Employees Insurance Department)',
};

/**
 * The OpenAPI 3.1 document of the registration API, generated from the route table and the zod/mini
 * schemas: named schemas become components, request bodies are described as sent and responses as
 * answered, each operation lists every status it may answer with (the problem codes of each, their
 * headers) and carries an example request and answer from the demo dataset.
 */
export function buildOpenApiDocument(options: OpenApiOptions): JsonObject {
  const output = registryComponents('output');
  const input = registryComponents('input');
  const requestIds = new Set<string>();
  const paths: Record<string, Record<string, JsonObject>> = {};

  for (const [operationId, def] of Object.entries(endpoints) as [EndpointId, EndpointDefinition][]) {
    const example: OperationExample = operationExamples[operationId];
    const operation: JsonObject = {
      operationId,
      tags: [def.tag],
      summary: def.summary.en,
      description: `${def.summary['zh-TW']}\n\nAuthorization: ${def.auth}${def.purposes ? ` (session purposes: ${def.purposes.join(', ')})` : ''}.`,
      'x-summary-zh-TW': def.summary['zh-TW'],
      'x-auth': def.auth,
      ...(def.purposes ? { 'x-session-purposes': def.purposes } : {}),
    };
    const params = parameters(operationId, def, example);
    if (params.length > 0) operation.parameters = params;
    if (def.body) {
      const id = z.globalRegistry.get(def.body)?.id;
      if (id) requestIds.add(id);
      operation.requestBody = {
        required: !def.bodyOptional,
        content: {
          'application/json': {
            schema: schemaRef(def.body, 'input'),
            ...(example.request !== undefined ? { example: example.request } : {}),
          },
        },
      };
    }
    const headers: Record<string, JsonObject> = { 'X-Request-Id': HEADER('X-Request-Id') };
    if (acceptsIdempotencyKey(operationId)) headers['Idempotent-Replayed'] = HEADER('Idempotent-Replayed');
    if (def.response.contentType?.startsWith('text/csv'))
      headers['Content-Disposition'] = HEADER('Content-Disposition');
    const success: JsonObject = { description: 'Success', headers };
    if (def.response.schema) {
      success.content = {
        'application/json': {
          schema: schemaRef(def.response.schema, 'output'),
          ...(example.response !== undefined ? { example: example.response } : {}),
        },
      };
    } else if (def.response.contentType) {
      success.content = {
        [def.response.contentType]: {
          schema: { type: 'string' },
          ...(example.response !== undefined ? { example: example.response } : {}),
        },
      };
    }
    const also = Object.entries(def.response.also ?? {}).map(([status, description]) => [
      status,
      { ...success, description },
    ]);
    operation.responses = {
      [String(def.response.status)]: success,
      ...Object.fromEntries(also),
      ...problemResponses(operationId),
    };
    if (def.auth === 'session' || def.auth === 'admin') {
      operation.security = [{ [def.auth === 'admin' ? 'reviewerToken' : 'cardSession']: [] }];
    } else if (def.auth === 'optional-session') {
      operation.security = [{}, { cardSession: [] }];
    } else {
      operation.security = [];
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
        'Registration, authorization assignment, certificate swaps and queries of the GEPI e-system (公教人員保險網路作業 e 系統), chapter 3 of its manual. Errors are RFC 9457 problem documents with a stable `code` and zh-TW and English texts; each operation lists the codes each status may carry.',
      license: { name: 'MIT', identifier: 'MIT' },
      contact: options.contact ?? DEFAULT_CONTACT,
    },
    servers: [
      options.serverUrl
        ? { url: options.serverUrl, description: 'This server.' }
        : { url: '/', description: 'The host this document was read from.' },
    ],
    tags: Object.entries(TAGS)
      .filter(([name]) => Object.values(endpoints).some((def) => def.tag === name))
      .map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas,
      headers: HEADERS,
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
