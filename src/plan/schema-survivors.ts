import { validatePlan } from './plan-validator.generated.js';
import type { RawPlan } from './raw-plan.js';

/** Lists whose elements can be set aside one by one when they fail the schema. */
const LISTS = ['units', 'phases', 'areas', 'indicators', 'targets', 'tasks'] as const;
type List = (typeof LISTS)[number];
const ID_KEY: Record<List, string> = {
  units: 'id',
  phases: 'id',
  areas: 'id',
  indicators: 'code',
  targets: 'id',
  tasks: 'id',
};
/** Top-level fields no semantic check reads: a schema error there does not stop the checks. */
const UNREAD = new Set([
  '$schema',
  'schemaVersion',
  'id',
  'title',
  'issuer',
  'document',
  'basis',
  'revision',
]);

/** What is left to check when part of a plan failed the schema. */
export interface Survivors {
  raw: RawPlan;
  /** Ids of elements set aside: references to them are not reported as unknown (their own error says enough). */
  skipped: Record<List, Set<string>>;
  /** A pointer into `raw` → the same place in the file (indices shift where elements were set aside). */
  original(pointer: string): string;
}

/**
 * The parts of a plan that passed the schema, so one `validate` pass shows the semantic problems too (an
 * owner that does not exist, a deadline outside the plan) instead of revealing them only after the schema
 * errors are fixed. A list element with any schema error is set aside whole; an error anywhere else the
 * checks read (period, reporting, a list that is not a list) leaves nothing safe to check: null.
 */
export function schemaSurvivors(data: unknown): Survivors | null {
  if (validatePlan(data))
    return { raw: withLists(data as Record<string, unknown>), skipped: emptySkipped(), original: (p) => p };
  const bad: Record<List, Set<number>> = {
    units: new Set(),
    phases: new Set(),
    areas: new Set(),
    indicators: new Set(),
    targets: new Set(),
    tasks: new Set(),
  };
  for (const e of validatePlan.errors ?? []) {
    const extra =
      e.keyword === 'required'
        ? `/${e.params.missingProperty}`
        : e.keyword === 'additionalProperties'
          ? `/${e.params.additionalProperty}`
          : '';
    const parts = `${e.instancePath}${extra}`.split('/').slice(1);
    const top = parts[0] ?? '';
    if (UNREAD.has(top)) continue;
    const list = LISTS.find((l) => l === top);
    const index = parts[1] !== undefined && /^\d+$/.test(parts[1]) ? Number(parts[1]) : undefined;
    if (!list || index === undefined) return null;
    bad[list].add(index);
  }
  const src = data as Record<string, unknown>;
  const kept: Record<string, unknown> = { ...src };
  const skipped = emptySkipped();
  const indexOf: Partial<Record<List, number[]>> = {};
  for (const list of LISTS) {
    const items = src[list];
    if (!Array.isArray(items)) continue;
    const at: number[] = [];
    kept[list] = items.filter((item, i) => {
      if (!bad[list].has(i)) {
        at.push(i);
        return true;
      }
      const id = (item as Record<string, unknown> | null)?.[ID_KEY[list]];
      if (typeof id === 'string') skipped[list].add(id);
      return false;
    });
    indexOf[list] = at;
  }
  const original = (pointer: string) =>
    pointer.replace(/^\/([a-z]+)\/(\d+)/, (whole, list: string, i: string) => {
      const at = indexOf[list as List]?.[Number(i)];
      return at === undefined ? whole : `/${list}/${at}`;
    });
  return { raw: withLists(kept), skipped, original };
}

/** A tasks-only plan may leave out `indicators` and `targets`: the checks and the loader see empty lists. */
export function withLists(data: Record<string, unknown>): RawPlan {
  return { ...data, indicators: data.indicators ?? [], targets: data.targets ?? [] } as unknown as RawPlan;
}

function emptySkipped(): Record<List, Set<string>> {
  return {
    units: new Set(),
    phases: new Set(),
    areas: new Set(),
    indicators: new Set(),
    targets: new Set(),
    tasks: new Set(),
  };
}
