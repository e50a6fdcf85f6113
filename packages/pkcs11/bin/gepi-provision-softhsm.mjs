#!/usr/bin/env node
// The `gepi-provision-softhsm` command: the built CLI (dist/cli.js). In this repository run
// `npm run provision:softhsm -w @gepi/pkcs11 -- …` instead (the TypeScript sources through tsx).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(dist))) {
  console.error(
    'gepi-provision-softhsm: dist/cli.js is missing: this copy of @gepi/pkcs11 was not built (npm run build).',
  );
  process.exit(1);
}
await import(dist.href);
