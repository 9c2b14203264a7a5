import type { Lang, Msg } from '../model/diagnostic.js';
import type { FactReport } from '../model/facts.js';
import type { Period } from '../model/period.js';
import type { TaskDecision, TaskEvaluation } from '../model/report.js';
import { formatDate } from './date.js';
import { ASSESSMENT_LABELS } from './labels.js';
import { lazyMsg } from './lazy-msg.js';
import { both, fmtPeriod } from './reason-kit.js';
import { taskStatusWord } from './status.js';

/** A task's reason, in both languages, from its facts and status: the one place task reasons are worded. */
export function taskReason(t: TaskDecision): Msg {
  const f = t.facts;
  const status = (l: Lang) => taskStatusWord(t.status, l);
  if (f.rule === 'once') {
    const r = f.report;
    if (r?.status === 'done') {
      const when = (l: Lang) =>
        f.doneLate
          ? l === 'vi'
            ? `, sau hạn ${formatDate(f.due)}`
            : `, after the due date ${formatDate(f.due)}`
          : '';
      return both((l) => `${said(r, l)}${when(l)} → ${status(l)}`);
    }
    if (!r) {
      return both((l) =>
        l === 'vi'
          ? `chưa có báo cáo tiến độ${f.duePassed ? `, dù đã quá hạn ${formatDate(f.due)}` : ` (hạn ${formatDate(f.due)})`}`
          : `no progress report${f.duePassed ? `, although the due date ${formatDate(f.due)} has passed` : ` (due ${formatDate(f.due)})`}`,
      );
    }
    return both((l) =>
      l === 'vi'
        ? `${said(r, l)}, hạn ${formatDate(f.due)}${f.duePassed ? ' đã qua' : ''} → ${status(l)}`
        : `${said(r, l)}, due ${formatDate(f.due)}${f.duePassed ? ' (passed)' : ''} → ${status(l)}`,
    );
  }
  if (f.rule === 'yearly') {
    const r = f.report;
    const prev = f.previousYear;
    if (r?.status === 'done') return both((l) => `${said(r, l)} → ${status(l)}`);
    if (prev) {
      return both((l) =>
        l === 'vi'
          ? `nhiệm vụ hằng năm của ${fmtPeriod(prev.year, l)} (hạn ${formatDate(prev.due)}) chưa hoàn thành: ${said(prev.report, l)} → ${status(l)}`
          : `the yearly duty for ${fmtPeriod(prev.year, l)} (due ${formatDate(prev.due)}) was not completed: ${said(prev.report, l)} → ${status(l)}`,
      );
    }
    if (!r) return noReport(f.year, f.lastEarlier);
    return both((l) =>
      l === 'vi'
        ? `${said(r, l)}; hạn của ${fmtPeriod(f.year, l)} là ${formatDate(f.due)} → ${status(l)}`
        : `${said(r, l)}; the ${fmtPeriod(f.year, l)} duty is due ${formatDate(f.due)} → ${status(l)}`,
    );
  }
  const r = f.report;
  if (!r) return noReport(f.owed, f.lastEarlier);
  return both((l) =>
    l === 'vi'
      ? `${said(r, l)} (nhiệm vụ ${f.schedule.toLowerCase()}, báo cáo mỗi kỳ) → ${status(l)}`
      : `${said(r, l)} (a "${f.schedule}" task, reported every period) → ${status(l)}`,
  );
}

/** The decision with its reason: what the run hands to every view. */
export function explainTask(t: TaskDecision): TaskEvaluation {
  const e = { ...t } as TaskEvaluation;
  e.reason = lazyMsg(e, taskReason);
  return e;
}

function said(r: FactReport, l: Lang): string {
  const word = ASSESSMENT_LABELS[r.status][l];
  return l === 'vi'
    ? `báo cáo ${fmtPeriod(r.period, l)}: ${word}`
    : `${fmtPeriod(r.period, l)} report: ${word}`;
}

function noReport(owed: Period, last: FactReport | null): Msg {
  return both((l) => {
    const head =
      l === 'vi' ? `chưa có báo cáo cho ${fmtPeriod(owed, l)}` : `no report for ${fmtPeriod(owed, l)}`;
    if (!last) return head;
    return l === 'vi' ? `${head}; báo cáo gần nhất: ${said(last, l)}` : `${head}; latest: ${said(last, l)}`;
  });
}
