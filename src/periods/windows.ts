import type { Convention, Period, PeriodKind } from '../model/period.js';
import { isoDate, lastDayOfMonth } from '../util/date.js';

/** Kinds that are built from a year and an index (or the year alone). */
export type SpanKind = Exclude<PeriodKind, 'day' | 'range'>;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Canonical id of a period: `2026-Q3`, `2026-H1`, `2026-9M`, `2026-09`, `2026`. */
export function spanId(kind: SpanKind, year: number, index?: number): string {
  switch (kind) {
    case 'quarter':
      return `${year}-Q${index}`;
    case 'half':
      return `${year}-H${index}`;
    case 'nine-months':
      return `${year}-9M`;
    case 'month':
      return `${year}-${pad2(index ?? 1)}`;
    case 'year':
      return String(year);
  }
}

/** First and last calendar month (1-12) a span covers. */
function monthRange(kind: SpanKind, index: number | undefined): [number, number] {
  switch (kind) {
    case 'quarter':
      return [(index! - 1) * 3 + 1, index! * 3];
    case 'half':
      return index === 2 ? [7, 12] : [1, 6];
    case 'nine-months':
      return [1, 9];
    case 'month':
      return [index!, index!];
    case 'year':
      return [1, 12];
  }
}

/**
 * The window of a span. Calendar: first day of the first month to the last day of the last.
 * CCHC: each month m runs from the 15th of m−1 to the 14th of m, so Quý III = 15/6–14/9 and a
 * year = 15/12 of the previous year to 14/12 (Công văn 581/BNV-CCHC).
 */
export function spanPeriod(
  kind: SpanKind,
  year: number,
  index: number | undefined,
  convention: Convention,
): Period {
  const [m1, m2] = monthRange(kind, index);
  const start = convention === 'cchc' ? isoDate(year, m1 - 1, 15) : isoDate(year, m1, 1);
  const end = convention === 'cchc' ? isoDate(year, m2, 14) : isoDate(year, m2, lastDayOfMonth(year, m2));
  const p: Period = { id: spanId(kind, year, index), kind, year, start, end, convention };
  if (index !== undefined && kind !== 'year' && kind !== 'nine-months') p.index = index;
  return p;
}

/** A single day as a period. */
export function dayPeriod(iso: string, convention: Convention): Period {
  return { id: iso, kind: 'day', year: Number(iso.slice(0, 4)), start: iso, end: iso, convention };
}

/** A range of whole years ("Giai đoạn 2026-2027"), under the convention's year windows. */
export function yearRangePeriod(from: number, to: number, convention: Convention): Period {
  const a = spanPeriod('year', from, undefined, convention);
  const b = spanPeriod('year', to, undefined, convention);
  return { id: `${from}..${to}`, kind: 'range', year: from, start: a.start, end: b.end, convention };
}

/** The span of `kind` whose window contains `date`. */
export function periodContaining(
  date: string,
  kind: Exclude<SpanKind, 'nine-months'>,
  convention: Convention,
): Period {
  let [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  // Under the CCHC convention the 15th onwards belongs to the next month's window.
  if (convention === 'cchc' && Number(date.slice(8, 10)) >= 15) {
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
  const index =
    kind === 'quarter'
      ? Math.ceil(m / 3)
      : kind === 'half'
        ? m <= 6
          ? 1
          : 2
        : kind === 'month'
          ? m
          : undefined;
  return spanPeriod(kind, y, index, convention);
}
