#!/usr/bin/env node
// The `gepi-mock-server` command: runs the built CLI (dist/cli.js), which is what the published
// package holds. Inside this repository before `npm run build` there is no dist/: then, and only
// when the TypeScript sources and the repository's own tsx are there, it runs the sources through
// tsx (the way `npm start` does). The published package depends on neither.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/cli.js', import.meta.url);
const source = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
if (existsSync(fileURLToPath(dist))) {
  await import(dist.href);
} else {
  let tsx;
  try {
    tsx = existsSync(source) ? import.meta.resolve('tsx') : undefined;
  } catch {
    tsx = undefined;
  }
  if (tsx === undefined) {
    console.error(
      'gepi-mock-server: dist/cli.js is missing: this copy of @gepi/mock-server was not built (npm run build).',
    );
    process.exit(1);
  }
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', tsx, source, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}
