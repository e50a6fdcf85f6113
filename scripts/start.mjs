// `npm start`: the main job. Starts the registration API on an embedded SQLite file, seeded with the
// demo dataset, and (once the elements land) the demo portal with the virtual card reader.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const port = process.env.PORT || '8787';
const db = process.env.GEPI_DB || 'data/gepi.sqlite';
const cli = 'packages/mock-server/src/cli.ts';

if (!existsSync(cli)) {
  console.error('npm start: the registration API (packages/mock-server) is not built yet; nothing to start.');
  process.exit(1);
}
if (db !== ':memory:') mkdirSync(dirname(db), { recursive: true });

const child = spawn(
  process.execPath,
  [
    '--conditions=source',
    '--import',
    'tsx',
    cli,
    '--port',
    port,
    '--db',
    db,
    '--seed',
    'demo',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
