/**
 * Cells as the readers hand them to the table logic. CSV gives plain strings (already NFC); XLSX gives
 * strings or typed cells, so percent formats, dates and formulas survive until the value is interpreted.
 */

/** A typed XLSX cell. Text cells arrive as plain strings. */
export type XlsxCell =
  /** A number; `percent` when the cell has a percent number format (Excel stores 0.955 for 95,5%). */
  | {
      kind: 'number';
      num: number;
      percent: boolean;
      /** Percent cells: the decimals the number format shows ("0%" → 0), in percent units. */
      decimals?: number;
    }
  /** A date cell, as an ISO day. */
  | { kind: 'date'; iso: string }
  | { kind: 'bool'; value: boolean }
  /** A formula without a cached result (the file was written by a program that never calculated it). */
  | { kind: 'no-result'; formula: string }
  /** An Excel error value such as #DIV/0!, possibly the cached result of a formula. */
  | { kind: 'error'; text: string };

/** One cell as read: string for text, an object for typed XLSX cells, undefined when empty. */
export type RawCell = string | XlsxCell | undefined;

/** One row as read: the 1-based row number shown to people and its cells by 0-based column. */
export interface RawRow {
  row: number;
  cells: RawCell[];
}

const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;

/** NFC only when needed: most cells are ASCII, and normalising them would cost time for nothing. */
export function nfcCell(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFC') : s;
}

/** The text of a cell as a person would read it, trimmed. */
export function cellText(c: RawCell): string {
  if (c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  switch (c.kind) {
    case 'number':
      return c.percent ? `${trimFloat(c.num * 100)}%` : String(c.num);
    case 'date':
      return c.iso;
    case 'bool':
      return c.value ? 'TRUE' : 'FALSE';
    case 'no-result':
      return `=${c.formula}`;
    case 'error':
      return c.text;
  }
}

/** 0.955 * 100 is 95.49999999999999 in binary floating point; cut the noise. */
export function trimFloat(n: number): number {
  return Number(n.toPrecision(12));
}

export function isEmptyCell(c: RawCell): boolean {
  return c === undefined || (typeof c === 'string' && c.trim() === '');
}

/** 0 → "A", 25 → "Z", 26 → "AA": CSV columns are named the way spreadsheets name them. */
export function colLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
