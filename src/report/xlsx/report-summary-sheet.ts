import type { Workbook, Worksheet } from 'exceljs';
import { ASSESSMENT_LABELS, STATUS_LABELS } from '../../i18n/labels.js';
import type { Lang } from '../../model/diagnostic.js';
import { type RunReport, STATUSES, type TargetEvaluation } from '../../model/report.js';
import { foldWords } from '../../util/text.js';
import { setText } from './cell-text.js';
import { dateCell } from './date-cell.js';
import { figure, targetWords } from './figures.js';
import { groupItems, reportingUnits } from './group-items.js';
import { writeLetterhead } from './letterhead.js';
import { reportLetterhead } from './report-head.js';
import { toRoman } from './roman.js';
import { bodyCell, type Column, fitHeight, setupTableSheet, spanRow, writeHeaderRow } from './sheet-kit.js';
import { font, STATUS_FILL, solid, TABLE_PT } from './styles.js';

export const SUMMARY_SHEET = { vi: 'Tổng hợp', en: 'Summary' } as const;

function columns(lang: Lang): Column[] {
  const vi = lang === 'vi';
  return [
    { header: 'STT', width: 6 },
    { header: vi ? 'Chỉ tiêu' : 'Target', width: 46 },
    { header: vi ? 'Đơn vị tính' : 'Unit', width: 9 },
    { header: vi ? 'Chỉ tiêu kế hoạch' : 'Planned', width: 16 },
    { header: vi ? 'Thời hạn' : 'Deadline', width: 12 },
    { header: vi ? 'Kết quả thực hiện' : 'Result', width: 13 },
    { header: vi ? 'Đánh giá' : 'Assessment', width: 15 },
    { header: vi ? 'Đơn vị chủ trì' : 'Lead unit', width: 22 },
    { header: vi ? 'Ghi chú' : 'Notes', width: 50 },
  ];
}

/** Sheet 1: every target with plan value, result, assessment in words and colour, and the reason. */
export function addSummarySheet(wb: Workbook, report: RunReport, lang: Lang, place?: string): Worksheet {
  const ws = wb.addWorksheet(SUMMARY_SHEET[lang]);
  const cols = columns(lang);
  const title =
    lang === 'vi'
      ? `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ${report.plan.title.toLocaleUpperCase('vi')}`
      : `RESULTS AGAINST THE TARGETS OF ${report.plan.title.toLocaleUpperCase('en')}`;
  const headerRow = writeLetterhead(ws, cols.length, reportLetterhead(report, title, lang, place));
  setupTableSheet(ws, cols, headerRow);
  writeHeaderRow(ws, headerRow, cols);
  let row = headerRow + 1;
  const units = reportingUnits(report.targets);
  for (const unit of units) {
    if (unit !== undefined) {
      row = spanRow(
        ws,
        row,
        cols.length,
        '',
        `${lang === 'vi' ? 'Đơn vị báo cáo' : 'Reporting unit'}: ${unit}`,
      );
    }
    const groups = groupItems(
      report,
      report.targets.filter((t) => t.reportingUnit === unit),
      lang,
    );
    let stt = 0;
    groups.forEach((g, gi) => {
      row = spanRow(ws, row, cols.length, toRoman(gi + 1), g.label);
      for (const t of g.items) {
        const sub = t.parent !== undefined && g.items.some((p) => p.id === t.parent);
        writeTarget(ws, row++, t, sub ? '' : String(++stt), sub, report, lang, cols);
      }
    });
  }
  writeFoot(ws, row + 1, report, lang);
  return ws;
}

function writeTarget(
  ws: Worksheet,
  row: number,
  t: TargetEvaluation,
  stt: string,
  sub: boolean,
  report: RunReport,
  lang: Lang,
  cols: Column[],
): void {
  const r = ws.getRow(row);
  const title = sub ? subTitle(t.title, lang) : t.title;
  const cells = r.getCell.bind(r);
  cells(1).value = stt;
  bodyCell(cells(1), 'center');
  // The "- Trong đó:" prefix is ours and puts the plan's text away from the start of the cell.
  if (sub) cells(2).value = title;
  else setText(cells(2), t.title);
  bodyCell(cells(2), 'left', sub ? { italic: true } : {});
  if (sub) cells(2).alignment = { ...cells(2).alignment, indent: 1 };
  setText(cells(3), t.unit);
  bodyCell(cells(3), 'center');
  const words = targetWords(t.kind, t.comparator, t.targetValue, lang);
  if (words !== null || t.targetValue === undefined) cells(4).value = words ?? '';
  else {
    const f = figure(t.kind, t.targetValue, t.comparator);
    cells(4).value = f.value;
    cells(4).numFmt = f.numFmt;
  }
  bodyCell(cells(4), 'center');
  dateCell(cells(5), t.deadline);
  bodyCell(cells(5), 'center');
  writeActual(cells(6), t, lang);
  bodyCell(cells(6), 'center');
  cells(7).value = STATUS_LABELS[t.status][lang];
  bodyCell(cells(7), 'center', { bold: t.status === 'missed' || t.status === 'at-risk' });
  cells(7).fill = solid(STATUS_FILL[t.status]);
  setText(cells(8), report.names.units[t.owner] ?? t.owner);
  bodyCell(cells(8), 'left');
  setText(cells(9), t.reason[lang]);
  bodyCell(cells(9), 'left');
  const shown = (c: number) => (typeof cells(c).value === 'string' ? String(cells(c).value) : '');
  r.height = fitHeight(
    [stt, title, t.unit, shown(4), '', shown(6), STATUS_LABELS[t.status][lang], shown(8), shown(9)],
    cols,
    TABLE_PT,
  );
}

function writeActual(cell: import('exceljs').Cell, t: TargetEvaluation, lang: Lang): void {
  const a = t.actual;
  if (!a) return;
  if (a.assessment) {
    cell.value = ASSESSMENT_LABELS[a.assessment][lang];
  } else if (a.value === null) {
    // A zero denominator: no figure, and never 0%. The reason column says why.
    cell.value = '—';
  } else {
    const f = figure(t.kind, a.value);
    cell.value = f.value;
    cell.numFmt = f.numFmt;
  }
}

function writeFoot(ws: Worksheet, row: number, report: RunReport, lang: Lang): void {
  const head = ws.getCell(row, 2);
  head.value = lang === 'vi' ? 'Tổng hợp đánh giá' : 'Count by assessment';
  head.font = font(TABLE_PT, { bold: true });
  let r = row + 1;
  let total = 0;
  for (const s of STATUSES) {
    const n = report.summary.targets[s] ?? 0;
    total += n;
    const label = ws.getCell(r, 2);
    label.value = STATUS_LABELS[s][lang];
    bodyCell(label, 'left');
    label.fill = solid(STATUS_FILL[s]);
    const count = ws.getCell(r, 3);
    count.value = n;
    bodyCell(count, 'center');
    r++;
  }
  const label = ws.getCell(r, 2);
  label.value = lang === 'vi' ? 'Tổng số chỉ tiêu' : 'Total targets';
  bodyCell(label, 'left', { bold: true });
  const count = ws.getCell(r, 3);
  count.value = total;
  bodyCell(count, 'center', { bold: true });
}

/** "- Trong đó: …" under the parent, unless the plan's own words already begin with "Trong đó". */
export function subTitle(title: string, lang: Lang): string {
  if (foldWords(title).startsWith('trong do') || foldWords(title).startsWith('of which')) return `- ${title}`;
  return lang === 'vi' ? `- Trong đó: ${title}` : `- Of which: ${title}`;
}
