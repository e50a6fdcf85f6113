// What a page pays up front for `@gepi/sdk`: bundles the main entry as a host's bundler would
// (esbuild, browser, code splitting so each `import()` becomes a chunk) and checks that the heavy or
// demo-only modules are not in the initial path (the entry and the chunks it imports statically):
// zod and the contract's schemas and route table (the client loads them with its first request),
// the virtual card reader
// (`@gepi/sdk/virtual`), certificate parsing and the test PKI; since the merges of session 5 also
// ky with the transport's lazy half (client/send.ts, loaded with the first request), reading
// problem documents, and reading cards (flows/card-read.ts with the certificate reader and the
// revocation check, loaded with the first card read). And that the lazy ones are still
// reachable, so the check cannot pass by bundling nothing. The problem catalog (every code's words
// in two languages) is not reachable at all since session 7: a host whose server sends bare codes
// passes it to GepiClient (`problemWords`).
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Inputs that must not be in the initial path, with what they are. */
const NOT_EAGER: [pattern: RegExp, what: string][] = [
  [/node_modules\/zod\//, 'zod'],
  [/node_modules\/ky\//, 'ky (loaded with the first request)'],
  [
    /packages\/sdk\/src\/api\/(response-)?schemas\.ts$/,
    'the zod schemas (api/schemas.ts, api/response-schemas.ts)',
  ],
  [/packages\/sdk\/src\/api\/endpoints\.ts$/, 'the zod route table (api/endpoints.ts)'],
  [/packages\/sdk\/src\/tokens\/virtual\.ts$/, 'the virtual card reader (@gepi/sdk/virtual)'],
  [/node_modules\/(@peculiar\/x509|asn1js|@peculiar\/asn1-)/, 'certificate parsing'],
  [/packages\/sdk\/src\/testing\//, 'the test PKI and demo dataset (@gepi/sdk/testing)'],
  // Issue 15 after the merges: what a page needs only once it talks to the API or reads a card.
  [/packages\/sdk\/src\/client\/send\.ts$/, 'the transport’s lazy half (client/send.ts)'],
  [
    /packages\/sdk\/src\/client\/problem-document\.ts$/,
    'reading problem documents (client/problem-document.ts)',
  ],
  [/packages\/sdk\/src\/flows\/card-read\.ts$/, 'reading and proving cards (flows/card-read.ts)'],
  [/packages\/sdk\/src\/flows\/revocation\.ts$/, 'the client-side revocation check (flows/revocation.ts)'],
  [/packages\/sdk\/src\/certs\/(read|der|card-info)\.ts$/, 'the small certificate reader (certs/read.ts)'],
];

/** Must still be bundled, in a lazy chunk. */
const LAZY = [
  /node_modules\/zod\//,
  /node_modules\/ky\//,
  /packages\/sdk\/src\/api\/responses\.ts$/,
  /packages\/sdk\/src\/api\/response-schemas\.ts$/,
  /packages\/sdk\/src\/certs\/read\.ts$/,
  /packages\/sdk\/src\/client\/send\.ts$/,
  /packages\/sdk\/src\/client\/problem-document\.ts$/,
  /packages\/sdk\/src\/flows\/card-read\.ts$/,
  /packages\/sdk\/src\/flows\/revocation\.ts$/,
];

/**
 * Never in a page at all, not even lazily: the server's half of the contract (the route table, the
 * request schemas), the problem catalog and the full X.509 parser.
 */
const NEVER: [pattern: RegExp, what: string][] = [
  // Issue 15, session 7: the client asks a lookup the host passes (`problemWords`), never the catalog.
  [
    /packages\/sdk\/src\/api\/(problems|problem-errors)\.ts$/,
    'the problem catalog (api/problems.ts, api/problem-errors.ts; a host passes it as problemWords)',
  ],
  [/packages\/sdk\/src\/api\/endpoints\.ts$/, 'the full route table (api/endpoints.ts)'],
  // Issue 15: the client checks answers with the response schemas (api/response-schemas.ts) only.
  [
    /packages\/sdk\/src\/api\/schemas\.ts$/,
    'the request schemas with their field rules and words (api/schemas.ts)',
  ],
  [/packages\/sdk\/src\/api\/response-docs\.ts$/, 'the OpenAPI words of the answers (api/response-docs.ts)'],
  [/node_modules\/(@peculiar\/x509|asn1js|@peculiar\/asn1-|reflect-metadata)/, 'the full certificate parser'],
  [/packages\/sdk\/src\/certs\/parse\.ts$/, 'parseCertificate (certs/parse.ts)'],
];

/**
 * Never in a chunk that card reading (flows/card-read.ts, lazy) shares with the main entry: the card
 * step lends them to card reading instead (CardReading), so they stay in the main chunk rather than
 * in a chunk of their own, compressed on its own (session 7: about 1 KB gzip in a whole flow).
 */
const NOT_SHARED_WITH_CARD_READING: [pattern: RegExp, what: string][] = [
  [/packages\/sdk\/src\/tokens\/errors\.ts$/, 'the token errors (tokens/errors.ts)'],
  [
    /packages\/sdk\/src\/domain\/(validation|roc-time|text-input)\.ts$/,
    'the validation messages and ROC dates',
  ],
  [/packages\/sdk\/src\/flows\/card-step\.ts$/, 'the card step with its constants'],
  [/packages\/sdk\/src\/certs\/profile\.ts$/, 'the card profiles (certs/profile.ts)'],
];

describe('the main entry’s eager graph', () => {
  let eager: string[];
  let lazy: string[];
  /** Inputs of the chunks card reading imports statically (shared with other chunks), and its own. */
  let cardReadingShared: string[];
  let cardReadingOwn: string[];

  before(async () => {
    const result = await esbuild.build({
      stdin: { contents: "export * from '@gepi/sdk';", resolveDir: ROOT, loader: 'ts' },
      outdir: `${ROOT}.eager-graph`, // never written
      write: false,
      metafile: true,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['source'],
      tsconfig: `${ROOT}tsconfig.json`,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    // Each `import()` target is an entry point of its own in the metafile: pick ours by name.
    const entry = Object.keys(outputs).find((name) => outputs[name]?.entryPoint === '<stdin>');
    assert.ok(entry, 'esbuild reported the entry output');
    const initial = new Set<string>();
    const visit = (name: string) => {
      if (initial.has(name)) return;
      initial.add(name);
      for (const dep of outputs[name]?.imports ?? []) {
        if (dep.kind === 'import-statement' && !dep.external) visit(dep.path);
      }
    };
    visit(entry);
    const inputsOf = (names: string[]) =>
      names.flatMap((name) =>
        Object.entries(outputs[name]?.inputs ?? {})
          .filter(([, input]) => input.bytesInOutput > 0)
          .map(([path]) => path),
      );
    const names = Object.keys(outputs).filter((name) => name.endsWith('.js'));
    eager = inputsOf(names.filter((name) => initial.has(name)));
    lazy = inputsOf(names.filter((name) => !initial.has(name)));
    const cardReading = names.find((name) => outputs[name]?.entryPoint?.endsWith('flows/card-read.ts'));
    assert.ok(cardReading, 'card reading is a chunk of its own');
    const shared = new Set<string>();
    const visitShared = (name: string) => {
      for (const dep of outputs[name]?.imports ?? []) {
        if (dep.kind === 'import-statement' && !dep.external && !shared.has(dep.path)) {
          shared.add(dep.path);
          visitShared(dep.path);
        }
      }
    };
    visitShared(cardReading);
    cardReadingShared = inputsOf([...shared]);
    cardReadingOwn = inputsOf([cardReading]);
  });

  it('bundles the SDK’s own code up front', () => {
    assert.ok(eager.some((input) => input.endsWith('packages/sdk/src/client/client.ts')));
    assert.ok(eager.some((input) => input.endsWith('packages/sdk/src/api/routes.ts')));
    // The halves that stay: the transport's attempt loop and the card step's session handling.
    assert.ok(eager.some((input) => input.endsWith('packages/sdk/src/client/transport.ts')));
    assert.ok(eager.some((input) => input.endsWith('packages/sdk/src/flows/card-step.ts')));
  });

  it('has no zod, zod contract, virtual reader, certificate parsing, test PKI, transport’s lazy half or card reading', () => {
    const found = NOT_EAGER.flatMap(([pattern, what]) =>
      eager.filter((input) => pattern.test(input)).map((input) => `${what}: ${input}`),
    );
    assert.deepEqual(found, []);
  });

  it('loads only the response schemas and the small certificate reader, never the full contract, the problem catalog or the X.509 parser', () => {
    const found = NEVER.flatMap(([pattern, what]) =>
      [...eager, ...lazy].filter((input) => pattern.test(input)).map((input) => `${what}: ${input}`),
    );
    assert.deepEqual(found, []);
  });

  it('keeps the token errors, validation messages, card constants and card profiles out of the chunks card reading shares', () => {
    const found = NOT_SHARED_WITH_CARD_READING.flatMap(([pattern, what]) =>
      cardReadingShared.filter((input) => pattern.test(input)).map((input) => `${what}: ${input}`),
    );
    assert.deepEqual(found, []);
    // Not vacuous: card reading does share a chunk (the errors), and has the profiles in its own.
    assert.ok(cardReadingShared.some((input) => input.endsWith('packages/sdk/src/client/errors.ts')));
    assert.ok(cardReadingOwn.some((input) => input.endsWith('packages/sdk/src/certs/profile.ts')));
    assert.ok(eager.some((input) => input.endsWith('packages/sdk/src/tokens/errors.ts')));
  });

  it('still reaches the response schemas and the certificate reader, in lazy chunks', () => {
    for (const pattern of LAZY)
      assert.ok(
        lazy.some((input) => pattern.test(input)),
        String(pattern),
      );
  });
});
