import type { Lang } from '../../model/diagnostic.js';
import type { Period } from '../../model/period.js';
import type { Indicator, Plan, Target } from '../../model/plan.js';
import { type TargetTerms, valueText, targetText as wordsTargetText } from '../../words/value.js';

/**
 * The target an officer should have in mind when filling a period: among the indicator's targets
 * (an indicator such as quan-tri-du-lieu has one per phase), the first whose deadline is not before
 * the period ends; after every deadline, the last one. Sub-targets are their own indicators.
 */
export function targetForPeriod(plan: Plan, indicator: string, period: Period): Target | undefined {
  const list = plan.targets
    .filter((t) => t.indicator === indicator)
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
  return list.find((t) => t.deadline >= period.end) ?? list[list.length - 1];
}

/** "≥ 95%", "≥ cấp độ 3", "Đạt", "Không thấp hơn hạng 12": the target as a reminder text, in the vocabulary's one wording. */
export function targetText(t: Target, ind: Indicator | undefined, lang: Lang): string {
  const kind = ind?.kind ?? 'count';
  // "100%", not "= 100%", as the appendix prints an exact target: a text starting with "=" would also get the
  // formula guard's apostrophe ("'= 100%") when written.
  if (t.comparator === '=' && t.value !== undefined && !t.band)
    return valueText(kind, ind?.unit ?? '', t.value, lang);
  const terms: TargetTerms = { kind, unit: ind?.unit ?? '' };
  if (t.comparator !== undefined) terms.comparator = t.comparator;
  if (t.value !== undefined) terms.targetValue = t.value;
  if (t.range !== undefined) terms.targetRange = t.range;
  if (t.band !== undefined) terms.band = t.band;
  const text = wordsTargetText(terms, lang);
  // The template leaves the cell empty rather than print a dash when the plan gives no value.
  return text === '—' ? '' : text;
}
