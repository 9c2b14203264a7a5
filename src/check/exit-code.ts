import type { RunReport } from '../model/report.js';

export const FAIL_ON = ['missed', 'at-risk', 'never'] as const;
/** The lowest finding that makes the run exit 1. Overdue tasks count as missed. */
export type FailOn = (typeof FAIL_ON)[number];

/** 1 when anything is at or above the --fail-on level, else 0 (2 is for runs that could not happen). */
export function findingsExitCode(report: RunReport, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const { targets, tasks } = report.summary;
  const missed = targets.missed + tasks.overdue;
  const atRisk = failOn === 'at-risk' ? targets['at-risk'] : 0;
  return missed + atRisk > 0 ? 1 : 0;
}
