import type { Msg } from '../model/diagnostic.js';
import type { Observation } from '../model/observation.js';
import type { Status, TargetEvaluation } from '../model/report.js';
import { evaluateProgress } from './evaluate-progress.js';
import type { EvaluateOptions } from './options.js';
import { satisfies } from './progress.js';
import { byPeriod, isUsable, planFields, type TargetInput, toActual } from './target-input.js';
import { describeFigure, directRule, noDataReason, relativeNote, staleNote } from './target-reasons.js';
import { both, fmtDate, fmtPeriod, fmtValue, joinMsg, statusWord } from './words.js';

/**
 * Where one target stands at the as-of date, with the arithmetic in words. Pure: the same inputs always give
 * the same evaluation.
 */
export function evaluateTarget(input: TargetInput, opts: EvaluateOptions): TargetEvaluation {
  const e = evaluateMeasured(input, opts);
  const note = relativeNote(input);
  return note ? { ...e, reason: joinMsg([note, e.reason]) } : e;
}

function evaluateMeasured(input: TargetInput, opts: EvaluateOptions): TargetEvaluation {
  const { target, indicator } = input;
  const base = planFields(input);
  const assessed = indicator.kind === 'milestone' || indicator.kind === 'qualitative';
  const known = byPeriod(input.observations, opts.window.id).filter((o) => o.period.end <= opts.asOf);
  const usable = known.filter((o) => isUsable(o, assessed));
  if (usable.length === 0) {
    return {
      ...base,
      actual: null,
      expected: null,
      status: 'no-data',
      method: 'none',
      stale: false,
      reason: noDataReason(input, known, opts),
    };
  }

  // The reference a rank must keep: the plan's value, else its baseline, else the earliest figure.
  let reference = target.value ?? target.range?.min ?? target.baseline?.value;
  let referenceNote: Msg | undefined;
  if (!assessed && reference === undefined && target.comparator === 'maintain-or-improve') {
    const first = usable[0]!;
    reference = first.value!;
    referenceNote = both((l) =>
      l === 'vi'
        ? `mốc tham chiếu là ${fmtValue(indicator.kind, indicator.unit, reference!, l)} của kỳ ${fmtPeriod(first.period, l)} (kế hoạch không ghi mốc)`
        : `the reference is ${fmtValue(indicator.kind, indicator.unit, reference!, l)} of ${fmtPeriod(first.period, l)} (the plan gives none)`,
    );
  }
  if (!assessed && (target.comparator === undefined || reference === undefined)) {
    return {
      ...base,
      actual: toActual(usable.at(-1)!),
      expected: null,
      status: 'no-data',
      method: 'none',
      stale: false,
      reason: both((l) =>
        l === 'vi'
          ? 'kế hoạch không ghi giá trị chỉ tiêu nên không so sánh được'
          : 'the plan gives no target value, so nothing can be compared',
      ),
    };
  }
  const judge = (o: Observation): boolean =>
    assessed
      ? o.assessment === 'achieved' || o.assessment === 'done'
      : satisfies(target.comparator!, o.value!, reference!, target.range);
  const describe = (o: Observation): Msg => describeFigure(input, o, target.comparator, reference);
  // After the deadline the decisive figure is the one by the deadline: its age is not staleness, and the flag
  // and the reason must say the same (both used to disagree).
  const withBase = (status: Status, o: Observation, reason: Msg, extra: Partial<TargetEvaluation> = {}) => {
    const stale = opts.asOf <= target.deadline && o.period.end < opts.window.start;
    const parts = [referenceNote, reason, stale ? staleNote(o, opts) : undefined];
    const evaluation: TargetEvaluation = {
      ...base,
      actual: toActual(o),
      expected: null,
      status,
      method: assessed ? 'assessment' : 'direct',
      stale,
      reason: joinMsg(parts),
      ...extra,
    };
    if (referenceNote && evaluation.targetValue === undefined) evaluation.targetValue = reference;
    return evaluation;
  };

  if (opts.asOf > target.deadline) {
    const byDeadline = usable.filter((o) => o.period.end <= target.deadline);
    const decisive = byDeadline.at(-1);
    const later = usable.filter((o) => o.period.end > target.deadline);
    if (!decisive) {
      return {
        ...base,
        actual: null,
        expected: null,
        status: 'no-data',
        method: 'none',
        stale: false,
        reason: both((l) =>
          l === 'vi'
            ? `không có số liệu đến hạn ${fmtDate(target.deadline)}; số liệu đầu tiên là của kỳ ${fmtPeriod(later[0]!.period, l)}, sau hạn → ${statusWord('no-data', l)}`
            : `no figure by the deadline ${fmtDate(target.deadline)}; the first is for ${fmtPeriod(later[0]!.period, l)}, after it → ${statusWord('no-data', l)}`,
        ),
      };
    }
    const ok = judge(decisive);
    const lateMet = ok ? undefined : later.find(judge);
    const lateNote =
      lateMet &&
      both((l) =>
        l === 'vi'
          ? `đã đạt sau hạn, vào kỳ ${fmtPeriod(lateMet.period, l)}`
          : `reached after the deadline, in ${fmtPeriod(lateMet.period, l)}`,
      );
    const status: Status = ok ? 'met' : 'missed';
    const head = both((l) =>
      l === 'vi'
        ? `đã qua hạn ${fmtDate(target.deadline)}; đến hạn: ${describe(decisive)[l]} → ${statusWord(status, l)}`
        : `the deadline ${fmtDate(target.deadline)} has passed; by then: ${describe(decisive)[l]} → ${statusWord(status, l)}`,
    );
    return withBase(status, decisive, joinMsg([head, lateNote]));
  }

  const latest = usable.at(-1)!;
  if (judge(latest)) {
    return withBase(
      'met',
      latest,
      both((l) => `${describe(latest)[l]} → ${statusWord('met', l)}`),
    );
  }
  if (assessed) {
    const status: Status = latest.assessment === 'in-progress' ? 'on-track' : 'at-risk';
    return withBase(
      status,
      latest,
      both((l) =>
        l === 'vi'
          ? `${describe(latest)[l]}, hạn ${fmtDate(target.deadline)} → ${statusWord(status, l)}`
          : `${describe(latest)[l]}, due ${fmtDate(target.deadline)} → ${statusWord(status, l)}`,
      ),
    );
  }
  if (target.comparator === 'maintain-or-improve') {
    return withBase(
      'at-risk',
      latest,
      both((l) => `${describe(latest)[l]} → ${statusWord('at-risk', l)}`),
    );
  }
  const progress = evaluateProgress(input, usable, opts);
  if (progress) {
    return withBase(progress.status, latest, progress.reason, {
      expected: progress.expected,
      method: progress.method,
    });
  }
  // One figure and no baseline: no path to compare against (see DIRECT_RULE_MIN_REMAINING).
  return withBase(...directRule(input, latest, opts, describe(latest)));
}
