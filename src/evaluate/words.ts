import type { Lang, Msg } from '../model/diagnostic.js';
import type { Period } from '../model/period.js';
import type { Comparator, IndicatorKind } from '../model/plan.js';
import { formatDate } from '../words/date.js';
import { periodLabel } from '../words/period.js';
import { comparatorWords, rangeText, valueText } from '../words/value.js';

/** Small builders for the reasons: every phrase is made in both languages at once so they cannot drift apart. */

export const LANG_KEYS: readonly Lang[] = ['vi', 'en'];

/** Build a Msg by running the same template for each language. */
export function both(f: (lang: Lang) => string): Msg {
  return { vi: f('vi'), en: f('en') };
}

/** Join non-empty Msg parts with a separator, language by language. */
export function joinMsg(parts: (Msg | undefined)[], sep = '; '): Msg {
  const kept = parts.filter((p): p is Msg => p !== undefined);
  return both((l) => kept.map((p) => p[l]).join(sep));
}

/** A value in the indicator's unit, from the vocabulary ("48,6%", "cấp độ 3"). */
export function fmtValue(kind: IndicatorKind, unit: string, v: number, lang: Lang): string {
  return valueText(kind, unit, v, lang);
}

export function fmtComparator(c: Comparator, lang: Lang): string {
  return comparatorWords(c, lang);
}

/** "90%–95%": a band with both edges included. */
export function fmtRange(
  kind: IndicatorKind,
  unit: string,
  r: { min: number; max: number },
  lang: Lang,
): string {
  return rangeText(kind, unit, r, lang);
}

export { bandOf, COMPARATOR_SIGNS, COMPARATOR_WORDS } from '../words/value.js';

export const fmtDate = formatDate;

/** "Quý III/2026" / "Q3 2026"; falls back to the period id if the label cannot be made. */
export function fmtPeriod(p: Pick<Period, 'id'> & Partial<Period>, lang: Lang): string {
  if (p.kind === undefined || p.start === undefined) return p.id;
  return periodLabel(p as Period, lang);
}

export { statusWord, taskStatusWord } from '../words/status.js';
