import type { Comparator, RelativeRule } from '../model/plan.js';
import { round } from '../util/number.js';
import { normaliseComparator } from './normalise-comparator.js';
import type { RawIndicator, RawRelative, RawTarget } from './raw-plan.js';

/** What a target asks for, once its written form (band, relative rule, band of values) is resolved. */
export interface Threshold {
  comparator?: Comparator;
  value?: number;
  range?: { min: number; max: number };
  relative?: RelativeRule;
}

/** The one way a `relative` block says how the target moves from the baseline (the schema allows one key). */
export function relativeRule(r: RawRelative): RelativeRule | undefined {
  if (r.increase !== undefined) return { by: 'amount', change: r.increase };
  if (r.decrease !== undefined) return { by: 'amount', change: -r.decrease };
  if (r.increasePercent !== undefined) return { by: 'percent', change: r.increasePercent };
  if (r.decreasePercent !== undefined) return { by: 'percent', change: -r.decreasePercent };
  if (r.betterBy !== undefined) return { by: 'places', change: -r.betterBy };
  return undefined;
}

/** "tăng" targets are met from the threshold up, "giảm" and a better rank from it down. */
export function defaultComparator(rule: RelativeRule): Comparator {
  return rule.change > 0 ? '>=' : '<=';
}

/** baseline 12, betterBy 5 → 7; baseline 80, increasePercent 10 → 88; rounded to 6 decimals against float noise. */
export function relativeValue(rule: RelativeRule, baseline: number): number {
  const v = rule.by === 'percent' ? baseline * (1 + rule.change / 100) : baseline + rule.change;
  return round(v, 6);
}

/** Resolve a target that passed the checks; on a target that did not, fields that cannot be resolved are left out. */
export function resolveThreshold(t: RawTarget, ind: RawIndicator | undefined): Threshold {
  const out: Threshold = {};
  const written = normaliseComparator(t.comparator);
  const rule = t.relative ? relativeRule(t.relative) : undefined;
  const comparator = written ?? (rule ? defaultComparator(rule) : t.band !== undefined ? '>=' : undefined);
  if (comparator !== undefined) out.comparator = comparator;
  if (comparator === 'between' && t.min !== undefined && t.max !== undefined)
    out.range = { min: t.min, max: t.max };
  if (t.value !== undefined) out.value = t.value;
  const band = t.band !== undefined ? ind?.bands?.find((b) => b.name === t.band) : undefined;
  if (band) out.value = band.min;
  if (rule) {
    out.relative = rule;
    if (t.baseline) out.value = relativeValue(rule, t.baseline.value);
  }
  return out;
}
