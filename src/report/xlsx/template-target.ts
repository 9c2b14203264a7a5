import type { Lang } from '../../model/diagnostic.js';
import type { Period } from '../../model/period.js';
import type { Indicator, Plan, Target } from '../../model/plan.js';
import { formatNumber } from '../../util/number.js';
import { targetWords } from './figures.js';

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

const SYMBOL = { '>=': '≥ ', '<=': '≤ ', '>': '> ', '<': '< ', '=': '', between: '' } as const;

/** "≥ 95%", "≥ cấp độ 3", "Đạt", "Duy trì hoặc nâng cao thứ hạng": the target as a reminder text. */
export function targetText(t: Target, ind: Indicator | undefined, lang: Lang): string {
  const kind = ind?.kind ?? 'count';
  const words = targetWords(kind, t.comparator, t.value, lang);
  if (words !== null) return words;
  if (t.value === undefined) return '';
  const n = formatNumber(t.value, lang);
  const sym = t.comparator && t.comparator !== 'maintain-or-improve' ? SYMBOL[t.comparator] : '';
  if (kind === 'percentage') return `${sym}${n}%`;
  // "cấp độ 3", "hạng 5": Vietnamese puts the word before an ordinal.
  if ((kind === 'level' || kind === 'rank') && ind?.unit) return `${sym}${ind.unit} ${n}`;
  return `${sym}${n}${ind?.unit ? ` ${ind.unit}` : ''}`;
}
