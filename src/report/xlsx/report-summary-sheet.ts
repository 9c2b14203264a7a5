import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import { type RunReport, STATUSES, type TargetEvaluation } from '../../model/report.js';
import {
  APPENDIX_HEADERS,
  APPENDIX_SHEETS,
  appendixTitle,
  reportingUnitRow,
  SUMMARY_FOOT_WORDS,
  subTitle,
} from '../../words/appendix-sheets.js';
import { ASSESSMENT_LABELS, STATUS_LABELS } from '../../words/labels.js';
import { unitText } from '../../words/value.js';
import { targetNote } from '../target-note.js';
import { sttValue, targetNumbers } from '../target-numbers.js';
import { markAspiration, periodText, planValueText, valueText } from '../view-cells.js';
import { setText } from './cell-text.js';
import { writeCompletion } from './completion-block.js';
import { dateCell } from './date-cell.js';
import { figure, targetWords } from './figures.js';
import { groupItems, reportingUnitName, reportingUnits } from './group-items.js';
import { writeLetterhead } from './letterhead.js';
import { type CoverReport, reportLetterhead } from './report-head.js';
import { toRoman } from './roman.js';
import {
  bodyCell,
  type Column,
  fitHeight,
  keepGroupsTogether,
  keepRows,
  setupTableSheet,
  spanRow,
  type WordedColumn,
  wordedColumns,
  writeHeaderRow,
} from './sheet-kit.js';
import { writeSignature } from './signature.js';
import { font, STATUS_FILL, solid, statusLook, TABLE_PT } from './styles.js';

const H = APPENDIX_HEADERS;
const COLUMNS: WordedColumn[] = [
  [H.stt, 6],
  [H.target, 44],
  [H.measure, 8],
  [H.planned, 15],
  [H.deadline, 12],
  [H.result, 16],
  [H.assessment, 15],
  [H.owner, 20],
  [H.partners, 20],
  [H.notes, 36],
];

/**
 * PHỤ LỤC I: every target with plan value, result (with its period when it is not the report's own),
 * assessment in words (and, for the statuses that need action, a style that survives black-and-white print),
 * owner, partners and a short note. Group rows never end a page.
 */
export function addSummarySheet(wb: Workbook, report: RunReport, lang: Lang, cover: CoverReport): Worksheet {
  const ws = wb.addWorksheet(APPENDIX_SHEETS.summary[lang]);
  const cols = wordedColumns(COLUMNS, lang);
  const title = appendixTitle('summary', report.plan.title, lang);
  const headerRow = writeLetterhead(ws, cols.length, reportLetterhead(report, title, lang, cover, 1));
  setupTableSheet(ws, cols, headerRow);
  writeHeaderRow(ws, headerRow, cols);
  const numbers = targetNumbers(report);
  const keep = new Set<number>();
  let row = headerRow + 1;
  for (const unit of reportingUnits(report.targets)) {
    if (unit !== undefined) {
      keep.add(row);
      row = spanRow(ws, row, cols.length, '', reportingUnitRow(reportingUnitName(report, unit), lang));
    }
    const groups = groupItems(
      report,
      report.targets.filter((t) => t.reportingUnit === unit),
      lang,
    );
    groups.forEach((g, gi) => {
      keep.add(row);
      row = spanRow(ws, row, cols.length, toRoman(gi + 1), g.label);
      for (const t of g.items) writeTarget(ws, row++, t, numbers.get(t), report, lang, cols);
    });
  }
  // Below the table, blocks that each stay on one page: the count by assessment; the task tally with the
  // signature (a signer's block never stands alone on a page).
  let foot = writeFoot(ws, row + 1, report, lang);
  keepRows(keep, row + 1, foot);
  let block = foot;
  if (report.tasks.length > 0) {
    block = foot + 2;
    foot = writeCompletion(ws, block, report, lang, cols) - 1;
  }
  const end = writeSignature(ws, foot + 1, cols.length, cover, lang);
  keepRows(keep, block, end);
  keepGroupsTogether(ws, cols, headerRow, end, keep);
  return ws;
}

function writeTarget(
  ws: Worksheet,
  row: number,
  t: TargetEvaluation,
  stt: string | undefined,
  report: RunReport,
  lang: Lang,
  cols: Column[],
): void {
  const r = ws.getRow(row);
  const sub = stt?.includes('.') === true;
  const marked = markAspiration(t, lang);
  const title = sub ? subTitle(marked, lang) : marked;
  const cells = r.getCell.bind(r);
  cells(1).value = sttValue(stt);
  bodyCell(cells(1), 'center');
  // The "- Trong đó:" prefix is ours and puts the plan's text away from the start of the cell.
  if (sub) cells(2).value = title;
  else setText(cells(2), marked);
  bodyCell(cells(2), 'left', sub ? { italic: true } : {});
  if (sub) cells(2).alignment = { ...cells(2).alignment, indent: 2 };
  const unit = unitText(t.kind, t.unit, lang);
  setText(cells(3), unit);
  bodyCell(cells(3), 'center');
  const words = targetWords(t.kind, t.comparator, t.targetValue, lang);
  // A band of values or a named score band is said in words ("90%–95%", "Tốt trở lên (≥ 70 điểm)").
  if (t.targetRange || t.band) cells(4).value = planValueText(t, lang);
  else if (words !== null || t.targetValue === undefined) cells(4).value = words ?? '';
  else {
    const f = figure(t.kind, t.targetValue, t.comparator);
    cells(4).value = f.value;
    cells(4).numFmt = f.numFmt;
  }
  bodyCell(cells(4), 'center');
  dateCell(cells(5), t.deadline);
  bodyCell(cells(5), 'center');
  const result = writeActual(cells(6), t, report, lang);
  bodyCell(cells(6), 'center');
  cells(7).value = STATUS_LABELS[t.status][lang];
  bodyCell(cells(7), 'center');
  const look = statusLook(t.status);
  cells(7).fill = look.fill;
  cells(7).font = look.font;
  cells(7).border = look.border;
  const name = (id: string) => report.names.units[id] ?? id;
  setText(cells(8), name(t.owner));
  bodyCell(cells(8), 'left');
  setText(cells(9), t.partners.map(name).join(', '));
  bodyCell(cells(9), 'left');
  const note = targetNote(t, report, lang);
  setText(cells(10), note);
  bodyCell(cells(10), 'left');
  const shown = (c: number) => (typeof cells(c).value === 'string' ? String(cells(c).value) : '');
  r.height = fitHeight(
    [
      String(stt ?? ''),
      title,
      unit,
      shown(4),
      '',
      result,
      STATUS_LABELS[t.status][lang],
      shown(8),
      shown(9),
      note,
    ],
    cols,
    TABLE_PT,
  );
}

/**
 * The result cell. A figure of the report's own period is a number cell (0.528 shown 52,8%); a figure of an
 * earlier period is text with that period, "62,5% (Quý II/2026)", so the stale figure can never pass for this
 * period's (its number is on the Nguồn số liệu sheet). Returns the text shown, for the row height.
 */
function writeActual(cell: Cell, t: TargetEvaluation, report: RunReport, lang: Lang): string {
  const a = t.actual;
  if (!a) return '';
  const own = a.period.id === report.period.id;
  const when = own ? '' : `\n(${periodText(a.period, lang)})`;
  if (a.assessment) {
    cell.value = ASSESSMENT_LABELS[a.assessment][lang] + when;
  } else if (a.value === null) {
    // A zero denominator: no figure, and never 0%. The note says why.
    cell.value = '—';
  } else if (own) {
    const f = figure(t.kind, a.value);
    cell.value = f.value;
    cell.numFmt = f.numFmt;
    return '';
  } else {
    cell.value = valueText(t, a.value, lang) + when;
  }
  return String(cell.value);
}

/** Counts per status under the table, with the total. Returns the last row written. */
function writeFoot(ws: Worksheet, row: number, report: RunReport, lang: Lang): number {
  const head = ws.getCell(row, 2);
  head.value = SUMMARY_FOOT_WORDS.head[lang];
  head.font = font(TABLE_PT, { bold: true });
  ws.getRow(row).height = 20;
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
    ws.getRow(r).height = 20;
    r++;
  }
  const label = ws.getCell(r, 2);
  label.value = SUMMARY_FOOT_WORDS.total[lang];
  bodyCell(label, 'left', { bold: true });
  const count = ws.getCell(r, 3);
  count.value = total;
  bodyCell(count, 'center', { bold: true });
  ws.getRow(r).height = 20;
  return r;
}
