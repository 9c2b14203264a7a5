import type { Lang, Msg } from '../model/diagnostic.js';
import type { FactComparison, FactFigure, TargetFacts } from '../model/facts.js';
import type { TargetDecision } from '../model/report.js';
import { formatDate } from './date.js';
import { ASSESSMENT_LABELS } from './labels.js';
import { formatNumber, round } from './number.js';
import { both, fmtPeriod, joinMsg } from './reason-kit.js';
import { comparatorWords, rangeText, relationText, valueText } from './value.js';

/** The phrases of a target's reason that every rule shares: the figure, staleness, no data, relative targets. */

type Measure = Pick<TargetDecision, 'kind' | 'unit'>;

const assessed = (m: Measure) => m.kind === 'milestone' || m.kind === 'qualitative';

/** "thực tế 55% (Quý III/2026) chưa ≥ 100%" / "đánh giá: Đang thực hiện (Quý III/2026)". */
export function describeFigure(m: Measure, o: FactFigure, c: FactComparison | null): Msg {
  const { kind, unit } = m;
  if (o.assessment !== null && assessed(m)) {
    const word = ASSESSMENT_LABELS[o.assessment];
    return both((l) =>
      l === 'vi'
        ? `đánh giá: ${word.vi} (${fmtPeriod(o.period, l)})`
        : `assessed: ${word.en} (${fmtPeriod(o.period, l)})`,
    );
  }
  return both((l) => {
    const v = valueText(kind, unit, o.value!, l) + (o.band === null ? '' : ` (${o.band})`);
    const frac = o.numerator !== null && o.denominator !== null ? ` = ${o.numerator}/${o.denominator}` : '';
    const head =
      l === 'vi'
        ? `thực tế ${v}${frac} (${fmtPeriod(o.period, l)})`
        : `actual ${v}${frac} (${fmtPeriod(o.period, l)})`;
    if (c === null) return head;
    const ref =
      c.comparator === 'between' && c.range
        ? rangeText(kind, unit, c.range, l)
        : valueText(kind, unit, c.reference, l) + (c.band ? ` (${c.band})` : '');
    return `${head} ${relationText(c.comparator, c.satisfied, ref, l)}`;
  });
}

export function staleNote(o: FactFigure, f: TargetFacts): Msg {
  return both((l) =>
    l === 'vi'
      ? `lưu ý: số liệu mới nhất là của kỳ ${fmtPeriod(o.period, l)}, cũ hơn kỳ báo cáo hiện tại (${fmtPeriod(f.window, l)})`
      : `note: the latest figure is for ${fmtPeriod(o.period, l)}, older than the current reporting period (${fmtPeriod(f.window, l)})`,
  );
}

/** "mốc tham chiếu là hạng 9 của kỳ Quý I/2026 (kế hoạch không ghi mốc)". */
export function referenceNote(m: Measure, f: TargetFacts): Msg | undefined {
  const r = f.reference;
  if (r === null) return undefined;
  return both((l) =>
    l === 'vi'
      ? `mốc tham chiếu là ${valueText(m.kind, m.unit, r.value, l)} của kỳ ${fmtPeriod(r.period, l)} (kế hoạch không ghi mốc)`
      : `the reference is ${valueText(m.kind, m.unit, r.value, l)} of ${fmtPeriod(r.period, l)} (the plan gives none)`,
  );
}

export function noDataReason(f: TargetFacts): Msg {
  const { zeroDenominator: zero, notCounted: future } = f.flags;
  return joinMsg([
    both((l) =>
      l === 'vi'
        ? `chưa có số liệu dùng được đến ngày ${formatDate(f.asOf)}`
        : `no usable figure up to ${formatDate(f.asOf)}`,
    ),
    zero.length > 0 &&
      both((l) => {
        const ps = zero.map((p) => fmtPeriod(p, l)).join(', ');
        return l === 'vi'
          ? `kỳ ${ps} có mẫu số bằng 0 (không phát sinh), không tính là 0%`
          : `${ps}: zero denominator (nothing to count), not counted as 0%`;
      }),
    future.length > 0 &&
      both((l) =>
        l === 'vi'
          ? `số liệu kỳ ${fmtPeriod(future[0]!, l)} kết thúc sau ngày đánh giá nên chưa tính`
          : `the figure for ${fmtPeriod(future[0]!, l)} ends after the as-of date and is not counted yet`,
      ),
  ]);
}

/**
 * "chỉ tiêu tính từ mốc cơ sở hạng 12 (31/12/2025): tăng 5 bậc → ≤ hạng 7": a relative target says where its
 * threshold comes from, so the reader can check the arithmetic.
 */
export function relativeNote(e: TargetDecision): Msg | undefined {
  const { relative: rel, kind, unit } = e;
  // A threshold taken from the first figure is not the plan's relative threshold (facts.reference).
  if (!rel || e.targetValue === undefined || e.comparator === undefined || e.facts.reference !== null)
    return undefined;
  const { by, change, baseline: base } = rel;
  const cmp = e.comparator;
  const value = e.targetValue;
  return both((l) => {
    const vi = l === 'vi';
    const size = Math.abs(change);
    const how =
      by === 'places'
        ? vi
          ? `tăng ${size} bậc`
          : `up ${size} places`
        : by === 'percent'
          ? vi
            ? `${change > 0 ? 'tăng' : 'giảm'} ${formatPct(size, l)} so với mốc`
            : `${change > 0 ? 'up' : 'down'} ${formatPct(size, l)} on the baseline`
          : vi
            ? `${change > 0 ? 'tăng' : 'giảm'} ${valueText(kind, unit, size, l)}`
            : `${change > 0 ? 'up' : 'down'} ${valueText(kind, unit, size, l)}`;
    const threshold = `${comparatorWords(cmp, l)} ${valueText(kind, unit, round(value, 2), l)}`;
    return vi
      ? `chỉ tiêu tính từ mốc cơ sở ${valueText(kind, unit, base.value, l)} (${formatDate(base.date)}): ${how} → ${threshold}`
      : `the target is computed from the baseline ${valueText(kind, unit, base.value, l)} (${formatDate(base.date)}): ${how} → ${threshold}`;
  });
}

const formatPct = (n: number, l: Lang) => `${formatNumber(n, l)}%`;
