import type { Observation } from '../model/observation.js';
import type { Indicator, Target } from '../model/plan.js';
import type { Actual, TargetDecision } from '../model/report.js';
import { compareIso } from '../util/date.js';

/** One target to evaluate, with the observations of its indicator for one reporting unit. */
export interface TargetInput {
  target: Target;
  indicator: Indicator;
  /** Observations of the target's indicator (for one reporting unit), in any order. */
  observations: Observation[];
  /** When work towards the target starts: its phase start, else the plan start. */
  start: string;
  reportingUnit?: string;
}

/**
 * Observations ordered by the end of their period, then its start; ties keep input order (stable sort).
 * Periods ending on the same day (Quý II and "6 tháng đầu năm" both end 14/06) are ordered so that the
 * report's own period comes last — the 6-month report uses the cumulative 6-month figure, the Quý II report
 * the quarter's — and otherwise the shorter window (the more recent information) does.
 */
export function byPeriod(observations: Observation[], reportPeriodId?: string): Observation[] {
  const own = (o: Observation) => (o.period.id === reportPeriodId ? 1 : 0);
  return [...observations].sort(
    (a, b) =>
      compareIso(a.period.end, b.period.end) || own(a) - own(b) || compareIso(a.period.start, b.period.start),
  );
}

/** A figure the evaluation can use: a number for numeric kinds, an assessment word for milestone/qualitative. */
export function isUsable(o: Observation, assessed: boolean): boolean {
  return assessed ? o.assessment !== undefined : o.value !== null && Number.isFinite(o.value);
}

export function toActual(o: Observation): Actual {
  // One literal (a shared Period, fields absent stay undefined): adding fields one by one moved them out
  // of the object, and the period was copied for every result.
  return {
    value: o.value,
    assessment: o.assessment,
    period: o.period,
    numerator: o.numerator,
    denominator: o.denominator,
    source: o.source,
  };
}

/** The fields of an evaluation that come from the plan alone. */
export function planFields(
  input: TargetInput,
): Omit<TargetDecision, 'actual' | 'expected' | 'status' | 'method' | 'stale' | 'facts'> {
  const { target: t, indicator: ind } = input;
  const e: Omit<TargetDecision, 'actual' | 'expected' | 'status' | 'method' | 'stale' | 'facts'> = {
    id: t.id,
    title: t.title,
    indicator: t.indicator,
    kind: ind.kind,
    unit: ind.unit,
    owner: t.owner,
    partners: [...t.partners],
    deadline: t.deadline,
    deadlineLabel: t.deadlineLabel,
    start: input.start,
  };
  if (t.area !== undefined) e.area = t.area;
  if (t.phase !== undefined) e.phase = t.phase;
  if (t.parent !== undefined) e.parent = t.parent;
  if (input.reportingUnit !== undefined) e.reportingUnit = input.reportingUnit;
  if (t.comparator !== undefined) e.comparator = t.comparator;
  if (t.value !== undefined) e.targetValue = t.value;
  if (t.range !== undefined) e.targetRange = { ...t.range };
  if (t.band !== undefined) e.band = t.band;
  if (t.relative !== undefined && t.baseline !== undefined)
    e.relative = { ...t.relative, baseline: { ...t.baseline } };
  if (t.aspirational) e.aspirational = true;
  if (ind.max !== undefined) e.max = ind.max;
  return e;
}
