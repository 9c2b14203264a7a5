/**
 * Reporting-period conventions. `cchc`: the data windows of CCHC reports, from the 15th to the
 * 14th (Quý III/2026 = 15/6/2026–14/9/2026; a year = 15/12 of the previous year to 14/12).
 * `calendar`: calendar months, quarters and years.
 */
export const CONVENTIONS = ['cchc', 'calendar'] as const;
export type Convention = (typeof CONVENTIONS)[number];

export type PeriodKind = 'day' | 'month' | 'quarter' | 'half' | 'nine-months' | 'year' | 'range';

/** A reporting period resolved into a closed window of days. Dates are ISO `YYYY-MM-DD`, local to Asia/Ho_Chi_Minh. */
export interface Period {
  /** Canonical label: `2026-Q3`, `2026-H1`, `2026-9M`, `2026-09`, `2026`, `2026-09-30`, `2026-01-01..2027-12-31`. */
  id: string;
  kind: PeriodKind;
  year: number;
  /** Quarter 1-4, half 1, month 1-12; absent for years, days and ranges. */
  index?: number;
  /** First day of the window (inclusive). */
  start: string;
  /** Last day of the window (inclusive). */
  end: string;
  convention: Convention;
}

/** How a task's deadline recurs, parsed from how people write it. */
export type Schedule =
  /** Due once, by `due` ("Quý II/2026" → end of that window; "Trước ngày 15/12/2026" → 2026-12-14). */
  | { kind: 'once'; due: string; start?: string; label: string }
  /** "Thường xuyên" (a report every reporting period), "Hằng quý", "Hằng năm"/"Hàng năm". */
  | { kind: 'recurring'; every: 'period' | 'quarter' | 'year'; label: string; start?: string; end?: string };
