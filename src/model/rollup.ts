import type { Diagnostic, Msg } from './diagnostic.js';
import type { InputFile } from './observation.js';
import type { Convention, Period } from './period.js';
import type { Comparator, IndicatorKind, NoDataRule, UnitNeed } from './plan.js';

export type { NoDataRule, UnitNeed } from './plan.js';

import type { Actual, RunReport, Status } from './report.js';

/** Where the list of reporting units came from: the plan's declaration, or the units found in the data. */
export type UnitSource = 'plan' | 'data';

/** One reporting unit (commune, ward, department) of a rollup, in display order. */
export interface RollupUnit {
  id: string;
  name: string;
  /** Group id (`xa`, `phuong`, `so`) when the plan declares groups. */
  group?: string;
  /** True when no target of the run has a usable figure for this unit. */
  noData: boolean;
}

/** One unit's standing on one target: the per-unit evaluation, reduced to what a matrix and a lag list need. */
export interface RollupCell {
  status: Status;
  actual: Actual | null;
  /** The threshold this unit was held to (a per-unit threshold when the plan sets one). */
  targetValue?: number;
  /** Expected value on the way to the target, when progress was assessed. */
  expected: number | null;
  stale: boolean;
  reason: Msg;
}

/** The aggregate of a target over units: numbers first, the status from them, the reason in words. */
export interface OverUnitsResult {
  need: UnitNeed;
  group?: string;
  noData: NoDataRule;
  /** Units in scope (the group, or all declared units). */
  units: number;
  met: number;
  onTrack: number;
  atRisk: number;
  missed: number;
  noDataUnits: number;
  /** Units counted in the share: `units` less the no-data units under `exclude`. */
  denominator: number;
  /** met / denominator × 100, null when the denominator is 0. */
  share: number | null;
  status: Status;
  reason: Msg;
}

/** A target over units as src/evaluate decides it: the counts and status, no words. */
export type OverUnitsDecision = Omit<OverUnitsResult, 'reason'>;

export interface RollupTarget {
  id: string;
  title: string;
  indicator: string;
  kind: IndicatorKind;
  unit: string;
  owner: string;
  area?: string;
  phase?: string;
  parent?: string;
  deadline: string;
  comparator?: Comparator;
  targetValue?: number;
  /** Short column code in the matrix ("1", "2", …): plan order. */
  code: string;
  /** One cell per unit of `RollupReport.units`, same order. */
  cells: RollupCell[];
  /** Units per status over the units shown. */
  counts: Record<Status, number>;
  /** Present for targets over units. */
  overUnits?: OverUnitsResult;
}

/** One line of the ranking: units with no data at all are not ranked (see `RollupReport.units[].noData`). */
export interface RankEntry {
  unit: string;
  /** Competition rank: 1, 2, 2, 4 … */
  rank: number;
  /** Shares its rank with another unit (shown "2="). */
  tie: boolean;
  met: number;
  targets: number;
  /** met / targets × 100. */
  share: number;
  missed: number;
  atRisk: number;
  onTrack: number;
  noData: number;
}

/** The single result of a `rollup` run: every view (table, Markdown, JSON, Excel) is a function of it. */
export interface RollupReport {
  tool: RunReport['tool'];
  plan: RunReport['plan'];
  asOf: string;
  period: Period;
  convention: Convention;
  filters: { owner?: string; phase?: string; area?: string; group?: string };
  unitSource: UnitSource;
  /** The noun for units in counts ("xã", "sở", "đơn vị"). */
  noun: Msg;
  units: RollupUnit[];
  groups: { id: string; name: string }[];
  targets: RollupTarget[];
  ranking: RankEntry[];
  inputs: InputFile[];
  diagnostics: Diagnostic[];
  names: RunReport['names'];
}
