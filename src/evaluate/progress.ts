import type { Comparator, IndicatorKind } from '../model/plan.js';
import { daysBetween } from '../util/date.js';
import { round } from '../util/number.js';

/** Pure arithmetic of the evaluation: direction-aware comparison, the linear path and the trend line. */

/** Values are compared after rounding to 6 decimals so 0.1 + 0.2 style noise never flips a status. */
const cmp = (x: number) => round(x, 6);

/** A `between` target's band, both edges included. */
export interface Range {
  min: number;
  max: number;
}

/**
 * Whether `actual` satisfies `comparator target`. For ranks a lower number is better. `>` and `<` are strict:
 * exactly 98 is not "trên 98". `between` uses `range` (both edges included) and ignores `target`.
 */
export function satisfies(comparator: Comparator, actual: number, target: number, range?: Range): boolean {
  const a = cmp(actual);
  const t = cmp(target);
  switch (comparator) {
    case '>=':
      return a >= t;
    case '>':
      return a > t;
    case '<=':
    case 'maintain-or-improve':
      return a <= t;
    case '<':
      return a < t;
    case '=':
      return a === t;
    case 'between':
      return range !== undefined && a >= cmp(range.min) && a <= cmp(range.max);
  }
}

/** Distance still to go to the target, in the indicator's unit (≤ 0 when satisfied; 0 for `>`/`<` at the edge). */
export function gap(comparator: Comparator, actual: number, target: number, range?: Range): number {
  switch (comparator) {
    case '>=':
    case '>':
      return target - actual;
    case '<=':
    case '<':
    case 'maintain-or-improve':
      return actual - target;
    case '=':
      return Math.abs(actual - target);
    case 'between':
      return range ? Math.max(range.min - actual, actual - range.max, 0) : 0;
  }
}

/** The range an indicator's values can take; projections are clamped into it (a percentage never passes 100). */
export function valueRange(kind: IndicatorKind, max?: number): [number, number] {
  switch (kind) {
    case 'percentage':
      return [0, 100];
    case 'level':
      return [1, 5];
    case 'rank':
      return [1, Number.POSITIVE_INFINITY];
    case 'score':
      return [0, max ?? Number.POSITIVE_INFINITY];
    default:
      return [0, Number.POSITIVE_INFINITY];
  }
}

export function clamp(x: number, [lo, hi]: [number, number]): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * The value expected at `at` on a straight line from the baseline to the target at the deadline. Before the
 * baseline date the baseline is expected; after the deadline, the target. A baseline that already satisfies
 * the target expects the target itself (keeping it), never a slide back.
 */
export function linearExpected(
  comparator: Comparator,
  baseline: { value: number; date: string },
  target: number,
  deadline: string,
  at: string,
): number {
  if (satisfies(comparator, baseline.value, target)) return target;
  const span = daysBetween(baseline.date, deadline);
  if (span <= 0) return target;
  const f = Math.min(1, Math.max(0, daysBetween(baseline.date, at) / span));
  return baseline.value + (target - baseline.value) * f;
}

/**
 * Least-squares line through (date, value) points, evaluated at `at`. Returns null when the points do not
 * span more than one date (no slope can be fitted).
 */
export function trendProjection(points: { date: string; value: number }[], at: string): number | null {
  if (points.length < 2) return null;
  const origin = points[0]!.date;
  const xs = points.map((p) => daysBetween(origin, p.date));
  const ys = points.map((p) => p.value);
  const n = points.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return my + slope * (daysBetween(origin, at) - mx);
}

/** The plan's band a score falls in (the highest band whose lower edge it reaches), else undefined. */
export function bandOf(
  bands: readonly { name: string; min: number }[] | undefined,
  v: number,
): string | undefined {
  if (!bands) return undefined;
  let found: string | undefined;
  for (const b of [...bands].sort((x, y) => x.min - y.min)) if (v >= b.min) found = b.name;
  return found;
}
