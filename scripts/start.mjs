// `npm start`: the demo portal. One server on one port (PORT, default 8787): the registration API on
// an embedded SQLite file (GEPI_DB, default data/gepi.sqlite) seeded with the demo dataset, and the
// demo page with <gepi-portal> and the virtual card reader. The demo PKI is kept beside the
// database (<db>.demo-pki.json) and reused by a restart. Extra arguments are passed on
// (`npm start -- --reset` starts from a freshly seeded database and a newly issued demo PKI).
// Prints `GEPI demo portal: http://localhost:<port>/` when ready.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const port = process.env.PORT || '8787';
const db = process.env.GEPI_DB || 'data/gepi.sqlite';
const server = 'packages/elements/demo/server.ts';

if (!existsSync(server)) {
  console.error(`npm start: ${server} is missing; nothing to start.`);
  process.exit(1);
}

const child = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', server, '--port', port, '--db', db, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
