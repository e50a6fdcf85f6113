// 授權指派 from Node, headless, with virtual cards made from the demo server's own test PKI (GET
// /demo/pki), so this runs against a server started with `--seed demo`:
//
//   npm start                                   (the demo registration API on http://localhost:8787)
//   node --conditions=source --import tsx packages/sdk/examples/node-assignment.ts http://localhost:8787
//
// Two ways to do the same work, and the server is left as it was found:
//   1. the 授權指派 screens as a script: the assignment flow through `throwing()`, so a failed step
//      throws a FlowStepError instead of leaving its error in the state. Signs in as the manager of
//      10002 (國立臺灣測試大學) with the org card and 林美惠's citizen card, lists the handlers, adds
//      陳志豪 by reading his card (讀取憑證), removes him again.
//   2. without screens, as an HR system would: a ManagerSession from signInManager, and the
//      resource namespaces (client.handlers, client.queries) with their named types.
// With GEPI_ADMIN_TOKEN set (the reviewer token the demo server prints), it also counts the
// registrations waiting for the bank's review through client.admin.reviews.
//
// With a real reader, swap the VirtualTokenProvider for the PKCS#11 provider of `@gepi/pkcs11`
// (examples/node-assignment-pkcs11.ts) and type the PINs instead of reading them from the demo export.
/* eslint-disable no-console -- a command-line example reports on stdout */
import { FlowStepError, GepiClient, createAssignmentFlow, listFooter, orThrow, throwing } from '@gepi/sdk';
import type {
  AssignmentState,
  TokenProvider,
  Handler,
  HandlerDetail,
  HandlerList,
  HandlerSaved,
} from '@gepi/sdk';
import { signInManager } from '@gepi/sdk/roster';
import type { ManagerSession } from '@gepi/sdk/roster';
import { demoCardsFromExport } from '@gepi/sdk/testing';
import type { DemoPkiExport } from '@gepi/sdk/testing';
import { VirtualTokenProvider, virtualCardFromIssued } from '@gepi/sdk/virtual';

const CARDS = ['ORG-10002', 'CIT-LIN', 'CIT-CHEN'];

/** The list as the screen shows it: 序號, 姓名, masked ID, serial, and the footer. */
function printList(list: AssignmentState['data']['list']): void {
  if (!list) return;
  for (const row of list.items)
    console.log(`  ${row.seq}. ${row.name}  ${row.nationalIdMasked}  ${row.serial}`);
  console.log(`  ${listFooter(list)['zh-TW']}`);
}

async function main(serverUrl: string): Promise<void> {
  const base = new URL(serverUrl);
  const answer = await fetch(new URL('/demo/pki', base));
  if (!answer.ok)
    throw new Error(`GET /demo/pki answered ${answer.status}: start the server with the demo seed`);
  const cards = await demoCardsFromExport((await answer.json()) as DemoPkiExport, CARDS);
  const card = (id: string) => cards.find((c) => c.id === id)!;

  // Three readers: the org card, the manager's citizen card, and the handler's.
  const tokens = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2', '讀卡機 3'] });
  const [orgReader, managerReader, handlerReader] = (await tokens.listReaders()).map((r) => r.id) as [
    string,
    string,
    string,
  ];
  tokens.insert(orgReader, virtualCardFromIssued(card('ORG-10002')));
  tokens.insert(managerReader, virtualCardFromIssued(card('CIT-LIN')));
  tokens.insert(handlerReader, virtualCardFromIssued(card('CIT-CHEN')));
  try {
    await assignment(base.origin, {
      tokens,
      readers: { org: orgReader, manager: managerReader, handler: handlerReader },
      pin: (id) => card(id).pin,
    });
  } finally {
    await tokens.close();
  }
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
    'usage: node --conditions=source --import tsx packages/sdk/examples/node-assignment.ts <server-url>',
  );
  process.exit(2);
}
main(url).catch((error: unknown) => {
  // A failed flow step: its code, and the words the screen would show.
  if (error instanceof FlowStepError) console.error(`${error.code} (${error.step}) ${error.text['zh-TW']}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
