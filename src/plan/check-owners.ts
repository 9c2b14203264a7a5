import { msg } from '../model/diagnostic.js';
import { diag, type PlanCheck } from './check-context.js';

/** Every target needs an owner: its own, or its area's lead. */
export const checkOwners: PlanCheck = (ctx) =>
  ctx.raw.targets
    .flatMap((t, i) => {
      if (t.owner !== undefined) return [];
      if (t.area !== undefined) return []; // owner comes from the area (an unknown area is reported elsewhere)
      return [
        diag(
          ctx,
          'missing-owner',
          'error',
          `/targets/${i}`,
          msg(
            `Chỉ tiêu "${t.id}" không có đơn vị chủ trì: ghi "owner: <mã đơn vị>" hoặc "area: <mã lĩnh vực>" để lấy đơn vị chủ trì của lĩnh vực.`,
            `Target "${t.id}" has no owner: add "owner: <unit id>" or "area: <area id>" to take the area's lead.`,
          ),
        ),
      ];
    })
    .concat(
      (ctx.raw.tasks ?? []).flatMap((t, i) =>
        t.owner !== undefined || t.area !== undefined
          ? []
          : [
              diag(
                ctx,
                'missing-owner',
                'error',
                `/tasks/${i}`,
                msg(
                  `Nhiệm vụ "${t.id}" không có đơn vị chủ trì: ghi "owner: <mã đơn vị>" hoặc "area: <mã lĩnh vực>".`,
                  `Task "${t.id}" has no owner: add "owner: <unit id>" or "area: <area id>".`,
                ),
              ),
            ],
      ),
    );
