// The autoloader's table against the package: one loader per define file, each importing that file
// and no other, and the package's exports and sideEffects naming the autoloader.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ELEMENT_LOADERS } from '../src/autoload.js';

const root = new URL('../', import.meta.url);
const components = new URL('src/components/', root);

const defineFiles = readdirSync(components, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/gepi-${entry.name}.ts`, components)),
  )
  .map((entry) => entry.name)
  .sort();

describe('@gepi/elements/autoload table', () => {
  it('has one loader per define file, keyed by its tag', () => {
    assert.ok(defineFiles.length >= 21);
    assert.deepEqual(
      Object.keys(ELEMENT_LOADERS).sort(),
      defineFiles.map((name) => `gepi-${name}`),
    );
  });

  it('imports each tag’s own define file, by a literal path bundlers can split on', () => {
    const source = readFileSync(new URL('src/autoload.ts', root), 'utf8');
    const pairs = [...source.matchAll(/'(gepi-[a-z-]+)': \(\) => import\('([^']+)'\)/g)].map((m) => [
      m[1],
      m[2],
    ]);
    assert.equal(pairs.length, defineFiles.length);
    for (const [tag, path] of pairs) {
      const name = tag!.slice('gepi-'.length);
      assert.equal(path, `./components/${name}/gepi-${name}.js`, tag);
    }
  });

  it('is a public entry with side effects', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      exports: Record<string, Record<string, string>>;
      sideEffects: string[];
    };
    assert.equal(pkg.exports['./autoload.js']?.['source'], './src/autoload.ts');
    assert.equal(pkg.exports['./autoload.js']?.['default'], './dist/autoload.js');
    assert.ok(pkg.sideEffects.includes('./src/autoload.ts'));
    assert.ok(pkg.sideEffects.includes('./dist/autoload.js'));
  });
});
