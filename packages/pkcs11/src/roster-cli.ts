// `gepi` (a bin of @gepi/pkcs11): roster sync from the command line, for agency HR systems.
//
//   gepi roster plan  <roster.csv|roster.json> --server URL --agency 10002 --manager F223456786 [--out plan.json] [--json]
//   gepi roster apply <plan.json>              --server URL --agency 10002 --manager F223456786 [--allow-removals N] [--report report.json] [--json]
//
// The cards are read through a PKCS#11 module (--module; default SoftHSM2's, whose SOFTHSM2_CONF
// says where its tokens are): the org card and the manager's citizen card each in a reader. The
// PINs are asked for on the terminal, without echo; when stdin is not a terminal they are read
// from it, one line each. Never from arguments or the environment. A reader with its own PIN pad
// is not asked for.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GepiClient, isGepiError } from '@gepi/sdk';
import { problemWords } from '@gepi/sdk/api';
import {
  applyRosterSync,
  formatRosterPlan,
  formatRosterProblems,
  formatRosterReport,
  planRosterSync,
  signInManager,
} from '@gepi/sdk/roster';
import type { ManagerSession, RosterApplyEvent } from '@gepi/sdk/roster';
import type { TokenProvider } from '@gepi/sdk';
import { Pkcs11TokenProvider } from './provider.js';
import { findSoftHsmLibrary } from './softhsm.js';

const USAGE = `Usage:
  gepi roster plan  <roster.csv|roster.json> --server URL --agency CODE --manager NATIONAL_ID [--out plan.json] [--allow-removals N] [--json]
  gepi roster apply <plan.json>              --server URL --agency CODE --manager NATIONAL_ID [--allow-removals N] [--report report.json] [--json]
Options:
  --server          the registration API, e.g. https://gepi.example
  --agency          機關代號 (5 digits)
  --manager         授權管理者身分證統一編號 (the manager whose citizen card is in a reader)
  --module          PKCS#11 module of the card readers (default: SoftHSM2's)
  --org-reader, --manager-reader   reader ids, when more than one card of a kind is in
  --out             plan: write the plan (JSON) here, for apply
  --allow-removals  remove up to N handlers (default: 10 % of the list, at least 1)
  --report          apply: write the report (JSON) here
  --json            print JSON instead of tables
PINs are asked for on the terminal (never taken from arguments or the environment).
Exit codes: 0 done, 1 refused or failed, 2 usage.
`;

function out(text = ''): void {
  process.stdout.write(`${text}\n`);
}

/** Lines of a piped stdin, one PIN each, in order. */
let piped: Promise<string[]> | undefined;
function pipedLines(): Promise<string[]> {
  piped ??= new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => (text += chunk));
    process.stdin.on('end', () => resolve(text.split(/\r?\n/)));
    process.stdin.on('error', reject);
  });
  return piped;
}
let pipedAt = 0;

/** Asks for a PIN on the terminal without echoing it; from piped stdin, takes the next line. */
async function askPin(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  if (!stdin.isTTY) {
    const lines = await pipedLines();
    const pin = lines[pipedAt++] ?? '';
    process.stderr.write('\n');
    return pin;
  }
  return new Promise((resolve, reject) => {
    let pin = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(pin);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') pin = pin.slice(0, -1);
        else pin += ch;
      }
    };
    stdin.on('data', onData);
  });
}

function progress(event: RosterApplyEvent): void {
  if (event.type !== 'change') return;
  if (process.stderr.isTTY) {
    const width = 30;
    const filled = Math.round((event.done / event.total) * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${event.done}/${event.total}`,
    );
    if (event.done === event.total) process.stderr.write('\n');
  } else {
    const r = event.result;
    process.stderr.write(`${event.done}/${event.total} ${r.kind} ${r.name} ${r.status}\n`);
  }
}

async function signIn(
  client: GepiClient,
  tokens: TokenProvider,
  values: Record<string, string | boolean | undefined>,
  server: string,
): Promise<ManagerSession> {
  const readers = await tokens.listReaders();
  const pinPad = (id: string | undefined) =>
    readers.find((r) => r.id === id)?.pinEntry !== undefined &&
    readers.find((r) => r.id === id)?.pinEntry !== 'page';
  const orgReader = values['org-reader'] as string | undefined;
  const managerReader = values['manager-reader'] as string | undefined;
  const orgPin = pinPad(orgReader) ? undefined : await askPin('機關憑證IC卡密碼(PIN碼) / Org card PIN: ');
  const managerPin = pinPad(managerReader)
    ? undefined
    : await askPin('授權管理者自然人憑證IC卡密碼(PIN碼) / Manager card PIN: ');
  return signInManager({
    client,
    tokens,
    origin: new URL(server).origin,
    agencyCode: values['agency'] as string,
    nationalId: values['manager'] as string,
    ...(orgPin !== undefined ? { orgPin } : {}),
    ...(managerPin !== undefined ? { managerPin } : {}),
    ...(orgReader !== undefined ? { orgReaderId: orgReader } : {}),
    ...(managerReader !== undefined ? { managerReaderId: managerReader } : {}),
  });
}

function removalsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--allow-removals takes a whole number, got ${value}`);
  return n;
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        server: { type: 'string' },
        agency: { type: 'string' },
        manager: { type: 'string' },
        module: { type: 'string' },
        'org-reader': { type: 'string' },
        'manager-reader': { type: 'string' },
        out: { type: 'string' },
        report: { type: 'string' },
        'allow-removals': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const [group, command, file] = positionals;
  if (group !== 'roster' || (command !== 'plan' && command !== 'apply') || !file) {
    process.stderr.write(USAGE);
    return 2;
  }
  for (const required of ['server', 'agency', 'manager'] as const) {
    if (!values[required]) {
      process.stderr.write(`--${required} is required\n${USAGE}`);
      return 2;
    }
  }
  let allowRemovals: number | undefined;
  try {
    allowRemovals = removalsOption(values['allow-removals']);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const input = await readFile(file, 'utf8');
  const server = values.server!;
  const library = values.module ?? findSoftHsmLibrary();
  if (!library) {
    process.stderr.write('No PKCS#11 module: pass --module (the card vendor’s, e.g. HiCOS, or SoftHSM2’s)\n');
    return 2;
  }
  // The problem catalog, for a server that sends bare codes: the words printed stay the catalog's
  // (a browser page leaves it out for size; here it costs nothing).
  const client = new GepiClient({ baseUrl: server, problemWords });
  const tokens = new Pkcs11TokenProvider({ library });
  let session: ManagerSession | undefined;
  try {
    session = await signIn(client, tokens, values, server);
    if (command === 'plan') {
      const result = await planRosterSync({ client, session, roster: input });
      if (!result.ok) {
        if (values.json) out(JSON.stringify({ ok: false, problems: result.problems }, null, 2));
        else {
          out('名冊有錯誤，未產生計畫 / The roster has errors; no plan was made:');
          out(formatRosterProblems(result.problems));
        }
        return 1;
      }
      if (values.out) await writeFile(values.out, `${JSON.stringify(result.plan, null, 2)}\n`);
      if (values.json) out(JSON.stringify(result.plan, null, 2));
      else out(formatRosterPlan(result.plan));
      const limit = allowRemovals ?? Math.max(1, Math.floor(result.plan.basis.count * 0.1));
      if (result.plan.summary.remove > limit) {
        process.stderr.write(
          `注意：將刪除 ${result.plan.summary.remove} 位，超過上限 ${limit}；套用時須加 --allow-removals ${result.plan.summary.remove} / ` +
            `Warning: removes ${result.plan.summary.remove}, over the limit of ${limit}; apply needs --allow-removals ${result.plan.summary.remove}\n`,
        );
      }
      return 0;
    }
    const report = await applyRosterSync({
      client,
      session,
      plan: JSON.parse(input) as never,
      ...(allowRemovals !== undefined ? { allowRemovals } : {}),
      onEvent: progress,
    });
    if (values.report) await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
    if (values.json) out(JSON.stringify(report, null, 2));
    else out(formatRosterReport(report));
    return report.counts.failed > 0 ? 1 : 0;
  } catch (error) {
    if (isGepiError(error)) {
      process.stderr.write(`${error.code}: ${error.text['zh-TW']}\n${error.text.en}\n`);
      if (values.json)
        out(
          JSON.stringify({ ok: false, code: error.code, text: error.text, details: error.details }, null, 2),
        );
      return 1;
    }
    throw error;
  } finally {
    await session?.end();
    await tokens.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
