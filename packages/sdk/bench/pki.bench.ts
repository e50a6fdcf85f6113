// Times a full issuance of the demo dataset (budget: 5 s on a 2-core machine) and, for comparison,
// generating the same number of RSA-2048 keys alone, which is where the time goes.
// Run: node --conditions=source --import tsx packages/sdk/bench/pki.bench.ts [runs]
import { cpus } from 'node:os';
import { issueDemoPki, loadDemoDataset } from '@gepi/sdk/testing';

const BUDGET_MS = 5000;
const runs = Number(process.argv[2] ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const dataset = loadDemoDataset();
// Root + one per CA + each card's signing key + each citizen card's encryption key.
const keyCount = 6 + dataset.cards.length + dataset.cards.filter((c) => c.kind === 'citizen').length;
const rsa: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};
const keygen = (n: number) =>
  Promise.all(Array.from({ length: n }, () => crypto.subtle.generateKey(rsa, true, ['sign', 'verify'])));

console.log(
  `${cpus().length} cores, Node ${process.version}, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? '4 (default)'}`,
);
await issueDemoPki(); // warm-up: module loading and JIT

const oneKey: number[] = [];
for (let i = 0; i < 10; i++) oneKey.push(await time(() => keygen(1)));
console.log(`one RSA-2048 key, sequential: median ${median(oneKey).toFixed(0)} ms`);

const keysOnly: number[] = [];
const full: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  keysOnly.push(await time(() => keygen(keyCount)));
  // CPU time of all the process's threads: unlike wall time, it does not grow when other
  // processes share the cores, so it tells a slow machine from a busy one.
  const before = process.cpuUsage();
  full.push(await time(() => issueDemoPki()));
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
  console.log(
    `run ${i + 1}: ${keyCount} keys in parallel ${keysOnly.at(-1)!.toFixed(0)} ms, ` +
      `full issuance ${full.at(-1)!.toFixed(0)} ms (CPU ${cpu.at(-1)!.toFixed(0)} ms)`,
  );
}
const result = median(full);
console.log(`${keyCount} keys in parallel: median ${median(keysOnly).toFixed(0)} ms`);
console.log(
  `full issuance CPU time: median ${median(cpu).toFixed(0)} ms, ` +
    `i.e. ≥ ${(median(cpu) / cpus().length).toFixed(0)} ms of wall time on ${cpus().length} idle cores`,
);
console.log(
  `full issuance (${dataset.cards.length} cards): median ${result.toFixed(0)} ms over ${runs} runs ` +
    `(min ${Math.min(...full).toFixed(0)}, max ${Math.max(...full).toFixed(0)}) — budget ${BUDGET_MS} ms: ` +
    (result < BUDGET_MS ? 'OK' : 'OVER'),
);
process.exitCode = result < BUDGET_MS ? 0 : 1;
