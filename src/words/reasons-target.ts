import type { Msg } from '../model/diagnostic.js';
import type { TargetFacts } from '../model/facts.js';
import { targetEvaluation } from '../model/records.js';
import type { TargetDecision, TargetEvaluation } from '../model/report.js';
import { formatDate } from './date.js';
import { lazyMsg } from './lazy-msg.js';
import { both, fmtPeriod, joinMsg } from './reason-kit.js';
import { describeFigure, noDataReason, referenceNote, relativeNote, staleNote } from './reasons-figure.js';
import { oneFigureReason, pathReason } from './reasons-path.js';
import { statusWord } from './status.js';

/**
 * A target's reason, in both languages, from its facts alone: the arithmetic a reader can check ("thực tế
 * 55% (Quý III/2026) chưa ≥ 100% → Có nguy cơ"). The one place target reasons are worded.
 */
export function targetReason(e: TargetDecision): Msg {
  const main = ruleReason(e, e.facts);
  const note = relativeNote(e);
  return note ? joinMsg([note, main]) : main;
}

/** The decision with its reason: what the run hands to every view. */
export function explainTarget(e: TargetDecision): TargetEvaluation {
  // The reason is worded from the evaluation itself when a view reads it (see lazyMsg): nothing else is kept.
  return targetEvaluation(e, (t) => lazyMsg(t, targetReason));
}

function ruleReason(e: TargetDecision, f: TargetFacts): Msg {
  const status = (l: 'vi' | 'en') => statusWord(e.status, l);
  switch (f.rule) {
    case 'no-data':
      return noDataReason(f);
    case 'no-target-value':
      return both((l) =>
        l === 'vi'
          ? 'kế hoạch không ghi giá trị chỉ tiêu nên không so sánh được'
          : 'the plan gives no target value, so nothing can be compared',
      );
    case 'no-figure-by-deadline':
      return both((l) =>
        l === 'vi'
          ? `không có số liệu đến hạn ${formatDate(f.deadline)}; số liệu đầu tiên là của kỳ ${fmtPeriod(f.firstAfter.period, l)}, sau hạn → ${status(l)}`
          : `no figure by the deadline ${formatDate(f.deadline)}; the first is for ${fmtPeriod(f.firstAfter.period, l)}, after it → ${status(l)}`,
      );
    default:
      return joinMsg([
        referenceNote(e, f),
        decidedReason(e, f),
        f.flags.stale ? staleNote(f.actual, f) : undefined,
      ]);
  }
}

/** The rules that rest on a decisive figure. */
function decidedReason(
  e: TargetDecision,
  f: Exclude<TargetFacts, { rule: 'no-data' | 'no-target-value' | 'no-figure-by-deadline' }>,
): Msg {
  const status = (l: 'vi' | 'en') => statusWord(e.status, l);
  switch (f.rule) {
    case 'deadline-passed': {
      const described = describeFigure(e, f.actual, f.comparison);
      const later = f.reachedLater;
      return joinMsg([
        both((l) =>
          l === 'vi'
            ? `đã qua hạn ${formatDate(f.deadline)}; đến hạn: ${described[l]} → ${status(l)}`
            : `the deadline ${formatDate(f.deadline)} has passed; by then: ${described[l]} → ${status(l)}`,
        ),
        later !== null &&
          both((l) =>
            l === 'vi'
              ? `đã đạt sau hạn, vào kỳ ${fmtPeriod(later, l)}`
              : `reached after the deadline, in ${fmtPeriod(later, l)}`,
          ),
      ]);
    }
    case 'assessment': {
      const described = describeFigure(e, f.actual, null);
      if (e.status === 'met') return both((l) => `${described[l]} → ${status(l)}`);
      return both((l) =>
        l === 'vi'
          ? `${described[l]}, hạn ${formatDate(f.deadline)} → ${status(l)}`
          : `${described[l]}, due ${formatDate(f.deadline)} → ${status(l)}`,
      );
    }
    case 'direct': {
      const described = describeFigure(e, f.actual, f.comparison);
      return both((l) => `${described[l]} → ${status(l)}`);
    }
    case 'one-figure':
      return oneFigureReason(e, f, describeFigure(e, f.actual, f.comparison));
    case 'linear':
    case 'trend':
      return pathReason(e, f);
  }
}
