// Benchmark (not a test): a card put into a reader on the Fortify-protocol test server → the
// `card-inserted` event of FortifyTokenProvider, through the real @webcrypto-local/client (Node,
// in-memory identity). Target ≤ 100 ms. Prints median, p95 and max over the runs.
//
//   npm run bench:fortify [-- --runs 30]
import { parseArgs } from 'node:util';
import { FortifyTokenProvider } from '@gepi/sdk/fortify';
import { provisionSoftHsm } from '@gepi/pkcs11';
import { FortifyTestServer } from '../src/index.js';

process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
process.removeAllListeners('warning');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(values.runs);
const provision = await provisionSoftHsm({ cards: ['CIT-LIN'] });
const server = await FortifyTestServer.start({ tokens: provision });
const provider = new FortifyTokenProvider({ address: server.address, storage: 'memory' });
await provider.connect();

const next = (type: 'card-inserted' | 'card-removed') =>
  new Promise<void>((resolve) => {
    const off = provider.on(type, () => {
      off();
      resolve();
    });
  });

const times: number[] = [];
for (let i = 0; i < runs + 3; i++) {
  const removed = next('card-removed');
  server.remove('CIT-LIN');
  await removed;
  const inserted = next('card-inserted');
  const start = performance.now();
  server.insert('CIT-LIN');
  await inserted;
  if (i >= 3) times.push(performance.now() - start); // the first runs warm up the cipher and JIT
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
const ms = (n: number) => `${n.toFixed(2)} ms`;
console.log(
  `card insert on the Fortify test server → card-inserted in FortifyTokenProvider (Node), ${runs} runs:`,
);
console.log(
  `  median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, max ${ms(times[times.length - 1] ?? NaN)} (target ≤ 100 ms)`,
);
await provider.close();
await server.close();
await provision.cleanup();
