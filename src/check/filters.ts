import { CchcError } from '../errors.js';
import { msg } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import type { TargetDecision, TaskDecision } from '../model/report.js';
import { nearest } from '../util/text.js';

/** The --owner/--phase/--area/--unit selection of a run. */
export interface Filters {
  owner?: string;
  phase?: string;
  area?: string;
  unit?: string;
}

const WHAT = {
  owner: { vi: 'đơn vị chủ trì', en: 'owner unit', where: { vi: 'kế hoạch', en: 'plan' } },
  phase: { vi: 'giai đoạn', en: 'phase', where: { vi: 'kế hoạch', en: 'plan' } },
  area: { vi: 'lĩnh vực', en: 'area', where: { vi: 'kế hoạch', en: 'plan' } },
  group: {
    vi: 'nhóm đơn vị báo cáo',
    en: 'reporting-unit group',
    where: { vi: 'kế hoạch (reportingUnits.groups)', en: 'plan (reportingUnits.groups)' },
  },
  unit: {
    vi: 'đơn vị báo cáo',
    en: 'reporting unit',
    where: { vi: 'kế hoạch (issuer, reportingUnits)', en: 'plan (issuer, reportingUnits)' },
  },
  unitData: {
    vi: 'dòng số liệu nào của đơn vị báo cáo',
    en: 'data row of the reporting unit',
    where: { vi: 'số liệu (cột Đơn vị)', en: 'data (Đơn vị column)' },
  },
} as const;

/** An unknown id is a usage mistake (exit 2), with the nearest known ids and the full list when short. */
export function checkId(kind: keyof typeof WHAT, id: string | undefined, known: string[]): void {
  if (id === undefined || known.includes(id)) return;
  const w = WHAT[kind];
  const near = nearest(id, known);
  const list = known.length > 0 ? known.join(', ') : '—';
  throw new CchcError(
    'usage',
    msg(
      `Không có ${w.vi} "${id}" trong ${w.where.vi}.${near.length ? ` Có phải ý bạn là: ${near.join(', ')}?` : ''}`,
      `There is no ${w.en} "${id}" in the ${w.where.en}.${near.length ? ` Did you mean: ${near.join(', ')}?` : ''}`,
    ),
    msg(`Các mã có thể dùng: ${list}.`, `Known ids: ${list}.`),
  );
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
