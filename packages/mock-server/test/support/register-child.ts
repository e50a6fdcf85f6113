// One of several processes registering the same agency on one SQLite file (store.test.ts): opens
// the store, says "ready", waits for "go" on stdin, registers agency 10001 with its own cards and
// prints the outcome: "registered" or the StoreConflict.
import { createInterface } from 'node:readline';
import { SqliteStore } from '../../src/store/driver-node.js';
import { StoreConflictError } from '../../src/store/types.js';

const [path, label] = process.argv.slice(2);
if (!path || !label) throw new Error('usage: register-child.ts <db> <label>');
const store = new SqliteStore({ path });
const at = new Date().toISOString();
process.stdout.write('ready\n');
const input = createInterface({ input: process.stdin });
input.once('line', () => {
  input.close();
  let outcome: string;
  try {
    store.register(
      {
        agencyCode: '10001',
        org: {
          serial: `ORG-${label}`,
          ca: 'GCA',
          orgId: '2.16.886.101.20003.20065.10001',
          subjectDn: '',
          notAfter: at,
        },
        manager: {
          serial: `MGR-${label}`,
          nationalId: 'A123456789',
          certName: '王大明',
          subjectDn: '',
          notAfter: at,
        },
        contact: { name: '王大明', email: 'a@b.tw', phone: '(02)2701-3411', extension: '', remarks: '' },
        registeredAt: at,
      },
      {
        audit: {
          at,
          action: 'registration.created',
          agencyCode: '10001',
          actor: { kind: 'system', orgSerial: null, citizenSerial: null },
          target: null,
          changes: { label },
          requestId: null,
        },
      },
    );
    outcome = 'registered';
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
    outcome = error.conflict;
  }
  store.close();
  process.stdout.write(`${outcome}\n`);
});
