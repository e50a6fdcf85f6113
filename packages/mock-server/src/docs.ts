// GET /docs: a self-contained HTML page (no external assets) listing every endpoint of the
// OpenAPI document and every problem code, for people reading the API in a browser.
import { problemCatalog, problemType } from '@gepi/sdk/api';
import type { ProblemCode } from '@gepi/sdk/api';

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

interface Operation {
  summary?: string;
  'x-summary-zh-TW'?: string;
  'x-auth'?: string;
  'x-session-purposes'?: string[];
  responses?: Record<string, { 'x-problem-codes'?: string[] }>;
}

export function docsHtml(openapi: Record<string, unknown>): string {
  const paths = (openapi.paths ?? {}) as Record<string, Record<string, Operation>>;
  const rows: string[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const codes = Object.values(op.responses ?? {}).flatMap((r) => r['x-problem-codes'] ?? []);
      const auth = `${op['x-auth'] ?? ''}${op['x-session-purposes'] ? ` (${op['x-session-purposes'].join(', ')})` : ''}`;
      rows.push(
        `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escape(path)}</code></td><td>${escape(auth)}</td>` +
          `<td>${escape(op['x-summary-zh-TW'] ?? '')}<br><small>${escape(op.summary ?? '')}</small></td>` +
          `<td>${codes.map((c) => `<a href="#${c}">${c}</a>`).join(' ')}</td></tr>`,
      );
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
  return `<!doctype html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(info.title ?? 'API')}</title>
<style>
body{font-family:system-ui,"Noto Sans TC","Microsoft JhengHei",sans-serif;margin:2rem;line-height:1.5;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:1rem 0 2rem}th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f0f3f7}code{font-size:.9em}small{color:#555}
</style></head><body>
<h1>${escape(info.title ?? 'API')} <small>${escape(info.version ?? '')}</small></h1>
<p>${escape(info.description ?? '')}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Endpoints</h2>
<table><thead><tr><th>Method</th><th>Path</th><th>Authorization</th><th>Purpose</th><th>Problems</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<h2>Problem codes</h2>
<table><thead><tr><th>Code</th><th>Status</th><th>Title</th><th>Detail</th><th>type</th></tr></thead>
<tbody>${problems.join('\n')}</tbody></table>
</body></html>`;
}
