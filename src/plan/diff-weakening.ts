import type { Schedule } from '../model/period.js';
import type { Comparator, IndicatorKind } from '../model/plan.js';

/**
 * Which way a threshold gets stricter. An explicit ≥ or ≤ decides; for `=` and
 * `maintain-or-improve` the indicator decides: a lower rank number is better, every other
 * measured kind is better higher (100% over 95%, cấp độ 4 over 3).
 */
export function stricterDirection(
  comparator: Comparator | undefined,
  kind: IndicatorKind | undefined,
): 'up' | 'down' {
  if (comparator === '>=') return 'up';
  if (comparator === '<=') return 'down';
  return kind === 'rank' ? 'down' : 'up';
}

/** A threshold moving against the stricter direction weakens the target. */
export function thresholdWeakened(before: number, after: number, direction: 'up' | 'down'): boolean {
  return direction === 'up' ? after < before : after > before;
}

/** Whether a comparator points the way the indicator improves (≥ for rates and levels; ≤ or "maintain" for ranks). */
function aligned(comparator: Comparator, kind: IndicatorKind | undefined): boolean {
  if (comparator === '=') return true;
  if (kind === 'rank') return comparator === '<=' || comparator === 'maintain-or-improve';
  return comparator === '>=';
}

/**
 * A comparator change weakens when the target stops pointing the way the indicator improves
 * (≥ 90% → ≤ 90%), or loses its comparator altogether. ≥ ↔ = is not weakening: both demand
 * at least the value for an indicator that is better higher.
 */
export function comparatorWeakened(
  before: Comparator | undefined,
  after: Comparator | undefined,
  kind: IndicatorKind | undefined,
): boolean {
  if (before === undefined) return false;
  if (after === undefined) return true;
  return aligned(before, kind) && !aligned(after, kind);
}

/** How measurable a kind is: a number beats a done/not-done milestone, which beats an assessment in words. */
const MEASURABILITY: Record<IndicatorKind, number> = {
  percentage: 2,
  count: 2,
  level: 2,
  rank: 2,
  score: 2,
  milestone: 1,
  qualitative: 0,
};

export function kindWeakened(before: IndicatorKind, after: IndicatorKind): boolean {
  return MEASURABILITY[after] < MEASURABILITY[before];
}

const FREQUENCY: Record<'period' | 'quarter' | 'year', number> = { period: 0, quarter: 1, year: 2 };

/**
 * Whether two schedules differ in substance (not merely in wording: "Hằng năm" = "Hàng năm"), and
 * whether the change weakens the task: a later due date, a rarer recurrence, or a recurring duty
 * turned into a one-off.
 */
export function compareSchedules(before: Schedule, after: Schedule): { changed: boolean; weakened: boolean } {
  if (before.kind === 'once' && after.kind === 'once') {
    return { changed: before.due !== after.due, weakened: after.due > before.due };
  }
  if (before.kind === 'recurring' && after.kind === 'recurring') {
    return {
      changed: before.every !== after.every,
      weakened: FREQUENCY[after.every] > FREQUENCY[before.every],
    };
  }
  return { changed: true, weakened: before.kind === 'recurring' };
}

/** The machine value of a schedule in the diff: the due date, or how often it recurs. */
export function scheduleValue(s: Schedule): string {
  return s.kind === 'once' ? s.due : `every-${s.every}`;
}
