import type { Target } from '../model/plan.js';

/**
 * The target as one reporting unit is held to it: the plan's per-unit threshold (a mountain commune's lower
 * bar) replaces the value, or between's edges, for that unit only. Built once per plan: a lookup per
 * unit × target afterwards.
 */
export function unitTargets(
  targets: readonly Target[],
): (target: Target, unit: string | undefined) => Target {
  const own = new Map<string, Map<string, Target>>();
  for (const t of targets) {
    const list = t.overUnits?.thresholds ?? [];
    if (list.length === 0) continue;
    const byUnit = new Map<string, Target>();
    for (const th of list) {
      const u: Target = { ...t };
      if (th.value !== undefined) u.value = th.value;
      if (t.range && (th.min !== undefined || th.max !== undefined)) {
        u.range = { min: th.min ?? t.range.min, max: th.max ?? t.range.max };
      }
      byUnit.set(th.unit, u);
    }
    own.set(t.id, byUnit);
  }
  return (target, unit) => (unit === undefined ? target : (own.get(target.id)?.get(unit) ?? target));
}
