import type { Lang } from '../../model/diagnostic.js';
import type { Comparator, IndicatorKind } from '../../model/plan.js';
import { round } from '../../words/number.js';
import { targetText } from '../../words/value.js';

/** A number ready for a cell: the stored value and the format Excel uses to show it (locale decides the comma). */
export interface Figure {
  value: number;
  numFmt: string;
}

function decimals(n: number): 0 | 1 | 2 {
  const r = round(n, 2);
  if (Number.isInteger(r)) return 0;
  return Number.isInteger(round(r * 10, 6)) ? 1 : 2;
}

const PREFIX: Record<Exclude<Comparator, 'maintain-or-improve'>, string> = {
  '>=': '≥ ',
  '<=': '≤ ',
  '>': '> ',
  '<': '< ',
  '=': '',
  between: '',
};

/**
 * A measured or planned figure as a number cell. Percentages are stored as fractions (0.955) with
 * a percent format, as Excel users expect of a percent cell; the decimals shown follow the value
 * (95% / 95,5% / 95,25%) because Excel formats cannot drop a trailing decimal point. A comparator
 * becomes a literal prefix in the format ("≥ 95%") so the cell still holds a number.
 */
export function figure(kind: IndicatorKind, value: number, comparator?: Comparator): Figure {
  const d = decimals(value);
  const digits = d === 0 ? '0' : `0.${'0'.repeat(d)}`;
  const prefix = comparator && comparator !== 'maintain-or-improve' ? PREFIX[comparator] : '';
  const pre = prefix ? `"${prefix}"` : '';
  if (kind === 'percentage') return { value: round(value / 100, 6), numFmt: `${pre}${digits}%` };
  if (kind === 'count') return { value: round(value, 2), numFmt: `${pre}#,##${digits}` };
  return { value: round(value, 2), numFmt: `${pre}${digits}` };
}

/** The plan value written in words where a number cannot say it (milestones, qualitative, "maintain or improve"). */
export function targetWords(
  kind: IndicatorKind,
  comparator: Comparator | undefined,
  value: number | undefined,
  lang: Lang,
): string | null {
  if (comparator !== 'maintain-or-improve' && kind !== 'milestone' && kind !== 'qualitative') return null;
  return targetText({ kind, unit: '', comparator, targetValue: value }, lang);
}
