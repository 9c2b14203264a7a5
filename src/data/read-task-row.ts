/** Task-progress rows → TaskProgress, long (a status column) or wide (a status per period column). */
import type { TaskProgress } from '../model/observation.js';
import type { Period } from '../model/period.js';
import type { Task } from '../model/plan.js';
import { cellText, isEmptyCell, type RawRow } from './cells.js';
import { dataFinding } from './diagnostics.js';
import { reportBadPeriod, rowWithoutCode } from './row-problems.js';
import { locate, periodOfCell, type TableContext } from './table-context.js';
import { figureOnlyUnread } from './unread-columns.js';
import { isSectionOrTotal, parseTaskStatus, STATUS_EXAMPLES } from './words.js';

function taskOf(ctx: TableContext, r: RawRow, col: number): Task | undefined {
  const id = cellText(r.cells[col]);
  const task = id ? ctx.collector.task(id) : undefined;
  if (!id || (!task && isSectionOrTotal(id))) {
    rowWithoutCode(ctx, r, col);
    return undefined;
  }
  if (!task) ctx.collector.unknown('task', id, locate(ctx, r.row, col));
  return task;
}

function progress(ctx: TableContext, r: RawRow, task: Task, period: Period, col: number): void {
  const raw = cellText(r.cells[col]);
  const status = parseTaskStatus(raw);
  const source = locate(ctx, r.row, col);
  if (!status) {
    const data = { raw, task: task.id, examples: STATUS_EXAMPLES };
    ctx.collector.report(
      dataFinding('data-bad-status', 'unknown', data, source, { text: raw, hintId: 'unknownHint' }),
    );
    return;
  }
  const p: TaskProgress = { task: task.id, period, status, raw, source };
  const { cols } = ctx.layout;
  const unit = cols.unit === undefined ? '' : cellText(r.cells[cols.unit]);
  const whose = unit ? ctx.collector.units.unit(unit) : undefined;
  if (whose !== undefined) p.unit = whose;
  const note = cols.note === undefined ? '' : cellText(r.cells[cols.note]);
  if (note) p.note = note;
  ctx.collector.addProgress(p);
}

/** A long task row: task id, period, status. An empty status is an unfilled template row. */
export function readTaskRow(ctx: TableContext, r: RawRow): void {
  const { cols } = ctx.layout;
  const sCol = cols.status!;
  if (isEmptyCell(r.cells[sCol])) {
    figureOnlyUnread(ctx, r);
    return;
  }
  const task = taskOf(ctx, r, cols.task!);
  if (!task) return;
  const pCol = cols.period!;
  const period = periodOfCell(ctx, r.cells[pCol]);
  if (!period) {
    reportBadPeriod(ctx, r.row, pCol, r.cells[pCol]);
    return;
  }
  progress(ctx, r, task, period, sCol);
}

/** A wide task row: one status per period column. */
export function readWideTaskRow(ctx: TableContext, r: RawRow): void {
  const { cols, periodCols } = ctx.layout;
  if (periodCols.every((p) => isEmptyCell(r.cells[p.col]))) {
    figureOnlyUnread(ctx, r);
    return;
  }
  const task = taskOf(ctx, r, cols.task!);
  if (!task) return;
  for (const { col, period } of periodCols)
    if (!isEmptyCell(r.cells[col])) progress(ctx, r, task, period, col);
}
