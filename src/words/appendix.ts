import type { Lang } from '../model/diagnostic.js';
import type { Period } from '../model/period.js';
import { formatDate } from './date.js';
import { periodWithWindow } from './period.js';
import { revisionName } from './revision.js';

/**
 * Fixed words of the appendix workbook (`cchc report`) that are not statuses or values: the letterhead over each
 * appendix and the signer's block under it (NĐ 30/2020). The national motto is printed in the workbook's
 * language: in an English workbook it is the usual official translation. The agency's name stays as the plan
 * writes it (a name, like the units' names), in both languages.
 */
export const APPENDIX_WORDS = {
  stt: { vi: 'STT', en: 'No.' },
  motto: {
    vi: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    en: ['SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness'],
  },
  appendix: { vi: 'PHỤ LỤC', en: 'APPENDIX' },
  reportingUnit: { vi: 'Đơn vị báo cáo', en: 'Reporting unit' },
  /** The signer's title when only a name was given. */
  signedBy: { vi: 'NGƯỜI KÝ', en: 'SIGNED BY' },
  sign: { vi: '(Ký, ghi rõ họ tên và đóng dấu)', en: '(Signature, full name and seal)' },
} as const satisfies Record<string, Record<Lang, unknown>>;

/** "Kỳ báo cáo: Quý III/2026 (số liệu từ 15/06/2026 đến 14/09/2026)", the same words as the other views. */
export function periodLine(p: Period, lang: Lang): string {
  return `${lang === 'vi' ? 'Kỳ báo cáo' : 'Reporting period'}: ${periodWithWindow(p, lang)}`;
}

/** "Phú Trung, ngày 18 tháng 9 năm 2026"; NĐ 30 writes days below 10 and months 1-2 with a leading zero. */
export function placeDate(where: string, iso: string | undefined, lang: Lang): string {
  if (!iso) return lang === 'vi' ? `${where}, ngày … tháng … năm …` : `${where}, date …`;
  const [y, m, d] = iso.split('-');
  return lang === 'vi'
    ? `${where}, ngày ${d} tháng ${Number(m) < 3 ? m : Number(m)} năm ${y}`
    : `${where}, ${formatDate(iso)}`;
}

/** "125" → "125/BC-UBND"; a number already carrying its symbol is kept; none → "…/BC-UBND". */
export function reportNumber(n: string | undefined, symbol = 'BC-UBND'): string {
  if (n === undefined || n.trim() === '') return `…/${symbol}`;
  return n.includes('/') ? n.trim() : `${n.trim()}/${symbol}`;
}

/** "(Kèm theo Báo cáo số 125/BC-UBND ngày 18/09/2026 của Ủy ban nhân dân xã …)"; `date` is already written. */
export function attachLine(no: string, date: string, issuer: string, lang: Lang): string {
  return lang === 'vi'
    ? `(Kèm theo Báo cáo số ${no} ngày ${date} của ${issuer})`
    : `(Attached to Report No. ${no} dated ${date} of ${issuer})`;
}

/**
 * "Số liệu tính đến ngày 30/09/2026; kế hoạch: … (điều chỉnh lần 1)". Only a real amendment is named: the
 * original plan is revision 1, the first "Kế hoạch điều chỉnh" revision 2.
 */
export function asOfLine(asOf: string, title: string, revision: number, lang: Lang): string {
  const rev = revision > 1 ? ` (${revisionName(revision, lang)})` : '';
  return lang === 'vi'
    ? `Số liệu tính đến ngày ${formatDate(asOf)}; kế hoạch: ${title}${rev}`
    : `Data as of ${formatDate(asOf)}; plan: ${title}${rev}`;
}
