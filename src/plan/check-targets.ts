import type { Diagnostic, Msg } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import type { IndicatorKind } from '../model/plan.js';
import type { PlanCode } from '../words/diagnostics/catalog.js';
import { diag, type PlanCheck } from './check-context.js';
import { normaliseComparator } from './normalise-comparator.js';

const COMPARATORS_FOR: Record<IndicatorKind, readonly string[]> = {
  percentage: ['>=', '<=', '=', '>', '<', 'between'],
  count: ['>=', '<=', '=', '>', '<', 'between'],
  level: ['>=', '<=', '=', '>', '<', 'between'],
  rank: ['>=', '<=', '=', '>', '<', 'between', 'maintain-or-improve'],
  score: ['>=', '<=', '=', '>', '<', 'between'],
  milestone: [],
  qualitative: [],
};

const KIND_VI: Record<IndicatorKind, string> = {
  percentage: 'tỷ lệ (%)',
  count: 'số lượng',
  level: 'cấp độ',
  rank: 'thứ hạng',
  score: 'điểm',
  milestone: 'mốc hoàn thành',
  qualitative: 'định tính',
};

/** The comparator and value must make sense for the indicator's kind, and values must be in range. */
export const checkTargetValues: PlanCheck = (ctx) => {
  const kinds = new Map(ctx.raw.indicators.map((i) => [i.code, i.kind]));
  const maxOf = new Map(ctx.raw.indicators.map((i) => [i.code, i.max]));
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
    if (cmp === undefined && !t.relative && t.band === undefined) {
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
    } else if (cmp !== undefined && !allowed.includes(cmp)) {
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
    // A band of values, a named score band or a relative rule stands in for the value (check-v2-targets).
    const valueElsewhere = cmp === 'between' || t.band !== undefined || t.relative !== undefined;
    if (t.value === undefined) {
      if (cmp !== 'maintain-or-improve' && !valueElsewhere)
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
      const problem = rangeProblem(kind, t.value, maxOf.get(t.indicator));
      if (problem)
        out.push(diag(ctx, problem.code, 'error', `${p}/value`, problem.message, undefined, String(t.value)));
    }
    const base = t.baseline?.value;
    const baseProblem = base === undefined ? null : rangeProblem(kind, base, maxOf.get(t.indicator));
    if (baseProblem)
      out.push(diag(ctx, baseProblem.code, 'error', `${p}/baseline/value`, baseProblem.message));
  });
  return out;
};

export function rangeProblem(
  kind: IndicatorKind,
  v: number,
  max?: number,
): { code: PlanCode; message: Msg } | null {
  if (kind === 'score' && (v < 0 || (max !== undefined && v > max)))
    return {
      code: 'score-out-of-range',
      message: msg(
        `Điểm ${v} nằm ngoài khoảng 0–${max ?? '?'} (điểm tối đa của chỉ số).`,
        `The score ${v} is outside 0–${max ?? '?'} (the indicator's maximum).`,
      ),
    };
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
