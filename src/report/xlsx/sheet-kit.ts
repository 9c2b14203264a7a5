import type { Cell, Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import { setText } from './cell-text.js';
import { BOX, font, GROUP_FILL, HEADER_FILL, solid, TABLE_PT } from './styles.js';

/** A table column: its header text and its width in characters. */
export interface Column {
  header: string;
  width: number;
}

/** A column as a sheet declares it: its header in both languages, its width. */
export type WordedColumn = readonly [Record<Lang, string>, number];

/** The columns of a sheet in its language. */
export const wordedColumns = (spec: readonly WordedColumn[], lang: Lang): Column[] =>
  spec.map(([header, width]) => ({ header: header[lang], width }));

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

/**
 * Table body cell defaults: bordered, wrapped, vertically centred. Left-aligned text is indented one step so it
 * does not touch the cell's left border in print.
 */
export function bodyCell(cell: Cell, align: 'left' | 'center' | 'right' = 'left', extra = {}): void {
  cell.font = font(TABLE_PT, extra);
  cell.border = BOX;
  cell.alignment = {
    horizontal: align,
    vertical: 'middle',
    wrapText: true,
    ...(align === 'left' ? { indent: 1 } : {}),
  };
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
    // Times New Roman 12 pt fits about 1.05 characters per width unit of the default font (Calibri 11; measured
    // on LibreOffice renders of the Phú Trung report with Carlito, Calibri's metric twin); less the indent.
    const perLine = Math.max(1, Math.floor(((w - 1.5) * 1.05 * 12) / pt));
    const n = t.split('\n').reduce((acc, part) => acc + wrappedLines(part, perLine), 0);
    lines = Math.max(lines, n);
  });
  // A Times New Roman line is about 1.15 of its size (LibreOffice and Excel), plus a little padding.
  return Math.ceil(lines * pt * 1.17 + 5);
}

/** Lines a text takes when wrapped at words to `perLine` characters (a word longer than a line is cut). */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const n = word.length;
    if (used === 0) used = n;
    else if (used + 1 + n <= perLine) used += 1 + n;
    else {
      lines += 1;
      used = n;
    }
    while (used > perLine) {
      lines += 1;
      used -= perLine;
    }
  }
  return lines;
}

/**
 * Manual page breaks so that no group row ends a page: rows `from`..`to` are packed into A4 landscape pages at the
 * scale "fit to one page wide" gives, from the heights set on them, the header row repeated on each page. A row in
 * `keepWithNext` moves to the next page with the row after it, and a run of such rows is one chain: a block
 * under the table (the count by assessment, the task tally, the signer) moves whole rather than leave its heading
 * or a lone signature on a page of its own. A chain taller than a page falls back to pairs. Each page is filled to
 * at most 93% of its estimated room, so the viewer's own (automatic) breaks never come first.
 */
export function keepGroupsTogether(
  ws: Worksheet,
  columns: Column[],
  headerRow: number,
  to: number,
  keepWithNext: Set<number>,
): number[] {
  const px = columns.reduce((a, c) => a + Math.trunc(c.width * 7 + 5), 0);
  // A4 landscape, 0.5 in side margins and 0.6 in top/bottom (setupTableSheet); Calc and Excel scale in whole percents.
  const scale = Math.min(1, Math.floor((((297 / 25.4 - 1) * 72) / (px * 0.75)) * 100) / 100);
  const room = (((210 / 25.4 - 1.2) * 72) / scale) * 0.93;
  const height = (r: number) => ws.getRow(r).height ?? 15;
  let used = 0;
  for (let r = 1; r <= headerRow; r++) used += height(r);
  const head = height(headerRow);
  const chain = (r: number) => {
    let need = height(r);
    for (let k = r; keepWithNext.has(k) && k < to; k++) need += height(k + 1);
    return need <= room - head ? need : height(r) + (keepWithNext.has(r) && r < to ? height(r + 1) : 0);
  };
  const breaks: number[] = [];
  for (let r = headerRow + 1; r <= to; r++) {
    if (used + chain(r) > room && used > head) {
      ws.getRow(r - 1).addPageBreak();
      breaks.push(r - 1);
      used = head;
    }
    used += height(r);
  }
  return breaks;
}

/** Keep rows `from`..`to` on one page (every row but the last moves with the next). */
export function keepRows(keep: Set<number>, from: number, to: number): void {
  for (let r = from; r < to; r++) keep.add(r);
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
  ws.getRow(row).height = Math.ceil(TABLE_PT * 1.17 + 7);
  return row + 1;
}
