import type { TargetRuleFacts } from '../model/facts.js';
import type { Observation } from '../model/observation.js';
import type { Comparator, ProgressMethod } from '../model/plan.js';
import type { Status } from '../model/report.js';
import { round } from '../util/number.js';
import type { EvaluateOptions } from './options.js';
import { clamp, gap, linearExpected, trendProjection, valueRange } from './progress.js';
import type { TargetInput } from './target-input.js';

/** Trend needs at least this many figures; with fewer it falls back to the linear path and says so. */
export const TREND_MIN_POINTS = 3;

/** The path rules' own facts; the caller adds the decisive figure and its comparison. */
type PathFacts =
  Extract<TargetRuleFacts, { rule: 'linear' | 'trend' }> extends infer F
    ? F extends unknown
      ? Omit<F, 'actual' | 'comparison'>
      : never
    : never;

export interface ProgressResult {
  status: Extract<Status, 'on-track' | 'at-risk'>;
  expected: number;
  method: ProgressMethod;
  facts: PathFacts;
}

/**
 * On track or at risk for a numeric target not yet met and not yet due. Returns null when no method applies
 * (one figure and no baseline): the caller then uses the one-figure rule.
 */
export function evaluateProgress(
  input: TargetInput,
  usable: Observation[],
  opts: EvaluateOptions,
): ProgressResult | null {
  const { target, indicator } = input;
  const chosen: ProgressMethod = target.method ?? indicator.method ?? opts.method ?? 'linear';
  // Tolerance is in the indicator's unit; levels move in whole steps and ranks are kept, so none applies there.
  const tolerance = indicator.kind === 'level' || indicator.kind === 'rank' ? 0 : (opts.tolerance ?? 0);
  const latest = usable.at(-1)!;
  // A band not yet reached is approached from the side the latest figure is on: up to its lower edge, or
  // down to its upper edge. Strict comparators follow the path to their value (reaching it exactly is
  // still not met, which the met check has already said).
  const aim = aimOf(target, latest.value!);
  const { comparator: cmp, value: T } = aim;

  if (chosen === 'trend' && usable.length >= TREND_MIN_POINTS) {
    const raw = trendProjection(
      usable.map((o) => ({ date: o.period.end, value: o.value! })),
      target.deadline,
    );
    if (raw !== null) {
      const projection = clamp(raw, valueRange(indicator.kind, indicator.max));
      const status = gap(cmp, projection, T) <= tolerance + 1e-9 ? 'on-track' : 'at-risk';
      return {
        status,
        expected: round(projection, 2),
        method: 'trend',
        facts: { rule: 'trend', points: usable.length, projection, aim, tolerance },
      };
    }
  }

  const first = usable[0]!;
  const baseline = target.baseline
    ? { ...target.baseline, from: 'plan' as const }
    : usable.length >= 2
      ? { value: first.value!, date: first.period.end, from: 'first-figure' as const }
      : undefined;
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
  const status =
    gap(cmp, latest.value!, T) <= gap(cmp, expected, T) + tolerance + 1e-9 ? 'on-track' : 'at-risk';
  return {
    status,
    expected,
    method: 'linear',
    facts: {
      rule: 'linear',
      expected,
      at,
      baseline,
      aim,
      tolerance,
      trendFellBack: chosen === 'trend' ? { minPoints: TREND_MIN_POINTS } : null,
    },
  };
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
