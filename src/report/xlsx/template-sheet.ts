import type { DataValidation, Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import { INSTRUCTIONS_HEADING, TEMPLATE_SIGN_WORDS } from '../../words/template-form.js';
import { setText } from './cell-text.js';
import {
  bodyCell,
  fitHeight,
  keepGroupsTogether,
  keepRows,
  setupTableSheet,
  writeHeaderRow,
} from './sheet-kit.js';
import { font, INPUT_FILL, LOCKED_FILL, solid, TABLE_PT } from './styles.js';
import type { TemplateColumn } from './template-columns.js';

/** One template row: fixed texts or numbers per field, validation and lock per input field. */
export interface TemplateRow<F extends string> {
  values: Partial<Record<F, string | number | Date>>;
  /** Validation for an input field; an input field listed in `locked` is greyed and not editable. */
  validations: Partial<Record<F, DataValidation>>;
  locked?: F[];
}

/**
 * Write a protected data-entry sheet: title and instructions on top (the reader skips rows above
 * the header), the header row, then one row per item. Only the input cells are unlocked. The sheet
 * is protected without a password: it prevents slips, not a determined user.
 */
export async function writeTemplateSheet<F extends string>(
  ws: Worksheet,
  title: string[],
  instructions: string[],
  columns: TemplateColumn<F>[],
  rows: TemplateRow<F>[],
  lang: Lang,
  place?: string,
): Promise<number> {
  const n = columns.length;
  let r = 1;
  for (const [i, t] of title.entries()) {
    ws.mergeCells(r, 1, r, n);
    const c = ws.getCell(r, 1);
    setText(c, t);
    c.font = font(i === 0 ? 14 : 12, { bold: i === 0 });
    r++;
  }
  const head = ws.getCell(r, 1);
  head.value = INSTRUCTIONS_HEADING[lang];
  head.font = font(TABLE_PT, { bold: true, italic: true });
  r++;
  const totalWidth = columns.reduce((a, c) => a + c.width, 0);
  for (const line of instructions) {
    ws.mergeCells(r, 1, r, n);
    const c = ws.getCell(r, 1);
    c.value = line;
    c.font = font(11);
    c.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(r).height = fitHeight([line], [{ header: '', width: totalWidth }], 11);
    r++;
  }
  const headerRow = r + 1;
  setupTableSheet(ws, columns, headerRow);
  // Keep the code and name in view while scrolling right to the input columns.
  ws.views = [
    {
      state: 'frozen',
      xSplit: 3,
      ySplit: headerRow,
      topLeftCell: `D${headerRow + 1}`,
      activeCell: firstInput(columns, headerRow),
    },
  ];
  writeHeaderRow(ws, headerRow, columns);
  columns.forEach((c, i) => {
    if (c.input) ws.getCell(headerRow, i + 1).fill = solid(INPUT_FILL);
  });
  rows.forEach((item, k) => {
    const row = ws.getRow(headerRow + 1 + k);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = item.values[c.field];
      if (typeof v === 'string') setText(cell, v);
      else if (v instanceof Date) {
        cell.value = v;
        cell.numFmt = 'dd/mm/yyyy';
      } else if (typeof v === 'number') cell.value = v;
      bodyCell(cell, c.field === 'stt' ? 'center' : 'left');
      const locked = item.locked?.includes(c.field) ?? false;
      if (c.input && !locked) {
        cell.protection = { locked: false };
        cell.fill = solid(INPUT_FILL);
        const dv = item.validations[c.field];
        if (dv) cell.dataValidation = dv;
      } else if (c.input) {
        cell.fill = solid(LOCKED_FILL);
      }
    });
    row.height = fitHeight(
      columns.map((c) => {
        const v = item.values[c.field];
        return typeof v === 'string' ? v : '';
      }),
      columns,
      TABLE_PT,
    );
  });
  const last = headerRow + rows.length;
  const end = writeSignLines(ws, last + 2, columns, lang, place);
  // The signature lines go to the next page with the table's last row rather than stand alone under a repeated header.
  const keep = new Set<number>();
  keepRows(keep, last, end);
  keepGroupsTogether(ws, columns, headerRow, end, keep);
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  return headerRow;
}

/**
 * "Người lập biểu" on the left and the date line with "Thủ trưởng đơn vị" on the right, as forms passed between
 * offices end; the cells below each title are unlocked for the names. Nothing goes in the code column and the
 * printed texts hold no digits, so the reader skips these rows quietly. Returns the last row.
 */
function writeSignLines<F>(
  ws: Worksheet,
  row: number,
  columns: TemplateColumn<F>[],
  lang: Lang,
  place?: string,
): number {
  const n = columns.length;
  const right = Math.max(4, n - 2);
  const put = (r: number, from: number, to: number, text: string, extra: object) => {
    if (to > from) ws.mergeCells(r, from, r, to);
    const c = ws.getCell(r, from);
    c.value = text;
    c.font = font(12, extra);
    c.alignment = { horizontal: 'center', vertical: 'middle' };
  };
  const w = TEMPLATE_SIGN_WORDS[lang];
  put(row, right, n, w.date(place ?? '…'), { italic: true });
  put(row + 1, 3, 3, w.preparer, { bold: true });
  put(row + 1, right, n, w.head, { bold: true });
  put(row + 2, 3, 3, w.sign, { italic: true });
  put(row + 2, right, n, w.sign, { italic: true });
  ws.getRow(row + 3).height = 54;
  // The name cells are left unmerged: an empty merged cell trips readers (exceljs reads its text as null).
  for (const c of [ws.getCell(row + 4, 3), ws.getCell(row + 4, right)]) {
    c.protection = { locked: false };
    c.font = font(12, { bold: true });
    c.alignment = { horizontal: 'center' };
  }
  return row + 4;
}

function firstInput<F>(columns: TemplateColumn<F>[], headerRow: number): string {
  const i = columns.findIndex((c) => c.input);
  return `${String.fromCharCode(65 + Math.max(0, i))}${headerRow + 1}`;
}
