// demo-dataset.data.ts must hold exactly what demo-dataset.json holds (see src/testing/dataset.ts
// for why there are two). Run with GEPI_UPDATE_DATASET=1 to rewrite the module from the JSON.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { loadDemoDataset } from '@gepi/sdk/testing';

const jsonPath = fileURLToPath(new URL('../src/testing/demo-dataset.json', import.meta.url));
const modulePath = fileURLToPath(new URL('../src/testing/demo-dataset.data.ts', import.meta.url));

async function renderModule(json: unknown): Promise<string> {
  const source = [
    '// Generated from demo-dataset.json by `GEPI_UPDATE_DATASET=1 node scripts/test-node.mjs pki-dataset`;',
    '// edit the JSON, never this file.',
    "import type { DemoDataset } from './dataset.js';",
    '',
    `export const DEMO_DATASET: DemoDataset = ${JSON.stringify(json, null, 2)};`,
    '',
  ].join('\n');
  return format(source, { ...(await resolveConfig(modulePath)), filepath: modulePath });
}

describe('demo dataset module', () => {
  it('holds the same data as demo-dataset.json', async () => {
    const json: unknown = JSON.parse(readFileSync(jsonPath, 'utf8'));
    if (process.env.GEPI_UPDATE_DATASET === '1') writeFileSync(modulePath, await renderModule(json));
    assert.deepEqual(loadDemoDataset(), json);
  });
});
