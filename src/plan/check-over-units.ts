import type { Diagnostic, Msg } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import type { PlanCode } from '../words/diagnostics/catalog.js';
import { diag, didYouMean, type PlanCheck } from './check-context.js';
import { parseUnitNeed } from './parse-unit-need.js';

/** The declared reporting units, as far as this check needs them (ids of units and groups). */
interface DeclaredUnits {
  groups?: { id: string }[];
  list?: { id: string; group?: string }[];
  file?: string;
}

/**
 * Targets over units: `need` understood and in range, the group and the units of per-unit thresholds declared
 * (when the plan declares its units in the plan itself: a units file is checked when it is read), a threshold
 * given only where the target has one to replace, and no unit twice.
 */
export const checkOverUnits: PlanCheck = (ctx) => {
  const out: Diagnostic[] = [];
  const declared = (ctx.raw as { reportingUnits?: DeclaredUnits }).reportingUnits;
  const groups = declared?.groups?.map((g) => g.id) ?? [];
  // With a units file the list is not known here; references are then checked once the file is read.
  const units = declared && declared.file === undefined ? (declared.list ?? []) : undefined;
  ctx.raw.targets.forEach((t, i) => {
    const o = t.overUnits;
    if (!o) return;
    const p = `/targets/${i}/overUnits`;
    const err = (code: PlanCode, at: string, m: Msg, hint?: Msg) =>
      out.push(diag(ctx, code, 'error', at, m, hint));
    const need = parseUnitNeed(o.need);
    if (!need) {
      err(
        'over-units-need-not-understood',
        `${p}/need`,
        msg(
          `Không hiểu số đơn vị cần đạt "${o.need}".`,
          `The number of units needed, "${o.need}", is not understood.`,
        ),
        msg(
          'Viết tỷ lệ ("100%", "≥ 80%") hoặc số đơn vị ("ít nhất 10/13", "ít nhất 10").',
          'Write a share ("100%", "≥ 80%") or a count ("ít nhất 10/13", "ít nhất 10").',
        ),
      );
    } else if (need.kind === 'share' && (need.value <= 0 || need.value > 100)) {
      err(
        'over-units-need-out-of-range',
        `${p}/need`,
        msg(
          `Tỷ lệ đơn vị cần đạt phải trong (0; 100%], đang là ${need.value}%.`,
          `The share must be in (0, 100%]; it is ${need.value}%.`,
        ),
      );
    } else if (need.kind === 'count' && (need.value < 1 || (need.of !== undefined && need.value > need.of))) {
      err(
        'over-units-need-out-of-range',
        `${p}/need`,
        msg(`Số đơn vị cần đạt "${o.need}" không hợp lệ.`, `The count "${o.need}" is not valid.`),
      );
    } else if (need.kind === 'count' && need.of !== undefined && units) {
      const size = o.group === undefined ? units.length : units.filter((u) => u.group === o.group).length;
      if (size !== need.of) {
        err(
          'over-units-count-mismatch',
          `${p}/need`,
          msg(
            `"${o.need}" nói có ${need.of} đơn vị, nhưng kế hoạch khai báo ${size}${o.group ? ` trong nhóm ${o.group}` : ''}.`,
            `"${o.need}" says ${need.of} units, but the plan declares ${size}${o.group ? ` in group ${o.group}` : ''}.`,
          ),
          msg('Sửa số trong need hoặc danh sách đơn vị.', 'Fix the number in need or the list of units.'),
        );
      }
    }
    if (o.group !== undefined && !groups.includes(o.group)) {
      err(
        'over-units-unknown-group',
        `${p}/group`,
        msg(
          `Nhóm đơn vị "${o.group}" không có trong reportingUnits.groups.${didYouMean(o.group, groups).vi}`,
          `The unit group "${o.group}" is not in reportingUnits.groups.${didYouMean(o.group, groups).en}`,
        ),
        msg(
          'Khai báo nhóm ở reportingUnits.groups, hoặc bỏ group để tính mọi đơn vị.',
          'Declare it under reportingUnits.groups, or drop group to count every unit.',
        ),
      );
    }
    const seen = new Set<string>();
    (o.thresholds ?? []).forEach((th, j) => {
      const at = `${p}/thresholds/${j}`;
      if (seen.has(th.unit))
        err(
          'over-units-duplicate-threshold',
          `${at}/unit`,
          msg(`Đơn vị "${th.unit}" có hai ngưỡng riêng.`, `The unit "${th.unit}" has two thresholds.`),
        );
      seen.add(th.unit);
      if (units && !units.some((u) => u.id === th.unit)) {
        const ids = units.map((u) => u.id);
        err(
          'over-units-unknown-unit',
          `${at}/unit`,
          msg(
            `Đơn vị "${th.unit}" không có trong reportingUnits.list.${didYouMean(th.unit, ids).vi}`,
            `The unit "${th.unit}" is not in reportingUnits.list.${didYouMean(th.unit, ids).en}`,
          ),
        );
      }
      const between = t.comparator === 'between' || t.comparator === 'trong khoảng';
      const ok = between ? th.min !== undefined || th.max !== undefined : th.value !== undefined;
      if (!ok || (t.value === undefined && t.min === undefined && t.max === undefined && !between)) {
        err(
          'over-units-threshold-without-value',
          at,
          msg(
            between
              ? `Ngưỡng riêng cho "${th.unit}" cần min và/hoặc max (chỉ tiêu dùng between).`
              : `Ngưỡng riêng cho "${th.unit}" cần value, và chỉ tiêu phải có value để thay.`,
            between
              ? `The threshold for "${th.unit}" needs min and/or max (the target uses between).`
              : `The threshold for "${th.unit}" needs a value, and the target a value to replace.`,
          ),
        );
      }
    });
  });
  return out;
};
