import type { Cell, Worksheet } from 'exceljs';
import { setText } from './cell-text.js';
import { BOX, font, GROUP_FILL, HEADER_FILL, solid, TABLE_PT } from './styles.js';

/** A table column: its header text and its width in characters. */
export interface Column {
  header: string;
  width: number;
}

/** Widths, A4 landscape fitted to one page wide, header row repeated on every page and frozen on screen. */
export function setupTableSheet(ws: Worksheet, columns: Column[], headerRow: number): void {
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
  ws.headerFooter = { oddFooter: '&C&"Times New Roman"&10&P/&N' };
  ws.views = [
    {
      state: 'frozen',
      xSplit: 0,
      ySplit: headerRow,
      topLeftCell: `A${headerRow + 1}`,
      activeCell: `A${headerRow + 1}`,
    },
  ];
}

export function writeHeaderRow(ws: Worksheet, row: number, columns: Column[]): void {
  const r = ws.getRow(row);
  columns.forEach((c, i) => {
    const cell = r.getCell(i + 1);
    cell.value = c.header;
    cell.font = font(TABLE_PT, { bold: true });
    cell.fill = solid(HEADER_FILL);
    cell.border = BOX;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  r.height = fitHeight(
    columns.map((c) => c.header),
    columns,
    TABLE_PT,
  );
}

/** Table body cell defaults: bordered, wrapped, top-aligned. */
export function bodyCell(cell: Cell, align: 'left' | 'center' | 'right' = 'left', extra = {}): void {
  cell.font = font(TABLE_PT, extra);
  cell.border = BOX;
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
}

/**
 * Row height for wrapped text. Neither exceljs nor Excel sizes rows on open reliably (merged and
 * wrapped cells keep the default height), so estimate it from text length and column width.
 */
export function fitHeight(texts: (string | undefined)[], columns: Column[], pt: number): number {
  let lines = 1;
  texts.forEach((t, i) => {
    const w = columns[i]?.width ?? 10;
    if (!t) return;
    // Times New Roman 12 pt fits about 1.2 characters per width unit of the default font (measured on
    // LibreOffice renders of the Phú Trung report); a little slack beats a clipped line.
    const perLine = Math.max(1, Math.floor(((w - 1) * 1.2 * 12) / pt));
    const n = t.split('\n').reduce((acc, part) => acc + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  });
  return Math.ceil(lines * pt * 1.3 + 4);
}

/** A group row: Roman numeral in the STT column, the label bold across the rest. Returns the next row. */
export function spanRow(ws: Worksheet, row: number, n: number, stt: string, label: string): number {
  const a = ws.getCell(row, 1);
  a.value = stt;
  bodyCell(a, 'center', { bold: true });
  ws.mergeCells(row, 2, row, n);
  const b = ws.getCell(row, 2);
  setText(b, label);
  bodyCell(b, 'left', { bold: true });
  a.fill = solid(GROUP_FILL);
  b.fill = solid(GROUP_FILL);
  return row + 1;
}
