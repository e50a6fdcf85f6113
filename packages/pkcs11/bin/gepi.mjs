#!/usr/bin/env node
// The `gepi` command (`gepi roster plan|apply …`): the built CLI (dist/roster-cli.js). In this
// repository run `npm run gepi -w @gepi/pkcs11 -- roster …` instead (the TypeScript sources through tsx).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/roster-cli.js', import.meta.url);
if (!existsSync(fileURLToPath(dist))) {
  console.error(
    'gepi: dist/roster-cli.js is missing: this copy of @gepi/pkcs11 was not built (npm run build).',
  );
  process.exit(1);
}
await import(dist.href);
