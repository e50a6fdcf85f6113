// 授權指派 from Node through PKCS#11, headless: the same work as node-assignment.ts, but the cards
// are SoftHSM2 tokens read by the PKCS#11 provider, as HiCOS cards in a reader would be. The demo
// server publishes its demo PKI (GET /demo/pki: demo servers only); this puts ORG-10002, CIT-LIN and
// CIT-CHEN on SoftHSM2 tokens, then, as the manager of 10002 (國立臺灣測試大學) with the org card and
// 林美惠's citizen card:
//   1. the 授權指派 screens as a script (the assignment flow through `throwing()`: a failed step
//      throws FlowStepError): lists the handlers, adds 陳志豪 by reading his card, removes him;
//   2. without screens: a ManagerSession from signInManager and the resource namespaces
//      (client.handlers, client.queries) with their named types: adds, changes and removes him again.
// The server is left as found. With GEPI_ADMIN_TOKEN set (the reviewer token the demo server
// prints) it also counts the registrations waiting for review through client.admin.reviews.
//
//   npm start                                   (the demo registration API on http://localhost:8787)
//   node --conditions=source --import tsx packages/pkcs11/examples/node-assignment-pkcs11.ts http://localhost:8787
//
// Needs SoftHSM2 and OpenSC's pkcs11-tool (apt-get install softhsm2 opensc). With real cards, leave
// out the provisioning and give the provider the card vendor's PKCS#11 module instead; the rest
// stays the same (the PINs are then typed by the person, not read from the demo export).
/* eslint-disable no-console -- a command-line example reports on stdout */
import { FlowStepError, GepiClient, createAssignmentFlow, listFooter, orThrow, throwing } from '@gepi/sdk';
import type {
  AssignmentState,
  Handler,
  HandlerDetail,
  HandlerList,
  HandlerSaved,
  TokenProvider,
} from '@gepi/sdk';
import { Pkcs11TokenProvider, provisionSoftHsm } from '@gepi/pkcs11';
import { signInManager } from '@gepi/sdk/roster';
import type { ManagerSession } from '@gepi/sdk/roster';
import { demoCardsFromExport } from '@gepi/sdk/testing';
import type { DemoPkiExport } from '@gepi/sdk/testing';

const CARDS = ['ORG-10002', 'CIT-LIN', 'CIT-CHEN'];

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
  const [org, manager, handler] = CARDS.map(slot) as [string, string, string];

  // The module reads SOFTHSM2_CONF when it loads: `env` sets it just before. A HiCOS module needs none.
  const tokens = new Pkcs11TokenProvider({ library: provision.library, env: provision.env });
  try {
    // Three cards sit in three "readers" at once: each step is told which reader to use.
    await assignment(base.origin, {
      tokens,
      readers: { org, manager, handler },
      pin: (id) => cards.find((card) => card.id === id)!.pin,
    });
  } finally {
    await tokens.close();
    await provision.cleanup();
  }
}

/** The list as the screen shows it: 序號, 姓名, masked ID, serial, and the footer. */
function printList(list: AssignmentState['data']['list']): void {
  if (!list) return;
  for (const row of list.items)
    console.log(`  ${row.seq}. ${row.name}  ${row.nationalIdMasked}  ${row.serial}`);
  console.log(`  ${listFooter(list)['zh-TW']}`);
}

/** The cards at hand: a token provider, the reader each card is in, and their PINs. */
interface Desk {
  tokens: TokenProvider;
  readers: { org: string; manager: string; handler: string };
  pin(cardId: string): string;
}

async function assignment(server: string, { tokens, readers, pin }: Desk): Promise<void> {
  const client = new GepiClient({ baseUrl: server });
  // The server accepts challenges for its own origin; a page would use location.origin.
  const origin = server;

  // ── 1. the screens as a script: every action throws FlowStepError when it fails ──
  const flow = createAssignmentFlow({ client, tokens, origin });
  const steps = throwing(flow);
  let read: { name: string; serial: string };
  try {
    await steps.selectReader(readers.org);
    console.log('機關憑證確認（10002）…');
    await steps.signInOrg({ agencyCode: '10002', pin: pin('ORG-10002') });
    await steps.selectReader(readers.manager);
    console.log('授權管理者自然人憑證確認（林美惠）…');
    const list = await steps.signInCitizen({ nationalId: 'F223456786', pin: pin('CIT-LIN') });
    const user = list.data.user;
    console.log(`使用者資訊：${user?.agencyCode} ${user?.agencyName}，授權管理者 ${user?.managerName}`);
    console.log('【授權經辦人清單】');
    printList(list.data.list);

    // 新增: 讀取憑證 reads 陳志豪's card (certificates need no PIN), then 確認.
    steps.startAdd();
    await steps.selectReader(readers.handler);
    const form = (await steps.readCard()).data.form;
    read = { name: form?.name ?? '', serial: form?.serial ?? '' };
    console.log(`讀取憑證：${read.name} ${read.serial}`);
    const added = await steps.submit({
      nationalId: 'B120112236',
      permissions: ['premium.change', 'query.general'],
    });
    console.log(`${added.data.message?.['zh-TW']} 收件編號：${added.data.receipt?.number}`);
    printList(added.data.list);

    const chen = added.data.list?.items.find((row) => row.serial === read.serial);
    if (!chen) throw new Error('the new handler is not in the list');
    steps.askDelete(chen.id);
    const removed = await steps.confirmDelete();
    console.log(`${removed.data.message?.['zh-TW']} 收件編號：${removed.data.receipt?.number}`);
    printList(removed.data.list);
    // orThrow() does the same for one action of a flow that is not wrapped.
    await orThrow(flow.finish());
  } finally {
    flow.dispose();
  }

  // ── 2. without screens: a manager card session and the resource namespaces ──
  const session: ManagerSession = await signInManager({
    client,
    tokens,
    origin,
    agencyCode: '10002',
    nationalId: 'F223456786',
    orgPin: pin('ORG-10002'),
    managerPin: pin('CIT-LIN'),
    orgReaderId: readers.org,
    managerReaderId: readers.manager,
  });
  try {
    console.log(
      `工作階段：${session.agency.code} ${session.agency.name}，${session.managerName}，有效至 ${session.expiresAt}`,
    );
    const listed: Handler[] = [];
    for await (const h of client.handlers.iterate({}, session.options())) listed.push(h);
    console.log(`client.handlers.iterate：${listed.map((h) => h.name).join('、')}`);
    const saved: HandlerSaved = await client.handlers.create(
      { name: read.name, nationalId: 'B120112236', serial: read.serial, permissions: ['query.general'] },
      session.options(),
    );
    const detail: HandlerDetail = await client.handlers.get(saved.handler.id, session.options());
    const updated = await client.handlers.update(
      detail.id,
      {
        name: detail.name,
        nationalId: detail.nationalId,
        serial: detail.serial,
        permissions: ['premium.query', 'query.general'],
        version: detail.version,
      },
      session.options(),
    );
    console.log(
      `client.handlers.create/update：${updated.handler.name} ${updated.handler.nationalIdMasked} ${updated.handler.permissions.join('、')}，第 ${updated.handler.version} 版`,
    );
    await client.handlers.delete(detail.id, session.options());
    const after: HandlerList = await client.handlers.list({}, session.options());
    console.log(`client.handlers.delete：共 ${after.total} 位經辦人`);
    const receipts = await client.queries.receipts({ agencyCode: '10002' });
    console.log(
      `client.queries.receipts：${receipts.agency.code} ${receipts.agency.name}，${receipts.total} 筆收件紀錄`,
    );
  } finally {
    await session.end();
  }
  console.log(`退出：工作階段${session.active ? '仍有效' : '已結束'}`);

  const reviewer = process.env['GEPI_ADMIN_TOKEN'];
  if (reviewer) {
    const pending = await client.admin.reviews.list(
      { status: 'pending' },
      { headers: { authorization: `Bearer ${reviewer}` } },
    );
    console.log(`client.admin.reviews：待審核 ${pending.total} 件`);
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
  // A failed flow step: its code, and the words the screen would show.
  if (error instanceof FlowStepError) console.error(`${error.code} (${error.step}) ${error.text['zh-TW']}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
