// GET /docs: a self-contained HTML page (no external assets, no script) rendering the OpenAPI
// document for people: an index of the operations, then each operation with its parameters and
// their rules, its request body, every status it answers with the problem codes and headers of
// each, and its example request and answer; then every problem code in both languages.
import { problemCatalog, problemType } from '@gepi/sdk/api';
import type { ProblemCode } from '@gepi/sdk/api';

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  schema?: Record<string, unknown>;
}

interface MediaType {
  schema?: Record<string, unknown>;
  example?: unknown;
}

interface Response {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaType>;
  'x-problem-codes'?: string[];
}

interface Operation {
  operationId?: string;
  summary?: string;
  'x-summary-zh-TW'?: string;
  'x-auth'?: string;
  'x-session-purposes'?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, MediaType> };
  responses?: Record<string, Response>;
}

/** A schema's constraints in a few words: its type, pattern, lengths, values, or the component it names. */
function schemaWords(schema: Record<string, unknown> | undefined): string {
  if (!schema) return '';
  const ref = schema['$ref'];
  if (typeof ref === 'string') return ref.replace('#/components/schemas/', '');
  const words: string[] = [String(schema['type'] ?? '')];
  if (Array.isArray(schema['enum'])) words.push(`one of ${schema['enum'].join(', ')}`);
  if (schema['minLength'] !== undefined || schema['maxLength'] !== undefined)
    words.push(`length ${String(schema['minLength'] ?? 0)}–${String(schema['maxLength'] ?? '∞')}`);
  if (typeof schema['pattern'] === 'string') words.push(`pattern <code>${escape(schema['pattern'])}</code>`);
  return words.filter((w) => w !== '').join('; ');
}

const example = (value: unknown): string =>
  `<pre>${escape(typeof value === 'string' ? value : JSON.stringify(value, null, 2))}</pre>`;

/** A request body's fields with their rules (the component's properties, one level). */
function fieldsTable(
  schema: Record<string, unknown> | undefined,
  components: Record<string, Record<string, unknown>>,
): string {
  const ref = schema?.['$ref'];
  const component = typeof ref === 'string' ? components[ref.replace('#/components/schemas/', '')] : schema;
  const properties = component?.['properties'] as Record<string, Record<string, unknown>> | undefined;
  if (!properties) return '';
  const required = new Set((component?.['required'] as string[] | undefined) ?? []);
  return (
    '<table><thead><tr><th>Field</th><th>Required</th><th>Rule</th><th>Description</th></tr></thead><tbody>' +
    Object.entries(properties)
      .map(
        ([name, property]) =>
          `<tr><td><code>${escape(name)}</code></td><td>${required.has(name) ? 'yes' : 'no'}</td><td>${schemaWords(property)}</td>` +
          `<td><small>${escape(String(property['description'] ?? ''))}</small></td></tr>`,
      )
      .join('') +
    '</tbody></table>'
  );
}

function operationSection(
  method: string,
  path: string,
  op: Operation,
  components: Record<string, Record<string, unknown>>,
): string {
  const id = op.operationId ?? `${method}-${path}`;
  const auth = `${op['x-auth'] ?? ''}${op['x-session-purposes'] ? ` (${op['x-session-purposes'].join(', ')})` : ''}`;
  const parts = [
    `<section id="op-${escape(id)}"><h3><code>${method.toUpperCase()} ${escape(path)}</code> ${escape(op['x-summary-zh-TW'] ?? '')} <small>${escape(op.summary ?? '')}</small></h3>`,
    `<p>Authorization: <code>${escape(auth)}</code> · operationId <code>${escape(id)}</code></p>`,
  ];
  if (op.parameters?.length) {
    parts.push(
      '<table><thead><tr><th>Parameter</th><th>In</th><th>Required</th><th>Rule</th><th>Example</th></tr></thead><tbody>' +
        op.parameters
          .map(
            (p) =>
              `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td>` +
              `<td>${schemaWords(p.schema)}</td><td>${p.example === undefined ? '' : `<code>${escape(String(p.example))}</code>`}</td></tr>`,
          )
          .join('') +
        '</tbody></table>',
    );
  }
  const body = op.requestBody?.content?.['application/json'];
  if (body) {
    parts.push(
      `<p>Request body (${op.requestBody?.required ? 'required' : 'optional'}): ${schemaWords(body.schema)}</p>`,
      fieldsTable(body.schema, components),
    );
    if (body.example !== undefined)
      parts.push(`<details open><summary>Example request</summary>${example(body.example)}</details>`);
  }
  const rows: string[] = [];
  let success: MediaType | undefined;
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const codes = response['x-problem-codes'] ?? [];
    const headers = Object.keys(response.headers ?? {});
    const media = Object.entries(response.content ?? {})[0];
    if (status.startsWith('2') && media && success === undefined) success = media[1];
    rows.push(
      `<tr><td>${escape(status)}</td><td>${codes.length > 0 ? codes.map((c) => `<a href="#${c}">${c}</a>`).join(' ') : escape(response.description ?? '')}</td>` +
        `<td>${escape(media?.[0] ?? '')} ${status.startsWith('2') && media ? schemaWords(media[1].schema) : ''}</td><td>${headers.map((h) => `<code>${escape(h)}</code>`).join(' ')}</td></tr>`,
    );
  }
  parts.push(
    `<table><thead><tr><th>Status</th><th>Meaning / problem codes</th><th>Body</th><th>Headers</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
  if (success?.example !== undefined)
    parts.push(`<details><summary>Example answer</summary>${example(success.example)}</details>`);
  parts.push('</section>');
  return parts.join('\n');
}

export function docsHtml(openapi: Record<string, unknown>): string {
  const paths = (openapi.paths ?? {}) as Record<string, Record<string, Operation>>;
  const components =
    ((openapi.components ?? {}) as { schemas?: Record<string, Record<string, unknown>> }).schemas ?? {};
  const rows: string[] = [];
  const sections: string[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const codes = Object.values(op.responses ?? {}).flatMap((r) => r['x-problem-codes'] ?? []);
      const auth = `${op['x-auth'] ?? ''}${op['x-session-purposes'] ? ` (${op['x-session-purposes'].join(', ')})` : ''}`;
      rows.push(
        `<tr><td><code>${method.toUpperCase()}</code></td><td><a href="#op-${escape(op.operationId ?? '')}"><code>${escape(path)}</code></a></td><td>${escape(auth)}</td>` +
          `<td>${escape(op['x-summary-zh-TW'] ?? '')}<br><small>${escape(op.summary ?? '')}</small></td>` +
          `<td>${[...new Set(codes)].map((c) => `<a href="#${c}">${c}</a>`).join(' ')}</td></tr>`,
      );
      sections.push(operationSection(method, path, op, components));
    }
  }
  const problems = (Object.keys(problemCatalog) as ProblemCode[]).map((code) => {
    const p = problemCatalog[code];
    return (
      `<tr id="${code}"><td><code>${code}</code></td><td>${p.status}</td>` +
      `<td>${escape(p.title['zh-TW'])}<br><small>${escape(p.title.en)}</small></td>` +
      `<td>${escape(p.detail['zh-TW'])}<br><small>${escape(p.detail.en)}</small></td>` +
      `<td><small>${escape(problemType(code))}</small></td></tr>`
    );
  });
  const info = (openapi.info ?? {}) as { title?: string; version?: string; description?: string };
  const servers = ((openapi.servers ?? []) as { url: string }[]).map((server) => server.url);
  return `<!doctype html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(info.title ?? 'API')}</title>
<style>
body{font-family:system-ui,"Noto Sans TC","Microsoft JhengHei",sans-serif;margin:2rem;line-height:1.5;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:1rem 0 2rem}th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f0f3f7}code{font-size:.9em}small{color:#555}
pre{background:#f6f8fa;padding:.5rem;overflow:auto;max-height:24rem;font-size:.85em}section{border-top:1px solid #ccc;margin-top:1.5rem}
</style></head><body>
<h1>${escape(info.title ?? 'API')} <small>${escape(info.version ?? '')}</small></h1>
<p>${escape(info.description ?? '')}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1: generate a client from it). Server: <code>${escape(servers.join(', '))}</code>.</p>
<h2>Endpoints</h2>
<table><thead><tr><th>Method</th><th>Path</th><th>Authorization</th><th>Purpose</th><th>Problems</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<h2>Operations</h2>
${sections.join('\n')}
<h2>Problem codes</h2>
<table><thead><tr><th>Code</th><th>Status</th><th>Title</th><th>Detail</th><th>type</th></tr></thead>
<tbody>${problems.join('\n')}</tbody></table>
</body></html>`;
}
