// Packs the four public packages as they would be published: `node scripts/pack.mjs [--out DIR]`
// (default .tmp/pack). Run `npm run build` first: the tarballs hold the built dist/, never src/.
//
// Each package is staged in a temporary directory with the files its `files` list names (plus
// README, LICENSE, CHANGELOG, which npm always takes) and a published package.json that keeps what a
// consumer's tools read and drops what only this repository uses:
// - the `source` export condition (it points at src/*.ts, which is not published; a consumer whose
//   bundler or tsconfig happens to enable a `source` condition would otherwise resolve to nothing);
// - `imports` (test harness aliases), `scripts` and `devDependencies`.
// Then `npm pack` runs in the stage, so npm's own rules decide the rest. Prints one JSON line per
// tarball: { name, file, size, unpackedSize, entryCount }. The repository is never modified.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const PUBLIC_PACKAGES = ['sdk', 'pkcs11', 'mock-server', 'elements'];
const ROOT = resolve(import.meta.dirname, '..');

/** The package.json a consumer receives: no `source` condition, no repository-only fields. */
export function publishedManifest(manifest) {
  const out = structuredClone(manifest);
  const strip = (value) => {
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'source')
        .map(([key, inner]) => [key, strip(inner)]),
    );
  };
  if (out.exports) out.exports = strip(out.exports);
  delete out.imports;
  delete out.scripts;
  delete out.devDependencies;
  return out;
}

/** Stages and packs one workspace package (`packages/<dir>`) into `out`; returns npm's summary. */
export function packPackage(dir, out) {
  const pkgDir = join(ROOT, 'packages', dir);
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  if (!existsSync(join(pkgDir, 'dist'))) {
    throw new Error(`${manifest.name}: no dist/ in packages/${dir}: run npm run build first`);
  }
  const stage = mkdtempSync(join(tmpdir(), `gepi-stage-${dir}-`));
  try {
    const names = new Set(['README.md', 'LICENSE', 'CHANGELOG.md']);
    for (const entry of manifest.files ?? []) if (!entry.startsWith('!')) names.add(entry);
    for (const name of names) {
      const from = join(pkgDir, name);
      // The changelog and licence are the repository's: one for all packages, released together.
      const source = existsSync(from) ? from : join(ROOT, name);
      if (existsSync(source)) cpSync(source, join(stage, name), { recursive: true });
    }
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(publishedManifest(manifest), null, 2)}\n`);
    const json = execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
      cwd: stage,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [result] = JSON.parse(json);
    return {
      name: result.name,
      file: join(out, result.filename),
      size: result.size,
      unpackedSize: result.unpackedSize,
      entryCount: result.entryCount,
      files: result.files.map((file) => file.path),
    };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: '.tmp/pack' } } });
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  for (const dir of PUBLIC_PACKAGES) {
    const { files: _files, ...summary } = packPackage(dir, out);
    console.log(JSON.stringify(summary));
  }
}
