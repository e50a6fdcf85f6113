// Plain Node ESM, no TypeScript runner: @gepi/sdk's assignment flow with @gepi/pkcs11 reading
// SoftHSM2 tokens that hold the demo server's cards. Usage: node assignment.mjs <API URL>
import { GepiClient, createAssignmentFlow } from '@gepi/sdk';
import { Pkcs11TokenProvider, provisionSoftHsm } from '@gepi/pkcs11';
import { demoCardsFromExport } from '@gepi/sdk/testing';

const server = new URL(process.argv[2] ?? 'http://localhost:8787').origin; // the origin the cards sign for
const exported = await (await fetch(new URL('/demo/pki', server))).json();
const cards = await demoCardsFromExport(exported, ['ORG-10002', 'CIT-LIN']);
const softhsm = await provisionSoftHsm({ cards }); // one SoftHSM2 token per card
const reader = (id) => softhsm.slots.find((slot) => slot.cardId === id).readerId;

const tokens = new Pkcs11TokenProvider({ library: softhsm.library, env: softhsm.env });
const flow = createAssignmentFlow({ client: new GepiClient({ baseUrl: server }), tokens, origin: server });
try {
  await flow.selectReader(reader('ORG-10002'));
  await flow.signInOrg({ agencyCode: '10002', pin: '123456' });
  await flow.selectReader(reader('CIT-LIN'));
  const { data, error } = await flow.signInCitizen({ nationalId: 'F223456786', pin: '123456' });
  if (error) throw new Error(`${error.code}: ${error.explanation.en.title}`);
  console.log(`provider: ${tokens.kind}`);
  for (const row of data.list.items) console.log(`${row.name} ${row.nationalIdMasked}`);
} finally {
  flow.dispose();
  await tokens.close();
  await softhsm.cleanup();
}
