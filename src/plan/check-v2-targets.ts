import type { Diagnostic } from '../model/diagnostic.js';
import type { CatalogExtras, MessageData, PlanCode } from '../words/diagnostics/catalog.js';
import { formatNumber } from '../words/number.js';
import { upOrDown } from '../words/plan-words.js';
import { diag, didYouMean, type PlanCheck } from './check-context.js';
import { rangeProblem } from './check-targets.js';
import { normaliseComparator } from './normalise-comparator.js';
import type { RawIndicator, RawTarget } from './raw-plan.js';
import { defaultComparator, relativeRule, relativeValue } from './resolve-threshold.js';

type Err = (code: PlanCode, messageId: string, data: MessageData, at: string, extras?: CatalogExtras) => void;

/** Score indicators need their maximum; bands must fit inside it and be told apart. */
export const checkScoreIndicators: PlanCheck = (ctx) => {
  const out: Diagnostic[] = [];
  ctx.raw.indicators.forEach((ind, i) => {
    const p = `/indicators/${i}`;
    const err: Err = (code, id, data, at, extras) => out.push(diag(ctx, code, id, data, at, extras));
    const indicator = ind.code;
    if (ind.kind !== 'score') {
      for (const field of ['max', 'bands'] as const)
        if (ind[field] !== undefined)
          err('score-field-kind-mismatch', 'notScore', { field, indicator, kind: ind.kind }, `${p}/${field}`);
      return;
    }
    if (ind.max === undefined) {
      err('missing-score-max', 'missing', { indicator }, p);
      return;
    }
    const names = new Set<string>();
    (ind.bands ?? []).forEach((b, j) => {
      if (b.min < 0 || b.min > ind.max!)
        err('score-out-of-range', 'band', { band: b.name, min: b.min, max: ind.max! }, `${p}/bands/${j}/min`);
      if (names.has(b.name)) err('duplicate-band', 'twice', { band: b.name }, `${p}/bands/${j}/name`);
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
    const err: Err = (code, id, data, at, extras) => out.push(diag(ctx, code, id, data, at, extras));
    checkBetween(t, ind, p, err);
    checkBand(t, ind, p, err);
    checkRelative(t, ind, p, err);
  });
  return out;
};

function checkBetween(t: RawTarget, ind: RawIndicator, p: string, err: Err): void {
  const between = normaliseComparator(t.comparator) === 'between';
  if (!between) {
    for (const field of ['min', 'max'] as const)
      if (t[field] !== undefined) err('range-without-between', 'notBetween', { field }, `${p}/${field}`);
    return;
  }
  if (t.value !== undefined) err('value-with-between', 'value', {}, `${p}/value`);
  if (t.min === undefined || t.max === undefined) {
    err('missing-range', 'missing', { target: t.id }, p);
    return;
  }
  if (t.min > t.max) err('range-reversed', 'reversed', { min: t.min, max: t.max }, `${p}/min`);
  for (const f of ['min', 'max'] as const) {
    const problem = rangeProblem(ind.kind, t[f]!, ind.max);
    if (problem) err(problem.code, problem.messageId, problem.data, `${p}/${f}`);
  }
}

function checkBand(t: RawTarget, ind: RawIndicator, p: string, err: Err): void {
  if (t.band === undefined) return;
  const data = { band: t.band, indicator: ind.code };
  if (ind.kind !== 'score' || !ind.bands) {
    err('band-without-bands', 'noBands', data, `${p}/band`);
    return;
  }
  if (!ind.bands.some((b) => b.name === t.band)) {
    const bands = ind.bands.map((b) => b.name);
    err(
      'unknown-band',
      'unknown',
      { ...data, bands: bands.join(', '), didYouMean: didYouMean(t.band, bands) },
      `${p}/band`,
    );
  }
  if (t.value !== undefined) err('value-with-band', 'value', {}, `${p}/value`);
  const cmp = normaliseComparator(t.comparator);
  if (cmp !== undefined && cmp !== '>=') err('comparator-kind-mismatch', 'band', data, `${p}/comparator`);
}

function checkRelative(t: RawTarget, ind: RawIndicator, p: string, err: Err): void {
  if (!t.relative) return;
  const rule = relativeRule(t.relative);
  if (!rule) return; // an empty block: the schema says so
  if (!t.baseline) err('relative-without-baseline', 'missing', { target: t.id }, `${p}/relative`);
  if (t.value !== undefined) err('value-with-relative', 'value', {}, `${p}/value`);
  const isRank = ind.kind === 'rank';
  if (isRank !== (rule.by === 'places'))
    err('relative-kind-mismatch', isRank ? 'rankInPlaces' : 'placesOnlyForRank', {}, `${p}/relative`);
  if (ind.kind === 'milestone' || ind.kind === 'qualitative') return;
  const cmp = normaliseComparator(t.comparator) ?? defaultComparator(rule);
  const up = cmp === '>=' || cmp === '>';
  const down = cmp === '<=' || cmp === '<';
  if ((rule.change > 0 && !up) || (rule.change < 0 && !down))
    err(
      'comparator-kind-mismatch',
      'againstChange',
      { comparator: String(t.comparator), direction: upOrDown(rule.change > 0) },
      `${p}/comparator`,
    );
  if (!t.baseline) return;
  const v = relativeValue(rule, t.baseline.value);
  const problem =
    rangeProblem(ind.kind, v, ind.max) ?? (isRank && v < 1 ? { code: 'value-out-of-range' } : null);
  if (problem) {
    const baseline = t.baseline.value;
    const figures = {
      baseline: { vi: formatNumber(baseline, 'vi'), en: formatNumber(baseline, 'en') },
      value: { vi: formatNumber(v, 'vi'), en: formatNumber(v, 'en') },
    };
    err('relative-out-of-range', 'outside', figures, `${p}/relative`);
  }
}
