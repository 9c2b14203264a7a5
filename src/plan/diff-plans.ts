import type { Indicator, Plan, Target, Task } from '../model/plan.js';
import type { ChangeValue, PlanChange, PlanChangeKind, PlanDiff } from '../model/plan-diff.js';
import { pushAll } from '../util/array.js';
import {
  comparatorWeakened,
  compareSchedules,
  kindWeakened,
  scheduleValue,
  stricterDirection,
  thresholdWeakened,
} from './diff-weakening.js';

export {
  type ChangeValue,
  PLAN_CHANGE_KINDS,
  type PlanChange,
  type PlanChangeKind,
  type PlanDiff,
} from '../model/plan-diff.js';

/**
 * Compare two loaded plans. Pure. Items are matched by id; within each section, changes follow
 * the new plan's order and removed items follow, in the old plan's order.
 */
export function diffPlans(oldPlan: Plan, newPlan: Plan): PlanDiff {
  const changes = [
    ...diffById(
      oldPlan.indicators,
      newPlan.indicators,
      (i) => i.code,
      'indicator',
      (i) => i.name,
      diffIndicator,
    ),
    ...diffById(
      oldPlan.targets,
      newPlan.targets,
      (t) => t.id,
      'target',
      (t) => t.title,
      (a, b) => diffTarget(a, b, oldPlan, newPlan),
    ),
    ...diffById(
      oldPlan.tasks,
      newPlan.tasks,
      (t) => t.id,
      'task',
      (t) => t.content,
      diffTask,
    ),
  ];
  return {
    old: { id: oldPlan.id, revision: oldPlan.revision.number },
    new: { id: newPlan.id, revision: newPlan.revision.number },
    changes,
    summary: { changes: changes.length, weakened: changes.filter((c) => c.weakened).length },
  };
}

function diffById<T>(
  before: T[],
  after: T[],
  key: (x: T) => string,
  entity: PlanChange['entity'],
  title: (x: T) => string,
  diffOne: (a: T, b: T) => PlanChange[],
): PlanChange[] {
  const oldById = new Map(before.map((x) => [key(x), x]));
  const newIds = new Set(after.map(key));
  const out: PlanChange[] = [];
  for (const b of after) {
    const a = oldById.get(key(b));
    if (a) pushAll(out, diffOne(a, b));
    // A removed target or task is a dropped commitment; a new one only adds.
    else
      out.push({
        kind: `${entity}-added`,
        entity,
        id: key(b),
        before: null,
        after: title(b),
        weakened: false,
      });
  }
  for (const a of before) {
    if (!newIds.has(key(a))) {
      out.push({
        kind: `${entity}-removed`,
        entity,
        id: key(a),
        before: title(a),
        after: null,
        // An indicator only measures; its targets carry the commitment and are reported themselves.
        weakened: entity !== 'indicator',
      });
    }
  }
  return out;
}

function diffIndicator(a: Indicator, b: Indicator): PlanChange[] {
  if (a.kind === b.kind) return [];
  return [
    {
      kind: 'indicator-kind-changed',
      entity: 'indicator',
      id: b.code,
      before: a.kind,
      after: b.kind,
      weakened: kindWeakened(a.kind, b.kind),
    },
  ];
}

function diffTarget(a: Target, b: Target, oldPlan: Plan, newPlan: Plan): PlanChange[] {
  const out: PlanChange[] = [];
  const change = (
    kind: PlanChangeKind,
    before: ChangeValue,
    after: ChangeValue,
    weakened: boolean,
    extra = {},
  ) => out.push({ kind, entity: 'target', id: b.id, before, after, weakened, ...extra });
  const oldInd = oldPlan.indicators.find((i) => i.code === a.indicator);
  const newInd = newPlan.indicators.find((i) => i.code === b.indicator);
  if (a.indicator !== b.indicator) change('target-indicator-changed', a.indicator, b.indicator, false);
  if (a.comparator !== b.comparator) {
    change(
      'target-comparator-changed',
      a.comparator ?? null,
      b.comparator ?? null,
      comparatorWeakened(a.comparator, b.comparator, newInd?.kind),
    );
  }
  const unit = { unit: newInd?.unit ?? oldInd?.unit ?? '' };
  if (a.value !== undefined && b.value !== undefined && a.value !== b.value) {
    const weakened = thresholdWeakened(
      a.value,
      b.value,
      stricterDirection(b.comparator ?? a.comparator, newInd?.kind),
    );
    change(
      b.value > a.value ? 'target-threshold-raised' : 'target-threshold-lowered',
      a.value,
      b.value,
      weakened,
      unit,
    );
  } else if (a.value !== undefined && b.value === undefined) {
    change('target-threshold-removed', a.value, null, true, unit);
  } else if (a.value === undefined && b.value !== undefined) {
    change('target-threshold-added', null, b.value, false, unit);
  }
  if (a.deadline !== b.deadline) {
    const later = b.deadline > a.deadline;
    change(later ? 'target-deadline-later' : 'target-deadline-earlier', a.deadline, b.deadline, later, {
      beforeLabel: a.deadlineLabel,
      afterLabel: b.deadlineLabel,
    });
  }
  if (a.owner !== b.owner) change('target-owner-changed', a.owner, b.owner, false);
  if (!sameSet(a.partners, b.partners)) change('target-partners-changed', a.partners, b.partners, false);
  return out;
}

function diffTask(a: Task, b: Task): PlanChange[] {
  const out: PlanChange[] = [];
  const base = { entity: 'task' as const, id: b.id };
  const s = compareSchedules(a.schedule, b.schedule);
  if (s.changed) {
    out.push({
      ...base,
      kind: 'task-deadline-changed',
      before: scheduleValue(a.schedule),
      after: scheduleValue(b.schedule),
      weakened: s.weakened,
      beforeLabel: a.schedule.label,
      afterLabel: b.schedule.label,
    });
  }
  if (a.owner !== b.owner)
    out.push({ ...base, kind: 'task-owner-changed', before: a.owner, after: b.owner, weakened: false });
  if (!sameSet(a.partners, b.partners)) {
    out.push({
      ...base,
      kind: 'task-partners-changed',
      before: a.partners,
      after: b.partners,
      weakened: false,
    });
  }
  return out;
}

/** Partners are a set: reordering them is not a change. */
function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}
