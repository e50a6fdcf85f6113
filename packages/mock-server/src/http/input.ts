// Reading and validating request input. Bodies are read with a byte limit (enforced while
// streaming, not trusted from Content-Length alone), decoded as strict UTF-8, parsed as JSON and
// checked for nesting depth before any schema sees them; every failure is a 4xx problem with the
// field at fault, never an exception that could surface as a 500.
import type * as z from 'zod/mini';
import { isProblemCode } from '@gepi/sdk/api';
import type { IssueParams, ProblemCode } from '@gepi/sdk/api';
import { ProblemError } from './problem.js';
import type { FieldProblem } from './problem.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i;

/**
 * The request body, at most `maxBytes` (else BODY_TOO_LARGE). With a declared Content-Length the
 * body is read in one call (the HTTP parser ends the body at that length, and the Node server's
 * request reads it straight from the socket); without one it is streamed and the reading stops
 * as soon as the limit is passed, so an oversized body is never buffered.
 */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw new ProblemError('BODY_TOO_LARGE');
  // Not `request.body` first: the Node server's lightweight request would build a stream for it.
  if (declared !== null && /^\d+$/.test(declared)) {
    if (declared === '0') return new Uint8Array(0);
    const bytes = new Uint8Array(await request.arrayBuffer());
    // A Request built in-process can carry a Content-Length that is not its body's.
    if (bytes.byteLength > maxBytes) throw new ProblemError('BODY_TOO_LARGE');
    return bytes;
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Stop reading: the rest of an oversized body is never buffered.
      await reader.cancel().catch(() => undefined);
      throw new ProblemError('BODY_TOO_LARGE');
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return new Uint8Array(chunks[0]!);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Depth of nested arrays/objects, computed without recursion so hostile input cannot overflow the stack. */
function depthExceeds(value: unknown, maxDepth: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > maxDepth) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The body as JSON. An absent or empty body is `{}` when `optional`, else JSON_MALFORMED.
 */
export function parseJsonBody(
  bytes: Uint8Array,
  contentType: string | null,
  maxDepth: number,
  optional: boolean,
): unknown {
  if (bytes.byteLength === 0) {
    if (optional) return {};
    throw new ProblemError('JSON_MALFORMED');
  }
  if (!JSON_TYPE.test(contentType ?? '')) throw new ProblemError('UNSUPPORTED_MEDIA_TYPE');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ProblemError('JSON_MALFORMED', { details: { reason: 'not UTF-8' } });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProblemError('JSON_MALFORMED');
  }
  if (depthExceeds(value, maxDepth)) throw new ProblemError('BODY_TOO_DEEP');
  return value;
}

/** Query parameters as an object; a parameter given twice is ambiguous and refused. */
export function readQuery(url: URL): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of url.searchParams) {
    if (Object.prototype.hasOwnProperty.call(out, key)) {
      throw new ProblemError('FIELD_INVALID', { field: key, details: { reason: 'repeated parameter' } });
    }
    out[key] = value;
  }
  return { ...out };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(body)' : path.map(String).join('.');
}

function issueToProblem(issue: z.core.$ZodIssue, input: unknown): FieldProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ code: 'FIELD_UNKNOWN', field: fieldName([...issue.path, key]) }));
  }
  const field = fieldName(issue.path);
  if (issue.path.length > 0 && valueAt(input, issue.path) === undefined)
    return [{ code: 'FIELD_REQUIRED', field }];
  const params = (issue as { params?: Partial<IssueParams> }).params;
  if (params?.problem && isProblemCode(params.problem)) {
    return [
      {
        code: params.problem,
        field,
        ...(params.text ? { text: params.text } : {}),
        ...(params.reason ? { reason: params.reason } : {}),
      },
    ];
  }
  const code: ProblemCode = isProblemCode(issue.message) ? issue.message : 'FIELD_INVALID';
  return [{ code, field }];
}

/** Validates with a contract schema; the first field's problem is the answer, every field is listed. */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap((issue) => issueToProblem(issue, input));
  const first = errors[0] ?? { code: 'FIELD_INVALID' as const, field: '(body)' };
  throw new ProblemError(first.code, {
    field: first.field,
    ...(first.text ? { detail: first.text } : {}),
    ...(first.reason ? { details: { reason: first.reason } } : {}),
    errors,
  });
}
