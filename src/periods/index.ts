/**
 * Reporting periods and deadlines as people write them, resolved under a convention.
 * Being implemented by the lead; the signatures are the contract.
 */
import type { Convention, Period, PeriodKind, Schedule } from '../model/period.js';

/**
 * Parse a period label: ISO-like (`2026-Q3`, `2026-H1`, `2026-9M`, `2026-09`, `2026`, `2026-09-30`,
 * `2026-01-01..2027-12-31`) or Vietnamese ("Quý III/2026", "Quý 3 năm 2026", "6 tháng đầu năm 2026",
 * "6 tháng cuối năm 2026", "9 tháng năm 2026", "Tháng 9/2026", "Năm 2026", "Giai đoạn 2026-2027",
 * a date "30/09/2026"). Returns null when the text is not a period.
 * Under `cchc`, quarter/half/9-month/year/month windows run from the 15th to the 14th
 * (Quý III/2026 = 2026-06-15..2026-09-14; Năm 2026 = 2025-12-15..2026-12-14).
 */
export function parsePeriod(_text: string, _convention: Convention): Period | null {
  throw new Error('not implemented');
}

/** The period of `kind` (quarter, half, nine-months, year, month) whose window contains `date`. */
export function periodContaining(_date: string, _kind: Exclude<PeriodKind, 'day' | 'range'>, _convention: Convention): Period {
  throw new Error('not implemented');
}

/**
 * Parse a deadline as written in a plan: ISO date, "31/12/2026", "Quý II/2026", "Tháng 6/2026",
 * "Năm 2027", "Trước ngày 15/12/2026" (due the day before), "Giai đoạn 2026-2027", "Thường xuyên",
 * "Hằng năm"/"Hàng năm", "Hằng quý"/"Hàng quý". Returns null when not understood.
 */
export function parseSchedule(_text: string, _convention: Convention): Schedule | null {
  throw new Error('not implemented');
}

/** Vietnamese label for a period: "Quý III/2026", "6 tháng đầu năm 2026", "Năm 2026", "Tháng 9/2026"; English likewise ("Q3 2026"). */
export function periodLabel(_p: Period, _lang: 'vi' | 'en'): string {
  throw new Error('not implemented');
}
