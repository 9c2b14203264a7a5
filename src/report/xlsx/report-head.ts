import type { Lang } from '../../model/diagnostic.js';
import type { Period } from '../../model/period.js';
import type { RunReport } from '../../model/report.js';
import { periodWithWindow } from '../../periods/index.js';
import { formatDate } from '../../util/date.js';
import type { Letterhead } from './letterhead.js';

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

/** The letterhead of a report sheet, from the run report alone. */
export function reportLetterhead(report: RunReport, title: string, lang: Lang, place?: string): Letterhead {
  const where = place ?? report.plan.place;
  const vi = lang === 'vi';
  return {
    agency: agencyLines(report.plan.issuer),
    ...(where ? { placeDate: vi ? `${where}, ngày … tháng … năm …` : `${where}, date …` } : {}),
    title: [vi ? 'PHỤ LỤC' : 'APPENDIX', title],
    attach: vi
      ? `(Kèm theo Báo cáo số …/BC-UBND ngày … của ${issuerInFull(report.plan.issuer)})`
      : `(Attached to Report No. …/BC-UBND dated … of ${issuerInFull(report.plan.issuer)})`,
    lines: [
      periodLine(report.period, lang),
      vi
        ? `Số liệu tính đến ngày ${formatDate(report.asOf)}; kế hoạch: ${report.plan.title} (lần sửa đổi ${report.plan.revision})`
        : `Data as of ${formatDate(report.asOf)}; plan: ${report.plan.title} (revision ${report.plan.revision})`,
    ],
  };
}
