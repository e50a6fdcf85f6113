// `gepi-provision-softhsm` (the bin of @gepi/pkcs11): puts demo cards on SoftHSM2 tokens for
// developers of systems that call the GEPI kit (HR systems, the mock server) and have no card reader:
//
//   npx gepi-provision-softhsm --dir ./.tmp/softhsm [--cards CIT-LIN,ORG-10002] [--server URL] \
//     [--so-pin 87654321] [--crl-base-url URL] [--json]
//
// In this repository: npm run provision:softhsm -w @gepi/pkcs11 -- --dir .tmp/softhsm …
//
// With `--server`, the cards are those of a running demo server (its GET /demo/pki, issued when it
// started), so that server accepts them as they are. Without it, each run issues a fresh demo PKI
// (new keys), so it also writes that PKI's CA certificates and CRLs next to the tokens, in
// `<run dir>/pki/` (see writeTrustFiles: ROOT|MOICA|GCA|XCA|MOEACA|HCA `.cer`/`.pem`,
// `.crl`/`.crl.pem`, `ca-bundle.pem`, `cards/<id>.signing.cer`): a server must trust those, not an
// earlier run's. It prints the `export SOFTHSM2_CONF=…` line (also written to `<run dir>/env.sh`)
// and the slot table (also `<run dir>/slots.json`).
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { demoCardsFromExport, issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki, DemoPkiExport, IssuedCard } from '@gepi/sdk/testing';
import { provisionSoftHsm, writeTrustFiles } from './index.js';
import type { TrustFile } from './index.js';

const USAGE = `Usage: gepi-provision-softhsm [--dir DIR] [--cards ID,ID,…] [--server URL] [--so-pin PIN] [--crl-base-url URL] [--json]
  --dir           parent directory of the run directory (default: the OS temp directory)
  --cards         demo card ids (default: every card of the demo dataset)
  --server        take the cards of this running demo server (GET <URL>/demo/pki), e.g. http://localhost:8787
  --so-pin        Security Officer PIN of the tokens (default 87654321)
  --crl-base-url  put a CRL distribution point <URL>/<CA>.crl into the certificates (not with --server)
  --json          print the result as JSON instead of the table
`;

/** The cards a running demo server trusts: its own demo PKI, as it serves it. */
async function serverCards(server: string): Promise<IssuedCard[]> {
  const url = new URL('/demo/pki', server);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    const reason =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new Error(`Cannot reach ${url.href} (${reason}): start the demo server first (npm start)`, {
      cause: error,
    });
  }
  if (!response.ok) {
    throw new Error(
      `GET ${url.href} answered ${response.status}: is it a demo server (npm start, or --seed demo)?`,
    );
  }
  return demoCardsFromExport((await response.json()) as DemoPkiExport);
}

function out(text = ''): void {
  process.stdout.write(`${text}\n`);
}

/** Pads to a display width, counting CJK characters as two columns as terminals do. */
function pad(text: string, width: number): string {
  const columns = [...text].reduce((n, ch) => n + (/[\u1100-\uffdc]/u.test(ch) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(width - columns, 0));
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        dir: { type: 'string' },
        cards: { type: 'string' },
        server: { type: 'string' },
        'so-pin': { type: 'string' },
        'crl-base-url': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }

  const crlBaseUrl = args['crl-base-url'];
  if (args.server && crlBaseUrl) {
    process.stderr.write(`--crl-base-url cannot change the certificates of a running server\n${USAGE}`);
    return 2;
  }
  // Either the server's cards (it trusts them already) or a fresh PKI (whose CAs a server must trust).
  let pki: DemoPki | undefined;
  let available: IssuedCard[];
  if (args.server) {
    available = await serverCards(args.server);
  } else {
    pki = await issueDemoPki(crlBaseUrl ? { crlBaseUrl } : {});
    available = pki.cards;
  }
  const ids = args.cards
    ? args.cards
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean)
    : available.map((card) => card.id);
  const unknown = ids.filter((id) => !available.some((card) => card.id === id));
  if (unknown.length > 0) {
    process.stderr.write(
      `Unknown card id(s): ${unknown.join(', ')}\nKnown: ${available.map((c) => c.id).join(', ')}\n`,
    );
    return 2;
  }

  const provision = await provisionSoftHsm({
    cards: ids.map((id) => available.find((card) => card.id === id)!),
    ...(args.dir ? { dir: args.dir } : {}),
    ...(args['so-pin'] ? { soPin: args['so-pin'] } : {}),
  });
  const trustDir = join(provision.dir, 'pki');
  const files: TrustFile[] = pki ? await writeTrustFiles(pki, trustDir, { cards: provision.cards }) : [];
  const exportLine = `export SOFTHSM2_CONF=${provision.conf}`;
  await writeFile(join(provision.dir, 'env.sh'), `${exportLine}\n`);
  const table = provision.slots.map((slot) => ({
    ...slot,
    pin: provision.cards.find((card) => card.id === slot.cardId)?.pin,
  }));
  await writeFile(
    join(provision.dir, 'slots.json'),
    `${JSON.stringify({ library: provision.library, conf: provision.conf, slots: table }, null, 2)}\n`,
  );

  if (args.json) {
    out(
      JSON.stringify(
        { ...provision, cards: undefined, pki: undefined, slots: table, trustFiles: files },
        null,
        2,
      ),
    );
    return 0;
  }
  out(`# ${provision.slots.length} demo card(s) on SoftHSM2 tokens in ${provision.dir}`);
  out(`# PKCS#11 module: ${provision.library}`);
  out(exportLine);
  out();
  const header = ['Reader id', 'Token label', 'Token serial', 'PIN', '卡號', '憑證序號', 'Card'];
  const widths = [18, 20, 18, 8, 18, 34, 0];
  out(header.map((h, i) => pad(h, widths[i]!)).join(' '));
  for (const row of table) {
    const cells = [
      row.readerId,
      row.tokenLabel,
      row.serial,
      row.pin ?? '',
      row.cardNumber,
      row.certificateSerial,
      row.label,
    ];
    out(cells.map((c, i) => pad(c, widths[i]!)).join(' '));
  }
  out();
  const runDir = relative(process.cwd(), provision.dir) || '.';
  if (args.server) {
    out(`# The cards of ${args.server}'s demo PKI: that server trusts them as long as it runs (it issues`);
    out('# a new PKI when it restarts: provision again then). env.sh and slots.json are in ' + runDir);
  } else {
    const shown = relative(process.cwd(), trustDir) || '.';
    out(`# Trust files of this run's demo PKI (issued fresh each run: trust these, not an earlier run's):`);
    out(`#   ${shown}/{ROOT,MOICA,GCA,XCA,MOEACA,HCA}.cer|.pem   CA certificates (DER | PEM)`);
    out(`#   ${shown}/{ROOT,MOICA,GCA,XCA,MOEACA,HCA}.crl|.crl.pem   CRLs (DER | PEM)`);
    out(`#   ${shown}/ca-bundle.pem   every CA certificate`);
    out(`#   ${shown}/cards/<card id>.signing.cer|.encryption.cer   the cards' certificates`);
    out(`# ${files.length} files; env.sh and slots.json are in ${runDir}`);
  }
  if (provision.cards.some((card) => card.pinTriesLeft === 0)) {
    out(
      '# SoftHSM cannot lock a PIN: cards the dataset marks as locked are unlocked here (the virtual card locks).',
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
