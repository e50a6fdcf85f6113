// 授權指派 from Node, headless: signs in as the manager of 10002 (國立臺灣測試大學) with the org card
// and 林美惠's citizen card, lists the handlers, adds 陳志豪 by reading his card, and removes him
// again, so the demo server is left as it was found. The cards are virtual ones made from the demo
// server's own test PKI (GET /demo/pki), so this runs against a server started with `--seed demo`:
//
//   npm start                                   (the demo registration API on http://localhost:8787)
//   node --conditions=source --import tsx packages/sdk/examples/node-assignment.ts http://localhost:8787
//
// With a real reader, swap the VirtualTokenProvider for the PKCS#11 provider of `@gepi/pkcs11`
// and type the PINs instead of reading them from the demo export.
/* eslint-disable no-console -- a command-line example reports on stdout */
import { GepiClient, createAssignmentFlow, listFooter } from '@gepi/sdk';
import type { AssignmentState } from '@gepi/sdk';
import { VirtualCard, VirtualTokenProvider } from '@gepi/sdk/virtual';

interface DemoCardExport {
  id: string;
  label: string;
  ca: 'MOICA' | 'GCA' | 'XCA' | 'MOEACA' | 'HCA';
  cardNumber: string;
  pin: string;
  signing: { certificate: string; privateKeyPkcs8: string };
}

const bytes = (base64: string) => Uint8Array.from(Buffer.from(base64, 'base64'));

/** A virtual card holding one of the demo server's cards (certificate and private key). */
async function demoCard(card: DemoCardExport): Promise<VirtualCard> {
  const privateKey = await crypto.subtle.importKey(
    'pkcs8',
    bytes(card.signing.privateKeyPkcs8),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    true,
    ['sign'],
  );
  return new VirtualCard({
    id: card.id,
    label: card.label,
    ca: card.ca,
    cardNumber: card.cardNumber,
    pin: card.pin,
    signing: { certificate: bytes(card.signing.certificate), privateKey },
  });
}

/** Stops with the flow's own explanation when the last step failed. */
function check(state: AssignmentState): AssignmentState {
  if (state.error) {
    const { title, detail } = state.error.explanation['zh-TW'];
    throw new Error(`${state.error.code} ${title}: ${detail}`);
  }
  return state;
}

function printList(state: AssignmentState): void {
  const list = state.data.list;
  if (!list) return;
  for (const row of list.items)
    console.log(`  ${row.seq}. ${row.name}  ${row.nationalIdMasked}  ${row.serial}`);
  console.log(`  ${listFooter(list)['zh-TW']}`);
}

async function main(serverUrl: string): Promise<void> {
  const base = new URL(serverUrl);
  const pki = (await (await fetch(new URL('/demo/pki', base))).json()) as { cards: DemoCardExport[] };
  const cards = new Map(pki.cards.map((card) => [card.id, card]));
  const take = (id: string) => {
    const card = cards.get(id);
    if (!card) throw new Error(`the demo server has no card ${id}`);
    return card;
  };

  // Two readers: the org card in one, the manager's citizen card in the other.
  const tokens = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2'] });
  const [orgReader, citizenReader] = (await tokens.listReaders()).map((r) => r.id);
  if (!orgReader || !citizenReader) throw new Error('no readers');
  tokens.insert(orgReader, await demoCard(take('ORG-10002')));
  tokens.insert(citizenReader, await demoCard(take('CIT-LIN')));

  const client = new GepiClient({ baseUrl: base.origin });
  // The server accepts challenges for its own origin; a page would use location.origin.
  const flow = createAssignmentFlow({ client, tokens, origin: base.origin });
  try {
    console.log('機關憑證確認（10002）…');
    check(await flow.signInOrg({ agencyCode: '10002', pin: take('ORG-10002').pin }));
    console.log('授權管理者自然人憑證確認（林美惠）…');
    const list = check(await flow.signInCitizen({ nationalId: 'F223456786', pin: take('CIT-LIN').pin }));
    const user = list.data.user;
    console.log(`使用者資訊：${user?.agencyCode} ${user?.agencyName}，授權管理者 ${user?.managerName}`);
    console.log('【授權經辦人清單】');
    printList(list);

    // 新增: the handler's card goes into the second reader; 讀取憑證 fills SN and name, no PIN.
    tokens.remove(citizenReader);
    tokens.insert(citizenReader, await demoCard(take('CIT-CHEN')));
    flow.startAdd();
    const read = check(await flow.readCard());
    console.log(`讀取憑證：${read.data.form?.name} ${read.data.form?.serial}`);
    const added = check(
      await flow.submit({ nationalId: 'B120112236', permissions: ['premium.change', 'query.general'] }),
    );
    console.log(added.data.message?.['zh-TW']);
    printList(added);

    const chen = added.data.list?.items.find((row) => row.name === read.data.form?.name);
    if (!chen) throw new Error('the new handler is not in the list');
    flow.askDelete(chen.id);
    const removed = check(await flow.confirmDelete());
    console.log(removed.data.message?.['zh-TW']);
    printList(removed);
    check(await flow.finish());
  } finally {
    flow.dispose();
    await tokens.close();
  }
}

const url = process.argv[2];
if (!url) {
  console.error(
    'usage: node --conditions=source --import tsx packages/sdk/examples/node-assignment.ts <server-url>',
  );
  process.exit(2);
}
main(url).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
