// A registration API server in its own process, for the kill -9 test: seeded with the demo
// dataset over the shared test PKI, on the SQLite file given as the first argument. Prints one
// JSON line with its port when it is ready.
import { startServer } from '../../src/node.js';
import { NO_RATE_LIMITS } from '../../src/context.js';
import { sharedPki } from './pki.js';

const db = process.argv[2];
if (!db) throw new Error('usage: child-server.ts <db>');
const server = await startServer({
  db,
  seed: 'demo',
  pki: await sharedPki(),
  clientIdHeader: 'x-test-client',
  limits: { ...NO_RATE_LIMITS },
});
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
