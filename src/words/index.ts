/**
 * The vocabulary: every word a view shows — period names, numbers, dates, statuses, comparators, values in
 * their unit, target numbers — made here in Vietnamese and English, so each reads the same in the terminal,
 * Markdown, JSON and Excel. New user-visible text belongs here (and diagnostics in the catalog).
 */
export { formatDate } from './date.js';
export { formatNumber, round, roundedDecimal } from './number.js';
export { periodLabel, periodWithWindow } from './period.js';
export {
  ASSESSMENT_LABELS,
  KIND_LABELS,
  lowerFirst,
  STATUS_LABELS,
  statusWord,
  TASK_STATUS_LABELS,
  taskStatusWord,
  upperFirst,
} from './status.js';
export {
  COMPARATOR_SIGNS,
  COMPARATOR_WORDS,
  comparatorWords,
  rangeText,
  relationText,
  type TargetTerms,
  targetText,
  unitText,
  valueText,
} from './value.js';
