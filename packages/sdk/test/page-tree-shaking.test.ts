// What a bundler can leave out of a page (issue 15, session 7): bundles one SDK module as a host's
// bundler would (esbuild, browser, not minified so that the names can be read back) with one of its
// functions used, and checks that what the page does not use is not in the output.
// - Constants built by a call (a pattern from regular expressions, a frozen object, an object with
//   computed keys) are kept by a bundler unless the call is marked pure: the API's patterns, the
//   empty forms, the provider statuses and the test PKI's attribute encodings.
// - The assignment flow shows one message of api/messages.ts (刪除確認): it takes it from
//   api/flow-messages.ts, not the table of every message, receipt item and session purpose.
// - The response schemas' ISO times are made without zod's `z.iso` namespace object, which a bundler
//   keeps whole (its time and duration schemas too).
// - The CAs' names are in the card profiles (card reading's chunk) and in CARD_AUTHORITY_NAMES (the
//   main chunk, which the query flow shows): two copies, so that neither chunk imports the other's
//   module; they must say the same.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { CA_KINDS, CA_PROFILES } from '../src/certs/profile.js';
import { CARD_AUTHORITY_NAMES } from '../src/tokens/errors.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SRC = `${ROOT}packages/sdk/src/`;

async function bundle(module: string, used: string): Promise<{ text: string; inputs: string[] }> {
  const result = await esbuild.build({
    stdin: { contents: `export { ${used} } from '${SRC}${module}';`, resolveDir: ROOT, loader: 'ts' },
    write: false,
    metafile: true,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    tsconfig: `${ROOT}tsconfig.json`,
    logLevel: 'silent',
  });
  const inputs = Object.entries(result.metafile.outputs)
    .flatMap(([, output]) => Object.entries(output.inputs))
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { text: result.outputFiles.map((file) => file.text).join('\n'), inputs };
}

/** [module, a function a page uses, the constants it does not use]. */
const UNUSED_CONSTANTS: [module: string, used: string, unused: string[]][] = [
  ['domain/national-id.ts', 'validateNationalId', ['NATIONAL_ID_PATTERN']],
  ['domain/phone.ts', 'validatePhone', ['PHONE_SHAPE_PATTERN', 'EXTENSION_PATTERN']],
  ['domain/email.ts', 'validateEmail', ['EMAIL_PATTERN']],
  ['domain/serial.ts', 'validateCertificateSerial', ['SERIAL_PATTERN']],
  ['domain/free-text.ts', 'validateRemarks', ['PERSON_NAME_PATTERN']],
  ['tokens/status.ts', 'statusError', ['READY_STATUS', 'CLOSED_STATUS']],
  ['flows/forms.ts', 'permissionLeaves', ['EMPTY_CONTACT', 'EMPTY_HANDLER']],
  ['certs/profile.ts', 'CA_PROFILES', ['ATTRIBUTE_ENCODING']],
];

describe('what a bundler leaves out of a page', () => {
  for (const [module, used, unused] of UNUSED_CONSTANTS) {
    it(`drops ${unused.join(' and ')} from a page that uses only ${used}`, async () => {
      const { text } = await bundle(module, used);
      // Not vacuous: the used function is there, under its own name.
      assert.match(text, new RegExp(`\\b${used}\\b`));
      for (const name of unused) assert.doesNotMatch(text, new RegExp(`\\b${name}\\b`), name);
    });
  }

  it('keeps a used pattern: the constants are dropped only when unused', async () => {
    const { text } = await bundle('domain/national-id.ts', 'NATIONAL_ID_PATTERN');
    assert.match(text, /\bNATIONAL_ID_PATTERN\b/);
  });

  it('gives the assignment flow its 刪除確認 message without the table of every message', async () => {
    const { text, inputs } = await bundle('flows/assignment.ts', 'createAssignmentFlow');
    assert.ok(inputs.some((input) => input.endsWith('packages/sdk/src/api/flow-messages.ts')));
    assert.deepEqual(
      inputs.filter((input) => input.endsWith('packages/sdk/src/api/messages.ts')),
      [],
    );
    // No other message came along (貴機關首次註冊成功, a receipt item, a session purpose).
    assert.doesNotMatch(text, /Your agency is registered|Handler added|Look up the organization/);
  });

  it('makes the answers’ ISO times without zod’s z.iso namespace (no time or duration schemas)', async () => {
    const { text } = await bundle('api/responses.ts', 'responseSchemas');
    assert.match(text, /ZodMiniISODateTime/);
    assert.doesNotMatch(text, /ZodMiniISODuration|ZodMiniISOTime\b|iso_exports/);
  });

  it('names each CA with the same words in the card profiles and in CARD_AUTHORITY_NAMES', () => {
    assert.deepEqual(Object.keys(CARD_AUTHORITY_NAMES).sort(), [...CA_KINDS].sort());
    for (const kind of CA_KINDS)
      assert.deepEqual(CA_PROFILES[kind].displayName, CARD_AUTHORITY_NAMES[kind], kind);
  });
});
