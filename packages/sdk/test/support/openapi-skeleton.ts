// The parts of the OpenAPI document that clients and code generators rely on, without the prose:
// each operation's id, parameters, body and answers, and each component's properties, required
// fields and constraints. Recorded in test/fixtures/openapi-skeleton.json from the document the
// classic-zod schemas generated, so the move to zod/mini (and any later refactor) must keep them.
type Json = Record<string, unknown>;

/** Constraint keywords kept per property (descriptions and examples are left out). */
const KEPT = [
  'type',
  '$ref',
  'format',
  'pattern',
  'enum',
  'const',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
] as const;

function constraints(schema: Json | undefined): Json {
  if (!schema) return {};
  const out: Json = {};
  for (const key of KEPT) if (key in schema) out[key] = schema[key];
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) out[key] = options.map((option) => constraints(option as Json));
  }
  const items = schema['items'];
  if (items && typeof items === 'object') out['items'] = constraints(items as Json);
  return out;
}

function content(body: Json | undefined): Json | undefined {
  const entries = body?.['content'] as Record<string, { schema?: Json }> | undefined;
  if (!entries) return undefined;
  return Object.fromEntries(Object.entries(entries).map(([type, { schema }]) => [type, constraints(schema)]));
}

export function openApiSkeleton(document: Json): Json {
  const paths: Json = {};
  for (const [path, operations] of Object.entries(
    document['paths'] as Record<string, Record<string, Json>>,
  )) {
    for (const [method, op] of Object.entries(operations)) {
      const body = op['requestBody'] as Json | undefined;
      paths[`${method.toUpperCase()} ${path}`] = {
        operationId: op['operationId'],
        auth: op['x-auth'],
        parameters: ((op['parameters'] as Json[] | undefined) ?? []).map((p) => ({
          name: p['name'],
          in: p['in'],
          required: p['required'],
          schema: constraints(p['schema'] as Json),
        })),
        requestBody: body ? { required: body['required'], content: content(body) } : null,
        // Success answers with their schema; problem answers by status only (their schema is Problem).
        responses: Object.fromEntries(
          Object.entries(op['responses'] as Record<string, Json>).map(([status, response]) => [
            status,
            status.startsWith('2') ? (content(response) ?? null) : 'problem',
          ]),
        ),
      };
    }
  }
  const components: Json = {};
  const schemas = (document['components'] as { schemas: Record<string, Json> }).schemas;
  for (const [name, schema] of Object.entries(schemas)) {
    const properties = (schema['properties'] ?? {}) as Record<string, Json>;
    components[name] = {
      type: schema['type'] ?? null,
      required: schema['required'] ?? [],
      additionalProperties: schema['additionalProperties'] ?? null,
      properties: Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, constraints(value)]),
      ),
    };
  }
  return { openapi: document['openapi'], paths, components };
}
