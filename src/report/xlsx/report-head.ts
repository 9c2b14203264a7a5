import type { Lang } from '../../model/diagnostic.js';
import type { RunReport } from '../../model/report.js';
import { agencyLines, issuerInFull } from '../../words/agency.js';
import {
  APPENDIX_WORDS,
  asOfLine,
  attachLine,
  periodLine,
  placeDate,
  reportNumber,
} from '../../words/appendix.js';
import { formatDate } from '../../words/date.js';
import type { Letterhead } from './letterhead.js';
import { toRoman } from './roman.js';

/** What the officer knows about the cover report the appendix goes with (all optional: dots stand in). */
export interface CoverReport {
  /** Place name for "…, ngày … tháng … năm …"; defaults to the plan's place. */
  place?: string;
  /** "125" or "125/BC-UBND": the cover report's number. */
  number?: string;
  /** The symbol after the number ("BC-UBND", "BC-VP"): the part that stays the same report after report. */
  symbol?: string;
  /** ISO date of the cover report. */
  date?: string;
  /** Signer's title ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": lines split at "/") and name, printed under the summary. */
  signerTitle?: string;
  signerName?: string;
}

/**
 * The letterhead of appendix `n` (PHỤ LỤC I, II, III: the order the cover report cites them in), from the run
 * report and what the officer said about the cover report.
 */
export function reportLetterhead(
  report: RunReport,
  title: string,
  lang: Lang,
  cover: CoverReport,
  n: number,
): Letterhead {
  const where = cover.place ?? report.plan.place;
  const no = reportNumber(cover.number, cover.symbol);
  const date = cover.date ? formatDate(cover.date) : '…';
  return {
    lang,
    agency: agencyLines(report.plan.issuer),
    ...(where ? { placeDate: placeDate(where, cover.date, lang) } : {}),
    title: [`${APPENDIX_WORDS.appendix[lang]} ${toRoman(n)}`, title],
    attach: attachLine(no, date, issuerInFull(report.plan.issuer), lang),
    lines: [
      periodLine(report.period, lang),
      asOfLine(report.asOf, report.plan.title, report.plan.revision, lang),
    ],
  };
}
