import type { Diagnostic, Location, Msg } from './diagnostic.js';
import type { TargetFacts, TaskFacts } from './facts.js';
import type { Assessment, InputFile, Observation } from './observation.js';
import type { Convention, Period } from './period.js';
import type { Comparator, IndicatorKind, ProgressMethod } from './plan.js';

export const STATUSES = ['met', 'on-track', 'at-risk', 'missed', 'no-data'] as const;
/** Where a target stands at the as-of date. Ordered from best to worst except `no-data`. */
export type Status = (typeof STATUSES)[number];

export const TASK_STATUSES = ['done', 'on-track', 'overdue', 'no-data'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The figure an evaluation rests on. */
export interface Actual {
  value: number | null;
  assessment?: Assessment;
  /** The full period (kind, year, window), so every view names it with the one label (periodLabel). */
  period: Period;
  numerator?: number;
  denominator?: number;
  source: Location;
}

export interface TargetEvaluation {
  id: string;
  title: string;
  indicator: string;
  kind: IndicatorKind;
  /** Unit of measure ("%"). */
  unit: string;
  owner: string;
  partners: string[];
  area?: string;
  phase?: string;
  parent?: string;
  /** Reporting unit (commune) this evaluation is for, when the data cover several. */
  reportingUnit?: string;
  deadline: string;
  deadlineLabel: string;
  /** When work towards the target starts (its phase start, else the plan start): "not begun yet" notes. */
  start?: string;
  comparator?: Comparator;
  /** Target value; for `maintain-or-improve` the reference rank; for a relative target the computed threshold. */
  targetValue?: number;
  /** `between`: the band, both edges included. */
  targetRange?: { min: number; max: number };
  /** A score target given as a band ("Tốt" for "xếp loại Tốt trở lên"); `targetValue` is its lower edge. */
  band?: string;
  /** A relative target: how `targetValue` was computed from the baseline. */
  relative?: {
    by: 'amount' | 'percent' | 'places';
    change: number;
    baseline: { value: number; date: string };
  };
  /** "Phấn đấu": an aspiration. Views mark it; it counts towards the exit code only when asked. */
  aspirational?: boolean;
  /** Score indicators: the highest score. */
  max?: number;
  actual: Actual | null;
  /** Value expected by the as-of date on the way to the target, when progress is assessed. */
  expected: number | null;
  status: Status;
  /** `linear`/`trend`: progress method; `direct`: compared with the target; `assessment`: word-valued; `none`: no data. */
  method: ProgressMethod | 'direct' | 'assessment' | 'none';
  /** The latest observation is older than the current reporting window. */
  stale: boolean;
  /** What was decided and why, as data (the rule and its numbers); `reason` is these facts in words. */
  facts: TargetFacts;
  /** The arithmetic in words, rendered from `facts` by the vocabulary (src/words/reasons). */
  reason: Msg;
}

/** A target's evaluation as src/evaluate returns it: facts, no words (the run adds `reason`). */
export type TargetDecision = Omit<TargetEvaluation, 'reason'>;

export interface TaskEvaluation {
  id: string;
  content: string;
  owner: string;
  partners: string[];
  area?: string;
  reportingUnit?: string;
  scheduleLabel: string;
  /** The deadline that applies at the as-of date (ISO), when there is one. */
  due?: string;
  latest: {
    status: 'done' | 'in-progress' | 'not-started';
    /** The full period the report is for. */
    period: Period;
    note?: string;
    source: Location;
  } | null;
  status: TaskStatus;
  /** What the status rests on, as data; `reason` is these facts in words. */
  facts: TaskFacts;
  reason: Msg;
}

/** A task's evaluation as src/evaluate returns it: facts, no words (the run adds `reason`). */
export type TaskDecision = Omit<TaskEvaluation, 'reason'>;

/** done of total; `rate` in percent, one decimal as reports write it ("75,6%"), null when there is nothing to count (never 0%). */
export interface Tally {
  done: number;
  total: number;
  rate: number | null;
}

/**
 * "x/y nhiệm vụ hoàn thành (z%)", the headline of real CCHC reports ("31/41 nhiệm vụ hoàn thành, đạt 75,6%").
 * `all`: over every task of the report (after filters) — the denominator reports use, the tasks of the plan.
 * `due`: over the tasks whose deadline for the as-of date has come (a recurring task is due every period),
 * shown beside it because early in a plan's life most tasks are not yet due.
 */
export interface TaskCompletion {
  all: Tally;
  due: Tally;
  /** Per area, in the order areas first appear; tasks without an area under `null`. */
  byArea: (Tally & { area: string | null })[];
  /** Per owning unit (chủ trì), in the order owners first appear. */
  byOwner: (Tally & { owner: string })[];
}

/** The single result of a `check` run. Every output — table, JSON, Markdown, Excel — is a function of it. */
export interface RunReport {
  tool: { name: string; version: string };
  plan: {
    id: string;
    title: string;
    revision: number;
    file: string;
    sha256: string;
    issuer: string;
    place?: string;
    /** Targets in the plan before any filter: 0 for a plan of tasks only (views say so instead of "no match"). */
    targetCount?: number;
  };
  asOf: string;
  /** The reporting period asked for with --period, or the one the as-of date falls in. */
  period: Period;
  convention: Convention;
  filters: { owner?: string; phase?: string; area?: string; unit?: string };
  inputs: InputFile[];
  summary: {
    targets: Record<Status, number>;
    tasks: Record<TaskStatus, number>;
    /** "x/y nhiệm vụ hoàn thành (z%)" for the report's tasks, per area and per owner. */
    taskCompletion: TaskCompletion;
  };
  targets: TargetEvaluation[];
  tasks: TaskEvaluation[];
  /** Observations the evaluations used, in input order. */
  observations: Observation[];
  diagnostics: Diagnostic[];
  /** Display names for ids used above (units, areas, phases, indicators) so views need not reload the plan. */
  names: {
    units: Record<string, string>;
    /** Units' short names (the plan's `shortName`), for narrow columns; views fall back to `units`. */
    unitShortNames?: Record<string, string>;
    /** Reporting units' names (the plan's `reportingUnits` list), for the headings of per-unit blocks. */
    reportingUnits?: Record<string, string>;
    areas: Record<string, { name: string; code?: string }>;
    phases: Record<string, string>;
  };
}
