import { diag, type PlanCheck } from './check-context.js';

/** Every target needs an owner: its own, or its area's lead. */
export const checkOwners: PlanCheck = (ctx) =>
  ctx.raw.targets
    .flatMap((t, i) => {
      if (t.owner !== undefined) return [];
      if (t.area !== undefined) return []; // owner comes from the area (an unknown area is reported elsewhere)
      return [diag(ctx, 'missing-owner', 'target', { id: t.id }, `/targets/${i}`)];
    })
    .concat(
      (ctx.raw.tasks ?? []).flatMap((t, i) =>
        t.owner !== undefined || t.area !== undefined
          ? []
          : [diag(ctx, 'missing-owner', 'task', { id: t.id }, `/tasks/${i}`)],
      ),
    );
