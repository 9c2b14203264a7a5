import type { Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import { APPENDIX_WORDS } from '../../words/appendix.js';
import { setText } from './cell-text.js';
import { font } from './styles.js';

/** What goes above a table in an appendix sent to the Sở Nội vụ (NĐ 30/2020 layout). */
export interface Letterhead {
  /** Agency block, upper case: ["ỦY BAN NHÂN DÂN", "XÃ PHÚ TRUNG"]. */
  agency: string[];
  /** "Phú Trung, ngày 18 tháng 9 năm 2026" under the motto, when the place is known. */
  placeDate?: string;
  /** Bold centred lines: "PHỤ LỤC I", then the title. */
  title: string[];
  /** Italic line: "(Kèm theo Báo cáo số 125/BC-UBND ngày 18/09/2026 của Ủy ban nhân dân xã …)". */
  attach?: string;
  /** Plain lines under it: the reporting period with its data window, the as-of date. */
  lines: string[];
  /** Language of the motto (Vietnamese unless the workbook is English). */
  lang?: Lang;
}

/** Heights (pt) of the letterhead rows, set explicitly so page breaks can be computed from them. */
const LINE_PT = 18;
const RULE_PT = 9;

/**
 * The short rule lines NĐ 30 draws under the agency's name (about a third of its length) and under the motto
 * (as long as it), centred. A cell border would span the whole merged block, so the lines are text: box-drawing
 * strokes in a small font, which print as one continuous line.
 */
function rule(text: string, share: number): string {
  return '─'.repeat(Math.max(6, Math.round(text.length * share * 1.6)));
}

/**
 * Write the letterhead over columns 1..`cols`; the agency block takes the left third, the motto
 * the right half. Returns the next free row (after one blank row).
 */
export function writeLetterhead(ws: Worksheet, cols: number, head: Letterhead): number {
  const leftEnd = Math.max(2, Math.floor(cols / 3));
  const rightStart = Math.max(leftEnd + 1, cols - Math.ceil(cols / 2) + 1);
  const block = (row: number, from: number, to: number, text: string, size: number, extra = {}) => {
    if (to > from) ws.mergeCells(row, from, row, to);
    const cell = ws.getCell(row, from);
    setText(cell, text);
    cell.font = font(size, extra);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: false };
  };
  const motto = APPENDIX_WORDS.motto[head.lang ?? 'vi'];
  const top = Math.max(head.agency.length, 2);
  for (let i = 0; i < top; i++) {
    const a = head.agency[i];
    if (a) block(i + 1, 1, leftEnd, a, 12, { bold: true });
    const m = motto[i];
    if (m) block(i + 1, rightStart, cols, m, i === 0 ? 12 : 13, { bold: true });
    ws.getRow(i + 1).height = LINE_PT;
  }
  let row = top + 1;
  const last = head.agency.at(-1) ?? '';
  block(row, 1, leftEnd, rule(last, 0.4), 6);
  block(row, rightStart, cols, rule(motto[1], 1), 6);
  ws.getRow(row).height = RULE_PT;
  row++;
  if (head.placeDate) block(row, rightStart, cols, head.placeDate, 13, { italic: true });
  ws.getRow(row).height = LINE_PT;
  ws.getRow(row + 1).height = LINE_PT / 2;
  row += 2;
  for (const t of head.title) {
    block(row, 1, cols, t, 13, { bold: true });
    const cell = ws.getCell(row, 1);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    // A long title wraps inside the merged cell; give the row room for it (~150 characters a line on A4 landscape).
    ws.getRow(row).height = Math.ceil(t.length / 150) * LINE_PT;
    row++;
  }
  const plain = (text: string, extra = {}) => {
    block(row, 1, cols, text, 13, extra);
    ws.getRow(row++).height = LINE_PT;
  };
  if (head.attach) plain(head.attach, { italic: true });
  for (const l of head.lines) plain(l);
  ws.getRow(row).height = LINE_PT / 2;
  return row + 1;
}
