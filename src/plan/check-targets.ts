import type { Diagnostic } from '../model/diagnostic.js';
import type { IndicatorKind } from '../model/plan.js';
import type { MessageData, PlanCode } from '../words/diagnostics/catalog.js';
import { kindInText } from '../words/plan-words.js';
import { type CheckContext, diag, type PlanCheck } from './check-context.js';
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
    const data = { indicator: t.indicator, kind: kindInText(kind), comparator: String(t.comparator) };
    if (allowed.length === 0) {
      if (cmp !== undefined)
        out.push(
          diag(ctx, 'comparator-kind-mismatch', 'assessed', data, `${p}/comparator`, {
            hintId: 'assessedHint',
          }),
        );
      if (t.value !== undefined) out.push(diag(ctx, 'value-kind-mismatch', 'assessed', data, `${p}/value`));
      return;
    }
    const listed = { ...data, target: t.id, allowed: allowed.join(', ') };
    if (cmp === undefined && !t.relative && t.band === undefined) {
      out.push(diag(ctx, 'missing-comparator', 'missing', listed, p));
    } else if (cmp !== undefined && !allowed.includes(cmp)) {
      out.push(diag(ctx, 'comparator-kind-mismatch', 'notForKind', listed, `${p}/comparator`));
    }
    // A band of values, a named score band or a relative rule stands in for the value (check-v2-targets).
    const valueElsewhere = cmp === 'between' || t.band !== undefined || t.relative !== undefined;
    if (t.value === undefined) {
      if (cmp !== 'maintain-or-improve' && !valueElsewhere)
        out.push(diag(ctx, 'missing-value', 'missing', { target: t.id }, p));
    } else {
      const problem = rangeProblem(kind, t.value, maxOf.get(t.indicator));
      if (problem) out.push(rangeDiag(ctx, problem, `${p}/value`, { text: String(t.value) }));
    }
    const base = t.baseline?.value;
    const baseProblem = base === undefined ? null : rangeProblem(kind, base, maxOf.get(t.indicator));
    if (baseProblem) out.push(rangeDiag(ctx, baseProblem, `${p}/baseline/value`));
  });
  return out;
};

/** What is out of range about a value of an indicator kind: a code, its message and the data it names. */
export interface RangeProblem {
  code: PlanCode;
  messageId: string;
  data: MessageData;
}

export const rangeDiag = (ctx: CheckContext, r: RangeProblem, pointer: string, extras?: { text?: string }) =>
  diag(ctx, r.code, r.messageId, r.data, pointer, extras);

export function rangeProblem(kind: IndicatorKind, v: number, max?: number): RangeProblem | null {
  const value = { value: v };
  if (kind === 'score' && (v < 0 || (max !== undefined && v > max)))
    return { code: 'score-out-of-range', messageId: 'value', data: { value: v, max: max ?? '?' } };
  if (kind === 'percentage' && (v < 0 || v > 100))
    return { code: 'percentage-out-of-range', messageId: 'outside', data: value };
  if (kind === 'level' && (!Number.isInteger(v) || v < 1 || v > 5))
    return { code: 'level-out-of-range', messageId: 'outside', data: value };
  if ((kind === 'rank' && (!Number.isInteger(v) || v < 1)) || (kind === 'count' && v < 0))
    return { code: 'value-out-of-range', messageId: kind === 'rank' ? 'rank' : 'count', data: value };
  return null;
}
