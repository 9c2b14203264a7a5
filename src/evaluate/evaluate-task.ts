import type { Msg } from '../model/diagnostic.js';
import type { TaskProgress } from '../model/observation.js';
import type { Convention, Period } from '../model/period.js';
import type { Task } from '../model/plan.js';
import type { TaskEvaluation, TaskStatus } from '../model/report.js';
import { periodContaining } from '../periods/index.js';
import { addDays, compareIso } from '../util/date.js';
import { ASSESSMENT_LABELS } from '../words/labels.js';
import type { EvaluateOptions } from './options.js';
import { both, fmtDate, fmtPeriod, joinMsg, taskStatusWord } from './words.js';

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
export function evaluateTask(input: TaskInput, opts: EvaluateOptions): TaskEvaluation {
  const { task } = input;
  const reports = [...input.progress]
    .filter((p) => p.period.end <= opts.asOf)
    .sort((a, b) => compareIso(a.period.end, b.period.end) || compareIso(a.period.start, b.period.start));
  const base: Omit<TaskEvaluation, 'latest' | 'status' | 'reason'> = {
    id: task.id,
    content: task.content,
    owner: task.owner,
    partners: [...task.partners],
    scheduleLabel: task.schedule.label,
  };
  if (task.area !== undefined) base.area = task.area;
  if (input.reportingUnit !== undefined) base.reportingUnit = input.reportingUnit;
  const result = (
    status: TaskStatus,
    latest: TaskProgress | undefined,
    due: string | undefined,
    reason: Msg,
  ) => {
    const e: TaskEvaluation = { ...base, latest: latest ? toLatest(latest) : null, status, reason };
    if (due !== undefined) e.due = due;
    return e;
  };
  const s = task.schedule;

  if (s.kind === 'once') {
    const done = reports.find((r) => r.status === 'done');
    if (done) {
      // Done late is still done, but the reason says so (its period closed after the due date).
      const late = done.period.end > s.due;
      const when = (l: 'vi' | 'en') =>
        late ? (l === 'vi' ? `, sau hạn ${fmtDate(s.due)}` : `, after the due date ${fmtDate(s.due)}`) : '';
      return result(
        'done',
        done,
        s.due,
        both((l) => `${said(done, l)}${when(l)} → ${taskStatusWord('done', l)}`),
      );
    }
    const latest = reports.at(-1);
    const passed = opts.asOf > s.due;
    if (!latest) {
      return result(
        'no-data',
        undefined,
        s.due,
        both((l) =>
          l === 'vi'
            ? `chưa có báo cáo tiến độ${passed ? `, dù đã quá hạn ${fmtDate(s.due)}` : ` (hạn ${fmtDate(s.due)})`}`
            : `no progress report${passed ? `, although the due date ${fmtDate(s.due)} has passed` : ` (due ${fmtDate(s.due)})`}`,
        ),
      );
    }
    const status: TaskStatus = passed ? 'overdue' : 'on-track';
    return result(
      status,
      latest,
      s.due,
      both((l) =>
        l === 'vi'
          ? `${said(latest, l)}, hạn ${fmtDate(s.due)}${passed ? ' đã qua' : ''} → ${taskStatusWord(status, l)}`
          : `${said(latest, l)}, due ${fmtDate(s.due)}${passed ? ' (passed)' : ''} → ${taskStatusWord(status, l)}`,
      ),
    );
  }

  if (s.every === 'year') {
    const cur = periodContaining(opts.asOf, 'year', input.convention);
    const prev = periodContaining(addDays(cur.start, -1), 'year', input.convention);
    const inCur = reports.filter((r) => r.period.end >= cur.start);
    const inPrev = reports.filter((r) => r.period.end >= prev.start && r.period.end <= prev.end);
    const done = inCur.find((r) => r.status === 'done');
    if (done)
      return result(
        'done',
        done,
        cur.end,
        both((l) => `${said(done, l)} → ${taskStatusWord('done', l)}`),
      );
    if (inPrev.length > 0 && !inPrev.some((r) => r.status === 'done') && prev.end >= input.planStart) {
      const last = inPrev.at(-1)!;
      return result(
        'overdue',
        inCur.at(-1) ?? last,
        prev.end,
        joinMsg([
          both((l) =>
            l === 'vi'
              ? `nhiệm vụ hằng năm của ${fmtPeriod(prev, l)} (hạn ${fmtDate(prev.end)}) chưa hoàn thành: ${said(last, l)} → ${taskStatusWord('overdue', l)}`
              : `the yearly duty for ${fmtPeriod(prev, l)} (due ${fmtDate(prev.end)}) was not completed: ${said(last, l)} → ${taskStatusWord('overdue', l)}`,
          ),
        ]),
      );
    }
    const latest = inCur.at(-1);
    if (!latest) return result('no-data', undefined, cur.end, noReport(cur, reports.at(-1)));
    const status: TaskStatus = opts.asOf >= cur.end ? 'overdue' : 'on-track';
    return result(
      status,
      latest,
      cur.end,
      both((l) =>
        l === 'vi'
          ? `${said(latest, l)}; hạn của ${fmtPeriod(cur, l)} là ${fmtDate(cur.end)} → ${taskStatusWord(status, l)}`
          : `${said(latest, l)}; the ${fmtPeriod(cur, l)} duty is due ${fmtDate(cur.end)} → ${taskStatusWord(status, l)}`,
      ),
    );
  }

  // "Thường xuyên" and "Hằng quý": a report for every quarter window.
  const cur = periodContaining(opts.asOf, 'quarter', input.convention);
  const owed =
    cur.end <= opts.asOf ? cur : periodContaining(addDays(cur.start, -1), 'quarter', input.convention);
  const inOwed = reports.filter((r) => r.period.end >= owed.start);
  const latest = inOwed.at(-1);
  if (!latest) return result('no-data', undefined, owed.end, noReport(owed, reports.at(-1)));
  const status: TaskStatus =
    latest.status === 'done' ? 'done' : latest.status === 'in-progress' ? 'on-track' : 'overdue';
  return result(
    status,
    latest,
    owed.end,
    both((l) =>
      l === 'vi'
        ? `${said(latest, l)} (nhiệm vụ ${s.label.toLowerCase()}, báo cáo mỗi kỳ) → ${taskStatusWord(status, l)}`
        : `${said(latest, l)} (a "${s.label}" task, reported every period) → ${taskStatusWord(status, l)}`,
    ),
  );
}

function said(r: TaskProgress, l: 'vi' | 'en'): string {
  const word = ASSESSMENT_LABELS[r.status][l];
  return l === 'vi'
    ? `báo cáo ${fmtPeriod(r.period, l)}: ${word}`
    : `${fmtPeriod(r.period, l)} report: ${word}`;
}

function noReport(owed: Period, last: TaskProgress | undefined): Msg {
  return both((l) => {
    const head =
      l === 'vi' ? `chưa có báo cáo cho ${fmtPeriod(owed, l)}` : `no report for ${fmtPeriod(owed, l)}`;
    if (!last) return head;
    return l === 'vi' ? `${head}; báo cáo gần nhất: ${said(last, l)}` : `${head}; latest: ${said(last, l)}`;
  });
}

function toLatest(p: TaskProgress): NonNullable<TaskEvaluation['latest']> {
  const l: NonNullable<TaskEvaluation['latest']> = {
    status: p.status,
    period: { ...p.period },
    source: p.source,
  };
  if (p.note !== undefined) l.note = p.note;
  return l;
}
