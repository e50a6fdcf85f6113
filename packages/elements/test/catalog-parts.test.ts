// The built-in catalogs in parts (src/i18n/words.ts): the parts put together are exactly the whole
// catalogs, in both languages, and every element names the parts of every message it can show, so
// that no element shows a bare key where a page has not loaded the part (each element loads only the
// parts it names).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { en } from '../src/i18n/en.js';
import { zhTW } from '../src/i18n/zh-TW.js';
import type { CatalogPart } from '../src/i18n/words.js';
import { applicantFormWords } from '../src/i18n/zh-TW/applicant-form.js';
import { certInfoWords } from '../src/i18n/zh-TW/cert-info.js';
import { contactFormWords } from '../src/i18n/zh-TW/contact-form.js';
import { cardConfirmWords } from '../src/i18n/zh-TW/card-confirm.js';
import { flowWords } from '../src/i18n/zh-TW/flow.js';
import { handlersWords } from '../src/i18n/zh-TW/handlers.js';
import { portalWords } from '../src/i18n/zh-TW/portal.js';
import { queriesWords } from '../src/i18n/zh-TW/queries.js';
import { sharedWords } from '../src/i18n/zh-TW/shared.js';
import { termsWords } from '../src/i18n/zh-TW/terms.js';
import { virtualReaderWords } from '../src/i18n/zh-TW/virtual-reader.js';

const PARTS: Readonly<Record<string, CatalogPart>> = {
  applicantFormWords,
  certInfoWords,
  contactFormWords,
  cardConfirmWords,
  flowWords,
  handlersWords,
  portalWords,
  queriesWords,
  sharedWords,
  termsWords,
  virtualReaderWords,
};

const src = fileURLToPath(new URL('../src/', import.meta.url));
const keysOf = (words: object): string[] => Object.keys(words).sort();

describe('catalog parts', () => {
  it('are the whole zh-TW catalog, each key in one part, word for word', () => {
    const seen = new Map<string, string>();
    for (const [name, part] of Object.entries(PARTS)) {
      for (const [key, text] of Object.entries(part['zh-TW'])) {
        assert.equal(seen.get(key), undefined, `${key} is in ${seen.get(key)} and ${name}`);
        seen.set(key, name);
        assert.equal(text, zhTW[key as keyof typeof zhTW], key);
      }
    }
    assert.deepEqual([...seen.keys()].sort(), keysOf(zhTW));
  });

  it('each fetch the English of exactly their keys, and together they are the English catalog', async () => {
    const english: Record<string, string> = {};
    for (const [name, part] of Object.entries(PARTS)) {
      const words = await part.en.load();
      assert.equal(part.en.words, words, `${name}: the chunk keeps its words once loaded`);
      const keys = keysOf(part['zh-TW']);
      for (const key of keys) {
        assert.equal(typeof words[key as keyof typeof words], 'string', `${name}: no English for ${key}`);
        english[key] = words[key as keyof typeof words] as string;
      }
    }
    assert.deepEqual(keysOf(en), keysOf(zhTW));
    assert.deepEqual(english, { ...en });
  });
});

// ---- Which keys each element can show: read from the sources it runs (its component module and
// every module it imports, other elements' modules and the i18n modules aside).

function files(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files(path, out);
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** The source without comments (a comment may name a key as an example). */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

/** The modules `path` imports for their values (not `import type`), as absolute paths. */
function imports(path: string): string[] {
  const found: string[] = [];
  for (const match of code(path).matchAll(
    /^import (?!type )[^;]*?from '(\.[^']+)';|^import '(\.[^']+)';/gm,
  )) {
    const spec = match[1] ?? match[2] ?? '';
    found.push(resolve(dirname(path), spec.replace(/\.js$/, '.ts')));
  }
  return found;
}

const ALL_KEYS = keysOf(zhTW);

/** The catalog keys a module's code names: literal keys, and every key under a `prefix.${…}` template. */
function keysNamed(path: string): Set<string> {
  const text = code(path);
  const named = new Set<string>();
  for (const match of text.matchAll(/(['"`])([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)\1/g)) {
    if (Object.hasOwn(zhTW, match[2] ?? '')) named.add(match[2] ?? '');
  }
  for (const match of text.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z0-9]+)*)\.\$\{/g)) {
    const prefix = `${match[1]}.`;
    const under = ALL_KEYS.filter((key) => key.startsWith(prefix));
    assert.ok(under.length > 0, `${relative(src, path)}: no key starts with ${prefix}`);
    for (const key of under) named.add(key);
  }
  return named;
}

/** The parts a module's class names in `catalogParts = [...]`. */
function partsNamed(path: string): string[] {
  const declared = /static (?:override )?catalogParts[^=]*=\s*\[([^\]]*)\]/.exec(code(path));
  return declared ? [...(declared[1] ?? '').matchAll(/\b(\w+Words)\b/g)].map((m) => m[1] ?? '') : [];
}

const components = files(join(src, 'components')).filter((path) => path.endsWith('.component.ts'));

/** The element's component module and what it runs with it. */
function moduleGraph(component: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    const otherElement = path.endsWith('.component.ts') || /\/components\/[^/]+\/gepi-[^/]+\.ts$/.test(path);
    if (path !== component && otherElement) return;
    if (path.startsWith(join(src, 'i18n'))) return;
    seen.add(path);
    for (const dep of imports(path)) visit(dep);
  };
  visit(component);
  return [...seen];
}

describe('the parts each element names', () => {
  it('finds the elements and the parts they name', () => {
    assert.ok(components.length >= 21, `${components.length} component modules`);
    const graph = moduleGraph(join(src, 'components/query/query.component.ts')).map((p) => relative(src, p));
    for (const module of ['internal/flow-element.ts', 'internal/gepi-element.ts', 'internal/coach.ts']) {
      assert.ok(graph.includes(module), `query's modules include ${module}`);
    }
    assert.deepEqual(partsNamed(join(src, 'internal/gepi-element.ts')), ['sharedWords']);
  });

  for (const component of components) {
    it(`hold every message ${relative(src, component)} can show`, () => {
      const graph = moduleGraph(component);
      const parts = graph.flatMap(partsNamed);
      // <gepi-provider> is no GepiElementBase and shows no message.
      if (!component.endsWith('/provider.component.ts')) {
        assert.ok(parts.includes('sharedWords'), 'names the shared words (through GepiElementBase)');
      }
      const held = new Set<string>();
      for (const name of parts) {
        const part = PARTS[name];
        assert.ok(part, `${name} is not a catalog part`);
        for (const key of Object.keys(part['zh-TW'])) held.add(key);
      }
      const missing = graph.flatMap((path) =>
        [...keysNamed(path)].filter((key) => !held.has(key)).map((key) => `${key} (${relative(src, path)})`),
      );
      assert.deepEqual(missing, [], `messages outside the parts it names (${parts.join(', ')})`);
    });
  }
});
