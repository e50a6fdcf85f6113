// The demo page's bundle (`npm start`) is kept between starts and used again only while nothing it
// was made from has changed: esbuild, its options, the manifests and every input file by sha256.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { bundleDemo } from '../demo/server.js';
import type { DemoAssets } from '../demo/server.js';

const dir = mkdtempSync(join(tmpdir(), 'gepi-demo-bundle-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface CachedBundle {
  key: string;
  inputs: Record<string, string>;
  files: [string, Uint8Array][];
}
const readCache = (file: string) => deserialize(readFileSync(file)) as CachedBundle;

function assertSameFiles(actual: DemoAssets, expected: DemoAssets): void {
  assert.deepEqual([...actual.files.keys()].sort(), [...expected.files.keys()].sort());
  for (const [path, contents] of expected.files) {
    assert.ok(Buffer.from(actual.files.get(path)!).equals(Buffer.from(contents)), path);
  }
  assert.equal(actual.page, expected.page);
}

test('a bundle is kept, used again unchanged, and made anew when an input or the build changed', async () => {
  const cacheFile = join(dir, 'bundle.v8');
  const first = await bundleDemo({ cacheFile });
  assert.equal(first.cached, false);
  assert.ok(first.files.has('/assets/main.js'));
  const kept = readCache(cacheFile);
  // Every source file of the page is recorded, the elements' and the SDK's among them.
  assert.ok(kept.inputs['packages/elements/demo/main.ts']);
  assert.ok(Object.keys(kept.inputs).some((input) => input.startsWith('packages/sdk/src/')));

  const second = await bundleDemo({ cacheFile });
  assert.equal(second.cached, true);
  assertSameFiles(second, first);

  // main.ts as it was when the bundle was made is not main.ts now: bundled again, and kept again.
  writeFileSync(
    cacheFile,
    serialize({ ...kept, inputs: { ...kept.inputs, 'packages/elements/demo/main.ts': '0'.repeat(64) } }),
  );
  const third = await bundleDemo({ cacheFile });
  assert.equal(third.cached, false);
  assertSameFiles(third, first);
  assert.equal((await bundleDemo({ cacheFile })).cached, true);

  // Another esbuild, other options or manifests (the key), or an unreadable file: bundled again.
  writeFileSync(cacheFile, serialize({ ...readCache(cacheFile), key: 'another build' }));
  assert.equal((await bundleDemo({ cacheFile })).cached, false);
  writeFileSync(cacheFile, 'not a bundle');
  assert.equal((await bundleDemo({ cacheFile })).cached, false);
  assert.equal((await bundleDemo({ cacheFile })).cached, true);
});

test('cacheFile false bundles every time and keeps nothing', async () => {
  const cacheFile = join(dir, 'none.v8');
  assert.equal((await bundleDemo({ cacheFile: false })).cached, false);
  assert.equal(existsSync(cacheFile), false);
});
