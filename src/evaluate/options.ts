import type { Period } from '../model/period.js';
import type { ProgressMethod } from '../model/plan.js';
import type { Status, TargetDecision, TaskDecision, TaskStatus } from '../model/report.js';

/** Everything an evaluation depends on besides the plan and the data: decided once by the caller, never read from a clock. */
export interface EvaluateOptions {
  /** ISO date the evaluation is made at; only observations whose period ends on or before it count. */
  asOf: string;
  /**
   * The current reporting window (the --period asked for, or the last quarter window ended by as-of). Data ending before
   * its start is flagged stale; recurring tasks need a report in it or in the window before.
   */
  window: Period;
  /** Run-wide progress method, used where neither the target nor its indicator chooses one. Default `linear`. */
  method?: ProgressMethod;
  /**
   * How far below the expected path a value may be and still count as on track, in the indicator's own unit
   * (percentage points for percentages, items for counts). Not applied to levels, ranks or assessments. Default 0.
   */
  tolerance?: number;
}

/** The evaluation of a whole plan, before the caller wraps it into a RunReport (and words its facts). */
export interface PlanEvaluation {
  targets: TargetDecision[];
  tasks: TaskDecision[];
  summary: { targets: Record<Status, number>; tasks: Record<TaskStatus, number> };
}

/**
 * With one observation and no baseline there is no path to compare against. The target is then compared
 * directly: not yet satisfied counts as on track while at least this share of the time from the target's
 * start (its phase start, else the plan start) to its deadline remains, and at risk after that.
 */
export const DIRECT_RULE_MIN_REMAINING = 0.5;
