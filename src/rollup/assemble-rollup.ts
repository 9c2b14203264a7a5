import { evaluateOverUnits, type OverUnitsSpec } from '../evaluate/over-units.js';
import type { Msg } from '../model/diagnostic.js';
import type { Target } from '../model/plan.js';
import type { Status, TargetEvaluation } from '../model/report.js';
import { STATUSES } from '../model/report.js';
import type { RollupCell, RollupTarget, RollupUnit } from '../model/rollup.js';
import { NO_FIGURE_FROM_UNIT, overUnitsReason } from '../words/reasons-over-units.js';

/** A unit in the order it is shown, before we know whether it has data. */
export interface UnitRow {
  id: string;
  name: string;
  group?: string;
}

const NO_DATA_CELL = (target: Target): RollupCell => ({
  status: 'no-data',
  actual: null,
  ...(target.value !== undefined ? { targetValue: target.value } : {}),
  expected: null,
  stale: false,
  reason: NO_FIGURE_FROM_UNIT,
});

/**
 * The matrix: per target (plan order) one cell per unit, from the per-unit evaluations. `unitOf` maps an
 * evaluation's reporting unit (as the data spell it) to a unit row id; evaluations of units not shown are
 * dropped. A unit with no evaluation for a target gets a no-data cell: every unit × target has a cell.
 * Linear in evaluations + units × targets.
 */
export function assembleTargets(
  targets: readonly Target[],
  evaluations: readonly TargetEvaluation[],
  units: readonly UnitRow[],
  unitOf: (reportingUnit: string) => string | undefined,
  overUnits: (target: Target) => OverUnitsSpec | undefined,
  asOf: string,
  noun: (group: string | undefined) => Msg,
): { targets: RollupTarget[]; units: RollupUnit[] } {
  const col = new Map(targets.map((t, i) => [t.id, i]));
  const row = new Map(units.map((u, i) => [u.id, i]));
  const grid: (RollupCell | undefined)[][] = targets.map(() => new Array(units.length));
  const first = new Map<string, TargetEvaluation>();
  for (const e of evaluations) {
    if (!first.has(e.id)) first.set(e.id, e);
    const c = col.get(e.id);
    const id = e.reportingUnit === undefined ? undefined : unitOf(e.reportingUnit);
    const r = id === undefined ? undefined : row.get(id);
    if (c === undefined || r === undefined) continue;
    const cell: RollupCell = {
      status: e.status,
      actual: e.actual,
      expected: e.expected,
      stale: e.stale,
      reason: e.reason,
    };
    if (e.targetValue !== undefined) cell.targetValue = e.targetValue;
    grid[c]![r] = cell;
  }
  const withData = new Array<boolean>(units.length).fill(false);
  const out = targets.map((t, c): RollupTarget => {
    const cells = units.map((_, r) => grid[c]![r] ?? NO_DATA_CELL(t));
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    cells.forEach((cell, r) => {
      counts[cell.status]++;
      if (cell.actual !== null) withData[r] = true;
    });
    const e = first.get(t.id);
    const rt: RollupTarget = {
      id: t.id,
      title: t.title,
      indicator: t.indicator,
      kind: e?.kind ?? 'percentage',
      unit: e?.unit ?? '',
      owner: t.owner,
      deadline: t.deadline,
      code: String(c + 1),
      cells,
      counts,
    };
    for (const k of ['area', 'phase', 'parent', 'comparator'] as const)
      if (t[k] !== undefined) rt[k] = t[k] as never;
    if (t.value !== undefined) rt.targetValue = t.value;
    const spec = overUnits(t);
    if (spec) {
      const scope = units.flatMap((u, r) => (spec.group === undefined || u.group === spec.group ? [r] : []));
      const decided = evaluateOverUnits(
        spec,
        scope.map((r) => cells[r]!.status),
        asOf > t.deadline,
      );
      rt.overUnits = { ...decided, reason: overUnitsReason(decided, noun(spec.group)) };
    }
    return rt;
  });
  return {
    targets: out,
    units: units.map((u, r) => ({ ...u, noData: !withData[r] })),
  };
}
