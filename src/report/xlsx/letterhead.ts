import type { Worksheet } from 'exceljs';
import { setText } from './cell-text.js';
import { font } from './styles.js';

/** What goes above a table in an appendix sent to the Sở Nội vụ (NĐ 30/2020 layout). */
export interface Letterhead {
  /** Agency block, upper case: ["ỦY BAN NHÂN DÂN", "XÃ PHÚ TRUNG"]. */
  agency: string[];
  /** "Phú Trung, ngày … tháng … năm 2026" under the motto, when the place is known. */
  placeDate?: string;
  /** Bold centred lines: "PHỤ LỤC", then the title. */
  title: string[];
  /** Italic line: "(Kèm theo Báo cáo số …/BC-UBND ngày … của Ủy ban nhân dân xã …)". */
  attach?: string;
  /** Plain lines under it: the reporting period with its data window, the as-of date. */
  lines: string[];
}

const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

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
  const top = Math.max(head.agency.length, 2);
  for (let i = 0; i < top; i++) {
    const a = head.agency[i];
    if (a) block(i + 1, 1, leftEnd, a, 12, { bold: true });
    const m = MOTTO[i];
    if (m) block(i + 1, rightStart, cols, m, i === 0 ? 12 : 13, { bold: true });
  }
  let row = top + 1;
  if (head.placeDate) block(row, rightStart, cols, head.placeDate, 13, { italic: true });
  row += 2;
  for (const t of head.title) {
    block(row, 1, cols, t, 13, { bold: true });
    const cell = ws.getCell(row, 1);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    // A long title wraps inside the merged cell; give the row room for it (~150 characters a line on A4 landscape).
    ws.getRow(row).height = Math.ceil(t.length / 150) * 18;
    row++;
  }
  if (head.attach) block(row++, 1, cols, head.attach, 13, { italic: true });
  for (const l of head.lines) block(row++, 1, cols, l, 13);
  return row + 1;
}
