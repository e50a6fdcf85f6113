// Plain-text tables of a plan, of bad rows and of an apply report, for terminals and logs; both
// languages on every line. Scripts that want JSON use the objects themselves.
import type { RosterRowProblem } from './input.js';
import type { RosterChange, RosterPlan } from './plan.js';
import type { RosterReport } from './apply.js';

const KIND: Record<RosterChange['kind'], string> = {
  add: '新增 add',
  update: '修改 change',
  remove: '刪除 remove',
};

const STATUS = {
  applied: '完成 applied',
  'already-done': '已完成 already done',
  failed: '失敗 failed',
} as const;

function table(header: string[], rows: string[][]): string {
  const width = (s: string) => Array.from(s).reduce((w, ch) => w + (/[\u1100-\uFFEF]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - width(c)))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Bad rows: 列 line, 欄位 field, code, and the message in both languages. */
export function formatRosterProblems(problems: readonly RosterRowProblem[]): string {
  return table(
    ['列 line', '欄位 field', '代碼 code', '說明 message'],
    problems.map((p) => [String(p.line), p.field, p.code, `${p.text['zh-TW']} / ${p.text.en}`]),
  );
}

/** The changes of a plan with their reasons, then the counts. */
export function formatRosterPlan(plan: RosterPlan): string {
  const rows = plan.changes.map((c) => {
    const shown = c.kind === 'remove' ? c.before : c.after;
    return [
      String(c.index + 1),
      KIND[c.kind],
      c.kind === 'remove' ? '' : String(c.line),
      shown.name,
      shown.nationalIdMasked,
      shown.serial,
      `${c.reason['zh-TW']} / ${c.reason.en}`,
    ];
  });
  const s = plan.summary;
  const totals = `新增 ${s.add}、修改 ${s.update}、刪除 ${s.remove}、不變 ${s.unchanged} / add ${s.add}, change ${s.update}, remove ${s.remove}, unchanged ${s.unchanged}`;
  const head = `機關 agency ${plan.agency.code} ${plan.agency.name}；計畫 plan ${plan.id.slice(0, 12)}；目前 ${plan.basis.count} 位 handlers now`;
  if (rows.length === 0) return `${head}\n沒有異動 / No changes\n${totals}`;
  return `${head}\n${table(['#', '動作 action', '列 line', '姓名 name', '身分證 ID', '憑證序號 serial', '原因 reason'], rows)}\n${totals}`;
}

/** What was done, what failed and why, and the final list. */
export function formatRosterReport(report: RosterReport): string {
  const rows = report.results.map((r) => [
    String(r.index + 1),
    KIND[r.kind],
    r.name,
    r.nationalIdMasked,
    r.serial,
    STATUS[r.status],
    r.receiptNumber ?? '',
    r.error ? `${r.error.code} ${r.error.text['zh-TW']} / ${r.error.text.en}` : '',
  ]);
  const c = report.counts;
  const final = table(
    ['序號 no.', '姓名 name', '身分證 ID', '憑證序號 serial', '權限 permissions'],
    report.final.map((h, i) => [
      String(i + 1),
      h.name,
      h.nationalIdMasked,
      h.serial,
      h.permissions.join(' '),
    ]),
  );
  return [
    rows.length > 0
      ? table(
          [
            '#',
            '動作 action',
            '姓名 name',
            '身分證 ID',
            '憑證序號 serial',
            '結果 result',
            '收件編號 receipt',
            '原因 reason',
          ],
          rows,
        )
      : '沒有異動 / No changes',
    `完成 ${c.applied}、先前已完成 ${c.alreadyDone}、失敗 ${c.failed}、不變 ${c.unchanged} / applied ${c.applied}, already done ${c.alreadyDone}, failed ${c.failed}, unchanged ${c.unchanged}`,
    `【授權經辦人清單 / Handlers】共 ${report.final.length} 項 (${report.final.length} in total)`,
    final,
  ].join('\n');
}
