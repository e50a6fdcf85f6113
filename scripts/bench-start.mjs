// `npm run bench:start`: time to ready of `npm start` (scripts/start.mjs), from launch to the line
// `GEPI demo portal: …`, for a first start on a new database and for restarts on the same database.
// A benchmark, not a test: it prints figures and fails only when the server does not start.
//   node scripts/bench-start.mjs [--runs 3]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');

/** Starts `npm start` on `db` (port 0), resolves with the milliseconds to ready, then stops it. */
function timeToReady(db, extra = []) {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs', ...extra], {
    env: { ...process.env, PORT: '0', GEPI_DB: db },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let ms;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (ms !== undefined || !line.startsWith('GEPI demo portal: ')) return;
      ms = performance.now() - started;
      child.kill('SIGTERM');
    });
    child.once('exit', (code) => {
      if (ms !== undefined) resolve(ms);
      else reject(new Error(`npm start exited with ${code} before it was ready`));
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'gepi-bench-start-'));
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
try {
  const first = [];
  const restart = [];
  for (let i = 0; i < runs; i++) {
    const db = join(dir, `run-${i}`, 'gepi.sqlite');
    first.push(await timeToReady(db));
    restart.push(await timeToReady(db));
  }
  const reset = await timeToReady(join(dir, 'run-0', 'gepi.sqlite'), ['--reset']);
  console.log(
    `npm start, time to ready (${runs} runs, median; each run: ${first.map(fmt).join(', ')} / ${restart.map(fmt).join(', ')})`,
  );
  console.log(`  first start, new database:   ${fmt(median(first))}`);
  console.log(`  restart, same database:      ${fmt(median(restart))}`);
  console.log(`  --reset on an existing one:  ${fmt(reset)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
