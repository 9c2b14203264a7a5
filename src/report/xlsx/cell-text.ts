import type { Cell } from 'exceljs';

/** Characters that make a spreadsheet treat typed or imported text as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[\s]*[=+\-@\t\r]/;

/**
 * Text that came from a plan or a data file, made safe to put in a cell: if it begins with
 * = + - or @ it gets a leading apostrophe. exceljs already writes JS strings as string cells (never
 * `<f>`), but a string such as "=HYPERLINK(…)" would still turn into a live formula if the officer
 * re-edits the cell or saves the sheet as CSV; the visible apostrophe is the usual neutraliser.
 */
export function safeText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** Write input-derived text as a string cell, neutralised. */
export function setText(cell: Cell, s: string | undefined): void {
  cell.value = s === undefined || s === '' ? null : safeText(s);
}
