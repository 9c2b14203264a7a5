import type { Lang } from '../model/diagnostic.js';
import type { Period } from '../model/period.js';
import { formatDate } from './date.js';

const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const MONTHS_EN = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The one name of a period in each language, used by every view: "Quý III/2026", "6 tháng năm 2026",
 * "9 tháng năm 2026", "Tháng 9/2026", "Năm 2026" — the wording of the seed plan and of Công văn 581's report
 * headings ("Báo cáo CCHC 6 tháng năm 2026", "9 tháng năm 2026"); English "Q3 2026", "H1 2026",
 * "First 9 months of 2026", "September 2026", "Year 2026".
 */
export function periodLabel(p: Period, lang: Lang): string {
  const vi = lang === 'vi';
  switch (p.kind) {
    case 'quarter':
      return vi ? `Quý ${ROMAN[p.index!]}/${p.year}` : `Q${p.index} ${p.year}`;
    case 'half':
      if (p.index === 2) return vi ? `6 tháng cuối năm ${p.year}` : `H2 ${p.year}`;
      return vi ? `6 tháng năm ${p.year}` : `H1 ${p.year}`;
    case 'nine-months':
      return vi ? `9 tháng năm ${p.year}` : `First 9 months of ${p.year}`;
    case 'month':
      return vi ? `Tháng ${p.index}/${p.year}` : `${MONTHS_EN[p.index!]} ${p.year}`;
    case 'year':
      return vi ? `Năm ${p.year}` : `Year ${p.year}`;
    case 'day':
      return formatDate(p.start);
    case 'range': {
      const years = /^(\d{4})\.\.(\d{4})$/.exec(p.id);
      if (years) return vi ? `Giai đoạn ${years[1]}-${years[2]}` : `${years[1]}–${years[2]}`;
      return `${formatDate(p.start)} – ${formatDate(p.end)}`;
    }
  }
}

/** "Quý III/2026 (số liệu từ 15/06/2026 đến 14/09/2026)" — the period with its data window. */
export function periodWithWindow(p: Period, lang: Lang): string {
  const w =
    lang === 'vi'
      ? `số liệu từ ${formatDate(p.start)} đến ${formatDate(p.end)}`
      : `data from ${formatDate(p.start)} to ${formatDate(p.end)}`;
  return p.kind === 'day' ? periodLabel(p, lang) : `${periodLabel(p, lang)} (${w})`;
}
