import type { ChalkInstance } from 'chalk';
import type { Lang } from '../model/diagnostic.js';
import type { RunReport, TaskEvaluation } from '../model/report.js';
import { maxOf, pushAll } from '../util/array.js';
import { formatDate } from '../util/date.js';
import { ASSESSMENT_LABELS, TASK_STATUS_LABELS } from '../words/labels.js';
import { DIGEST_WORDS } from '../words/note-words.js';
import { periodLabel } from '../words/period.js';
import { columnHeads, TASK_COLUMNS, VIEW_HEADINGS } from '../words/view-columns.js';
import { ALL_TASKS_HINT, unitPrefix } from '../words/view-phrases.js';
import { markedTaskStatus, taskStatusStyle } from './status-marks.js';
import { taskNote, taskShortTitle } from './task-note.js';
import { fitWidth, GAP, type GridColumn, gridRow, groupRule } from './text-grid.js';
import { clip, displayWidth, wrap } from './text-layout.js';
import { groupTasks, taskStatusText, unitShortName } from './view-cells.js';

export interface TaskSectionOptions {
  lang: Lang;
  c: ChalkInstance;
  width: number;
  /** One line for every task; otherwise tasks without a report for the period are only listed by owner. */
  all: boolean;
}

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
    pushAll(out, silentLines(report, silent, opts));
  }
  return out;
}

function taskLines(report: RunReport, tasks: TaskEvaluation[], opts: TaskSectionOptions): string[] {
  const { lang, c, width } = opts;
  if (width < STACK_BELOW) return stackedTaskLines(report, tasks, opts);
  const head = columnHeads(TASK_COLUMNS, ['task', 'timing', 'owner', 'latest', 'status'], lang);
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
        tasks.map((t) => markedTaskStatus(taskStatusText(t, lang), t.status)),
        [head[4]!],
        30,
      ),
    },
  ];
  const fixed = cols.reduce((s, col) => s + col.width, 0) + GAP * (cols.length - 1);
  (cols[0] as GridColumn).width = Math.max(22, width - fixed);
  // Room the task texts do not need goes to the owner column, so a plan without short names is not clipped.
  const spare = cols[0]!.width - maxOf(tasks, (t) => displayWidth(`${t.id}: ${t.content}`));
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
            lines: [markedTaskStatus(taskStatusText(t, lang), t.status)],
            style: taskStatusStyle(t.status, c),
          },
        ]),
      );
      // Overdue needs action: say why right there. Other reasons repeat what the row already shows.
      if (t.status === 'overdue') {
        out.push(
          ...wrap(taskNote(t, lang), tableWidth - 4).map((l, i) => `${i === 0 ? '  ↳ ' : '    '}${c.dim(l)}`),
        );
      }
    }
  }
  return out;
}

/** Below this many columns tasks take two lines each (title; status, report, timing, owner), as targets do. */
const STACK_BELOW = 100;

/**
 * "  the-che-1: Nâng cao chất lượng…" then "    Hoàn thành · Quý III/2026 · Thường xuyên · VP HĐND và UBND":
 * the status first and whole, so it is never split; an overdue task's note under it.
 */
function stackedTaskLines(report: RunReport, tasks: TaskEvaluation[], opts: TaskSectionOptions): string[] {
  const { lang, c, width } = opts;
  const out: string[] = [c.bold(VIEW_HEADINGS.tasksReported[lang])];
  for (const g of groupTasks({ ...report, tasks }, lang)) {
    out.push(...clip(g.title, width - 7, 1).map((t) => groupRule(t, width, c)));
    for (const t of g.items) {
      out.push(`  ${clip(`${t.id}: ${t.content}`, width - 2, 1)[0]}`);
      const status = markedTaskStatus(taskStatusText(t, lang), t.status);
      const rest = [latestText(t, lang), t.scheduleLabel, unitShortName(report, t.owner)].filter(
        (x) => x !== '—',
      );
      const tail = wrap(rest.join(' · '), Math.max(10, width - 7 - displayWidth(status)));
      out.push(`    ${taskStatusStyle(t.status, c)(status)} · ${tail[0]}`);
      out.push(...tail.slice(1).map((l) => `${' '.repeat(7 + displayWidth(status))}${l}`));
      if (t.status === 'overdue')
        out.push(...wrap(taskNote(t, lang), width - 6).map((l) => `    ↳ ${c.dim(l)}`));
    }
  }
  return out;
}

/**
 * "Chưa có báo cáo (35):" then, under each owner, one line per task: its code and short title
 * ("thu-tuc-hanh-chinh-3  Tiếp tục rà soát…"), a passed one-off date first, since that one is late.
 */
function silentLines(report: RunReport, tasks: TaskEvaluation[], opts: TaskSectionOptions): string[] {
  const { lang, c, width } = opts;
  const byOwner = new Map<string, TaskEvaluation[]>();
  for (const t of tasks) {
    const owner = unitShortName(report, t.owner);
    const key = t.reportingUnit !== undefined ? `${unitPrefix(t.reportingUnit, lang)}${owner}` : owner;
    const list = byOwner.get(key);
    if (list) list.push(t);
    else byOwner.set(key, [t]);
  }
  const idWidth = Math.min(
    28,
    maxOf(tasks, (t) => displayWidth(t.id)),
  );
  const out = [c.bold(`${TASK_STATUS_LABELS['no-data'][lang]} (${tasks.length}):`)];
  for (const [owner, list] of byOwner) {
    out.push(`  ${clip(owner, width - 3, 1)[0]}:`);
    for (const t of list) {
      // A one-off task whose date has passed with no report: worth a glance, so its date is shown.
      const late = t.due !== undefined && t.due < report.asOf;
      const when = late ? `(${DIGEST_WORDS.due(formatDate(t.due as string), lang)}) ` : '';
      const id = clip(t.id, idWidth, 1)[0] as string;
      const lead = `    ${id}${' '.repeat(Math.max(1, idWidth - displayWidth(id) + 2))}`;
      const room = width - displayWidth(lead);
      out.push(room >= 16 ? lead + taskShortTitle({ ...t, content: when + t.content }, room) : `    ${id}`);
    }
  }
  out.push(...wrap(ALL_TASKS_HINT[lang], width - 2).map((l) => `  ${c.dim(l)}`));
  return out;
}

/**
 * The latest report's period ("Quý III/2026"). The status column already says what a report for the period
 * said (and an overdue task's reason is printed under it), so the assessment is only added when the task has
 * no report for the period: "Hoàn thành (Quý I/2026)".
 */
function latestText(t: TaskEvaluation, lang: Lang): string {
  if (!t.latest) return '—';
  const when = periodLabel(t.latest.period, lang);
  return t.status === 'no-data' ? `${ASSESSMENT_LABELS[t.latest.status][lang]} (${when})` : when;
}
