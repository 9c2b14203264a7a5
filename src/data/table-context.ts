/** What the row readers share for one table (a CSV file or an XLSX sheet). */
import type { Location } from '../model/diagnostic.js';
import type { Period } from '../model/period.js';
import { cellText, colLetter, type RawCell } from './cells.js';
import type { DataCollector } from './collector.js';
import type { HeaderLayout } from './header.js';
import type { UnreadColumns } from './unread-columns.js';

export interface TableContext {
  collector: DataCollector;
  file: string;
  sheet?: string;
  layout: HeaderLayout;
  /** Column letters, computed once per table. */
  letters: string[];
  /** The table's unread columns (set by the table reader). */
  unread?: UnreadColumns;
}

export function makeContext(
  collector: DataCollector,
  file: string,
  sheet: string | undefined,
  layout: HeaderLayout,
): TableContext {
  const letters = layout.names.map((_, i) => colLetter(i));
  return sheet === undefined
    ? { collector, file, layout, letters }
    : { collector, file, sheet, layout, letters };
}

/**
 * Where a cell is: file, sheet, row, column letter and the header text of that column. Every observation
 * keeps one, so it is built as one object literal (all fields in the object itself, one shape for the
 * table) from strings shared by the whole table — no per-row string building.
 */
export function locate(ctx: TableContext, row: number, col: number): Location {
  const { file, sheet } = ctx;
  const letter = ctx.letters[col] ?? colLetter(col);
  const field = ctx.layout.names[col];
  if (sheet === undefined) return field ? { file, row, col: letter, field } : { file, row, col: letter };
  return field ? { file, sheet, row, col: letter, field } : { file, sheet, row, col: letter };
}

/** A period from a cell: text through the parser (cached), Excel dates as a day, a bare year number. */
export function periodOfCell(ctx: TableContext, cell: RawCell): Period | null {
  if (cell === undefined) return null;
  if (typeof cell === 'string') return ctx.collector.period(cell.trim());
  if (cell.kind === 'date') return ctx.collector.period(cell.iso);
  if (cell.kind === 'number' && !cell.percent) return ctx.collector.period(String(cell.num));
  return ctx.collector.period(cellText(cell));
}

/** The row's unit of measure ("Đơn vị tính": %, điểm, hồ sơ) as written, for rules that check it against the indicator. */
export function measureOf(ctx: TableContext, cells: RawCell[]): string | undefined {
  const c = ctx.layout.cols.measure;
  const t = c === undefined ? '' : cellText(cells[c]);
  return t || undefined;
}
