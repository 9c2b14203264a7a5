import { evaluateRun, type RunContext } from '../check/build-report.js';
import type { CheckOptions } from '../check/check-options.js';
import { checkId } from '../check/filters.js';
import { CchcError } from '../errors.js';
import { targetOrder } from '../evaluate/evaluate-plan.js';
import type { Target } from '../model/plan.js';
import type { RollupReport } from '../model/rollup.js';
import { UNITS_NOUN } from '../words/reasons-over-units.js';
import { NO_UNIT_TO_ROLL_UP } from '../words/run-errors.js';
import { assembleTargets } from './assemble-rollup.js';
import { rankUnits } from './rank-units.js';
import { unitsFromData } from './units-from-data.js';

/** What a `rollup` run is asked to do: `check`'s request without --unit, plus --group. */
export interface RollupOptions extends Omit<CheckOptions, 'unit'> {
  /** Keep only the units of this declared group (`xa`, `phuong`, `so`). */
  group?: string;
}

/**
 * The province view: the same evaluation as `check` (as-of, period, filters), unit by unit, folded into a
 * matrix of units × targets, counts per target, targets over units, and a ranking. Could-not-run problems
 * throw CchcError (exit 2); findings are results.
 */
export async function buildRollup(opts: RollupOptions, io: RunContext): Promise<RollupReport> {
  const { report, plan, unitSpellings } = await evaluateRun(opts, io);
  const declared = plan.reportingUnits;
  const seen = Object.keys(unitSpellings).sort();
  if (seen.length === 0) {
    throw new CchcError('data-invalid', NO_UNIT_TO_ROLL_UP.message, NO_UNIT_TO_ROLL_UP.hint);
  }
  if (opts.group !== undefined)
    checkId(
      'group',
      opts.group,
      (declared?.groups ?? []).map((g) => g.id),
    );
  // Declared units: every spelling was already matched to an id by the reader (rows of others are errors).
  const found = declared
    ? {
        units: declared.list
          .filter((u) => opts.group === undefined || u.group === opts.group)
          .map((u) => ({ id: u.id, name: u.name, ...(u.group !== undefined ? { group: u.group } : {}) })),
        diagnostics: [],
      }
    : unitsFromData(seen, unitSpellings);
  const diagnostics = [...report.diagnostics, ...found.diagnostics];

  const shown = new Set(report.targets.map((t) => t.id));
  const targets = targetOrder(plan.targets).filter((t: Target) => shown.has(t.id));
  const { targets: rolled, units } = assembleTargets(
    targets,
    report.targets,
    found.units,
    (u) => u,
    (t) => t.overUnits,
    report.asOf,
    () => UNITS_NOUN,
  );
  const filters: RollupReport['filters'] = {};
  for (const k of ['owner', 'phase', 'area', 'group'] as const)
    if (opts[k] !== undefined) filters[k] = opts[k];
  return {
    tool: report.tool,
    plan: report.plan,
    asOf: report.asOf,
    period: report.period,
    convention: report.convention,
    filters,
    unitSource: declared ? 'plan' : 'data',
    noun: UNITS_NOUN,
    units,
    groups: (declared?.groups ?? []).map((g) => ({ ...g })),
    targets: rolled,
    ranking: rankUnits(units, rolled),
    inputs: report.inputs,
    diagnostics,
    names: report.names,
  };
}
