import type { Msg } from './diagnostic.js';
import type { TargetDecision, TargetEvaluation } from './report.js';

/**
 * A target's decision and its explained evaluation, each made as one object literal in the published key
 * order, every optional field in its place (undefined when absent). A result built by spreads and added
 * fields (`{ ...base, actual, … }`, then `{ ...e }` + `reason`) kept its fields out of the object, in a
 * second array: ≈ 150 bytes more per result, 15 MB at 100k results, and two copies left to the collector.
 * JSON.stringify and the views skip undefined fields, so nothing a user sees changes.
 */
export function targetDecision(
  p: Omit<TargetDecision, 'actual' | 'expected' | 'status' | 'method' | 'stale' | 'facts'>,
  d: Pick<TargetDecision, 'actual' | 'expected' | 'status' | 'method' | 'stale' | 'facts'>,
): TargetDecision {
  return {
    id: p.id,
    title: p.title,
    indicator: p.indicator,
    kind: p.kind,
    unit: p.unit,
    owner: p.owner,
    partners: p.partners,
    area: p.area,
    phase: p.phase,
    parent: p.parent,
    reportingUnit: p.reportingUnit,
    deadline: p.deadline,
    deadlineLabel: p.deadlineLabel,
    start: p.start,
    comparator: p.comparator,
    targetValue: p.targetValue,
    targetRange: p.targetRange,
    band: p.band,
    relative: p.relative,
    aspirational: p.aspirational,
    max: p.max,
    actual: d.actual,
    expected: d.expected,
    status: d.status,
    method: d.method,
    stale: d.stale,
    facts: d.facts,
  } satisfies AllOf<TargetDecision>;
}

/** Every field named, optional ones included: a field added to the type and not here does not compile. */
type AllOf<T> = { [K in keyof Required<T>]: T[K] | undefined };

/** The decision with its reason: the same fields, `reason` last. */
export function targetEvaluation(e: TargetDecision, reason: (t: TargetEvaluation) => Msg): TargetEvaluation {
  const t = {
    id: e.id,
    title: e.title,
    indicator: e.indicator,
    kind: e.kind,
    unit: e.unit,
    owner: e.owner,
    partners: e.partners,
    area: e.area,
    phase: e.phase,
    parent: e.parent,
    reportingUnit: e.reportingUnit,
    deadline: e.deadline,
    deadlineLabel: e.deadlineLabel,
    start: e.start,
    comparator: e.comparator,
    targetValue: e.targetValue,
    targetRange: e.targetRange,
    band: e.band,
    relative: e.relative,
    aspirational: e.aspirational,
    max: e.max,
    actual: e.actual,
    expected: e.expected,
    status: e.status,
    method: e.method,
    stale: e.stale,
    facts: e.facts,
    reason: undefined as Msg | undefined,
  } satisfies AllOf<TargetEvaluation>;
  const done = t as TargetEvaluation;
  done.reason = reason(done);
  return done;
}
