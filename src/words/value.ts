import type { Lang, Msg } from '../model/diagnostic.js';
import type { Comparator, IndicatorKind } from '../model/plan.js';
import { formatNumber } from './number.js';
import { ASSESSMENT_LABELS, upperFirst } from './status.js';

/**
 * A value in the indicator's unit as people write it, the one implementation every view uses: "48,6%",
 * "cấp độ 3", "hạng 5", "70 điểm" ("70 points"), "12 hồ sơ". In running text it stays lower case; `cell`
 * capitalises the first letter for a table cell ("Cấp độ 3").
 */
export function valueText(kind: IndicatorKind, unit: string, v: number, lang: Lang, cell = false): string {
  const n = formatNumber(v, lang);
  let text: string;
  switch (kind) {
    case 'percentage':
      text = `${n}%`;
      break;
    case 'level':
      text = lang === 'vi' ? `cấp độ ${n}` : `level ${n}`;
      break;
    case 'rank':
      text = lang === 'vi' ? `hạng ${n}` : `rank ${n}`;
      break;
    case 'score':
      text = lang === 'vi' || (unit && unit !== 'điểm') ? `${n} ${unit || 'điểm'}` : `${n} points`;
      break;
    default:
      text = unit === '%' ? `${n}%` : unit ? `${n} ${unit}` : n;
  }
  return cell ? upperFirst(text) : text;
}

/**
 * The unit of measure alone, for a "Đơn vị tính" column, in the words valueText puts after or before the
 * number: "cấp độ"/"level", "hạng"/"rank", "%", "điểm"/"points", else the plan's own unit ("hồ sơ").
 */
export function unitText(kind: IndicatorKind, unit: string, lang: Lang): string {
  switch (kind) {
    case 'percentage':
      return '%';
    case 'level':
      return lang === 'vi' ? 'cấp độ' : 'level';
    case 'rank':
      return lang === 'vi' ? 'hạng' : 'rank';
    case 'score':
      return lang === 'vi' || (unit && unit !== 'điểm') ? unit || 'điểm' : 'points';
    default:
      return unit;
  }
}

/** "90%–95%": a band with both edges included. */
export function rangeText(
  kind: IndicatorKind,
  unit: string,
  r: { min: number; max: number },
  lang: Lang,
  cell = false,
): string {
  return `${valueText(kind, unit, r.min, lang, cell)}–${valueText(kind, unit, r.max, lang)}`;
}

/** The sign a comparator is written with before a value: "≥ 95%", "> 98%". */
export const COMPARATOR_SIGNS = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' } as const;
export type SignedComparator = keyof typeof COMPARATOR_SIGNS;

/** "trên", "dưới", "tối thiểu", "không quá", "đúng": how the plan's own words say each comparator. */
export const COMPARATOR_WORDS: Record<SignedComparator, Msg> = {
  '>': { vi: 'trên', en: 'above' },
  '<': { vi: 'dưới', en: 'below' },
  '>=': { vi: 'tối thiểu', en: 'at least' },
  '<=': { vi: 'không quá', en: 'at most' },
  '=': { vi: 'đúng', en: 'exactly' },
};

/**
 * What a comparator asks, in one wording everywhere: its sign ("≥", ">"), "trong khoảng" for a band, and for
 * ranks the seed plan's own words "duy trì và nâng cao thứ hạng" ("Phấn đấu duy trì và nâng cao thứ hạng CCHC
 * của xã").
 */
export function comparatorWords(c: Comparator, lang: Lang): string {
  if (c === 'maintain-or-improve')
    return lang === 'vi' ? 'duy trì và nâng cao thứ hạng' : 'maintain or improve the rank';
  if (c === 'between') return lang === 'vi' ? 'trong khoảng' : 'within';
  return COMPARATOR_SIGNS[c];
}

/**
 * A figure against a reference: "≥ 95%" / "chưa ≥ 95%"; for ranks "không thấp hơn hạng 5" / "thấp hơn hạng 5"
 * ("no worse than rank 5" / "worse than rank 5").
 */
export function relationText(c: Comparator, ok: boolean, ref: string, lang: Lang): string {
  if (c === 'maintain-or-improve') {
    if (lang === 'vi') return `${ok ? 'không thấp hơn' : 'thấp hơn'} ${ref}`;
    return `${ok ? 'no worse than' : 'worse than'} ${ref}`;
  }
  const not = ok ? '' : lang === 'vi' ? 'chưa ' : 'not ';
  return `${not}${comparatorWords(c, lang)} ${ref}`;
}

/** What targetText needs to know of a target (an evaluation or a plan target mapped to these names). */
export interface TargetTerms {
  kind: IndicatorKind;
  unit: string;
  comparator?: Comparator;
  targetValue?: number;
  targetRange?: { min: number; max: number };
  band?: string;
}

/**
 * The plan's target as a cell, one wording for every view: "≥ 95%", "≥ cấp độ 3", "90%–95%", "Hoàn thành",
 * "Đạt", "Không thấp hơn hạng 12", "Tốt trở lên (≥ 70 điểm)". No comparator reads as "at least", as the plan
 * format reads a bare value.
 */
export function targetText(t: TargetTerms, lang: Lang): string {
  if (t.comparator === 'maintain-or-improve') {
    // With a reference the relation says it all and fits a narrow column; without one, the comparator's name.
    if (t.targetValue === undefined) return upperFirst(comparatorWords(t.comparator, lang));
    return upperFirst(relationText(t.comparator, true, valueText(t.kind, t.unit, t.targetValue, lang), lang));
  }
  if (t.kind === 'milestone') return ASSESSMENT_LABELS.done[lang];
  if (t.kind === 'qualitative') return ASSESSMENT_LABELS.achieved[lang];
  if (t.comparator === 'between' && t.targetRange)
    return rangeText(t.kind, t.unit, t.targetRange, lang, true);
  if (t.targetValue === undefined) return '—';
  // After a sign the value is not the start of the text: "≥ cấp độ 3", as the template has always written it.
  const sign = COMPARATOR_SIGNS[t.comparator && t.comparator !== 'between' ? t.comparator : '>='];
  const figure = `${sign} ${valueText(t.kind, t.unit, t.targetValue, lang)}`;
  // "Tốt trở lên (≥ 70 điểm)": the band's name is what the plan says; the figure is what is compared.
  if (t.band) return lang === 'vi' ? `${t.band} trở lên (${figure})` : `${t.band} or better (${figure})`;
  return figure;
}
