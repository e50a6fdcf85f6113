// Roster sync end to end: the manager of 10002 (國立臺灣測試大學) signs in with the org card and
// 林美惠's citizen card, both on SoftHSM2 tokens read through PKCS#11, against the Node
// registration server over real HTTP. First through the SDK functions (first sync, renewal,
// departure, a crash halfway then the resume, a stale plan, the removal guard), then through the
// `gepi roster` command in its own process (PINs on stdin, a bad CSV refused with line numbers).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '@gepi/mock-server/node';
import type { GepiClient } from '@gepi/sdk';
import { problemCatalog } from '@gepi/sdk/api';
import { applyRosterSync, planRosterSync, readHandlerList } from '@gepi/sdk/roster';
import type { ManagerSession, RosterPlan, RosterReport, RosterError } from '@gepi/sdk/roster';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import { Pkcs11TokenProvider, provisionSoftHsm } from '../src/index.js';
import type { SoftHsmProvision } from '../src/index.js';
import { clientOf, signInManager10002, startDemoApi } from '../../sdk/test/support/manager-10002.js';
import { person, rosterCsv } from '../../sdk/test/support/roster-people.js';
import type { Person } from '../../sdk/test/support/roster-people.js';

const CLI = fileURLToPath(new URL('../src/roster-cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

type Row = Person & { permissions: string[] };

describe('roster sync with SoftHSM2 cards against the registration API', () => {
  let pki: DemoPki;
  let provision: SoftHsmProvision;
  let tokens: Pkcs11TokenProvider;
  let server: RunningServer;
  let client: GepiClient;
  let session: ManagerSession;
  let dir: string;
  /** The three handlers the demo seed gives 10002, as roster rows. */
  let seeded: Row[];

  const plan = async (rows: readonly Row[]): Promise<RosterPlan> => {
    const result = await planRosterSync({ client, session, roster: rosterCsv(rows) });
    assert.deepEqual(result.problems, []);
    assert.ok(result.ok);
    return result.plan;
  };
  const listed = async () =>
    (await readHandlerList(client, session))
      .map((h) => `${h.name} ${h.nationalIdMasked} ${h.serial} ${[...h.permissions].sort().join('+')}`)
      .sort();
  const expected = (rows: readonly Row[]) =>
    rows
      .map(
        (r) =>
          `${r.name} ${r.nationalId.slice(0, 3)}****${r.nationalId.slice(-3)} ${r.serial} ${[...r.permissions].sort().join('+')}`,
      )
      .sort();
  const sorted = (rows: readonly Row[]) =>
    rows.map((r) => ({ ...r, permissions: [...r.permissions].sort() }));

  before(async () => {
    pki = await issueDemoPki();
    provision = await provisionSoftHsm({ cards: ['ORG-10002', 'CIT-LIN'], pki, tokenLabel: 'card-number' });
    tokens = new Pkcs11TokenProvider({ library: provision.library, env: provision.env });
    server = await startDemoApi(pki);
    client = clientOf(server);
    session = await signInManager10002({ server, client, tokens, pki });
    const current = await readHandlerList(client, session);
    seeded = await Promise.all(
      current.map(async (h) => {
        const d = await client.getHandler(h.id, session.options());
        return { name: d.name, nationalId: d.nationalId, serial: d.serial, permissions: d.permissions };
      }),
    );
    dir = await mkdtemp(join(tmpdir(), 'gepi-roster-'));
  });
  after(async () => {
    await session?.end();
    await server?.close();
    await tokens?.close();
    await provision?.cleanup();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('signs in as the manager of 10002: a session object with its agency and expiry', () => {
    assert.deepEqual(session.agency, { code: '10002', name: '國立臺灣測試大學' });
    assert.equal(session.managerName, '林美惠');
    assert.deepEqual(session.manager, { nationalId: 'F223456786', serial: pki.card('CIT-LIN').serial });
    assert.ok(Date.parse(session.expiresAt) > Date.now());
    assert.equal(session.active, true);
    assert.equal(seeded.length, 3);
  });

  const joiners: Row[] = [0, 1, 2, 3, 4].map((i) => ({
    ...person(i),
    permissions: i % 2 === 0 ? ['premium.change', 'query.general'] : ['premium.query'],
  }));

  it('first sync: plans five additions with reasons, applies them, and a second run finds nothing to do', async () => {
    const roster = [...seeded, ...joiners];
    const p = await plan(roster);
    assert.deepEqual(p.summary, { add: 5, update: 0, remove: 0, unchanged: 3 });
    assert.deepEqual(
      p.changes.map((c) => [c.kind, c.kind === 'remove' ? 0 : c.line, c.reason.en]),
      joiners.map((_, i) => ['add', 5 + i, 'New in the roster']),
    );
    // Planning changed nothing.
    assert.equal((await readHandlerList(client, session)).length, 3);

    const events: string[] = [];
    const report = await applyRosterSync({ client, session, plan: p, onEvent: (e) => events.push(e.type) });
    assert.deepEqual(report.counts, { applied: 5, alreadyDone: 0, failed: 0, unchanged: 3 });
    assert.deepEqual(events, ['start', 'change', 'change', 'change', 'change', 'change', 'finish']);
    // Each addition has its own 收件編號, as 收件紀錄 keeps it.
    const numbers = report.results.map((r) => r.receiptNumber ?? '');
    for (const n of numbers) assert.match(n, /^GEPI-1\d{6}-\d{6}$/);
    assert.equal(new Set(numbers).size, 5);
    const kept = await client.listReceipts({ agencyCode: session.agency.code, pageSize: 100 });
    for (const n of numbers)
      assert.ok(kept.items.some((r) => r.number === n && r.item === 'handler-created'));
    assert.deepEqual(report.final.map((h) => h.serial).sort(), roster.map((r) => r.serial).sort());
    assert.deepEqual(await listed(), expected(sorted(roster)));

    const again = await plan(roster);
    assert.deepEqual(again.summary, { add: 0, update: 0, remove: 0, unchanged: 8 });
    // The same plan once more: every change is found done, none is sent again.
    const rerun = await applyRosterSync({ client, session, plan: p });
    assert.deepEqual(rerun.counts, { applied: 0, alreadyDone: 5, failed: 0, unchanged: 3 });
  });

  it('renewal and a permission change: updates in place, with the reasons', async () => {
    const renewed = { ...joiners[1]!, serial: '5A5AFFFF00000001' };
    const moved = { ...joiners[2]!, permissions: ['premium.query'] };
    const roster = [...seeded, joiners[0]!, renewed, moved, joiners[3]!, joiners[4]!];
    const p = await plan(roster);
    assert.deepEqual(p.summary, { add: 0, update: 2, remove: 0, unchanged: 6 });
    const [a, b] = p.changes;
    assert.ok(a?.kind === 'update' && b?.kind === 'update');
    assert.deepEqual(
      [a.reasons, a.before.serial, a.after.serial],
      [['serial'], joiners[1]!.serial, renewed.serial],
    );
    assert.equal(a.reason['zh-TW'], '換發新卡（憑證序號更新）');
    assert.deepEqual(b.reasons, ['permissions']);
    const report = await applyRosterSync({ client, session, plan: p });
    assert.equal(report.counts.applied, 2);
    assert.deepEqual(await listed(), expected(sorted(roster)));
    joiners[1] = renewed;
    joiners[2] = moved;
  });

  it('departure: removes the person no longer in the roster, within the removal limit', async () => {
    const roster = [...seeded, joiners[0]!, joiners[1]!, joiners[2]!, joiners[3]!];
    const p = await plan(roster);
    assert.deepEqual(p.summary, { add: 0, update: 0, remove: 1, unchanged: 7 });
    const change = p.changes[0]!;
    assert.ok(change.kind === 'remove');
    assert.equal(change.before.serial, joiners[4]!.serial);
    assert.equal(change.reason['zh-TW'], '不在名冊中（離職或調離）');
    const report = await applyRosterSync({ client, session, plan: p });
    assert.deepEqual(report.counts, { applied: 1, alreadyDone: 0, failed: 0, unchanged: 7 });
    assert.deepEqual(await listed(), expected(sorted(roster)));
    joiners.pop();
  });

  it('a truncated roster cannot wipe the agency: removals over the limit are refused unless allowed', async () => {
    const p = await plan(seeded.slice(0, 2));
    assert.equal(p.summary.remove, 5);
    await assert.rejects(applyRosterSync({ client, session, plan: p }), (error: RosterError) => {
      assert.equal(error.code, 'ROSTER_REMOVALS_EXCEED');
      assert.deepEqual(error.details, { removals: 5, limit: 1 });
      assert.match(error.text['zh-TW'], /--allow-removals 5/);
      return true;
    });
    assert.equal((await readHandlerList(client, session)).length, 7);
  });

  it('a crash halfway, then the rerun: resumes without repeating or skipping a change', async () => {
    const more: Row[] = [10, 11, 12, 13, 14, 15].map((i) => ({
      ...person(i),
      permissions: ['query.general'],
    }));
    const roster = [...seeded, ...joiners, ...more];
    const p = await plan(roster);
    assert.equal(p.summary.add, 6);
    const crash = new AbortController();
    let applied = 0;
    await assert.rejects(
      applyRosterSync({
        client,
        session,
        plan: p,
        concurrency: 1,
        signal: crash.signal,
        onEvent: (e) => {
          if (e.type === 'change' && e.result.status === 'applied' && ++applied === 3) crash.abort();
        },
      }),
    );
    const halfway = await readHandlerList(client, session);
    assert.equal(halfway.length, 7 + 3);
    // A new process would sign in again: the rerun uses a session of its own.
    const second = await signInManager10002({ server, client, tokens, pki });
    let report: RosterReport;
    try {
      report = await applyRosterSync({ client, session: second, plan: p });
    } finally {
      await second.end();
    }
    assert.equal(second.active, false);
    assert.deepEqual(report.counts, { applied: 3, alreadyDone: 3, failed: 0, unchanged: 7 });
    assert.deepEqual(
      report.results.map((r) => r.status),
      ['already-done', 'already-done', 'already-done', 'applied', 'applied', 'applied'],
    );
    assert.deepEqual(await listed(), expected(sorted(roster)));
    joiners.push(...more);
  });

  it('a stale plan is refused: the list changed after planning, and nothing is applied', async () => {
    const newcomer = { ...person(20), permissions: ['query.general'] };
    const p = await plan([...seeded, ...joiners, newcomer]);
    // Someone else adds a handler through the screens meanwhile.
    const other = person(21);
    await client.createHandler({ ...other, permissions: ['premium.query'] }, session.options());
    const before = await listed();
    await assert.rejects(applyRosterSync({ client, session, plan: p }), (error: RosterError) => {
      assert.equal(error.code, 'ROSTER_PLAN_STALE');
      assert.match(error.text['zh-TW'], /已被變更/);
      assert.deepEqual(
        (error.details['conflicts'] as { reason: string }[]).map((c) => c.reason),
        ['unknown-handler'],
      );
      return true;
    });
    assert.deepEqual(await listed(), before);
    // An edited plan file is refused as well.
    const edited = structuredClone(p);
    const add = edited.changes[0]!;
    assert.ok(add.kind === 'add');
    add.after.permissions = ['premium.change'];
    await assert.rejects(applyRosterSync({ client, session, plan: edited }), { code: 'ROSTER_PLAN_INVALID' });
    joiners.push({ ...other, permissions: ['premium.query'] });
  });

  it('bad rows are reported with line, field and both languages, and no plan is made', async () => {
    const someoneElses = joiners[0]!.serial;
    const csv = [
      '\uFEFFName,National ID,Serial,Permissions',
      `${seeded[0]!.name},${seeded[0]!.nationalId},${seeded[0]!.serial},${seeded[0]!.permissions.join(';')}`,
      '王小明,A123456788,5A5A00000000AAAA,premium.change',
      '王小華,A123456789,5A5A00000000BBBB,不存在的權限',
      `李大同,${seeded[0]!.nationalId},5A5A00000000CCCC,premium.change`,
      `張三,Q130099993,${someoneElses},premium.change`,
      '',
    ].join('\r\n');
    const result = await planRosterSync({ client, session, roster: csv });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((p) => [p.line, p.field, p.code]),
      [
        [3, 'nationalId', 'NATIONAL_ID_CHECKSUM'],
        [4, 'permissions', 'PERMISSION_UNKNOWN'],
        [5, 'nationalId', 'ROSTER_DUPLICATE_PERSON'],
        [6, 'serial', 'ROSTER_SERIAL_OF_OTHER'],
      ],
    );
    const [checksum, unknown, duplicate, other] = result.problems;
    assert.match(checksum!.text['zh-TW'], /身分證統一編號/);
    assert.equal(unknown!.text['zh-TW'], '權限「不存在的權限」不在權限清單中。');
    assert.equal(duplicate!.text.en, 'The same person twice: the national ID is already on line 2.');
    assert.match(other!.text['zh-TW'], /屬於清單中的另一位經辦人/);
  });

  it('the manager cannot be a handler: a row naming 林美惠 (by ID or by her card) is a bad row at plan time', async () => {
    const lin = pki.card('CIT-LIN');
    const csv = [
      '姓名,身分證統一編號,憑證序號,權限',
      ...[...seeded, ...joiners].map(
        (r) => `${r.name},${r.nationalId},${r.serial},${r.permissions.join('、')}`,
      ),
      `林美惠,F223456786,5A5A00000000DDDD,premium.change`,
      `${person(40).name},${person(40).nationalId},${lin.serial.toLowerCase()},query.general`,
    ].join('\n');
    const lines = csv.split('\n').length;
    const result = await planRosterSync({ client, session, roster: csv });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((p) => [p.line, p.field, p.code]),
      [
        [lines - 1, 'nationalId', 'HANDLER_IS_MANAGER'],
        [lines, 'serial', 'HANDLER_IS_MANAGER'],
      ],
    );
    const [byId, byCard] = result.problems;
    assert.equal(
      byId!.text['zh-TW'],
      '此人為貴機關的授權管理者，授權管理者不得同時為授權經辦人；請自名冊刪除此列。',
    );
    assert.equal(
      byId!.text.en,
      "This is your agency's authorization manager, who cannot also be a handler: remove this row from the roster.",
    );
    assert.equal(byId!.value, 'F22****786', 'the national ID masked');
    assert.equal(
      byCard!.text['zh-TW'],
      '此憑證序號為貴機關授權管理者的自然人憑證，授權管理者不得同時為授權經辦人。',
    );
    assert.equal(
      byCard!.text.en,
      "This serial number is your agency's authorization manager's citizen card; the manager cannot also be a handler.",
    );
  });

  // ── the command ──

  function gepi(args: string[], stdin: string) {
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, ...args], {
        cwd: ROOT,
        env: { ...process.env, ...provision.env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(stdin);
    });
  }
  const common = () => [
    '--server',
    server.url,
    '--agency',
    '10002',
    '--manager',
    'F223456786',
    '--module',
    provision.library,
  ];
  const pins = () => `${pki.card('ORG-10002').pin}\n${pki.card('CIT-LIN').pin}\n`;

  it('gepi roster plan, then apply, then apply again: PINs from stdin, table and JSON report', async () => {
    const rosterFile = join(dir, 'roster.csv');
    const planFile = join(dir, 'plan.json');
    const reportFile = join(dir, 'report.json');
    const newcomer = { ...person(30), permissions: ['premium.change'] };
    await writeFile(rosterFile, rosterCsv([...seeded, ...joiners, newcomer]));
    const planned = await gepi(['roster', 'plan', rosterFile, '--out', planFile, ...common()], pins());
    assert.equal(planned.code, 0, planned.stderr);
    assert.match(planned.stderr, /機關憑證IC卡密碼\(PIN碼\) \/ Org card PIN: /);
    // The PIN is never echoed.
    assert.ok(
      !planned.stdout.includes(pki.card('CIT-LIN').pin) || !planned.stderr.includes(pki.card('CIT-LIN').pin),
    );
    assert.match(planned.stdout, /新增 add .*陳〇三〇|新增 add/);
    assert.match(planned.stdout, /新增 1、修改 0、刪除 0、不變 \d+/);
    const applied = await gepi(['roster', 'apply', planFile, '--report', reportFile, ...common()], pins());
    assert.equal(applied.code, 0, applied.stderr);
    assert.match(applied.stdout, /完成 1、先前已完成 0、失敗 0/);
    assert.match(applied.stdout, /新增 add .* 完成 applied +GEPI-1\d{6}-\d{6}/);
    assert.match(applied.stderr, /1\/1 add .* applied/);
    const report = JSON.parse(await readFile(reportFile, 'utf8')) as RosterReport;
    assert.equal(report.counts.applied, 1);
    assert.ok(report.final.some((h) => h.serial === newcomer.serial));
    const again = await gepi(['roster', 'apply', planFile, ...common()], pins());
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /完成 0、先前已完成 1、失敗 0/);
    joiners.push(newcomer);
  });

  it('gepi roster plan refuses a bad CSV with line numbers and exit code 1', async () => {
    const rosterFile = join(dir, 'bad.csv');
    await writeFile(
      rosterFile,
      '\uFEFF姓名,身分證統一編號,憑證序號,權限\r\n王小明,A123456788,5A5A00000000AAAA,premium.change\r\n王小華,A123456789,,premium.change\r\n',
    );
    const result = await gepi(['roster', 'plan', rosterFile, '--json', ...common()], pins());
    assert.equal(result.code, 1, result.stderr);
    const body = JSON.parse(result.stdout) as {
      ok: boolean;
      problems: { line: number; field: string; code: string }[];
    };
    assert.equal(body.ok, false);
    assert.deepEqual(
      body.problems.map((p) => [p.line, p.field, p.code]),
      [
        [2, 'nationalId', 'NATIONAL_ID_CHECKSUM'],
        [3, 'serial', 'ROSTER_SERIAL_REQUIRED'],
      ],
    );
  });

  it('gepi keeps the catalog’s words behind a server that sends bare problem codes (problemWords)', async () => {
    // A proxy in front of the registration API that strips every word from its problem documents,
    // as a server that sends bare codes would: the command still prints the catalog's words.
    const bare = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void (async () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(req.headers)) {
            if (typeof value === 'string' && name !== 'host' && name !== 'connection')
              headers.set(name, value);
          }
          const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
          const answer = await fetch(new URL(req.url ?? '/', server.url), {
            method: req.method ?? 'GET',
            headers,
            ...(body ? { body } : {}),
          });
          let text = await answer.text();
          if (/problem\+json/.test(answer.headers.get('content-type') ?? '')) {
            const doc = JSON.parse(text) as Record<string, unknown>;
            const strip = (d: Record<string, unknown>) => {
              delete d['i18n'];
              delete d['title'];
              delete d['detail'];
            };
            strip(doc);
            for (const e of (doc['errors'] ?? []) as Record<string, unknown>[]) strip(e);
            text = JSON.stringify(doc);
          }
          const out: Record<string, string> = {};
          answer.headers.forEach((value, name) => {
            if (name !== 'content-length' && name !== 'content-encoding' && name !== 'transfer-encoding')
              out[name] = value;
          });
          res.writeHead(answer.status, out);
          res.end(text);
        })().catch((error: unknown) => {
          res.writeHead(502);
          res.end(String(error));
        });
      });
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
      const rosterFile = join(dir, 'bare.csv');
      await writeFile(rosterFile, rosterCsv(seeded));
      const args = common();
      args[1] = url;
      // The cards sign the proxy's origin, which the server does not allow: a problem answer.
      const result = await gepi(['roster', 'plan', rosterFile, ...args], pins());
      assert.equal(result.code, 1, result.stderr);
      const words = problemCatalog.ORIGIN_NOT_ALLOWED.detail;
      assert.ok(
        result.stderr.endsWith(`ORIGIN_NOT_ALLOWED: ${words['zh-TW']}\n${words.en}\n`),
        result.stderr,
      );
      assert.doesNotMatch(result.stderr, /HTTP 403/);
    } finally {
      bare.closeAllConnections();
      await new Promise<void>((resolve) => bare.close(() => resolve()));
    }
  });

  it('gepi refuses a PIN in the arguments: there is no such option', async () => {
    const result = await gepi(['roster', 'plan', 'x.csv', '--pin', '123456', ...common()], '');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Unknown option '--pin'/);
  });
});
