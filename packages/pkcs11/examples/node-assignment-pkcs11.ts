// 授權指派 from Node through PKCS#11, headless: the same steps as node-assignment.ts, but the cards
// are SoftHSM2 tokens read by the PKCS#11 provider, as HiCOS cards in a reader would be. The demo
// server issues its own demo PKI when it starts, so this takes that PKI's cards from it (GET
// /demo/pki: demo servers only), puts ORG-10002, CIT-LIN and CIT-CHEN on SoftHSM2 tokens, signs in
// as the manager of 10002 (國立臺灣測試大學) with the org card and 林美惠's citizen card, lists the
// handlers, adds 陳志豪 by reading his card, and removes him again (the server is left as found):
//
//   npm start                                   (the demo registration API on http://localhost:8787)
//   node --conditions=source --import tsx packages/pkcs11/examples/node-assignment-pkcs11.ts http://localhost:8787
//
// Needs SoftHSM2 and OpenSC's pkcs11-tool (apt-get install softhsm2 opensc). With real cards, leave
// out the provisioning and give the provider the card vendor's PKCS#11 module instead; the flow
// code stays the same (the PINs are then typed by the person, not read from the demo export).
/* eslint-disable no-console -- a command-line example reports on stdout */
import { GepiClient, createAssignmentFlow, listFooter } from '@gepi/sdk';
import type { AssignmentState } from '@gepi/sdk';
import { Pkcs11TokenProvider, provisionSoftHsm } from '@gepi/pkcs11';
import { demoCardsFromExport } from '@gepi/sdk/testing';
import type { DemoPkiExport } from '@gepi/sdk/testing';

const CARDS = ['ORG-10002', 'CIT-LIN', 'CIT-CHEN'];

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

  // The server's own demo cards (it trusts nothing else), on one SoftHSM2 token each.
  const answer = await fetch(new URL('/demo/pki', base));
  if (!answer.ok)
    throw new Error(`GET /demo/pki answered ${answer.status}: start the server with the demo seed`);
  const cards = await demoCardsFromExport((await answer.json()) as DemoPkiExport, CARDS);
  const provision = await provisionSoftHsm({ cards });
  console.log(`SoftHSM2: ${provision.slots.length} tokens, SOFTHSM2_CONF=${provision.conf}`);
  const slot = (cardId: string) => {
    const found = provision.slots.find((s) => s.cardId === cardId);
    if (!found) throw new Error(`${cardId} was not provisioned`);
    console.log(`  ${found.readerId}  ${found.tokenLabel}  ${found.label}`);
    return found.readerId;
  };
  const [orgReader, managerReader, handlerReader] = CARDS.map(slot) as [string, string, string];
  const pin = (cardId: string) => cards.find((card) => card.id === cardId)!.pin;

  // The module reads SOFTHSM2_CONF when it loads: `env` sets it just before. A HiCOS module needs none.
  const tokens = new Pkcs11TokenProvider({ library: provision.library, env: provision.env });
  const client = new GepiClient({ baseUrl: base.origin });
  // The server accepts challenges for its own origin; a page would use location.origin.
  const flow = createAssignmentFlow({ client, tokens, origin: base.origin });
  try {
    // Three cards sit in three "readers" at once: each step is told which reader to use.
    check(await flow.selectReader(orgReader));
    console.log('機關憑證確認（10002）…');
    check(await flow.signInOrg({ agencyCode: '10002', pin: pin('ORG-10002') }));
    check(await flow.selectReader(managerReader));
    console.log('授權管理者自然人憑證確認（林美惠）…');
    const list = check(await flow.signInCitizen({ nationalId: 'F223456786', pin: pin('CIT-LIN') }));
    const user = list.data.user;
    console.log(`使用者資訊：${user?.agencyCode} ${user?.agencyName}，授權管理者 ${user?.managerName}`);
    console.log('【授權經辦人清單】');
    printList(list);

    // 新增: 讀取憑證 reads 陳志豪's card (certificates need no PIN), then 確認.
    check(flow.startAdd());
    check(await flow.selectReader(handlerReader));
    const read = check(await flow.readCard());
    console.log(`讀取憑證：${read.data.form?.name} ${read.data.form?.serial}`);
    const added = check(
      await flow.submit({ nationalId: 'B120112236', permissions: ['premium.change', 'query.general'] }),
    );
    console.log(added.data.message?.['zh-TW']);
    printList(added);

    const chen = added.data.list?.items.find((row) => row.name === read.data.form?.name);
    if (!chen) throw new Error('the new handler is not in the list');
    check(flow.askDelete(chen.id));
    const removed = check(await flow.confirmDelete());
    console.log(removed.data.message?.['zh-TW']);
    printList(removed);
    check(await flow.finish());
  } finally {
    flow.dispose();
    await tokens.close();
    await provision.cleanup();
  }
}

const url = process.argv[2];
if (!url) {
  console.error(
    'usage: node --conditions=source --import tsx packages/pkcs11/examples/node-assignment-pkcs11.ts <server-url>',
  );
  process.exit(2);
}
main(url).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
