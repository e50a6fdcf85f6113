// Roster sync of a 1,000-person roster against the registration API over HTTP (SQLite in a temp
// file, as `npm start` runs it): the manager of 10002 signs in with virtual cards, then
//   1. first sync: 997 joiners added to the 3 seeded handlers (plan, apply);
//   2. the same roster again: nothing to do (plan);
//   3. a month later: 50 renewed cards, 50 permission changes, 50 departures, 50 joiners (plan, apply).
// Targets on this machine (2 cores): plan ≤ 2 s, apply ≤ 10 s. Prints the figures (wall clock, and
// the CPU time of client and server together, which a loaded machine stretches less); never fails on them.
// Run: npm run bench:roster -w @gepi/mock-server
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GepiClient } from '@gepi/sdk';
import { applyRosterSync, planRosterSync, readHandlerList, signInManager } from '@gepi/sdk/roster';
import type { RosterPlan } from '@gepi/sdk/roster';
import { issueDemoPki } from '@gepi/sdk/testing';
import { VirtualTokenProvider, virtualCardFromIssued } from '@gepi/sdk/virtual';
import { startServer } from '../src/node.js';
import { person, rosterCsv } from '../../sdk/test/support/roster-people.js';

const SIZE = 1000;
const PLAN_TARGET_MS = 2000;
const APPLY_TARGET_MS = 10_000;

const dir = await mkdtemp(join(tmpdir(), 'gepi-roster-bench-'));
const pki = await issueDemoPki();
const server = await startServer({
  db: join(dir, 'gepi.sqlite'),
  seed: 'demo',
  pki,
  limits: { signInsPerMinute: Infinity },
  logger: { warn: () => undefined, error: (message, fields) => console.error(message, fields) },
});
const tokens = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2'] });
const [org, citizen] = (await tokens.listReaders()).map((r) => r.id);
tokens.insert(org!, virtualCardFromIssued(pki.card('ORG-10002')));
tokens.insert(citizen!, virtualCardFromIssued(pki.card('CIT-LIN')));
const client = new GepiClient({ baseUrl: server.url });
const session = await signInManager({
  client,
  tokens,
  origin: server.url,
  agencyCode: '10002',
  nationalId: 'F223456786',
  orgPin: pki.card('ORG-10002').pin,
  managerPin: pki.card('CIT-LIN').pin,
});

const rows: string[] = [];
/** CPU time of this process (client and server both) since `from`, in ms. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}
function line(step: string, what: string, ms: number, target: number, cpuMs: number) {
  const verdict = ms <= target ? 'within target' : 'OVER TARGET';
  rows.push(
    `${step.padEnd(34)} ${what.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(6)} s  CPU ${(cpuMs / 1000).toFixed(2).padStart(5)} s  (target ≤ ${target / 1000} s, ${verdict})`,
  );
}

async function plan(roster: string): Promise<{ plan: RosterPlan; ms: number; cpuMs: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await planRosterSync({ client, session, roster });
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return { plan: result.plan, ms, cpuMs: cpuSince(cpu) };
}

try {
  const seeded = await Promise.all(
    (await readHandlerList(client, session)).map(async (h) => {
      const d = await client.getHandler(h.id, session.options());
      return { name: d.name, nationalId: d.nationalId, serial: d.serial, permissions: d.permissions };
    }),
  );
  const people = Array.from({ length: SIZE - seeded.length }, (_, i) => ({
    ...person(i),
    permissions: i % 3 === 0 ? ['premium.change', 'premium.query'] : ['query.general'],
  }));
  const roster = [...seeded, ...people];

  const first = await plan(rosterCsv(roster));
  line(
    '1. first sync: plan',
    `+${first.plan.summary.add}, ${first.plan.summary.unchanged} unchanged`,
    first.ms,
    PLAN_TARGET_MS,
    first.cpuMs,
  );
  let start = performance.now();
  let cpu = process.cpuUsage();
  const report = await applyRosterSync({ client, session, plan: first.plan });
  line(
    '1. first sync: apply',
    `${report.counts.applied} applied, ${report.final.length} listed`,
    performance.now() - start,
    APPLY_TARGET_MS,
    cpuSince(cpu),
  );

  const again = await plan(rosterCsv(roster));
  line(
    '2. same roster again: plan',
    `${again.plan.changes.length} changes`,
    again.ms,
    PLAN_TARGET_MS,
    again.cpuMs,
  );

  const month = roster.map((r, i) => {
    if (i >= 3 && i < 53) return { ...r, serial: `5B5B${String(i).padStart(12, '0')}` };
    if (i >= 53 && i < 103) return { ...r, permissions: ['benefit.calc'] };
    return r;
  });
  const changed = [
    ...month.slice(0, SIZE - 50),
    ...Array.from({ length: 50 }, (_, i) => ({ ...person(SIZE + i), permissions: ['query.general'] })),
  ];
  const third = await plan(rosterCsv(changed));
  const s = third.plan.summary;
  line(
    '3. a month later: plan',
    `+${s.add} ~${s.update} -${s.remove}, ${s.unchanged} unchanged`,
    third.ms,
    PLAN_TARGET_MS,
    third.cpuMs,
  );
  start = performance.now();
  cpu = process.cpuUsage();
  const monthly = await applyRosterSync({ client, session, plan: third.plan, allowRemovals: 50 });
  line(
    '3. a month later: apply',
    `${monthly.counts.applied} applied, ${monthly.counts.failed} failed`,
    performance.now() - start,
    APPLY_TARGET_MS,
    cpuSince(cpu),
  );

  console.log(
    `Roster sync, ${SIZE} people, Node ${process.version}, SQLite file, HTTP on 127.0.0.1 (load average ${loadavg()[0]!.toFixed(1)}):`,
  );
  for (const row of rows) console.log(`  ${row}`);
} finally {
  await session.end();
  await tokens.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
