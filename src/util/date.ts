/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), computed with UTC arithmetic on the date alone so
 * no time zone can move a day. "Today" is taken in Asia/Ho_Chi_Minh, and only at the CLI entry.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

export function isoDate(y: number, m: number, d: number): string {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.toISOString().slice(0, 10);
}

/**
 * Order of two ISO dates (negative, 0, positive). Plain code-point order is date order for `YYYY-MM-DD`;
 * localeCompare gives the same answer but its first call loads ICU's collator (5–10 ms of start-up).
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date `n` days after `iso` (n may be negative). */
export function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoDate(y, m, d + n);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(b) - t(a)) / 86_400_000);
}

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Today's date in Asia/Ho_Chi_Minh, from a given instant (the entry passes `new Date()`). */
export function todayInVietnam(now: Date): string {
  // UTC+7 all year (no daylight saving): shift the instant, then read the UTC date.
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Convert an Excel date serial (1900 system) to an ISO date. */
export function excelSerialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

// Kept for existing imports: the dd/mm/yyyy wording lives in the vocabulary.
export { formatDate } from '../words/date.js';
