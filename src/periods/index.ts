/**
 * Reporting periods and deadlines as people write them, resolved under a convention.
 *
 * parsePeriod(text, convention): ISO-like (`2026-Q3`, `2026-H1`, `2026-9M`, `2026-09`, `2026`,
 * `2026-09-30`, `2026-01-01..2027-12-31`) or Vietnamese ("Quý III/2026", "Quý 3 năm 2026",
 * "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "9 tháng năm 2026", "Tháng 9/2026",
 * "Năm 2026", "Giai đoạn 2026-2027", a date "30/09/2026"); null when the text is not a period.
 * Under `cchc`, month/quarter/half/9-month/year windows run from the 15th to the 14th.
 *
 * parseSchedule(text, convention): a deadline as written in a plan (ISO date, "31/12/2026",
 * "Quý II/2026", "Tháng 6/2026", "Năm 2027", "Trước ngày 15/12/2026" — due the day before —,
 * "Giai đoạn 2026-2027", "Thường xuyên", "Hằng năm"/"Hàng năm", "Hằng quý"/"Hàng quý").
 */
export { periodLabel, periodWithWindow } from './label.js';
export { parseDay, parsePeriod } from './parse-period.js';
export { parseSchedule } from './parse-schedule.js';
export { dayPeriod, periodContaining, spanPeriod, yearRangePeriod } from './windows.js';
