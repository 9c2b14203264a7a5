import type { Diagnostic, Msg } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { formatNumber } from '../util/number.js';
import type { PlanCode } from '../words/diagnostics/catalog.js';
import { diag, didYouMean, type PlanCheck } from './check-context.js';
import { rangeProblem } from './check-targets.js';
import { normaliseComparator } from './normalise-comparator.js';
import type { RawIndicator, RawTarget } from './raw-plan.js';
import { defaultComparator, relativeRule, relativeValue } from './resolve-threshold.js';

/** Score indicators need their maximum; bands must fit inside it and be told apart. */
export const checkScoreIndicators: PlanCheck = (ctx) => {
  const out: Diagnostic[] = [];
  ctx.raw.indicators.forEach((ind, i) => {
    const p = `/indicators/${i}`;
    const err = (code: PlanCode, at: string, m: Msg, hint?: Msg) =>
      out.push(diag(ctx, code, 'error', at, m, hint));
    if (ind.kind !== 'score') {
      for (const f of ['max', 'bands'] as const)
        if (ind[f] !== undefined)
          err(
            'score-field-kind-mismatch',
            `${p}/${f}`,
            msg(
              `"${f}" chỉ dùng cho chỉ số loại score (điểm); chỉ số "${ind.code}" là ${ind.kind}.`,
              `"${f}" is only for score indicators; "${ind.code}" is ${ind.kind}.`,
            ),
          );
      return;
    }
    if (ind.max === undefined) {
      err(
        'missing-score-max',
        p,
        msg(
          `Chỉ số điểm "${ind.code}" thiếu điểm tối đa (max).`,
          `Score indicator "${ind.code}" has no maximum (max).`,
        ),
        msg(
          'Thêm dòng "max: 100" (hoặc điểm tối đa ghi trong văn bản).',
          'Add "max: 100" (or the maximum the document gives).',
        ),
      );
      return;
    }
    const names = new Set<string>();
    (ind.bands ?? []).forEach((b, j) => {
      if (b.min < 0 || b.min > ind.max!)
        err(
          'score-out-of-range',
          `${p}/bands/${j}/min`,
          msg(
            `Mức "${b.name}" bắt đầu từ ${b.min} điểm, ngoài khoảng 0–${ind.max}.`,
            `Band "${b.name}" starts at ${b.min}, outside 0–${ind.max}.`,
          ),
        );
      if (names.has(b.name))
        err(
          'duplicate-band',
          `${p}/bands/${j}/name`,
          msg(`Mức xếp loại "${b.name}" bị khai báo hai lần.`, `Band "${b.name}" is declared twice.`),
        );
      names.add(b.name);
    });
  });
  return out;
};

/** `between`, `band` and `relative`: each needs its own fields and no `value` beside them. */
export const checkV2Targets: PlanCheck = (ctx) => {
  const inds = new Map(ctx.raw.indicators.map((i) => [i.code, i]));
  const out: Diagnostic[] = [];
  ctx.raw.targets.forEach((t, i) => {
    const ind = inds.get(t.indicator);
    if (!ind) return; // reported by checkReferences
    const p = `/targets/${i}`;
    const err = (code: PlanCode, at: string, m: Msg, hint?: Msg) =>
      out.push(diag(ctx, code, 'error', at, m, hint));
    checkBetween(t, ind, p, err);
    checkBand(t, ind, p, err);
    checkRelative(t, ind, p, err);
  });
  return out;
};

type Err = (code: PlanCode, at: string, m: Msg, hint?: Msg) => void;

function checkBetween(t: RawTarget, ind: RawIndicator, p: string, err: Err): void {
  const between = normaliseComparator(t.comparator) === 'between';
  if (!between) {
    for (const f of ['min', 'max'] as const)
      if (t[f] !== undefined)
        err(
          'range-without-between',
          `${p}/${f}`,
          msg(
            `"${f}" chỉ dùng với comparator: between (khoảng giá trị).`,
            `"${f}" is only used with comparator: between (a band of values).`,
          ),
          msg('Ghi comparator: between, hoặc dùng value.', 'Write comparator: between, or use value.'),
        );
    return;
  }
  if (t.value !== undefined)
    err(
      'value-with-between',
      `${p}/value`,
      msg(
        'Chỉ tiêu "between" ghi min và max, không ghi value.',
        'A "between" target takes min and max, not value.',
      ),
    );
  if (t.min === undefined || t.max === undefined) {
    err(
      'missing-range',
      p,
      msg(
        `Chỉ tiêu "${t.id}" (between) cần cả min và max.`,
        `Target "${t.id}" (between) needs both min and max.`,
      ),
    );
    return;
  }
  if (t.min > t.max)
    err(
      'range-reversed',
      `${p}/min`,
      msg(`min (${t.min}) lớn hơn max (${t.max}).`, `min (${t.min}) is greater than max (${t.max}).`),
    );
  for (const f of ['min', 'max'] as const) {
    const problem = rangeProblem(ind.kind, t[f]!, ind.max);
    if (problem) err(problem.code, `${p}/${f}`, problem.message);
  }
}

function checkBand(t: RawTarget, ind: RawIndicator, p: string, err: Err): void {
  if (t.band === undefined) return;
  if (ind.kind !== 'score' || !ind.bands) {
    err(
      'band-without-bands',
      `${p}/band`,
      msg(
        `Chỉ tiêu ghi xếp loại "${t.band}" nhưng chỉ số "${ind.code}" không khai báo các mức (bands).`,
        `The target names band "${t.band}" but indicator "${ind.code}" declares no bands.`,
      ),
      msg(
        'Khai báo kind: score, max và bands cho chỉ số.',
        'Declare kind: score, max and bands on the indicator.',
      ),
    );
    return;
  }
  if (!ind.bands.some((b) => b.name === t.band)) {
    const near = didYouMean(
      t.band,
      ind.bands.map((b) => b.name),
    );
    err(
      'unknown-band',
      `${p}/band`,
      msg(
        `Chỉ số "${ind.code}" không có mức "${t.band}"; các mức: ${ind.bands.map((b) => b.name).join(', ')}.${near.vi}`,
        `Indicator "${ind.code}" has no band "${t.band}"; bands: ${ind.bands.map((b) => b.name).join(', ')}.${near.en}`,
      ),
    );
  }
  if (t.value !== undefined)
    err(
      'value-with-band',
      `${p}/value`,
      msg('Chỉ tiêu theo xếp loại (band) không ghi value.', 'A target given as a band takes no value.'),
    );
  const cmp = normaliseComparator(t.comparator);
  if (cmp !== undefined && cmp !== '>=')
    err(
      'comparator-kind-mismatch',
      `${p}/comparator`,
      msg(
        `Chỉ tiêu "xếp loại ${t.band} trở lên" dùng comparator ">=" (hoặc bỏ trống).`,
        `A target "band ${t.band} or better" takes comparator ">=" (or none).`,
      ),
    );
}

function checkRelative(t: RawTarget, ind: RawIndicator, p: string, err: Err): void {
  if (!t.relative) return;
  const rule = relativeRule(t.relative);
  if (!rule) return; // an empty block: the schema says so
  if (!t.baseline)
    err(
      'relative-without-baseline',
      `${p}/relative`,
      msg(
        `Chỉ tiêu "${t.id}" tính từ giá trị xuất phát nhưng thiếu baseline (value, date).`,
        `Target "${t.id}" is relative to a baseline but has none (baseline: value, date).`,
      ),
      msg('Thêm baseline: { value: …, date: YYYY-MM-DD }.', 'Add baseline: { value: …, date: YYYY-MM-DD }.'),
    );
  if (t.value !== undefined)
    err(
      'value-with-relative',
      `${p}/value`,
      msg(
        'Chỉ tiêu tương đối (relative) được tính từ baseline: bỏ value.',
        'A relative target is computed from its baseline: remove value.',
      ),
    );
  const isRank = ind.kind === 'rank';
  if (isRank !== (rule.by === 'places'))
    err(
      'relative-kind-mismatch',
      `${p}/relative`,
      isRank
        ? msg(
            'Thứ hạng thay đổi theo bậc: dùng betterBy (ví dụ betterBy: 5 cho "tăng ít nhất 5 bậc").',
            'A rank moves in places: use betterBy (e.g. betterBy: 5 for "up at least 5 places").',
          )
        : msg('betterBy chỉ dùng cho thứ hạng.', 'betterBy is only for ranks.'),
    );
  if (ind.kind === 'milestone' || ind.kind === 'qualitative') return;
  const cmp = normaliseComparator(t.comparator) ?? defaultComparator(rule);
  const up = cmp === '>=' || cmp === '>';
  const down = cmp === '<=' || cmp === '<';
  if ((rule.change > 0 && !up) || (rule.change < 0 && !down))
    err(
      'comparator-kind-mismatch',
      `${p}/comparator`,
      msg(
        `Comparator "${t.comparator}" ngược chiều với thay đổi (${rule.change > 0 ? 'tăng' : 'giảm'}).`,
        `Comparator "${t.comparator}" goes against the change (${rule.change > 0 ? 'up' : 'down'}).`,
      ),
    );
  if (!t.baseline) return;
  const v = relativeValue(rule, t.baseline.value);
  const problem =
    rangeProblem(ind.kind, v, ind.max) ?? (isRank && v < 1 ? { code: 'value-out-of-range' } : null);
  if (problem)
    err(
      'relative-out-of-range',
      `${p}/relative`,
      msg(
        `Từ baseline ${formatNumber(t.baseline.value, 'vi')}, chỉ tiêu tính ra ${formatNumber(v, 'vi')}: ngoài khoảng giá trị của chỉ số.`,
        `From the baseline ${formatNumber(t.baseline.value, 'en')}, the target comes to ${formatNumber(v, 'en')}: outside the indicator's range.`,
      ),
    );
}
