// `npm run fortify:test-server`: try Fortify mode in the demo portal without the Fortify app. Puts the
// demo cards on SoftHSM2 tokens, serves them over the Fortify protocol on 127.0.0.1:31337 (Fortify's
// own address) and prints the cards and their PINs. Test and demo tooling only.
//
//   npm run fortify:test-server -- [--port 31337] [--server http://localhost:8787] [--cards ID,…]
//                                  [--ask] [--pin ask|auto]
//
// `--server`: the cards of a running demo server (GET /demo/pki), so its API accepts their
// signatures (start `npm start` first). Without it a fresh demo PKI is issued (a mock API must then
// be told to trust it). While running, type `insert ID`, `remove ID`, `cards`, `stop`, `start`, `quit`.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { provisionSoftHsm } from '@gepi/pkcs11';
import { demoCardsFromExport, issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPkiExport, IssuedCard } from '@gepi/sdk/testing';
import { FortifyTestServer } from './server.js';

const USAGE = `Usage: npm run fortify:test-server -- [--port N] [--server URL] [--cards ID,ID,…] [--ask] [--pin ask|auto]
  --port     port on 127.0.0.1 (default 31337, Fortify's)
  --server   take the cards of this running demo server (GET <URL>/demo/pki), e.g. http://localhost:8787
  --cards    demo card ids (default: every card)
  --ask      ask on this terminal before approving a site (default: approve, printing the code)
  --pin      ask: type the PIN on this terminal (as in Fortify's window); auto (default): the card's PIN
`;

const out = (text = '') => process.stdout.write(`${text}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '31337' },
      server: { type: 'string' },
      cards: { type: 'string' },
      ask: { type: 'boolean', default: false },
      pin: { type: 'string', default: 'auto' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void out(USAGE);
  if (values.pin !== 'ask' && values.pin !== 'auto') throw new Error(`--pin must be ask or auto\n${USAGE}`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number\n${USAGE}`);

  let cards: (IssuedCard | string)[];
  let pki;
  if (values.server) {
    const url = new URL('/demo/pki', values.server);
    const response = await fetch(url).catch((error: unknown) => {
      throw new Error(`Cannot reach ${url.href}: start the demo server first (npm start)`, { cause: error });
    });
    if (!response.ok) throw new Error(`GET ${url.href} answered ${response.status}: is it a demo server?`);
    cards = await demoCardsFromExport((await response.json()) as DemoPkiExport);
  } else {
    pki = await issueDemoPki();
    cards = pki.cards.map((c) => c.id);
  }
  if (values.cards) {
    const wanted = new Set(values.cards.split(',').map((id) => id.trim()));
    cards = cards.filter((c) => wanted.has(typeof c === 'string' ? c : c.id));
  }
  out(`Putting ${cards.length} demo cards on SoftHSM2 tokens…`);
  const provision = await provisionSoftHsm({ cards, ...(pki ? { pki } : {}) });

  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const question = (text: string) => new Promise<string>((resolve) => terminal.question(text, resolve));
  const server = await FortifyTestServer.start({
    tokens: provision,
    port,
    onPairing: async ({ code, origin }) => {
      out(`\n${origin} asks to use the cards. Pairing code: ${code} (compare it with the page)`);
      if (!values.ask) return (out('  approved'), true);
      return /^y/i.test(await question('  Approve? [y/n] '));
    },
    onPin: async ({ cardId, label }) => {
      if (values.pin === 'auto') {
        out(`PIN asked for ${cardId} (${label}): answered with the card's PIN`);
        return server.pinOf(cardId);
      }
      const answer = await question(`請輸入 ${label} 的 PIN 碼 (PIN for ${cardId}; empty = cancel): `);
      return answer === '' ? null : answer;
    },
  });

  const printCards = () => {
    out('\nCard id              in    PIN       label');
    for (const card of server.cards()) {
      out(`${card.cardId.padEnd(20)} ${card.present ? 'yes' : 'no '}   ${card.pin.padEnd(9)} ${card.label}`);
    }
  };
  out(`\nGEPI Fortify test server (not Fortify; test and demo only): https://${server.address}`);
  out(
    `Open https://${server.address}/.well-known/webcrypto-socket once in the browser and accept its certificate.`,
  );
  printCards();
  out('\nCommands: insert ID | remove ID | cards | stop | start | quit');

  const shutdown = async () => {
    terminal.close();
    await server.close();
    await provision.cleanup();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  terminal.on('line', (line) => {
    const [command, id] = line.trim().split(/\s+/);
    void (async () => {
      try {
        if (command === 'insert' && id) server.insert(id);
        else if (command === 'remove' && id) server.remove(id);
        else if (command === 'cards') printCards();
        else if (command === 'stop') await server.stop();
        else if (command === 'start') await server.restart();
        else if (command === 'quit') await shutdown();
        else if (command) out('Commands: insert ID | remove ID | cards | stop | start | quit');
      } catch (error) {
        out(error instanceof Error ? error.message : String(error));
      }
    })();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
