// The OpenAPI document as a test oracle: every answer the HTTP test suites receive is checked
// against the document the server serves, for its operation and status. An undocumented status,
// a problem code the document does not list for that status, a body off its schema, a missing
// required header or an undocumented one of the headers the API documents (Retry-After,
// Idempotent-Replayed, Content-Disposition, X-Request-Id) fails the test that made the request.
// TestServer.request calls it, so every test that talks to a server through it is covered; tests
// that use fetch directly call `checkAnswer` themselves.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;

// ajv-formats is CommonJS: its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

/** Paths the server answers that are not API operations (the document, its page, the demo PKI). */
const NOT_OPERATIONS = new Set(['/', '/openapi.json', '/docs', '/demo/pki']);
/** Headers the document describes where they are sent: one sent elsewhere is undocumented. */
const DOCUMENTED_HEADERS = ['x-request-id', 'retry-after', 'idempotent-replayed', 'content-disposition'];

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

interface Operation {
  path: string;
  pattern: RegExp;
  methods: Record<string, Json>;
}

export class OpenApiChecker {
  readonly #ajv: Ajv2020;
  readonly #operations: Operation[];
  readonly #validators = new Map<string, ValidateFunction>();
  /** Operation and status pairs seen, for coverage reports. */
  readonly seen = new Set<string>();

  constructor(readonly document: Json) {
    this.#ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.#ajv);
    this.#ajv.addSchema(document, 'openapi.json');
    const paths = document['paths'] as Record<string, Record<string, Json>>;
    this.#operations = Object.entries(paths).map(([path, methods]) => ({
      path,
      pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
      methods,
    }));
  }

  #validator(ref: string): ValidateFunction {
    let validate = this.#validators.get(ref);
    if (!validate) {
      validate = this.#ajv.compile({ $ref: `openapi.json#${ref}` });
      this.#validators.set(ref, validate);
    }
    return validate;
  }

  #validate(ref: string, value: unknown, what: string): string[] {
    const validate = this.#validator(ref);
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${what}: ${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  }

  /**
   * What is wrong with an answer to `method url` (path with query), as messages; empty when the
   * answer is what the document says.
   */
  check(method: string, url: string, status: number, headers: Headers, text: string): string[] {
    const path = new URL(url, 'http://x').pathname;
    const lower = method.toLowerCase();
    if (lower === 'options') return status === 204 ? [] : [`preflight answered ${status}`];
    if (NOT_OPERATIONS.has(path) && lower === 'get') return [];
    const operation = this.#operations.find((o) => o.pattern.test(path));
    const op = operation?.methods[lower];
    if (!operation || !op) {
      // No such operation: the router's own problem (404 ROUTE_NOT_FOUND, 405 METHOD_NOT_ALLOWED).
      const expected = operation || NOT_OPERATIONS.has(path) ? 405 : 404;
      const errors = status === expected ? [] : [`${method} ${path}: no such operation, answered ${status}`];
      return [...errors, ...this.#problemShape(text)];
    }
    const where = `${method} ${operation.path} → ${status}`;
    const responses = op['responses'] as Record<string, Json>;
    const response = responses[String(status)];
    if (!response) {
      const code = safeJson(text)?.['code'];
      return [
        `${where}: status ${status} is not in the document (documented: ${Object.keys(responses).join(', ')})${code ? `; code ${String(code)}` : ''}`,
      ];
    }
    this.seen.add(`${op['operationId'] as string} ${status}`);
    const errors: string[] = [];
    const declared = (response['headers'] ?? {}) as Record<string, Json>;
    const declaredLower = new Map(Object.entries(declared).map(([name, h]) => [name.toLowerCase(), h]));
    for (const [name, ref] of declaredLower) {
      const header = this.#resolve(ref);
      const value = headers.get(name);
      if (value === null) {
        if (header['required'] === true) errors.push(`${where}: required header ${name} missing`);
        continue;
      }
      const schema = header['schema'] as Json;
      const parsed = schema['type'] === 'integer' ? Number(value) : value;
      const base = typeof ref['$ref'] === 'string' ? (ref['$ref'] as string).slice(1) : undefined;
      if (base) errors.push(...this.#validate(`${base}/schema`, parsed, `${where}: header ${name}`));
    }
    for (const name of DOCUMENTED_HEADERS) {
      if (headers.has(name) && !declaredLower.has(name))
        errors.push(`${where}: header ${name} is sent but not documented for this answer`);
    }
    const content = response['content'] as Record<string, Json> | undefined;
    if (!content) {
      if (text !== '') errors.push(`${where}: a body where the document says none`);
      return errors;
    }
    const type = (headers.get('content-type') ?? '').split(';')[0]!.trim();
    const media = Object.keys(content).find((key) => key.split(';')[0]!.trim() === type);
    if (!media)
      return [...errors, `${where}: content type ${type} not in ${Object.keys(content).join(', ')}`];
    const schemaRef = `/${pointer('paths', operation.path, lower, 'responses', String(status), 'content', media, 'schema')}`;
    const body = type.endsWith('json') ? safeJson(text) : text;
    if (body === undefined) return [...errors, `${where}: body is not JSON`];
    errors.push(...this.#validate(schemaRef, body, `${where}: body`));
    return errors;
  }

  #resolve(ref: Json): Json {
    const target = ref['$ref'];
    if (typeof target !== 'string') return ref;
    let node: unknown = this.document;
    for (const part of target.slice(2).split('/'))
      node = (node as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    return node as Json;
  }

  #problemShape(text: string): string[] {
    const body = safeJson(text);
    if (body === undefined) return ['not a problem document'];
    return this.#validate('/components/schemas/Problem', body, 'problem');
  }
}

function safeJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

const checkers = new Map<string, OpenApiChecker>();

/** One checker per distinct document (servers of one test file serve the same one). */
export function checkerFor(document: Json): OpenApiChecker {
  const key = JSON.stringify(document);
  let checker = checkers.get(key);
  if (!checker) {
    checker = new OpenApiChecker(document);
    checkers.set(key, checker);
  }
  return checker;
}

/** Throws (failing the test) when an answer is not what the document says. */
export function assertAnswer(
  document: Json,
  method: string,
  url: string,
  status: number,
  headers: Headers,
  text: string,
): void {
  const errors = checkerFor(document).check(method, url, status, headers, text);
  if (errors.length > 0) {
    throw new Error(
      `The answer is not what /openapi.json says:\n  ${errors.join('\n  ')}\n${text.slice(0, 500)}`,
    );
  }
}
