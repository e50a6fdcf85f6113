// Runs every Node test (packages/*/test/**/*.test.ts, not *.browser.test.ts) with node's test runner,
// then runs the time-zone-sensitive ones (*.tz.test.ts) again in a host time zone far from Taipei.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const filter = process.argv.slice(2);
const files = readdirSync('packages')
  .map((pkg) => join('packages', pkg, 'test'))
  .filter((dir) => {
    try {
      return statSync(dir).isDirectory();
    } catch {
      return false;
    }
  })
  .flatMap((dir) => walk(dir))
  .filter((f) => f.endsWith('.test.ts') && !f.endsWith('.browser.test.ts'))
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();

if (files.length === 0) {
  console.error('No Node test files found.');
  process.exit(1);
}

function run(list, env) {
  const result = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=2', ...list],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  return result.status ?? 1;
}

let status = run(files, {});
const tzFiles = files.filter((f) => f.endsWith('.tz.test.ts'));
if (tzFiles.length > 0) {
  console.log(`\n# again with TZ=America/New_York: ${tzFiles.join(' ')}`);
  status = run(tzFiles, { TZ: 'America/New_York' }) || status;
}
process.exit(status);
