import type { Diagnostic } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import type { IndicatorKind } from '../model/plan.js';
import { formatDate } from '../util/date.js';
import { diag, type PlanCheck } from './check-context.js';
import { normaliseComparator } from './normalise-comparator.js';
import type { RawTarget } from './raw-plan.js';
import { targetDeadline } from './resolve-deadline.js';

const COMPARATORS_FOR: Record<IndicatorKind, readonly string[]> = {
  percentage: ['>=', '<=', '='],
  count: ['>=', '<=', '='],
  level: ['>=', '<=', '='],
  rank: ['>=', '<=', '=', 'maintain-or-improve'],
  milestone: [],
  qualitative: [],
};

const KIND_VI: Record<IndicatorKind, string> = {
  percentage: 'tỷ lệ (%)',
  count: 'số lượng',
  level: 'cấp độ',
  rank: 'thứ hạng',
  milestone: 'mốc hoàn thành',
  qualitative: 'định tính',
};

/** The comparator and value must make sense for the indicator's kind, and values must be in range. */
export const checkTargetValues: PlanCheck = (ctx) => {
  const kinds = new Map(ctx.raw.indicators.map((i) => [i.code, i.kind]));
  const out: Diagnostic[] = [];
  ctx.raw.targets.forEach((t, i) => {
    const kind = kinds.get(t.indicator);
    if (!kind) return; // unknown indicator: reported by checkReferences
    const p = `/targets/${i}`;
    const cmp = normaliseComparator(t.comparator);
    const allowed = COMPARATORS_FOR[kind];
    const kindText = { vi: KIND_VI[kind], en: kind };
    if (allowed.length === 0) {
      if (cmp !== undefined)
        out.push(
          diag(
            ctx,
            'comparator-kind-mismatch',
            'error',
            `${p}/comparator`,
            msg(
              `Chỉ số "${t.indicator}" là loại ${kindText.vi}: chỉ tiêu được đánh giá Đạt/Hoàn thành, không dùng phép so sánh "${t.comparator}".`,
              `Indicator "${t.indicator}" is ${kindText.en}: the target is assessed as achieved/done, so it takes no comparator ("${t.comparator}").`,
            ),
            msg('Xóa dòng "comparator".', 'Remove the "comparator" line.'),
          ),
        );
      if (t.value !== undefined)
        out.push(
          diag(
            ctx,
            'value-kind-mismatch',
            'error',
            `${p}/value`,
            msg(
              `Chỉ số "${t.indicator}" là loại ${kindText.vi}: chỉ tiêu không có giá trị số.`,
              `Indicator "${t.indicator}" is ${kindText.en}: the target takes no numeric value.`,
            ),
            msg('Xóa dòng "value".', 'Remove the "value" line.'),
          ),
        );
      return;
    }
    if (cmp === undefined) {
      out.push(
        diag(
          ctx,
          'missing-comparator',
          'error',
          p,
          msg(
            `Chỉ tiêu "${t.id}" thiếu phép so sánh (comparator); với chỉ số ${kindText.vi} dùng: ${allowed.join(', ')}.`,
            `Target "${t.id}" has no comparator; for a ${kindText.en} indicator use one of: ${allowed.join(', ')}.`,
          ),
        ),
      );
    } else if (!allowed.includes(cmp)) {
      out.push(
        diag(
          ctx,
          'comparator-kind-mismatch',
          'error',
          `${p}/comparator`,
          msg(
            `Phép so sánh "${t.comparator}" không dùng được cho chỉ số ${kindText.vi} "${t.indicator}"; dùng: ${allowed.join(', ')}. ("maintain-or-improve" chỉ dành cho thứ hạng.)`,
            `Comparator "${t.comparator}" does not fit ${kindText.en} indicator "${t.indicator}"; use one of: ${allowed.join(', ')}. ("maintain-or-improve" is only for ranks.)`,
          ),
        ),
      );
    }
    if (t.value === undefined) {
      if (cmp !== 'maintain-or-improve')
        out.push(
          diag(
            ctx,
            'missing-value',
            'error',
            p,
            msg(`Chỉ tiêu "${t.id}" thiếu giá trị (value).`, `Target "${t.id}" has no value.`),
          ),
        );
    } else {
      const problem = rangeProblem(kind, t.value);
      if (problem)
        out.push(diag(ctx, problem.code, 'error', `${p}/value`, problem.message, undefined, String(t.value)));
    }
    const base = t.baseline?.value;
    const baseProblem = base === undefined ? null : rangeProblem(kind, base);
    if (baseProblem)
      out.push(diag(ctx, baseProblem.code, 'error', `${p}/baseline/value`, baseProblem.message));
  });
  return out;
};

function rangeProblem(kind: IndicatorKind, v: number) {
  if (kind === 'percentage' && (v < 0 || v > 100))
    return {
      code: 'percentage-out-of-range',
      message: msg(
        `Tỷ lệ ${v} nằm ngoài khoảng 0–100. Ghi theo đơn vị phần trăm: 95 cho 95%, 95.5 cho 95,5%.`,
        `The percentage ${v} is outside 0–100. Write it in percent units: 95 for 95%, 95.5 for 95.5%.`,
      ),
    };
  if (kind === 'level' && (!Number.isInteger(v) || v < 1 || v > 5))
    return {
      code: 'level-out-of-range',
      message: msg(
        `Cấp độ phải là số nguyên từ 1 đến 5 (tệp ghi ${v}).`,
        `A level must be a whole number from 1 to 5 (got ${v}).`,
      ),
    };
  if ((kind === 'rank' && (!Number.isInteger(v) || v < 1)) || (kind === 'count' && v < 0))
    return {
      code: 'value-out-of-range',
      message:
        kind === 'rank'
          ? msg(
              `Thứ hạng phải là số nguyên từ 1 trở lên (tệp ghi ${v}).`,
              `A rank must be a whole number from 1 up (got ${v}).`,
            )
          : msg(`Số lượng không được âm (tệp ghi ${v}).`, `A count cannot be negative (got ${v}).`),
    };
  return null;
}

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

/** A later target for the same indicator that asks for less than an earlier one is probably a slip. */
export const checkWeakerLaterTargets: PlanCheck = (ctx) => {
  const { raw } = ctx;
  const out: Diagnostic[] = [];
  const dated = raw.targets
    .map((t, i) => ({ t, i, d: targetDeadline(t, raw), cmp: normaliseComparator(t.comparator) }))
    .filter((x) => x.d.ok && x.t.value !== undefined && (x.cmp === '>=' || x.cmp === '<='));
  for (const later of dated) {
    for (const earlier of dated) {
      if (earlier.t.indicator !== later.t.indicator || earlier.cmp !== later.cmp) continue;
      const [de, dl] = [due(earlier.d), due(later.d)];
      if (!(de < dl)) continue;
      const weaker =
        later.cmp === '>=' ? later.t.value! < earlier.t.value! : later.t.value! > earlier.t.value!;
      if (weaker) out.push(weakerDiag(ctx, later.t, later.i, earlier.t, de));
    }
  }
  return out;
};

const due = (d: ReturnType<typeof targetDeadline>) => (d.ok ? d.due : '');

function weakerDiag(
  ctx: Parameters<PlanCheck>[0],
  later: RawTarget,
  i: number,
  earlier: RawTarget,
  earlierDue: string,
) {
  return diag(
    ctx,
    'weaker-later-target',
    'warning',
    `/targets/${i}/value`,
    msg(
      `Chỉ tiêu "${later.id}" (${later.comparator} ${later.value}) thấp hơn chỉ tiêu trước đó "${earlier.id}" (${earlier.comparator} ${earlier.value}, hạn ${formatDate(earlierDue)}) của cùng chỉ số "${later.indicator}".`,
      `Target "${later.id}" (${later.comparator} ${later.value}) asks for less than the earlier target "${earlier.id}" (${earlier.comparator} ${earlier.value}, due ${formatDate(earlierDue)}) for the same indicator "${later.indicator}".`,
    ),
    msg(
      'Nếu đúng là kế hoạch hạ chỉ tiêu thì có thể bỏ qua cảnh báo này; nếu không, hãy sửa giá trị.',
      'If the plan really lowers the target, ignore this warning; otherwise fix the value.',
    ),
  );
}
