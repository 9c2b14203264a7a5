import { CchcError } from '../errors.js';
import type { Plan } from '../model/plan.js';
import type { TargetDecision, TaskDecision } from '../model/report.js';
import { nearest } from '../util/text.js';
import { type FilterSubject, unknownIdWords } from '../words/run-errors.js';

/** The --owner/--phase/--area/--unit selection of a run. */
export interface Filters {
  owner?: string;
  phase?: string;
  area?: string;
  unit?: string;
}

/** An unknown id is a usage mistake (exit 2), with the nearest known ids and the full list when short. */
export function checkId(kind: FilterSubject, id: string | undefined, known: string[]): void {
  if (id === undefined || known.includes(id)) return;
  const list = known.length > 0 ? known.join(', ') : '—';
  const { message, hint } = unknownIdWords(kind, id, nearest(id, known), list);
  throw new CchcError('usage', message, hint);
}

/** Check the plan-side filter ids (the unit is checked against the data once it is read). */
export function checkPlanFilters(plan: Plan, f: Filters): void {
  checkId(
    'owner',
    f.owner,
    plan.units.map((u) => u.id),
  );
  checkId(
    'phase',
    f.phase,
    plan.phases.map((p) => p.id),
  );
  checkId(
    'area',
    f.area,
    plan.areas.map((a) => a.id),
  );
}

/** Keep what the filters select. A task has no phase: with --phase, recurring tasks stay and one-off tasks stay when due in it. */
export function applyFilters<T extends TargetDecision, K extends TaskDecision>(
  plan: Plan,
  f: Filters,
  targets: T[],
  tasks: K[],
): { targets: T[]; tasks: K[] } {
  const phase = f.phase ? plan.phases.find((p) => p.id === f.phase) : undefined;
  const planTasks = new Map(plan.tasks.map((t) => [t.id, t]));
  return {
    targets: targets.filter(
      (t) =>
        (f.owner === undefined || t.owner === f.owner) &&
        (f.phase === undefined || t.phase === f.phase) &&
        (f.area === undefined || t.area === f.area),
    ),
    tasks: tasks.filter((t) => {
      if (f.owner !== undefined && t.owner !== f.owner) return false;
      if (f.area !== undefined && t.area !== f.area) return false;
      if (phase) {
        const s = planTasks.get(t.id)?.schedule;
        if (s?.kind === 'once' && (s.due < phase.start || s.due > phase.end)) return false;
      }
      return true;
    }),
  };
}
