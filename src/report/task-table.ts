import type { ChalkInstance } from 'chalk';
import { ASSESSMENT_LABELS } from '../i18n/labels.js';
import type { Lang } from '../model/diagnostic.js';
import type { RunReport, TaskEvaluation, TaskStatus } from '../model/report.js';
import { formatDate } from '../util/date.js';
import { fitWidth, GAP, type GridColumn, gridRow, groupRule } from './text-grid.js';
import { clip, displayWidth, wrap } from './text-layout.js';
import { groupTasks, periodText, taskStatusText, unitShortName } from './view-cells.js';

export interface TaskSectionOptions {
  lang: Lang;
  c: ChalkInstance;
  width: number;
  /** One line for every task; otherwise tasks without a report for the period are only listed by owner. */
  all: boolean;
}

const TASK_COLOR: Record<TaskStatus, (c: ChalkInstance) => ChalkInstance> = {
  done: (c) => c.green,
  'on-track': (c) => c.cyan,
  overdue: (c) => c.red.bold,
  'no-data': (c) => c.gray,
};

/**
 * Tasks, compactly: one line per task that reported for the period (overdue ones with their reason under
 * them, since those need action), then the tasks with no report as ids grouped by owner, a few lines in all.
 */
export function renderTaskSection(report: RunReport, opts: TaskSectionOptions): string[] {
  const shown = opts.all ? report.tasks : report.tasks.filter((t) => t.status !== 'no-data');
  const silent = opts.all ? [] : report.tasks.filter((t) => t.status === 'no-data');
  const out = shown.length > 0 ? taskLines(report, shown, opts) : [];
  if (silent.length > 0) {
    if (out.length > 0) out.push('');
    out.push(...silentLines(report, silent, opts));
  }
  return out;
}

function taskLines(report: RunReport, tasks: TaskEvaluation[], opts: TaskSectionOptions): string[] {
  const { lang, c, width } = opts;
  const head =
    lang === 'vi'
      ? ['Nhiệm vụ', 'Thời gian', 'Chủ trì', 'Báo cáo gần nhất', 'Đánh giá']
      : ['Task', 'Timing', 'Owner', 'Latest report', 'Status'];
  const cols: GridColumn[] = [
    { width: 0 },
    {
      width: fitWidth(
        tasks.map((t) => t.scheduleLabel),
        [head[1]!],
        14,
      ),
    },
    {
      width: fitWidth(
        tasks.map((t) => unitShortName(report, t.owner)),
        [head[2]!],
        12,
      ),
    },
    {
      width: fitWidth(
        tasks.map((t) => latestText(t, lang)),
        [head[3]!],
        30,
      ),
    },
    {
      width: fitWidth(
        tasks.map((t) => taskStatusText(t, lang)),
        [head[4]!],
        15,
      ),
    },
  ];
  const fixed = cols.reduce((s, col) => s + col.width, 0) + GAP * (cols.length - 1);
  (cols[0] as GridColumn).width = Math.max(22, width - fixed);
  // Room the task texts do not need goes to the owner column, so a plan without short names is not clipped.
  const spare = cols[0]!.width - Math.max(...tasks.map((t) => displayWidth(`${t.id}: ${t.content}`)));
  const ownerNeeds =
    fitWidth(
      tasks.map((t) => unitShortName(report, t.owner)),
      [head[2]!],
      40,
    ) - cols[2]!.width;
  const give = Math.max(0, Math.min(spare, ownerNeeds));
  cols[0]!.width -= give;
  cols[2]!.width += give;
  const tableWidth = fixed + (cols[0] as GridColumn).width;
  const w = cols.map((col) => col.width);

  const out = gridRow(
    cols,
    head.map((h) => ({ lines: [h], style: (s: string) => c.bold(s) })),
  );
  out.push('─'.repeat(tableWidth));
  for (const g of groupTasks({ ...report, tasks }, lang)) {
    out.push(groupRule(g.title, tableWidth, c));
    for (const t of g.items) {
      out.push(
        ...gridRow(cols, [
          { lines: clip(`${t.id}: ${t.content}`, w[0]!, 1) },
          { lines: clip(t.scheduleLabel, w[1]!, 1) },
          { lines: clip(unitShortName(report, t.owner), w[2]!, 1) },
          { lines: clip(latestText(t, lang), w[3]!, 1) },
          {
            lines: clip(taskStatusText(t, lang), w[4]!, 1),
            style: (s: string) => TASK_COLOR[t.status](c)(s),
          },
        ]),
      );
      // Overdue needs action: say why right there. Other reasons repeat what the row already shows.
      if (t.status === 'overdue') {
        out.push(
          ...wrap(t.reason[lang], tableWidth - 4).map((l, i) => `${i === 0 ? '  ↳ ' : '    '}${c.dim(l)}`),
        );
      }
    }
  }
  return out;
}

/** "Chưa có báo cáo (35):" then "  VHXH: bo-may-1, bo-may-2, …", wrapped under the owner. */
function silentLines(report: RunReport, tasks: TaskEvaluation[], opts: TaskSectionOptions): string[] {
  const { lang, c, width } = opts;
  const vi = lang === 'vi';
  const byOwner = new Map<string, string[]>();
  for (const t of tasks) {
    const owner = unitShortName(report, t.owner);
    const key =
      t.reportingUnit !== undefined ? `${vi ? 'Đơn vị' : 'Unit'} ${t.reportingUnit} · ${owner}` : owner;
    // A one-off task whose date has passed with no report: worth a glance, so its date is shown.
    const late = t.due !== undefined && t.due < report.asOf;
    const id = late ? `${t.id} (${vi ? 'hạn' : 'due'} ${formatDate(t.due as string)})` : t.id;
    byOwner.set(key, [...(byOwner.get(key) ?? []), id]);
  }
  const out = [c.bold(`${vi ? 'Chưa có báo cáo' : 'No report'} (${tasks.length}):`)];
  for (const [owner, ids] of byOwner) {
    const lead = `  ${owner}: `;
    const pad = ' '.repeat(displayWidth(lead));
    const lines = wrap(ids.join(', '), Math.max(20, width - displayWidth(lead)));
    out.push(...lines.map((l, i) => (i === 0 ? lead : pad) + l));
  }
  out.push(
    c.dim(
      vi
        ? '  (thêm --all-tasks để xem từng nhiệm vụ trên một dòng)'
        : '  (add --all-tasks to list each task on its own line)',
    ),
  );
  return out;
}

/**
 * The latest report's period ("Quý III/2026"). The status column already says what a report for the period
 * said (and an overdue task's reason is printed under it), so the assessment is only added when the task has
 * no report for the period: "Hoàn thành (Quý I/2026)".
 */
function latestText(t: TaskEvaluation, lang: Lang): string {
  if (!t.latest) return '—';
  const id = t.latest.period;
  const when = periodText({ id, start: id, end: id }, lang);
  return t.status === 'no-data' ? `${ASSESSMENT_LABELS[t.latest.status][lang]} (${when})` : when;
}
