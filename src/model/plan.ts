import type { Location } from './diagnostic.js';
import type { Convention, Schedule } from './period.js';

/** File-format versions of the plan YAML that this release reads. */
export const PLAN_SCHEMA_VERSIONS = [1, 2] as const;

export const INDICATOR_KINDS = [
  'percentage',
  'count',
  'level',
  'rank',
  'score',
  'milestone',
  'qualitative',
] as const;
/**
 * percentage: 0–100, stored in percent units (95.5 means 95,5%).
 * count: a non-negative number of things. level: an ordinal level (cấp độ 1–5).
 * rank: a position, lower is better. score (v2): points from 0 to the indicator's `max`, optionally read
 * into named bands (xếp loại). milestone: done by a date. qualitative: assessed Đạt / Không đạt.
 */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const COMPARATORS = ['>=', '<=', '=', '>', '<', 'between', 'maintain-or-improve'] as const;
/**
 * `>`/`<` ("trên"/"dưới") are strict: exactly the value is not enough (schemaVersion 2). `between` is a band
 * from `min` to `max`, both included (v2). `maintain-or-improve` is for ranks: no worse (no higher number)
 * than the reference.
 */
export type Comparator = (typeof COMPARATORS)[number];

export interface DocRef {
  title: string;
  number?: string;
  date?: string;
  issuer?: string;
}

export interface Unit {
  id: string;
  name: string;
  shortName?: string;
  /** A group such as "Các phòng, cơ quan, đơn vị" rather than one office. */
  group?: boolean;
}

/** The body that issued the plan; its own data may be written under `name`, `place` or any alias. */
export interface Issuer {
  name: string;
  parent?: string;
  place?: string;
  aliases?: string[];
}

/** A unit that sends data to the plan's issuer (a commune to its province, a department). */
export interface ReportingUnit {
  id: string;
  name: string;
  aliases?: string[];
  group?: string;
}

export interface ReportingUnits {
  groups: { id: string; name: string }[];
  /** Inline entries first, then those of the units file. */
  list: ReportingUnit[];
  /** The units file as written in the plan (relative to the plan), when there is one. */
  file?: string;
}

export interface Phase {
  id: string;
  name: string;
  start: string;
  end: string;
}

export interface Area {
  id: string;
  /** Numbering in the source document, e.g. "II.2". */
  code?: string;
  name: string;
  lead: string;
  partners: string[];
  schedule: Schedule;
  source?: string;
}

export interface Indicator {
  code: string;
  name: string;
  kind: IndicatorKind;
  /** Unit of measure as shown to people: "%", "cấp độ", "hạng", "hồ sơ". */
  unit: string;
  computation?: { numerator?: string; denominator?: string; reference?: string };
  /** Per-indicator override of the at-risk method. */
  method?: ProgressMethod;
  /** Score indicators: the highest score (values run 0..max). */
  max?: number;
  /** Score indicators: named bands (xếp loại), ordered by `min` ascending; a band runs up to the next one's min. */
  bands?: ScoreBand[];
  /** Other names the indicator is published under: rows with a name and no code are matched on these too. */
  aliases?: string[];
}

/** "Tốt: từ 70 điểm": a band starts at `min` (included) and ends where the next band starts. */
export interface ScoreBand {
  name: string;
  min: number;
}

/** How a relative target's threshold is computed from its baseline (schemaVersion 2). */
export interface RelativeRule {
  /** What the plan wrote: an amount, a percentage of the baseline, or rank places. */
  by: 'amount' | 'percent' | 'places';
  /** Signed change: +10 for "tăng 10%", −20 for "giảm 20%", −5 places for a rank better by 5. */
  change: number;
}

export const PROGRESS_METHODS = ['linear', 'trend'] as const;
export type ProgressMethod = (typeof PROGRESS_METHODS)[number];

export interface Target {
  id: string;
  /** The target as written in the plan. */
  title: string;
  indicator: string;
  /** Absent for milestone and qualitative indicators: those are met when assessed done / Đạt. */
  comparator?: Comparator;
  /** Target value in the indicator's unit (percent units for percentages). Absent for milestone/qualitative, and optional for `maintain-or-improve`. */
  value?: number;
  phase?: string;
  /** ISO date the target must be met by (the phase end when only a phase is given). */
  deadline: string;
  /** How the deadline was written ("Giai đoạn 2026-2027", "31/12/2027"). */
  deadlineLabel: string;
  area?: string;
  owner: string;
  partners: string[];
  baseline?: { value: number; date: string };
  parent?: string;
  method?: ProgressMethod;
  /** `between`: the band's edges, both included. */
  range?: { min: number; max: number };
  /** Score targets given as a band ("xếp loại Tốt trở lên"): the band's name; `value` is its lower edge. */
  band?: string;
  /** Relative targets: `value` was computed from `baseline` by this rule. */
  relative?: RelativeRule;
  /** "Phấn đấu": an aspiration, reported as such; it fails a run only when asked (`--fail-on …,aspirations`). */
  aspirational?: boolean;
  /** A target over the reporting units: each unit must meet the condition above, and `need` of them must. */
  overUnits?: OverUnits;
  /** Where in the source document the target comes from, e.g. "I.2, giai đoạn 2026-2027, gạch đầu dòng 6". */
  source?: string;
  note?: string;
}

/** How many units a target over units needs: a share of the units counted (percent), or a number of them. */
export interface UnitNeed {
  kind: 'share' | 'count';
  /** Percent for `share` (80 = 80%); a number of units for `count`. */
  value: number;
  /** `count` written as "10/13": the 13. */
  of?: number;
  /** As written in the plan ("≥ 80%", "ít nhất 10/13"). */
  text: string;
}

/** The rule for units without data: left out of the denominator, or counted as not meeting the condition. */
export const NO_DATA_RULES = ['exclude', 'count-against'] as const;
export type NoDataRule = (typeof NO_DATA_RULES)[number];

/** A per-unit threshold: replaces the target's value (or between's edges) for one reporting unit. */
export interface UnitThreshold {
  unit: string;
  value?: number;
  min?: number;
  max?: number;
  note?: string;
}

export interface OverUnits {
  need: UnitNeed;
  noData: NoDataRule;
  /** A reporting-unit group id; absent: every declared unit. */
  group?: string;
  thresholds: UnitThreshold[];
}

export interface Task {
  id: string;
  content: string;
  owner: string;
  partners: string[];
  product?: string;
  schedule: Schedule;
  area?: string;
  source?: string;
}

/** A plan after loading and checking: positions resolved, defaults filled, references valid. */
export interface Plan {
  schemaVersion: number;
  id: string;
  title: string;
  issuer: Issuer;
  document?: { number?: string; date?: string; type?: string };
  basis: DocRef[];
  revision: { number: number; date?: string; note?: string; supersedes?: string };
  period: { start: string; end: string };
  reporting: { convention: Convention; timezone: string };
  units: Unit[];
  /** Who reports data (absent: the data are the issuer's own). Not the owning `units`. */
  reportingUnits?: ReportingUnits;
  phases: Phase[];
  areas: Area[];
  indicators: Indicator[];
  targets: Target[];
  tasks: Task[];
  /** Source positions of plan elements, keyed by JSON pointer ("/targets/3"), for evidence and diagnostics. */
  positions: Record<string, Location>;
}
