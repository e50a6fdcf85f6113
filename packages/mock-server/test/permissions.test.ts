// The server's default permission catalog is its own data: the API's module graph (app.ts and
// everything it imports) never reaches @gepi/sdk/testing, which is test tooling (demo PKI keys,
// the demo dataset). The demo dataset carries the same catalog; this keeps the two equal.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { loadDemoDataset } from '@gepi/sdk/testing';
import { createRegistrationApi } from '../src/app.js';
import { DEFAULT_PERMISSIONS } from '../src/data/permissions.js';
import { SqliteStore } from '../src/store/driver-node.js';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Every module specifier app.ts reaches through relative static imports (type-only ones left out). */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)';/gms)) {
      if (match[1]) continue;
      const specifier = match[2]!;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the default permission catalog', () => {
  it('does not come from @gepi/sdk/testing: the API’s module graph never imports it', () => {
    const { files, packages } = importGraph(resolve(SRC, 'app.ts'));
    assert.ok(files.size > 10, 'the graph was walked');
    assert.ok(packages.has('@gepi/sdk/api'));
    assert.ok(!packages.has('@gepi/sdk/testing'), [...packages].join(', '));
  });

  it('is served when the host gives none, and equals the demo dataset’s', async () => {
    const api = createRegistrationApi({
      store: new SqliteStore({ path: ':memory:' }),
      trust: { roots: [], intermediates: [], crls: [] },
      origins: [],
      logger: { warn: () => undefined, error: () => undefined },
    });
    await api.ready;
    const response = await api.fetch(new Request('http://api.test/api/v1/permissions'));
    assert.equal(response.status, 200);
    const body = (await response.json()) as { permissions: unknown };
    assert.deepEqual(body.permissions, DEFAULT_PERMISSIONS);
    assert.deepEqual(DEFAULT_PERMISSIONS, loadDemoDataset().permissions);
    api.close();
  });
});
