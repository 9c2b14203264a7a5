import type { Location } from './diagnostic.js';
import type { Convention, Schedule } from './period.js';

/** File-format versions of the plan YAML that this release reads. */
export const PLAN_SCHEMA_VERSIONS = [1] as const;

export const INDICATOR_KINDS = ['percentage', 'count', 'level', 'rank', 'milestone', 'qualitative'] as const;
/**
 * percentage: 0–100, stored in percent units (95.5 means 95,5%).
 * count: a non-negative number of things. level: an ordinal level (cấp độ 1–5).
 * rank: a position, lower is better. milestone: done by a date. qualitative: assessed Đạt / Không đạt.
 */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const COMPARATORS = ['>=', '<=', '=', 'maintain-or-improve'] as const;
/** `maintain-or-improve` is for ranks: no worse (no higher number) than the reference. */
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
  /** Where in the source document the target comes from, e.g. "I.2, giai đoạn 2026-2027, gạch đầu dòng 6". */
  source?: string;
  note?: string;
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
  issuer: { name: string; parent?: string; place?: string };
  document?: { number?: string; date?: string; type?: string };
  basis: DocRef[];
  revision: { number: number; date?: string; note?: string; supersedes?: string };
  period: { start: string; end: string };
  reporting: { convention: Convention; timezone: string };
  units: Unit[];
  phases: Phase[];
  areas: Area[];
  indicators: Indicator[];
  targets: Target[];
  tasks: Task[];
  /** Source positions of plan elements, keyed by JSON pointer ("/targets/3"), for evidence and diagnostics. */
  positions: Record<string, Location>;
}
