import type { Diagnostic } from '../model/diagnostic.js';
import { ELEMENT_WORDS } from '../words/plan-words.js';
import { type CheckContext, diag, didYouMean, type PlanCheck } from './check-context.js';

const COLLECTIONS = [
  ['units', 'id'],
  ['phases', 'id'],
  ['areas', 'id'],
  ['indicators', 'code'],
  ['targets', 'id'],
  ['tasks', 'id'],
] as const;

/** Ids must be unique within their list: data files and other plans refer to them. */
export const checkUniqueIds: PlanCheck = (ctx) => {
  const out: Diagnostic[] = [];
  for (const [coll, key] of COLLECTIONS) {
    const first = new Map<string, number>();
    const items = (ctx.raw[coll] ?? []) as Record<string, string>[];
    items.forEach((item, i) => {
      const id = item[key]!;
      const prev = first.get(id);
      if (prev === undefined) {
        first.set(id, i);
        return;
      }
      const at = ctx.locate(`/${coll}/${prev}/${key}`);
      out.push(
        diag(
          ctx,
          'duplicate-id',
          'usedOnLine',
          { kind: ELEMENT_WORDS[coll], id, line: String(at.line) },
          `/${coll}/${i}/${key}`,
          { text: id },
        ),
      );
    });
  }
  return out;
};

type RefKind = 'unit' | 'indicator' | 'phase' | 'area' | 'parent';
/** Every id a plan element names must exist in the plan; a near miss gets a suggestion. */
export const checkReferences: PlanCheck = (ctx) => {
  const { raw } = ctx;
  const known: Record<RefKind, Set<string>> = {
    unit: new Set(raw.units.map((u) => u.id)),
    indicator: new Set(raw.indicators.map((i) => i.code)),
    phase: new Set(raw.phases.map((p) => p.id)),
    area: new Set((raw.areas ?? []).map((a) => a.id)),
    parent: new Set(raw.targets.map((t) => t.id)),
  };
  const s = ctx.skipped ?? {};
  const setAside: Record<RefKind, Set<string> | undefined> = {
    unit: s.units,
    indicator: s.indicators,
    phase: s.phases,
    area: s.areas,
    parent: s.targets,
  };
  const out: Diagnostic[] = [];
  const ref = (kind: RefKind, value: string | undefined, pointer: string) => {
    if (value === undefined || known[kind].has(value) || setAside[kind]?.has(value)) return;
    out.push(unknownRef(ctx, kind, value, pointer, known[kind]));
  };
  const refs = (values: string[] | undefined, pointer: string) =>
    values?.forEach((v, i) => {
      ref('unit', v, `${pointer}/${i}`);
    });
  raw.areas?.forEach((a, i) => {
    ref('unit', a.lead, `/areas/${i}/lead`);
    refs(a.partners, `/areas/${i}/partners`);
  });
  raw.targets.forEach((t, i) => {
    const p = `/targets/${i}`;
    ref('indicator', t.indicator, `${p}/indicator`);
    ref('phase', t.phase, `${p}/phase`);
    ref('area', t.area, `${p}/area`);
    ref('unit', t.owner, `${p}/owner`);
    refs(t.partners, `${p}/partners`);
    ref('parent', t.parent, `${p}/parent`);
    if (t.parent === t.id) {
      out.push(diag(ctx, 'parent-cycle', 'ownParent', { target: t.id }, `${p}/parent`));
    }
  });
  raw.tasks?.forEach((t, i) => {
    const p = `/tasks/${i}`;
    ref('area', t.area, `${p}/area`);
    ref('unit', t.owner, `${p}/owner`);
    refs(t.partners, `${p}/partners`);
  });
  return out;
};

function unknownRef(ctx: CheckContext, kind: RefKind, value: string, pointer: string, known: Set<string>) {
  return diag(ctx, `unknown-${kind}`, 'unknown', { value, didYouMean: didYouMean(value, known) }, pointer, {
    text: value,
  });
}

/** A sub-target ("trong đó …") and its parent must not form a loop longer than one step either. */
export const checkParentChains: PlanCheck = (ctx) => {
  const parentOf = new Map(ctx.raw.targets.map((t) => [t.id, t.parent]));
  const out: Diagnostic[] = [];
  ctx.raw.targets.forEach((t, i) => {
    if (!t.parent || t.parent === t.id) return;
    const seen = new Set([t.id]);
    let cur: string | undefined = t.parent;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      cur = parentOf.get(cur);
    }
    if (cur === t.id) {
      out.push(diag(ctx, 'parent-cycle', 'loop', { target: t.id }, `/targets/${i}/parent`));
    }
  });
  return out;
};
