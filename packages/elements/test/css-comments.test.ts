// The elements' `css` templates carry no CSS comments: a template literal reaches every host's bundle
// as written (a minifier leaves its text alone), so a `/* … */` inside one is shipped in each chunk
// that holds the styles. Comments go above the template as `//` comments, naming the selector they
// explain (docs/build-and-size.md, session 7).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** The text of every `css` tagged template in `code` (interpolations included, as written). */
function cssTemplates(code: string): string[] {
  return [...code.matchAll(/\bcss`([^`]*)`/g)].map((match) => match[1] ?? '');
}

describe('css templates', () => {
  it('are found in the style modules', () => {
    const found = sources(src).flatMap((path) => cssTemplates(readFileSync(path, 'utf8')));
    assert.ok(found.length >= 25, `${found.length} css templates`);
  });

  it('hold no CSS comments', () => {
    const commented = sources(src).flatMap((path) =>
      cssTemplates(readFileSync(path, 'utf8'))
        .filter((text) => text.includes('/*'))
        .map((text) => `${relative(src, path)}: ${/\/\*[^]*?\*\//.exec(text)?.[0].slice(0, 60)}`),
    );
    assert.deepEqual(commented, []);
  });
});
