import type { Diagnostic, Location } from '../../model/diagnostic.js';
import { type FailOn, failsRun } from '../../model/fail-on.js';
import type { Plan } from '../../model/plan.js';
import type { RunReport, TargetEvaluation, TaskEvaluation } from '../../model/report.js';
import { CI_WORDS } from '../../words/ci-annotations.js';
import type { RunCode } from '../../words/diagnostics/catalog.js';

/** Where each target and task starts in the plan YAML, keyed `targets/<id>` and `tasks/<id>`. */
export function planLines(plan: Plan): Record<string, Location> {
  const out: Record<string, Location> = {};
  for (const list of ['targets', 'tasks'] as const) {
    plan[list].forEach((item, i) => {
      const at = plan.positions[`/${list}/${i}`];
      // The start only: the element's whole block would highlight dozens of lines in a pull request.
      if (at) out[`${list}/${item.id}`] = pick(at, `/${list}/${i}`);
    });
  }
  return out;
}

function pick(at: Location, pointer: string): Location {
  const l: Location = { file: at.file, pointer };
  if (at.line !== undefined) l.line = at.line;
  if (at.column !== undefined) l.column = at.column;
  return l;
}

/**
 * The results that need action, as diagnostics at the plan line of the target or task: missed and at-risk
 * targets, overdue tasks. What makes the run exit 1 under --fail-on is an error, the rest a warning, so the
 * annotations' colours tell the same story as the exit code. Met, on-track and no-data results are not
 * findings (no-data is in the table and JSON views).
 */
export function evaluationFindings(
  report: RunReport,
  lines: Record<string, Location>,
  failOn: FailOn,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const t of report.targets) {
    if (t.status !== 'missed' && t.status !== 'at-risk') continue;
    out.push(
      finding(
        `target-${t.status}`,
        failsRun(failOn, t.status, t.aspirational === true),
        lines[`targets/${t.id}`],
        targetKey(t),
        CI_WORDS.target(t),
      ),
    );
  }
  for (const t of report.tasks) {
    if (t.status !== 'overdue') continue;
    out.push(
      finding(
        'task-overdue',
        failsRun(failOn, 'missed'),
        lines[`tasks/${t.id}`],
        taskKey(t),
        CI_WORDS.task(t),
      ),
    );
  }
  return out;
}

const targetKey = (t: TargetEvaluation) => `target:${t.id}:${t.reportingUnit ?? ''}`;
const taskKey = (t: TaskEvaluation) => `task:${t.id}:${t.reportingUnit ?? ''}`;

function finding(
  code: RunCode,
  error: boolean,
  location: Location | undefined,
  key: string,
  message: Diagnostic['message'],
): Diagnostic {
  return { code, severity: error ? 'error' : 'warning', message, key, ...(location ? { location } : {}) };
}
