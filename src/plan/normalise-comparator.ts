import type { Comparator } from '../model/plan.js';

/**
 * People type "≥" and "≤" as often as ">=" and "<=", and plans say "tối thiểu", "trên", "không quá": all are
 * accepted and stored in ASCII. Bare "đạt" is not among them: "đạt 95%" is read as "at least" by some and
 * "exactly" by others, so the plan must say which ("tối thiểu" or "đạt đúng").
 */
const WRITTEN: Record<string, Comparator> = {
  '≥': '>=',
  '≤': '<=',
  'tối thiểu': '>=',
  'không quá': '<=',
  trên: '>',
  dưới: '<',
  'đạt đúng': '=',
  'trong khoảng': 'between',
};

export function normaliseComparator(c: string | undefined): Comparator | undefined {
  if (c === undefined) return undefined;
  return WRITTEN[c] ?? (c as Comparator);
}

/** Comparators written another way than the ASCII form (for the version gate: only v2 reads them). */
export function isV2Comparator(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = normaliseComparator(c);
  return n === '>' || n === '<' || n === 'between' || (c in WRITTEN && c !== '≥' && c !== '≤');
}
