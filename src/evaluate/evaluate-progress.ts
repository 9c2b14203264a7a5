import type { Msg } from '../model/diagnostic.js';
import type { Observation } from '../model/observation.js';
import type { Comparator, ProgressMethod } from '../model/plan.js';
import type { Status } from '../model/report.js';
import { round } from '../util/number.js';
import type { EvaluateOptions } from './options.js';
import { clamp, gap, linearExpected, trendProjection, valueRange } from './progress.js';
import type { TargetInput } from './target-input.js';
import { both, fmtComparator, fmtDate, fmtPeriod, fmtValue, joinMsg, statusWord } from './words.js';

/** Trend needs at least this many figures; with fewer it falls back to the linear path and says so. */
export const TREND_MIN_POINTS = 3;

export interface ProgressResult {
  status: Extract<Status, 'on-track' | 'at-risk'>;
  expected: number;
  method: ProgressMethod;
  reason: Msg;
}

/**
 * On track or at risk for a numeric target not yet met and not yet due. Returns null when no method applies
 * (one figure and no baseline): the caller then uses the direct rule.
 */
export function evaluateProgress(
  input: TargetInput,
  usable: Observation[],
  opts: EvaluateOptions,
): ProgressResult | null {
  const { target, indicator } = input;
  const chosen: ProgressMethod = target.method ?? indicator.method ?? opts.method ?? 'linear';
  // Tolerance is in the indicator's unit; levels move in whole steps and ranks are kept, so none applies there.
  const tol = indicator.kind === 'level' || indicator.kind === 'rank' ? 0 : (opts.tolerance ?? 0);
  const tolNote =
    tol > 0
      ? both((l) =>
          l === 'vi'
            ? `dung sai ${fmtValue(indicator.kind, indicator.unit, tol, l).replace('%', ' điểm %')}`
            : `tolerance ${fmtValue(indicator.kind, indicator.unit, tol, l).replace('%', ' percentage points')}`,
        )
      : undefined;
  const latest = usable.at(-1)!;
  // A band not yet reached is approached from the side the latest figure is on: up to its lower edge, or
  // down to its upper edge. Strict comparators follow the path to their value (reaching it exactly is
  // still not met, which the met check has already said).
  const { comparator: cmp, value: T } = aimOf(target, latest.value!);
  const v = (x: number, l: 'vi' | 'en') => fmtValue(indicator.kind, indicator.unit, round(x, 2), l);

  if (chosen === 'trend' && usable.length >= TREND_MIN_POINTS) {
    const raw = trendProjection(
      usable.map((o) => ({ date: o.period.end, value: o.value! })),
      target.deadline,
    );
    if (raw !== null) {
      const projected = clamp(raw, valueRange(indicator.kind, indicator.max));
      const status = gap(cmp, projected, T) <= tol + 1e-9 ? 'on-track' : 'at-risk';
      const reason = both((l) =>
        l === 'vi'
          ? `xu hướng bình phương tối thiểu qua ${usable.length} kỳ (đến ${fmtPeriod(latest.period, l)}, thực tế ${v(latest.value!, l)}) dự báo ${v(projected, l)} vào hạn ${fmtDate(target.deadline)}, chỉ tiêu ${fmtComparator(cmp, l)} ${v(T, l)} → ${statusWord(status, l)}`
          : `a least-squares trend over ${usable.length} figures (to ${fmtPeriod(latest.period, l)}, actual ${v(latest.value!, l)}) projects ${v(projected, l)} at the deadline ${fmtDate(target.deadline)}, target ${fmtComparator(cmp, l)} ${v(T, l)} → ${statusWord(status, l)}`,
      );
      return { status, expected: round(projected, 2), method: 'trend', reason: joinMsg([reason, tolNote]) };
    }
  }

  const first = usable[0]!;
  const baseline =
    target.baseline ?? (usable.length >= 2 ? { value: first.value!, date: first.period.end } : undefined);
  if (!baseline) return null;
  const at = latest.period.end;
  const exact = linearExpected(cmp, baseline, T, target.deadline, at);
  // A level is reached in whole steps: the path's level is the step already due (3.4 → 3).
  const expected =
    indicator.kind === 'level'
      ? cmp === '<=' || cmp === '<'
        ? Math.ceil(exact - 1e-9)
        : Math.floor(exact + 1e-9)
      : round(exact, 2);
  // Progress is the distance still to go: on track when no further from the target than the path (+ tolerance).
  const status = gap(cmp, latest.value!, T) <= gap(cmp, expected, T) + tol + 1e-9 ? 'on-track' : 'at-risk';
  const fellBack =
    chosen === 'trend'
      ? both((l) =>
          l === 'vi'
            ? `phương pháp xu hướng cần ít nhất ${TREND_MIN_POINTS} kỳ số liệu, dùng lộ trình tuyến tính`
            : `the trend method needs at least ${TREND_MIN_POINTS} figures; the linear path is used`,
        )
      : undefined;
  const reason = both((l) => {
    const from = target.baseline
      ? l === 'vi'
        ? `mốc cơ sở ${v(baseline.value, l)} (${fmtDate(baseline.date)})`
        : `the baseline ${v(baseline.value, l)} (${fmtDate(baseline.date)})`
      : `${v(baseline.value, l)} (${fmtDate(baseline.date)})`;
    return l === 'vi'
      ? `kỳ vọng ${v(expected, l)} đến ${fmtDate(at)} theo lộ trình từ ${from} đến ${v(T, l)} (${fmtDate(target.deadline)}); thực tế ${v(latest.value!, l)} (${fmtPeriod(latest.period, l)}) → ${statusWord(status, l)}`
      : `expected ${v(expected, l)} by ${fmtDate(at)} on the path from ${from} to ${v(T, l)} (${fmtDate(target.deadline)}); actual ${v(latest.value!, l)} (${fmtPeriod(latest.period, l)}) → ${statusWord(status, l)}`;
  });
  return { status, expected, method: 'linear', reason: joinMsg([fellBack, reason, tolNote]) };
}

/** The comparator and value the path aims at: a band's nearer edge, else the target itself. */
function aimOf(target: TargetInput['target'], latest: number): { comparator: Comparator; value: number } {
  const c = target.comparator!;
  if (c === 'between' && target.range)
    return latest < target.range.min
      ? { comparator: '>=', value: target.range.min }
      : { comparator: '<=', value: target.range.max };
  return { comparator: c, value: target.value! };
}
