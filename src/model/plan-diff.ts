/** What `cchc diff` finds between two revisions of a plan: the data its views (src/report/diff) render. */
export const PLAN_CHANGE_KINDS = [
  'indicator-added',
  'indicator-removed',
  'indicator-kind-changed',
  'target-added',
  'target-removed',
  'target-indicator-changed',
  'target-threshold-raised',
  'target-threshold-lowered',
  'target-threshold-added',
  'target-threshold-removed',
  'target-comparator-changed',
  'target-deadline-later',
  'target-deadline-earlier',
  'target-owner-changed',
  'target-partners-changed',
  'task-added',
  'task-removed',
  'task-deadline-changed',
  'task-owner-changed',
  'task-partners-changed',
] as const;
/** What changed; part of the JSON contract of `cchc diff`. */
export type PlanChangeKind = (typeof PLAN_CHANGE_KINDS)[number];

/** A value in a change, as a machine reads it: numbers, ISO dates, ids, comparator or kind codes. */
export type ChangeValue = string | number | string[] | null;

/** One difference between two revisions of a plan. */
export interface PlanChange {
  kind: PlanChangeKind;
  entity: 'indicator' | 'target' | 'task';
  /** Indicator code, target id or task id. */
  id: string;
  /** null when added (before) or removed (after). Added/removed carry the title or name. */
  before: ChangeValue;
  after: ChangeValue;
  /** The change makes the plan ask for less: a lower bar, a later deadline, a dropped target… */
  weakened: boolean;
  /** The indicator's unit of measure, for thresholds ("%"). */
  unit?: string;
  /** Deadlines as written in the plan ("Giai đoạn 2026-2027", "Hằng năm"). */
  beforeLabel?: string;
  afterLabel?: string;
}

/** Everything that changed between two revisions, in plan order: indicators, then targets, then tasks. */
export interface PlanDiff {
  old: { id: string; revision: number };
  new: { id: string; revision: number };
  changes: PlanChange[];
  summary: { changes: number; weakened: number };
}
