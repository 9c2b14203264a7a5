import { diag, type PlanCheck } from './check-context.js';

/**
 * A declared unit that leads, owns and partners nothing is usually a duty left out of the plan (the seed's
 * Công an xã and Mặt trận before section V was encoded): a warning, since a unit may be declared ahead of use.
 * Units skipped for their own schema error are not judged; references from skipped elements are not seen, so
 * the check stays quiet whenever anything was set aside, or a reference names an undeclared unit.
 */
export const checkUnusedUnits: PlanCheck = (ctx) => {
  const { raw } = ctx;
  if (Object.values(ctx.skipped ?? {}).some((s) => s && s.size > 0)) return [];
  const used = new Set<string>();
  const add = (id: string | undefined) => {
    if (id !== undefined) used.add(id);
  };
  for (const a of raw.areas ?? []) {
    add(a.lead);
    a.partners?.forEach(add);
  }
  for (const t of [...raw.targets, ...(raw.tasks ?? [])]) {
    add(t.owner);
    t.partners?.forEach(add);
  }
  // A reference to an undeclared unit is probably a typo of a declared one: its unknown-unit error says it all.
  const declared = new Set(raw.units.map((u) => u.id));
  if ([...used].some((id) => !declared.has(id))) return [];
  return raw.units.flatMap((u, i) =>
    used.has(u.id)
      ? []
      : [
          diag(ctx, 'unit-owns-nothing', 'nothing', { unit: u.id, name: u.name }, `/units/${i}/id`, {
            text: u.id,
          }),
        ],
  );
};
