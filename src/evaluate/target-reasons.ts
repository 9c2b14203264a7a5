import type { Msg } from '../model/diagnostic.js';
import type { Observation } from '../model/observation.js';
import type { Comparator } from '../model/plan.js';
import type { Status } from '../model/report.js';
import { compareIso, daysBetween } from '../util/date.js';
import { formatNumber, round } from '../util/number.js';
import { ASSESSMENT_LABELS } from '../words/labels.js';
import { relationText } from '../words/value.js';
import { DIRECT_RULE_MIN_REMAINING, type EvaluateOptions } from './options.js';
import { satisfies } from './progress.js';
import type { TargetInput } from './target-input.js';
import {
  bandOf,
  both,
  fmtComparator,
  fmtDate,
  fmtPeriod,
  fmtRange,
  fmtValue,
  joinMsg,
  statusWord,
} from './words.js';

/** The sentences of a target's reason that do not depend on the status decision itself. */

export function directRule(
  input: TargetInput,
  latest: Observation,
  opts: EvaluateOptions,
  described: Msg,
): [Status, Observation, Msg] {
  // Before the target's phase has begun, all of its time remains.
  const from = compareIso(opts.asOf, input.start) < 0 ? input.start : opts.asOf;
  const total = daysBetween(input.start, input.target.deadline);
  const left = daysBetween(from, input.target.deadline);
  const share = total > 0 ? Math.min(1, left / total) : 0;
  const status: Status = share >= DIRECT_RULE_MIN_REMAINING ? 'on-track' : 'at-risk';
  const pct = Math.round(share * 100);
  return [
    status,
    latest,
    both((l) =>
      l === 'vi'
        ? `${described[l]}; chỉ có một kỳ số liệu và không có mốc cơ sở nên chưa đánh giá được tiến độ: so trực tiếp với chỉ tiêu, còn ${pct}% thời gian đến hạn ${fmtDate(input.target.deadline)} (quy tắc: đúng tiến độ khi còn từ ${DIRECT_RULE_MIN_REMAINING * 100}% thời gian trở lên) → ${statusWord(status, l)}`
        : `${described[l]}; only one figure and no baseline, so progress cannot be assessed: compared with the target directly, ${pct}% of the time to the deadline ${fmtDate(input.target.deadline)} remains (rule: on track while at least ${DIRECT_RULE_MIN_REMAINING * 100}% remains) → ${statusWord(status, l)}`,
    ),
  ];
}

/** "thực tế 55% (Quý III/2026) chưa ≥ 100%" / "đánh giá: Đang thực hiện (Quý III/2026)". */
export function describeFigure(
  input: TargetInput,
  o: Observation,
  comparator: Comparator | undefined,
  reference: number | undefined,
): Msg {
  const { kind, unit } = input.indicator;
  if (o.assessment !== undefined && (kind === 'milestone' || kind === 'qualitative')) {
    const word = ASSESSMENT_LABELS[o.assessment];
    return both((l) =>
      l === 'vi'
        ? `đánh giá: ${word.vi} (${fmtPeriod(o.period, l)})`
        : `assessed: ${word.en} (${fmtPeriod(o.period, l)})`,
    );
  }
  const range = input.target.range;
  const ok =
    comparator !== undefined && reference !== undefined && satisfies(comparator, o.value!, reference, range);
  const bands = input.indicator.bands;
  const band = (x: number) => {
    const b = bandOf(bands, x);
    return b === undefined ? '' : ` (${b})`;
  };
  return both((l) => {
    const v = fmtValue(kind, unit, o.value!, l) + band(o.value!);
    const frac =
      o.numerator !== undefined && o.denominator !== undefined ? ` = ${o.numerator}/${o.denominator}` : '';
    const head =
      l === 'vi'
        ? `thực tế ${v}${frac} (${fmtPeriod(o.period, l)})`
        : `actual ${v}${frac} (${fmtPeriod(o.period, l)})`;
    if (comparator === undefined || reference === undefined) return head;
    const ref =
      comparator === 'between' && range
        ? fmtRange(kind, unit, range, l)
        : fmtValue(kind, unit, reference, l) + (input.target.band ? ` (${input.target.band})` : '');
    return `${head} ${relationText(comparator, ok, ref, l)}`;
  });
}

export function staleNote(o: Observation, opts: EvaluateOptions): Msg {
  return both((l) =>
    l === 'vi'
      ? `lưu ý: số liệu mới nhất là của kỳ ${fmtPeriod(o.period, l)}, cũ hơn kỳ báo cáo hiện tại (${fmtPeriod(opts.window, l)})`
      : `note: the latest figure is for ${fmtPeriod(o.period, l)}, older than the current reporting period (${fmtPeriod(opts.window, l)})`,
  );
}

export function noDataReason(input: TargetInput, known: Observation[], opts: EvaluateOptions): Msg {
  const zero = known.filter((o) => o.value === null && o.denominator === 0);
  const future = input.observations.filter((o) => o.period.end > opts.asOf);
  const parts: Msg[] = [
    both((l) =>
      l === 'vi'
        ? `chưa có số liệu dùng được đến ngày ${fmtDate(opts.asOf)}`
        : `no usable figure up to ${fmtDate(opts.asOf)}`,
    ),
  ];
  if (zero.length > 0) {
    parts.push(
      both((l) => {
        const ps = zero.map((o) => fmtPeriod(o.period, l)).join(', ');
        return l === 'vi'
          ? `kỳ ${ps} có mẫu số bằng 0 (không phát sinh), không tính là 0%`
          : `${ps}: zero denominator (nothing to count), not counted as 0%`;
      }),
    );
  }
  if (future.length > 0) {
    parts.push(
      both((l) =>
        l === 'vi'
          ? `số liệu kỳ ${fmtPeriod(future[0]!.period, l)} kết thúc sau ngày đánh giá nên chưa tính`
          : `the figure for ${fmtPeriod(future[0]!.period, l)} ends after the as-of date and is not counted yet`,
      ),
    );
  }
  return joinMsg(parts);
}

/**
 * "chỉ tiêu tính từ mốc cơ sở hạng 12 (31/12/2025): tăng 5 bậc → ≤ hạng 7": a relative target says where its
 * threshold comes from, so the reader can check the arithmetic.
 */
export function relativeNote(input: TargetInput): Msg | undefined {
  const { target: t, indicator: ind } = input;
  if (!t.relative || !t.baseline || t.value === undefined || t.comparator === undefined) return undefined;
  const { by, change } = t.relative;
  const base = t.baseline;
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
            ? `${change > 0 ? 'tăng' : 'giảm'} ${fmtValue(ind.kind, ind.unit, size, l)}`
            : `${change > 0 ? 'up' : 'down'} ${fmtValue(ind.kind, ind.unit, size, l)}`;
    const threshold = `${fmtComparator(t.comparator!, l)} ${fmtValue(ind.kind, ind.unit, round(t.value!, 2), l)}`;
    return vi
      ? `chỉ tiêu tính từ mốc cơ sở ${fmtValue(ind.kind, ind.unit, base.value, l)} (${fmtDate(base.date)}): ${how} → ${threshold}`
      : `the target is computed from the baseline ${fmtValue(ind.kind, ind.unit, base.value, l)} (${fmtDate(base.date)}): ${how} → ${threshold}`;
  });
}

const formatPct = (n: number, l: 'vi' | 'en') => `${formatNumber(n, l)}%`;
