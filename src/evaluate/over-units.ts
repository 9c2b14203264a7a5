import type { Status } from '../model/report.js';
import type { NoDataRule, OverUnitsDecision, UnitNeed } from '../model/rollup.js';

/** What a target over units asks for (from the plan). */
export interface OverUnitsSpec {
  need: UnitNeed;
  noData: NoDataRule;
  group?: string;
}

/**
 * The status of a target over units from its units' own statuses. Units without data are never counted as
 * meeting or missing; the plan's rule says whether they leave the denominator or count against the target.
 * Before the deadline the target is met once enough units are, on track if enough are met or on track, else
 * at risk; after it, met or missed. The counts are the facts; src/words/reasons-over-units.ts words them. Pure: the same statuses always give the same result.
 */
export function evaluateOverUnits(
  spec: OverUnitsSpec,
  statuses: readonly Status[],
  deadlinePassed: boolean,
): OverUnitsDecision {
  const n: Record<Status, number> = { met: 0, 'on-track': 0, 'at-risk': 0, missed: 0, 'no-data': 0 };
  for (const s of statuses) n[s]++;
  const units = statuses.length;
  const denominator = spec.noData === 'exclude' ? units - n['no-data'] : units;
  const share = denominator === 0 ? null : (n.met / denominator) * 100;
  const enough = (k: number): boolean =>
    spec.need.kind === 'count'
      ? k >= spec.need.value
      : // Compare k/d ≥ v/100 without dividing: 9/13 against 69.2 must not hinge on float rounding.
        k * 100 >= spec.need.value * denominator - 1e-9;
  let status: Status;
  if (denominator === 0) status = 'no-data';
  else if (enough(n.met)) status = 'met';
  else if (deadlinePassed) status = 'missed';
  else if (enough(n.met + n['on-track'])) status = 'on-track';
  else status = 'at-risk';
  const result: OverUnitsDecision = {
    need: spec.need,
    noData: spec.noData,
    units,
    met: n.met,
    onTrack: n['on-track'],
    atRisk: n['at-risk'],
    missed: n.missed,
    noDataUnits: n['no-data'],
    denominator,
    share,
    status,
  };
  if (spec.group !== undefined) result.group = spec.group;
  return result;
}
