import type { IndicatorKind } from '../model/plan.js';

/**
 * Words a plan is written in, read by the loader (not shown as messages): the comparator spellings people
 * type, the unit of measure an indicator kind gets when the plan names none, and an area's default timing.
 *
 * People type "≥" and "≤" as often as ">=" and "<=", and plans say "tối thiểu", "trên", "không quá": all are
 * accepted and stored in ASCII. Bare "đạt" is not among them: "đạt 95%" is read as "at least" by some and
 * "exactly" by others, so the plan must say which ("tối thiểu" or "đạt đúng").
 */
export const COMPARATOR_SPELLINGS = {
  '≥': '>=',
  '≤': '<=',
  'tối thiểu': '>=',
  'không quá': '<=',
  trên: '>',
  dưới: '<',
  'đạt đúng': '=',
  'trong khoảng': 'between',
} as const;

export type ComparatorSpelling = keyof typeof COMPARATOR_SPELLINGS;

/** The unit of measure of an indicator kind when the plan gives none ("cấp độ 3", "hạng 12"). */
export const DEFAULT_MEASURE_UNIT: Record<IndicatorKind, string> = {
  percentage: '%',
  count: '',
  level: 'cấp độ',
  rank: 'hạng',
  score: 'điểm',
  milestone: '',
  qualitative: '',
};

/** Default "Thời gian thực hiện" of an area when the plan does not say: ongoing, reported every period. */
export const DEFAULT_AREA_TIMING = 'Thường xuyên';
