import type { Assessment } from './observation.js';
import type { Period } from './period.js';
import type { Comparator } from './plan.js';

/**
 * What an evaluation decided and why, as data: the rule applied and the numbers that decided it. The
 * evaluation (src/evaluate) builds these and no sentence; the vocabulary (src/words/reasons*) turns them into
 * the reason text of every view, and `--format json` publishes them beside it (docs/check.md, "Facts").
 * Absent values are null, never missing, so the JSON mapping is field for field. Dates are ISO `YYYY-MM-DD`;
 * values are in the indicator's unit (percent units for percentages: 95.5 = 95,5%), unrounded.
 */

/** A figure as the evaluation read it. */
export interface FactFigure {
  /** null for an assessed (word-valued) figure. */
  value: number | null;
  assessment: Assessment | null;
  period: Period;
  numerator: number | null;
  denominator: number | null;
  /** Score indicators with bands: the plan's band the value falls in ("Tốt"), else null. */
  band: string | null;
}

/** How a figure stands against what the target asks. */
export interface FactComparison {
  comparator: Comparator;
  /** What the figure was compared with: the target value, or a maintain-or-improve target's reference rank. */
  reference: number;
  /** `between`: the band, both edges included. */
  range: { min: number; max: number } | null;
  /** The target given as a band ("Tốt" for "xếp loại Tốt trở lên"), else null. */
  band: string | null;
  satisfied: boolean;
}

/** The value a progress path aims at: a `between` band's nearer edge, else the target itself. */
export interface FactAim {
  comparator: Comparator;
  value: number;
}

/** Conditions a reader must know whatever the rule. */
export interface TargetFlags {
  /** The decisive figure is older than the current reporting window (never after the deadline). */
  stale: boolean;
  /** The as-of date is after the target's deadline. */
  deadlinePassed: boolean;
  /** Periods whose figure had a zero denominator (nothing to count): no data, never 0%. */
  zeroDenominator: Period[];
  /** Periods with a figure that ends after the as-of date and so was not counted yet. */
  notCounted: Period[];
}

export interface TargetFactsBase {
  /** The as-of date the evaluation was made at. */
  asOf: string;
  deadline: string;
  /** The current reporting window (staleness is judged against it). */
  window: Period;
  flags: TargetFlags;
  /**
   * A maintain-or-improve target whose plan names no reference rank: the earliest figure became the
   * reference (`from: 'first-figure'`). null otherwise.
   */
  reference: { value: number; period: Period; from: 'first-figure' } | null;
}

/** Decides status with the decisive figure. */
interface WithFigure {
  actual: FactFigure;
}

/** The rule applied and its own numbers. */
export type TargetRuleFacts =
  | /** No usable figure up to the as-of date → no-data. */ { rule: 'no-data' }
  | /** Figures exist but the plan gives no target value → no-data. */ ({
      rule: 'no-target-value';
    } & WithFigure)
  | /** The deadline has passed and no figure is for a period ending by it → no-data. */ {
      rule: 'no-figure-by-deadline';
      /** The first figure, for a period after the deadline. */
      firstAfter: FactFigure;
    }
  | /** The deadline has passed: the last figure by the deadline decides met or missed. */ (WithFigure & {
      rule: 'deadline-passed';
      /** null for assessed (word-valued) indicators. */
      comparison: FactComparison | null;
      met: boolean;
      /** Missed by the deadline but reached afterwards: the first period that reached it. */
      reachedLater: Period | null;
    })
  | /** Before the deadline, compared with the target: met; or a maintain-or-improve rank not kept → at-risk. */ (WithFigure & {
      rule: 'direct';
      comparison: FactComparison;
    })
  | /** Milestone/qualitative before the deadline: achieved/done → met, in progress → on-track, else at-risk. */ (WithFigure & {
      rule: 'assessment';
    })
  | /** Not met yet: on the straight path from the baseline to the target by the deadline? */ (WithFigure & {
      rule: 'linear';
      comparison: FactComparison;
      /** Value the path expects at `at` (rounded as shown; a level's whole step). */
      expected: number;
      /** The date the path is read at: the end of the decisive figure's period. */
      at: string;
      /** The path's start: the plan's baseline, else the earliest figure. */
      baseline: { value: number; date: string; from: 'plan' | 'first-figure' };
      aim: FactAim;
      /** How far behind the path still counts as on track (indicator unit); 0 when none applies. */
      tolerance: number;
      /** Trend was asked for but there were too few figures: the minimum it needs. null otherwise. */
      trendFellBack: { minPoints: number } | null;
    })
  | /** Not met yet: the least-squares trend through the figures, projected to the deadline. */ (WithFigure & {
      rule: 'trend';
      comparison: FactComparison;
      /** Number of figures the line was fitted through. */
      points: number;
      /** The projection at the deadline, clamped to what the indicator can take. */
      projection: number;
      aim: FactAim;
      tolerance: number;
    })
  | /** One figure and no baseline, not met: on track while enough of the time remains. */ (WithFigure & {
      rule: 'one-figure';
      comparison: FactComparison;
      /** When the time is counted from (the target's phase start, else the plan start). */
      start: string;
      /** Share of the time from `start` to the deadline left at the as-of date, 0–1. */
      shareLeft: number;
      /** The rule's threshold: on track while `shareLeft` ≥ this. */
      minShareLeft: number;
    });

/** What a target's status rests on: the rule with its numbers, and what every rule records. */
export type TargetFacts = TargetFactsBase & TargetRuleFacts;

export type TargetRule = TargetFacts['rule'];

/** A progress report as the task evaluation read it. */
export interface FactReport {
  status: 'done' | 'in-progress' | 'not-started';
  period: Period;
}

/** What a task's status rests on, by how its deadline recurs. */
export type TaskFacts =
  | {
      /** Due once: done when any report says done; otherwise on track until `due`, overdue after it. */
      rule: 'once';
      due: string;
      duePassed: boolean;
      /** The done report, else the latest report; null when none. */
      report: FactReport | null;
      /** Done, but in a period that closed after `due`. */
      doneLate: boolean;
    }
  | {
      /** "Hằng năm": owed every year window. */
      rule: 'yearly';
      year: Period;
      /** The year window's last day. */
      due: string;
      /** The done report of `year`, else its latest; null when none. */
      report: FactReport | null;
      /** The previous year's duty, reported but never done → overdue. null otherwise. */
      previousYear: { year: Period; due: string; report: FactReport } | null;
      /** No report for `year`: the latest earlier report, if any. */
      lastEarlier: FactReport | null;
    }
  | {
      /** "Thường xuyên" / "Hằng quý": a report owed for the last quarter window ended by the as-of date. */
      rule: 'every-period';
      owed: Period;
      due: string;
      /** The schedule as the plan writes it ("Thường xuyên"). */
      schedule: string;
      report: FactReport | null;
      lastEarlier: FactReport | null;
    };

export type TaskRule = TaskFacts['rule'];
