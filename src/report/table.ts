import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { ASSESSMENT_LABELS } from '../i18n/labels.js';
import type { Lang } from '../model/diagnostic.js';
import type { RunReport, Status, TaskStatus } from '../model/report.js';
import { formatDate } from '../util/date.js';
import {
  actualText,
  expectedText,
  type GroupBy,
  groupTargets,
  groupTasks,
  headerLines,
  periodText,
  planValueText,
  statusText,
  summaryLine,
  targetTitle,
  taskStatusText,
  unitName,
} from './view-cells.js';

export interface TableOptions {
  lang: Lang;
  /** Colour the status words (never colour alone: the word is always there). */
  color: boolean;
  groupBy?: GroupBy | 'auto';
}

const STATUS_COLOR: Record<Status, (c: ChalkInstance) => ChalkInstance> = {
  met: (c) => c.green,
  'on-track': (c) => c.cyan,
  'at-risk': (c) => c.yellow,
  missed: (c) => c.red.bold,
  'no-data': (c) => c.gray,
};
const TASK_COLOR: Record<TaskStatus, (c: ChalkInstance) => ChalkInstance> = {
  done: (c) => c.green,
  'on-track': (c) => c.cyan,
  overdue: (c) => c.red.bold,
  'no-data': (c) => c.gray,
};

/** The terminal view: targets grouped by area (or phase), a summary line, tasks, then the reasons. */
export function renderTable(report: RunReport, opts: TableOptions): string {
  const { lang } = opts;
  const vi = lang === 'vi';
  // An explicit level, never chalk's global detection: the caller decided colour once.
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const style = { head: [] as string[], border: [] as string[] };
  const out: string[] = [...headerLines(report, lang), ''];

  const head = vi
    ? ['TT', 'Chỉ tiêu', 'Kế hoạch', 'Thực tế', 'Kỳ vọng', 'Hạn', 'Chủ trì', 'Đánh giá']
    : ['#', 'Target', 'Plan', 'Actual', 'Expected', 'Deadline', 'Owner', 'Status'];
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    colWidths: [4, 36, 14, 18, 10, 12, 18, 14],
    wordWrap: true,
    style,
  });
  let n = 0;
  const reasons: string[] = [];
  for (const g of groupTargets(report, opts.groupBy ?? 'auto', lang)) {
    table.push([{ colSpan: 8, content: c.bold(g.title) }]);
    for (const e of g.items) {
      n += 1;
      table.push([
        String(n),
        targetTitle(e, lang),
        planValueText(e, lang),
        actualText(e, lang),
        expectedText(e, lang),
        formatDate(e.deadline),
        unitName(report, e.owner),
        STATUS_COLOR[e.status](c)(statusText(e, lang)),
      ]);
      reasons.push(`${n}. ${e.id}${e.reportingUnit ? ` [${e.reportingUnit}]` : ''}: ${e.reason[lang]}`);
    }
  }
  if (n === 0) out.push(vi ? 'Không có chỉ tiêu nào khớp bộ lọc.' : 'No target matches the filters.');
  else out.push(table.toString());
  out.push(summaryLine(report, lang, 'targets'), '');

  if (report.tasks.length > 0) {
    const tasks = new Table({
      head: (vi
        ? ['TT', 'Nhiệm vụ', 'Thời gian', 'Chủ trì', 'Báo cáo gần nhất', 'Đánh giá']
        : ['#', 'Task', 'Timing', 'Owner', 'Latest report', 'Status']
      ).map((h) => c.bold(h)),
      colWidths: [4, 44, 14, 18, 20, 16],
      wordWrap: true,
      style,
    });
    let k = 0;
    for (const g of groupTasks(report, lang)) {
      tasks.push([{ colSpan: 6, content: c.bold(g.title) }]);
      for (const t of g.items) {
        k += 1;
        const latest = t.latest
          ? `${ASSESSMENT_LABELS[t.latest.status][lang]} (${periodText(periodOfId(t.latest.period), lang)})`
          : '—';
        tasks.push([
          String(k),
          `${t.id}: ${shorten(t.content, 90)}`,
          t.scheduleLabel,
          unitName(report, t.owner),
          latest,
          TASK_COLOR[t.status](c)(taskStatusText(t, lang)),
        ]);
        reasons.push(
          `${vi ? 'NV' : 'T'}${k}. ${t.id}${t.reportingUnit ? ` [${t.reportingUnit}]` : ''}: ${t.reason[lang]}`,
        );
      }
    }
    out.push(tasks.toString(), summaryLine(report, lang, 'tasks'), '');
  }
  if (reasons.length > 0) out.push(c.bold(vi ? 'Giải thích' : 'Reasons'), ...reasons, '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** Task reports keep only the period id; the label needs no window. */
function periodOfId(id: string): { id: string; start: string; end: string } {
  return { id, start: id, end: id };
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
