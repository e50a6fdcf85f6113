// The OpenAPI document as independent tools read it: Redocly's recommended lint finds no error
// (and no warning beyond the ones named here), and a TypeScript client generated from it with
// openapi-typescript (types) and openapi-fetch (calls) type-checks, refuses wrong calls at compile
// time, and runs against a real server. Everything runs offline (Redocly's library, no CLI: no
// telemetry, no remote config).
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON read loosely */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Warnings accepted, each with its reason: the server is the origin the document was read from,
 * here a test server on localhost (a deployment lists its public URL); the five public catalog
 * reads (health, permissions, contacts, terms, CRLs) take no input and have no 4xx answer to document (an invented one would be dishonest).
 */
const ACCEPTED_WARNINGS = new Set([
  'no-server-example.com #/servers/0/url',
  'operation-4xx-response #/paths/~1api~1v1~1health/get/responses',
  'operation-4xx-response #/paths/~1api~1v1~1permissions/get/responses',
  'operation-4xx-response #/paths/~1api~1v1~1contacts/get/responses',
  'operation-4xx-response #/paths/~1api~1v1~1terms/get/responses',
  'operation-4xx-response #/paths/~1api~1v1~1crls/get/responses',
]);

let server: TestServer;
let document: Record<string, unknown>;
before(async () => {
  server = await startTestServer();
  document = (await server.request('GET', '/openapi.json')).body;
});
after(() => server.close());

describe('Redocly (recommended rules)', () => {
  it('reports no error, and no warning beyond the accepted ones', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: `${server.url}/openapi.json`,
      config,
    });
    const describe = (p: (typeof problems)[number]) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}`;
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${describe(p)}: ${p.message}`);
    assert.deepEqual(errors, []);
    const warnings = problems
      .filter((p) => p.severity === 'warn')
      .map(describe)
      .filter((w) => !ACCEPTED_WARNINGS.has(w));
    assert.deepEqual(warnings, []);
  });

  it('does report an error when the document breaks a rule (the check is live)', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const broken = structuredClone(document) as any;
    delete broken.servers;
    delete broken.paths['/api/v1/health'].get.security;
    const problems = await lintFromString({ source: JSON.stringify(broken), absoluteRef: 'x.json', config });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => p.ruleId);
    assert.ok(errors.includes('no-empty-servers'), errors.join(', '));
    assert.ok(errors.includes('security-defined'), errors.join(', '));
  });
});

/** A client a bank integrator would write with the generated types. */
const CLIENT = `import createClient from 'openapi-fetch';
import type { components, paths } from './api.js';

export type Receipt = components['schemas']['Receipt'];

export async function receiptsOf(baseUrl: string, agencyCode: string) {
  const client = createClient<paths>({ baseUrl });
  const { data, error, response } = await client.GET('/api/v1/receipts', {
    params: { query: { agencyCode, pageSize: '25' } },
  });
  if (error) {
    // The problem document, with the codes this status may carry.
    return { status: response.status, code: error.code, requestId: error.requestId };
  }
  const first: Receipt | undefined = data.items[0];
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id'),
    agency: data.agency.name,
    total: data.total,
    firstItem: first?.item,
  };
}
`;

/** Calls the document says are wrong: each line must be a compile error. */
const WRONG = `import createClient from 'openapi-fetch';
import type { paths } from './api.js';

const client = createClient<paths>({ baseUrl: 'http://localhost:8787' });
export async function wrong() {
  await client.GET('/api/v1/receipts', { params: { query: { agencyCode: 10002 } } });
  await client.GET('/api/v1/receipts', { params: { query: {} } });
  await client.POST('/api/v1/handlers', { body: { serial: 'AB', name: 'x', permissions: [] } });
  await client.GET('/api/v1/no-such-path');
  const { error } = await client.GET('/api/v1/receipts', { params: { query: { agencyCode: '10002' } } });
  if (error && error.code === 'NOT_A_CODE') return;
}
`;

describe('a TypeScript client generated with openapi-typescript', () => {
  let dir: string;
  before(async () => {
    // Inside the repository's node_modules, so that openapi-fetch resolves from the generated files.
    const cache = join(ROOT, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(join(cache, 'gepi-openapi-client-'));
    const types = astToString(await openapiTS(document as any));
    writeFileSync(join(dir, 'api.ts'), types);
    writeFileSync(join(dir, 'client.ts'), CLIENT);
    writeFileSync(join(dir, 'wrong.ts'), WRONG);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const typeErrors = (file: string): string[] => {
    const program = ts.createProgram([join(dir, file)], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) =>
          `${d.file ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
  };

  it('type-checks', () => {
    assert.deepEqual(typeErrors('client.ts'), []);
  });

  it('refuses, at compile time, calls the document does not allow', () => {
    const errors = typeErrors('wrong.ts');
    // One error on each wrong line (6 to 11 of WRONG), none elsewhere.
    const lines = new Set(errors.map((e) => Number(/^wrong\.ts:(\d+)/.exec(e)?.[1])));
    assert.deepEqual(
      [...lines].sort((a, b) => a - b),
      [6, 7, 8, 9, 11],
      errors.join('\n'),
    );
  });

  it('runs against the server: an answer and a problem, typed', async () => {
    const client = (await import(pathToFileURL(join(dir, 'client.ts')).href)) as {
      receiptsOf(baseUrl: string, agencyCode: string): Promise<Record<string, unknown>>;
    };
    const found = await client.receiptsOf(server.url, '10002');
    assert.equal(found['status'], 200);
    assert.equal(found['agency'], '國立臺灣測試大學');
    assert.equal(found['total'], 1);
    assert.equal(found['firstItem'], 'first-registration');
    assert.match(String(found['requestId']), /\S/);
    const unknown = await client.receiptsOf(server.url, '99999');
    assert.equal(unknown['status'], 404);
    assert.equal(unknown['code'], 'AGENCY_UNKNOWN');
  });
});
