import type { RunReport } from './report.js';

/**
 * What makes a run fail, decided in one place below both the run (src/check, src/cli: the exit code) and the
 * views (src/report/ci: which findings are errors), so the annotations' colours and the exit code agree and
 * no view reaches up into the run layer.
 */

export const FAIL_ON = ['missed', 'at-risk', 'never', 'missed,aspirations', 'at-risk,aspirations'] as const;
/**
 * The lowest finding that makes the run exit 1. Overdue tasks count as missed. Aspirations ("Phấn đấu")
 * are reported like any target but count only with `,aspirations`: a plan's aspiration missed is news for
 * the report, not a failed run, unless the user says so.
 */
export type FailOn = (typeof FAIL_ON)[number];

/** Whether one missed/at-risk result (overdue tasks count as missed) makes the run exit 1 under --fail-on. */
export function failsRun(failOn: FailOn, status: 'missed' | 'at-risk', aspirational = false): boolean {
  if (failOn === 'never') return false;
  const [level, extra] = failOn.split(',');
  if (aspirational && extra !== 'aspirations') return false;
  return status === 'missed' || level === 'at-risk';
}

/** 1 when anything is at or above the --fail-on level, else 0 (2 is for runs that could not happen). */
export function findingsExitCode(report: RunReport, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const [level, extra] = failOn.split(',');
  const counted = (status: 'missed' | 'at-risk') =>
    report.targets.filter((t) => t.status === status && (extra === 'aspirations' || !t.aspirational)).length;
  const missed = counted('missed') + report.summary.tasks.overdue;
  const atRisk = level === 'at-risk' ? counted('at-risk') : 0;
  return missed + atRisk > 0 ? 1 : 0;
}
