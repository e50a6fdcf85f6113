// The API reference (`npm run docs`): TypeDoc with the repository's typedoc.json, offline, writing
// its JSON model to a temporary directory (no HTML: that is `npm run docs`' job, and slow). Checks
// that each public entry point is a module named after its import path, that the symbols a reader
// looks up first are there with their documentation, and that TypeDoc reports no errors and no
// symbol the documentation refers to but does not include (a missing export).
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Application, LogLevel, Logger, TSConfigReader, TypeDocReader } from 'typedoc';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface JsonReflection {
  name: string;
  kind: number;
  comment?: { summary: { text: string }[] };
  signatures?: JsonReflection[];
  children?: JsonReflection[];
}

/** Keeps every message instead of printing it. */
class Recorder extends Logger {
  readonly messages: { level: LogLevel; text: string }[] = [];
  override log(text: string, level: LogLevel): void {
    super.log(text, level);
    this.messages.push({ level, text });
  }
}

function documented(reflection: JsonReflection): boolean {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
  return comments.some(
    (c) =>
      (c?.summary ?? [])
        .map((part) => part.text)
        .join('')
        .trim() !== '',
  );
}

describe('API reference (TypeDoc)', () => {
  let dir: string;
  let modules: Map<string, JsonReflection>;
  const logger = new Recorder();

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gepi-typedoc-'));
    const cwd = process.cwd();
    // TypeDoc finds typedoc.json and tsconfig.json in the working directory.
    process.chdir(ROOT);
    try {
      // Readers given explicitly: the default ones would also read the test runner's argv.
      const app = await Application.bootstrapWithPlugins({}, [new TypeDocReader(), new TSConfigReader()]);
      app.logger = logger;
      const project = await app.convert();
      assert.ok(project, 'TypeDoc converted the entry points');
      app.validate(project);
      const out = join(dir, 'api.json');
      await app.generateJson(project, out);
      const json = JSON.parse(await readFile(out, 'utf8')) as JsonReflection;
      modules = new Map((json.children ?? []).map((m) => [m.name, m]));
    } finally {
      process.chdir(cwd);
    }
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('documents every SDK entry point as a module named after its import path', () => {
    for (const name of [
      '@gepi/sdk',
      '@gepi/sdk/api',
      '@gepi/sdk/certs',
      '@gepi/sdk/testing',
      '@gepi/sdk/virtual',
      '@gepi/sdk/roster',
      '@gepi/pkcs11',
    ]) {
      assert.ok(modules.has(name), `${name} is missing; modules: ${[...modules.keys()].join(', ')}`);
    }
    assert.equal(modules.size, 8, 'the SDK entry points and @gepi/elements');
  });

  it('has the public symbols, with their documentation', () => {
    const expected: [module: string, symbol: string][] = [
      ['@gepi/sdk', 'GepiClient'],
      ['@gepi/sdk', 'createAssignmentFlow'],
      ['@gepi/sdk/virtual', 'VirtualTokenProvider'],
      ['@gepi/sdk/roster', 'planRosterSync'],
      ['@gepi/sdk/roster', 'applyRosterSync'],
      ['@gepi/sdk/roster', 'signInManager'],
      ['@gepi/sdk', 'explainError'],
      ['@gepi/pkcs11', 'Pkcs11TokenProvider'],
      ['@gepi/pkcs11', 'provisionSoftHsm'],
      ['@gepi/sdk/certs', 'parseCertificate'],
      ['@gepi/sdk/testing', 'demoCardsFromExport'],
      ['@gepi/sdk/api', 'buildOpenApiDocument'],
      ['@gepi/sdk/api', 'apiErrorFromCode'],
    ];
    for (const [module, symbol] of expected) {
      const reflection = modules.get(module)?.children?.find((child) => child.name === symbol);
      assert.ok(reflection, `${module} exports ${symbol} in the reference`);
      assert.ok(documented(reflection), `${module}.${symbol} has a documentation comment`);
    }
  });

  it('reports no errors and no referenced symbol left out of the documentation', () => {
    const errors = logger.messages.filter((m) => m.level === LogLevel.Error);
    assert.deepEqual(errors, []);
    // "… which was resolved but is not included in the documentation": a type a public signature
    // uses that no entry point exports. Lit's own (inherited by the elements) are Lit's to document.
    const missing = logger.messages.filter(
      (m) => /not included in the documentation/.test(m.text) && !/@lit\/reactive-element/.test(m.text),
    );
    assert.deepEqual(missing, []);
    const sdk = logger.messages.filter(
      (m) => m.level === LogLevel.Warn && /sdk\/src|@gepi\/sdk/.test(m.text),
    );
    assert.deepEqual(sdk, [], 'no TypeDoc warning about the SDK');
  });
});
