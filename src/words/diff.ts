import type { Lang, Msg } from '../model/diagnostic.js';
import { COMPARATORS, type Comparator, type IndicatorKind } from '../model/plan.js';
import type { PlanChange, PlanChangeKind } from '../model/plan-diff.js';
import { isIsoDate } from '../util/date.js';
import { formatDate } from './date.js';
import { formatNumber } from './number.js';
import { KIND_LABELS } from './status.js';
import { comparatorWords } from './value.js';

/** What each kind of change is called in the diff table and JSON. */
export const CHANGE_LABELS: Record<PlanChangeKind, Msg> = {
  'indicator-added': { vi: 'Thêm chỉ số', en: 'Indicator added' },
  'indicator-removed': { vi: 'Bỏ chỉ số', en: 'Indicator removed' },
  'indicator-kind-changed': { vi: 'Đổi loại chỉ số', en: 'Indicator kind changed' },
  'target-added': { vi: 'Thêm chỉ tiêu', en: 'Target added' },
  'target-removed': { vi: 'Bỏ chỉ tiêu', en: 'Target removed' },
  'target-indicator-changed': { vi: 'Đổi chỉ số đo', en: 'Indicator changed' },
  'target-threshold-raised': { vi: 'Nâng mức chỉ tiêu', en: 'Threshold raised' },
  'target-threshold-lowered': { vi: 'Hạ mức chỉ tiêu', en: 'Threshold lowered' },
  'target-threshold-added': { vi: 'Thêm mức chỉ tiêu', en: 'Threshold added' },
  'target-threshold-removed': { vi: 'Bỏ mức chỉ tiêu', en: 'Threshold removed' },
  'target-comparator-changed': { vi: 'Đổi phép so sánh', en: 'Comparator changed' },
  'target-deadline-later': { vi: 'Lùi thời hạn', en: 'Deadline moved later' },
  'target-deadline-earlier': { vi: 'Đẩy sớm thời hạn', en: 'Deadline moved earlier' },
  'target-owner-changed': { vi: 'Đổi đơn vị chủ trì', en: 'Owner changed' },
  'target-partners-changed': { vi: 'Đổi đơn vị phối hợp', en: 'Partners changed' },
  'task-added': { vi: 'Thêm nhiệm vụ', en: 'Task added' },
  'task-removed': { vi: 'Bỏ nhiệm vụ', en: 'Task removed' },
  'task-deadline-changed': { vi: 'Đổi thời hạn', en: 'Deadline changed' },
  'task-owner-changed': { vi: 'Đổi đơn vị chủ trì', en: 'Owner changed' },
  'task-partners-changed': { vi: 'Đổi đơn vị phối hợp', en: 'Partners changed' },
};

export const ENTITY_LABELS: Record<PlanChange['entity'], Msg> = {
  indicator: { vi: 'Chỉ số', en: 'Indicator' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
};

/** The flag on a weakened row, in words so it survives without colour. */
export const WEAKENED_LABEL: Msg = { vi: 'NỚI LỎNG', en: 'weakened' };

/** The diff table's columns: what, its id, the change, before, after, and whether it weakens the plan. */
export const DIFF_COLUMNS: readonly Msg[] = [
  { vi: 'Đối tượng', en: 'Item' },
  { vi: 'Mã', en: 'Id' },
  { vi: 'Thay đổi', en: 'Change' },
  { vi: 'Trước', en: 'Before' },
  { vi: 'Sau', en: 'After' },
  { vi: 'Đánh giá', en: 'Assessment' },
];

export const NO_CHANGES: Msg = { vi: 'Không có thay đổi nào.', en: 'No changes.' };

/** "5 thay đổi, trong đó 2 nới lỏng kế hoạch." under the table. */
export const diffSummary = (changes: number, weakened: number, lang: Lang): string =>
  lang === 'vi'
    ? `${changes} thay đổi, trong đó ${weakened} nới lỏng kế hoạch.`
    : `${changes} change${changes === 1 ? '' : 's'}, ${weakened} weakening the plan.`;

/** One side of a change as people read it: numbers with their unit, dd/mm/yyyy dates with the plan's wording. */
export function changeValueText(c: PlanChange, side: 'before' | 'after', lang: Lang): string {
  const v = c[side];
  if (v === null) return '—';
  if (Array.isArray(v)) return v.length ? v.join(', ') : '—';
  if (typeof v === 'number') {
    const n = formatNumber(v, lang);
    return !c.unit ? n : c.unit === '%' ? `${n}%` : `${n} ${c.unit}`;
  }
  if (c.kind === 'indicator-kind-changed') return KIND_LABELS[v as IndicatorKind]?.[lang] ?? v;
  if (c.kind === 'target-comparator-changed')
    return (COMPARATORS as readonly string[]).includes(v) ? comparatorWords(v as Comparator, lang) : v;
  const label = side === 'before' ? c.beforeLabel : c.afterLabel;
  if (isIsoDate(v)) {
    const date = formatDate(v);
    return label && label !== date && label !== v ? `${label} (${date})` : date;
  }
  // A recurrence ("every-year") reads best as the plan wrote it ("Hằng năm").
  return label ?? v;
}
