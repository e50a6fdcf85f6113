// `npm run size`: what a page pays for GEPI before it does anything. Bundles "all elements + SDK
// core" the way a host's bundler would (one module importing every define file and everything the
// SDK's main entry exports; minified, browser platform, code splitting so each `import()` becomes a
// chunk), then prints the initial bundle (the entry and the chunks it imports statically) and each
// lazy chunk, minified and minified + gzip. Exits 1 when the initial JavaScript exceeds the budget
// (60 KB gzip, convention 12) or when something that must stay lazy (certificate parsing, the test
// PKI, Fortify) is in the initial path.
//
//   node scripts/size-report.mjs [--json]
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

/** 1 KB = 1000 bytes, as size-limit and bundlephobia count. */
const KB = 1000;
const INITIAL_BUDGET_GZIP = 60 * KB;

/** Inputs that must never be in the initial path, with the reason printed when one is. */
const MUST_BE_LAZY = [
  {
    pattern: /node_modules\/(@peculiar\/x509|asn1js|@peculiar\/asn1-)/,
    what: 'certificate parsing (@peculiar/x509, asn1)',
  },
  { pattern: /packages\/sdk\/src\/testing\//, what: 'the test PKI and demo dataset (@gepi/sdk/testing)' },
  { pattern: /node_modules\/(@webcrypto-local|@peculiar\/fortify|2key-ratchet)/, what: 'the Fortify client' },
];

const ROOT = new URL('..', import.meta.url).pathname;
const ELEMENTS = join(ROOT, 'packages/elements');
const OUT = join(ROOT, '.size-report'); // never written: esbuild needs a directory to name files in

function defineFiles() {
  const components = join(ELEMENTS, 'src/components');
  return readdirSync(components, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `./src/components/${entry.name}/gepi-${entry.name}.ts`)
    .filter((file) => existsSync(join(ELEMENTS, file)))
    .sort();
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** The package (or source folder) an input belongs to, for the "mostly" column. */
function owner(input) {
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = input.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const match = /packages\/([^/]+)\/src\/([^/]+)/.exec(input);
  return match ? `${match[1]}/${match[2].replace(/\.ts$/, '')}` : input;
}

function topOwners(inputs, count = 3) {
  const sizes = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    sizes.set(owner(input), (sizes.get(owner(input)) ?? 0) + bytesInOutput);
  }
  return [...sizes]
    .filter(([, size]) => size > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, size]) => `${name} ${kb(size)}`)
    .join(', ');
}

const files = defineFiles();
const entry = [
  '// Every GEPI element registered, and the SDK main entry as a whole.',
  ...files.map((file) => `import '${file}';`),
  "export * from '@gepi/sdk';",
].join('\n');

const result = await esbuild.build({
  stdin: { contents: entry, resolveDir: ELEMENTS, sourcefile: 'all-elements-and-sdk.ts', loader: 'ts' },
  outdir: OUT,
  write: false,
  metafile: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  conditions: ['source'],
  tsconfig: join(ROOT, 'tsconfig.json'),
  chunkNames: '[name]-[hash]',
  logLevel: 'error',
});

const outputs = result.metafile.outputs;
const contents = new Map(result.outputFiles.map((file) => [relative(ROOT, file.path), file.contents]));
const entryName = Object.keys(outputs).find((name) => outputs[name].entryPoint !== undefined);

// The initial path: the entry and whatever it imports statically, transitively.
const initial = new Set();
const visit = (name) => {
  if (initial.has(name)) return;
  initial.add(name);
  for (const dep of outputs[name].imports)
    if (dep.kind === 'import-statement' && !dep.external) visit(dep.path);
};
visit(entryName);

const rows = Object.keys(outputs)
  .filter((name) => name.endsWith('.js'))
  .map((name) => {
    const bytes = contents.get(name);
    return {
      file: name === entryName ? 'all elements + SDK core (entry)' : name.replace(/^\.size-report\//, ''),
      path: name,
      kind: initial.has(name) ? 'initial' : 'lazy',
      min: bytes.length,
      gzip: gzip(bytes),
      mostly: topOwners(outputs[name].inputs),
    };
  })
  .sort((a, b) => (a.kind === b.kind ? b.gzip - a.gzip : a.kind === 'initial' ? -1 : 1));

const initialRows = rows.filter((row) => row.kind === 'initial');
// Gzip of the initial files together, as one would be served after another on one connection, is
// within a few bytes of the sum; the sum is what the budget counts (each file is its own response).
const initialMin = initialRows.reduce((sum, row) => sum + row.min, 0);
const initialGzip = initialRows.reduce((sum, row) => sum + row.gzip, 0);

const leaks = [];
for (const name of initial) {
  for (const input of Object.keys(outputs[name].inputs)) {
    const rule = MUST_BE_LAZY.find((r) => r.pattern.test(input));
    if (rule && outputs[name].inputs[input].bytesInOutput > 0) leaks.push(`${rule.what}: ${input}`);
  }
}
const overBudget = initialGzip > INITIAL_BUDGET_GZIP;

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify(
      { budgetGzip: INITIAL_BUDGET_GZIP, initial: { min: initialMin, gzip: initialGzip }, rows, leaks },
      null,
      2,
    ),
  );
} else {
  const table = [
    ['', 'file', 'min', 'min+gzip', 'mostly'],
    ...rows.map((row) => [row.kind, row.file, kb(row.min), kb(row.gzip), row.mostly]),
    ['initial', 'total', kb(initialMin), kb(initialGzip), `budget ${kb(INITIAL_BUDGET_GZIP)} gzip`],
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r) =>
    r.map((cell, i) => (i === 2 || i === 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(`Size of ${files.length} define files + @gepi/sdk (esbuild, minified, browser, es2022):\n`);
  console.log(line(table[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of table.slice(1, -1)) console.log(line(r));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  console.log(line(table[table.length - 1]));
  console.log();
}

for (const leak of leaks) console.error(`size: must be lazy, found in the initial path: ${leak}`);
if (overBudget) {
  console.error(
    `size: the initial JavaScript is ${kb(initialGzip)} gzip, over the budget of ${kb(INITIAL_BUDGET_GZIP)} by ${kb(initialGzip - INITIAL_BUDGET_GZIP)}.`,
  );
} else if (!process.argv.includes('--json')) {
  console.log(
    `size: initial JavaScript ${kb(initialGzip)} gzip, within the budget of ${kb(INITIAL_BUDGET_GZIP)}.`,
  );
}
process.exit(overBudget || leaks.length > 0 ? 1 : 0);
