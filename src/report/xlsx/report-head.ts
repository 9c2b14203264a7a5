import type { Lang } from '../../model/diagnostic.js';
import type { Period } from '../../model/period.js';
import type { RunReport } from '../../model/report.js';
import { periodWithWindow } from '../../periods/index.js';
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

/** "Ủy ban nhân dân xã Phú Trung" / "UBND xã Phú Trung" → ["ỦY BAN NHÂN DÂN", "XÃ PHÚ TRUNG"], as NĐ 30 prints it. */
export function agencyLines(issuer: string): string[] {
  const m = /^\s*(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+(.+)$/iu.exec(issuer.normalize('NFC'));
  if (m?.[1]) return ['ỦY BAN NHÂN DÂN', m[1].toLocaleUpperCase('vi')];
  return [issuer.toLocaleUpperCase('vi')];
}

/** The issuer spelled out for the "(Kèm theo …)" line: "UBND xã X" → "Ủy ban nhân dân xã X". */
export function issuerInFull(issuer: string): string {
  return issuer.normalize('NFC').replace(/^\s*ubnd\s+/iu, 'Ủy ban nhân dân ');
}

/** "Kỳ báo cáo: Quý III/2026 (số liệu từ 15/06/2026 đến 14/09/2026)", the same words as the other views. */
export function periodLine(p: Period, lang: Lang): string {
  return `${lang === 'vi' ? 'Kỳ báo cáo' : 'Reporting period'}: ${periodWithWindow(p, lang)}`;
}

/** "125" → "125/BC-UBND"; a number already carrying its symbol is kept; none → "…/BC-UBND". */
export function reportNumber(n: string | undefined, symbol = 'BC-UBND'): string {
  if (n === undefined || n.trim() === '') return `…/${symbol}`;
  return n.includes('/') ? n.trim() : `${n.trim()}/${symbol}`;
}

/** "Phú Trung, ngày 18 tháng 9 năm 2026"; NĐ 30 writes days below 10 and months 1-2 with a leading zero. */
function placeDate(where: string, iso: string | undefined, lang: Lang): string {
  if (!iso) return lang === 'vi' ? `${where}, ngày … tháng … năm …` : `${where}, date …`;
  const [y, m, d] = iso.split('-');
  return lang === 'vi'
    ? `${where}, ngày ${d} tháng ${Number(m) < 3 ? m : Number(m)} năm ${y}`
    : `${where}, ${formatDate(iso)}`;
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
  const vi = lang === 'vi';
  const no = reportNumber(cover.number, cover.symbol);
  const date = cover.date ? formatDate(cover.date) : '…';
  const issuer = issuerInFull(report.plan.issuer);
  // Only a real amendment is named: the original plan is revision 1, the first "Kế hoạch điều chỉnh" revision 2.
  const amended = report.plan.revision - 1;
  const plan = vi
    ? `kế hoạch: ${report.plan.title}${amended > 0 ? ` (điều chỉnh lần ${amended})` : ''}`
    : `plan: ${report.plan.title}${amended > 0 ? ` (amendment ${amended})` : ''}`;
  return {
    lang,
    agency: agencyLines(report.plan.issuer),
    ...(where ? { placeDate: placeDate(where, cover.date, lang) } : {}),
    title: [`${vi ? 'PHỤ LỤC' : 'APPENDIX'} ${toRoman(n)}`, title],
    attach: vi
      ? `(Kèm theo Báo cáo số ${no} ngày ${date} của ${issuer})`
      : `(Attached to Report No. ${no} dated ${date} of ${issuer})`,
    lines: [
      periodLine(report.period, lang),
      vi
        ? `Số liệu tính đến ngày ${formatDate(report.asOf)}; ${plan}`
        : `Data as of ${formatDate(report.asOf)}; ${plan}`,
    ],
  };
}
