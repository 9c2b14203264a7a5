import { CchcError } from '../errors.js';
import type { Convention, Period } from '../model/period.js';
import { parseDay, parsePeriod, periodContaining } from '../periods/index.js';
import { addDays, isIsoDate, todayInVietnam } from '../util/date.js';
import { AS_OF_AND_PERIOD, badAsOfWords, badPeriodWords } from '../words/run-errors.js';

/**
 * The as-of date and the report period. `--period` wins the period and puts as-of on its last day;
 * otherwise the report period is the last quarter window that has ended by `--as-of` (or today in
 * Asia/Ho_Chi_Minh). Officials report on a window once it has closed: on 28/11/2026 the period being
 * reported is Quý III (ended 14/09), and on 16/12/2026 it is Quý IV (ended 14/12) — not the window just
 * opened, whose data cannot exist yet and would make every current figure look stale.
 */
export function resolveAsOf(
  opts: { asOf?: string; period?: string },
  convention: Convention,
  now: Date,
): { asOf: string; period: Period } {
  if (opts.asOf !== undefined && opts.period !== undefined) {
    throw new CchcError('usage', AS_OF_AND_PERIOD.message, AS_OF_AND_PERIOD.hint);
  }
  if (opts.period !== undefined) {
    const p = parsePeriod(opts.period, convention);
    if (!p) {
      const { message, hint } = badPeriodWords(opts.period);
      throw new CchcError('usage', message, hint);
    }
    return { asOf: p.end, period: p };
  }
  let asOf = todayInVietnam(now);
  if (opts.asOf !== undefined) {
    const day = isIsoDate(opts.asOf) ? opts.asOf : parseDay(opts.asOf);
    if (!day) {
      const { message, hint } = badAsOfWords(opts.asOf);
      throw new CchcError('usage', message, hint);
    }
    asOf = day;
  }
  const containing = periodContaining(asOf, 'quarter', convention);
  const period =
    containing.end === asOf
      ? containing
      : periodContaining(addDays(containing.start, -1), 'quarter', convention);
  return { asOf, period };
}

/** Days from a window's last day to the report deadline: windows end on the 14th, reports are due by the 20th. */
export const REPORT_DUE_AFTER_DAYS = 6;

/**
 * The quarter whose report is due next on `today` (Asia/Ho_Chi_Minh): the window still open, or the one that
 * closed less than a week ago and is being reported now. On 28/11/2026 that is Quý IV/2026 (closes 14/12), on
 * 18/12/2026 still Quý IV (report due 20/12), on 21/12/2026 Quý I/2027. This is what a data-entry template is
 * made for, ahead of the figures.
 */
export function nextReportPeriod(now: Date, convention: Convention): Period {
  return periodContaining(addDays(todayInVietnam(now), -REPORT_DUE_AFTER_DAYS), 'quarter', convention);
}
