import type { FactReport, TaskFacts } from '../model/facts.js';
import type { TaskProgress } from '../model/observation.js';
import type { Convention } from '../model/period.js';
import type { Task } from '../model/plan.js';
import type { TaskDecision, TaskStatus } from '../model/report.js';
import { periodContaining } from '../periods/index.js';
import { addDays, compareIso } from '../util/date.js';
import type { EvaluateOptions } from './options.js';

/** One task with the progress reports for it (one reporting unit), in any order. */
export interface TaskInput {
  task: Task;
  progress: TaskProgress[];
  /** Plan start: a yearly duty is not owed for a year that ended before the plan began. */
  planStart: string;
  convention: Convention;
  reportingUnit?: string;
}

/**
 * Done / on track / overdue / no report, from the reports at or before as-of and the task's schedule:
 * - once: done when any report says done; otherwise on track until the due date, overdue after it
 *   (no report at all stays no-data, even past the due date: no report is not evidence of failure);
 * - "Hằng năm": owed every year window; done when this year's window has a done report; a year that
 *   ended with reports but none done is overdue (also during the following year until it is done);
 * - "Thường xuyên" / "Hằng quý": a report is owed for the last quarter window that has ended by as-of;
 *   its latest report decides (done, in progress → on track, not started → overdue); none → no-data.
 */
export function evaluateTask(input: TaskInput, opts: EvaluateOptions): TaskDecision {
  const { task } = input;
  const reports = [...input.progress]
    .filter((p) => p.period.end <= opts.asOf)
    .sort((a, b) => compareIso(a.period.end, b.period.end) || compareIso(a.period.start, b.period.start));
  const s = task.schedule;
  const { status, latest, facts, due } =
    s.kind === 'once'
      ? once(s.due, reports, opts)
      : s.every === 'year'
        ? yearly(reports, input, opts)
        : everyPeriod(s.label, reports, input, opts);
  const e: TaskDecision = {
    id: task.id,
    content: task.content,
    owner: task.owner,
    partners: [...task.partners],
    scheduleLabel: task.schedule.label,
    due: due ?? facts.due,
    latest: latest ? toLatest(latest) : null,
    status,
    facts,
  };
  if (task.area !== undefined) e.area = task.area;
  if (input.reportingUnit !== undefined) e.reportingUnit = input.reportingUnit;
  return e;
}

/** A rule's outcome: the status, the report shown as the latest, the facts, and the deadline that applies. */
interface Outcome {
  status: TaskStatus;
  latest: TaskProgress | undefined;
  facts: TaskFacts;
  /** When it is not `facts.due` (an overdue yearly duty: last year's). */
  due?: string;
}

function once(due: string, reports: TaskProgress[], opts: EvaluateOptions): Outcome {
  const done = reports.find((r) => r.status === 'done');
  const latest = done ?? reports.at(-1);
  const duePassed = opts.asOf > due;
  const status: TaskStatus = done ? 'done' : !latest ? 'no-data' : duePassed ? 'overdue' : 'on-track';
  // Done late is still done, but the facts say so (its period closed after the due date).
  const doneLate = done !== undefined && done.period.end > due;
  return { status, latest, facts: { rule: 'once', due, duePassed, report: report(latest), doneLate } };
}

function yearly(reports: TaskProgress[], input: TaskInput, opts: EvaluateOptions): Outcome {
  const cur = periodContaining(opts.asOf, 'year', input.convention);
  const prev = periodContaining(addDays(cur.start, -1), 'year', input.convention);
  const inCur = reports.filter((r) => r.period.end >= cur.start);
  const inPrev = reports.filter((r) => r.period.end >= prev.start && r.period.end <= prev.end);
  const done = inCur.find((r) => r.status === 'done');
  const latest = done ?? inCur.at(-1);
  const facts: Extract<TaskFacts, { rule: 'yearly' }> = {
    rule: 'yearly',
    year: cur,
    due: cur.end,
    report: report(latest),
    previousYear: null,
    lastEarlier: latest ? null : report(reports.at(-1)),
  };
  if (done) return { status: 'done', latest: done, facts };
  if (inPrev.length > 0 && !inPrev.some((r) => r.status === 'done') && prev.end >= input.planStart) {
    const last = inPrev.at(-1)!;
    facts.previousYear = { year: prev, due: prev.end, report: report(last)! };
    return { status: 'overdue', latest: inCur.at(-1) ?? last, facts, due: prev.end };
  }
  if (!latest) return { status: 'no-data', latest, facts };
  return { status: opts.asOf >= cur.end ? 'overdue' : 'on-track', latest, facts };
}

/** "Thường xuyên" and "Hằng quý": a report for every quarter window. */
function everyPeriod(
  schedule: string,
  reports: TaskProgress[],
  input: TaskInput,
  opts: EvaluateOptions,
): Outcome {
  const cur = periodContaining(opts.asOf, 'quarter', input.convention);
  const owed =
    cur.end <= opts.asOf ? cur : periodContaining(addDays(cur.start, -1), 'quarter', input.convention);
  const latest = reports.filter((r) => r.period.end >= owed.start).at(-1);
  const facts: TaskFacts = {
    rule: 'every-period',
    owed,
    due: owed.end,
    schedule,
    report: report(latest),
    lastEarlier: latest ? null : report(reports.at(-1)),
  };
  if (!latest) return { status: 'no-data', latest, facts };
  const status: TaskStatus =
    latest.status === 'done' ? 'done' : latest.status === 'in-progress' ? 'on-track' : 'overdue';
  return { status, latest, facts };
}

function report(p: TaskProgress | undefined): FactReport | null {
  return p ? { status: p.status, period: p.period } : null;
}

function toLatest(p: TaskProgress): NonNullable<TaskDecision['latest']> {
  const l: NonNullable<TaskDecision['latest']> = {
    status: p.status,
    period: { ...p.period },
    source: p.source,
  };
  if (p.note !== undefined) l.note = p.note;
  return l;
}
