import { STATUS_LABELS, TASK_STATUS_LABELS } from '../i18n/labels.js';
import type { Lang, Msg } from '../model/diagnostic.js';
import type { Period } from '../model/period.js';
import type { Comparator, IndicatorKind } from '../model/plan.js';
import type { Status, TaskStatus } from '../model/report.js';
import { periodLabel } from '../periods/index.js';
import { formatDate } from '../util/date.js';
import { formatNumber } from '../util/number.js';

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

/** A value in the indicator's unit as people write it: "48,6%", "cấp độ 3", "hạng 5", "12 hồ sơ". */
export function fmtValue(kind: IndicatorKind, unit: string, v: number, lang: Lang): string {
  const n = formatNumber(v, lang);
  switch (kind) {
    case 'percentage':
      return `${n}%`;
    case 'level':
      return lang === 'vi' ? `cấp độ ${n}` : `level ${n}`;
    case 'rank':
      return lang === 'vi' ? `hạng ${n}` : `rank ${n}`;
    case 'score':
      return lang === 'vi' || unit !== 'điểm' ? `${n} ${unit || 'điểm'}` : `${n} points`;
    default:
      return unit ? `${n} ${unit}` : n;
  }
}

export function fmtComparator(c: Comparator, lang: Lang): string {
  if (c === 'maintain-or-improve') return lang === 'vi' ? 'không kém hơn' : 'no worse than';
  if (c === 'between') return lang === 'vi' ? 'trong khoảng' : 'within';
  return COMPARATOR_SIGNS[c];
}

/** The sign a comparator is written with before a value: "≥ 95%", "> 98%" (strict: "trên 98%"). */
export const COMPARATOR_SIGNS = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' } as const;

/** "trên", "dưới", "tối thiểu", "không quá", "đúng": how the plan's own words say each comparator. */
export const COMPARATOR_WORDS: Record<Exclude<Comparator, 'maintain-or-improve' | 'between'>, Msg> = {
  '>': { vi: 'trên', en: 'above' },
  '<': { vi: 'dưới', en: 'below' },
  '>=': { vi: 'tối thiểu', en: 'at least' },
  '<=': { vi: 'không quá', en: 'at most' },
  '=': { vi: 'đúng', en: 'exactly' },
};

/** "90%–95%": a band with both edges included. */
export function fmtRange(
  kind: IndicatorKind,
  unit: string,
  r: { min: number; max: number },
  lang: Lang,
): string {
  return `${fmtValue(kind, unit, r.min, lang)}–${fmtValue(kind, unit, r.max, lang)}`;
}

/** The band a score falls in ("Tốt"), when the indicator names bands. */
export function bandOf(
  bands: readonly { name: string; min: number }[] | undefined,
  v: number,
): string | undefined {
  if (!bands) return undefined;
  let found: string | undefined;
  for (const b of [...bands].sort((x, y) => x.min - y.min)) if (v >= b.min) found = b.name;
  return found;
}

export const fmtDate = formatDate;

/** "Quý III/2026" / "Q3 2026"; falls back to the period id if the label cannot be made. */
export function fmtPeriod(p: Pick<Period, 'id'> & Partial<Period>, lang: Lang): string {
  if (p.kind === undefined || p.start === undefined) return p.id;
  return periodLabel(p as Period, lang);
}

/** Status word in running text: "có nguy cơ không đạt" / "at risk". */
export function statusWord(s: Status, lang: Lang): string {
  return lowerFirst(STATUS_LABELS[s][lang]);
}

export function taskStatusWord(s: TaskStatus, lang: Lang): string {
  return lowerFirst(TASK_STATUS_LABELS[s][lang]);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
