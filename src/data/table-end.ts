/**
 * Where a table ends. People close a return with a total row, a place-date line ("Phú Trung, ngày 16 tháng
 * 12 năm 2026"), a signature block ("Người lập biểu", "KT. CHỦ TỊCH", names), "Nơi nhận:" and "Ghi chú:"
 * paragraphs. None of that is data, and read as data it was taken for indicator codes and refused the file.
 *
 * - A footer row (any of the above but a total) ends the table for good: nothing below is read. A row below
 *   it with a plan code and a figure is an error (grouped per table), never dropped unsaid.
 * - A total row is not data and ends the table unless the table goes on: a following row with a code (or a
 *   name) and a figure means the total was a section subtotal, or a "Tổng số" row printed above the detail
 *   rows as statistical forms do, and reading resumes. Text-only rows after a total (footnotes) are outside.
 * Only rows without a plan code are inspected: a coded row is never a footer, so the common path costs one
 * lookup of the code.
 */
import { foldWords } from '../util/text.js';
import {
  NOTE_HEADING,
  ON_BEHALF,
  PARAGRAPH,
  PLACE_DATE,
  SIGNATURE_HEADINGS,
} from '../words/input/table-footers.js';
import { cellText, isEmptyCell, type RawCell, type RawRow } from './cells.js';
import { dataFinding } from './diagnostics.js';
import { locate, type TableContext } from './table-context.js';
import { isTotal } from './words.js';

/** What a row is, seen from the table's boundaries. */
export type RowFate = 'read' | 'total' | 'outside' | 'numbering';

/** True when a text cell is a footer marker: a place-date line, a signature heading, a notes paragraph. */
export function footerMarker(text: string): boolean {
  const t = text.trim().normalize('NFC');
  if (!t) return false;
  if (ON_BEHALF.test(t) || NOTE_HEADING.test(t)) return true;
  const f = foldWords(t);
  return PLACE_DATE.test(f) || SIGNATURE_HEADINGS.has(f) || PARAGRAPH.test(f);
}

/** Columns whose text is free prose that may mention dates: never taken for a footer. */
function proseCol(ctx: TableContext, c: number): boolean {
  const { note, source } = ctx.layout.cols;
  return c === note || c === source;
}

/** 'footer' or 'total' for a row that closes the table, else null. */
export function closingOf(ctx: TableContext, cells: RawCell[]): 'footer' | 'total' | null {
  let total = false;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (typeof v !== 'string' || proseCol(ctx, c)) continue;
    if (footerMarker(v)) return 'footer';
    if (!total && isTotal(v)) total = true;
  }
  return total ? 'total' : null;
}

const FIGURE = /^[-+<>≥≤~]?\s*\d/;

/** A figure in a cell: a typed number or date, or text that starts with a number. */
export function isFigure(c: RawCell): boolean {
  if (c === undefined) return false;
  if (typeof c !== 'string') return true;
  return FIGURE.test(c.trim());
}

/** The columns the reader takes figures from: value, numerator, denominator, status, period columns. */
export function valueCols(ctx: TableContext): number[] {
  const { cols, periodCols } = ctx.layout;
  const out: number[] = [];
  for (const c of [cols.value, cols.numerator, cols.denominator, cols.status])
    if (c !== undefined) out.push(c);
  for (const p of periodCols) out.push(p.col);
  return out;
}

/** Key columns: the code columns and a name column when the layout has one. */
function keyCols(ctx: TableContext): number[] {
  const cols = ctx.layout.cols as Partial<Record<string, number>>;
  return [cols.indicator, cols.task, cols.name].filter((c): c is number => c !== undefined);
}

/** "(1) (2) (3) …", "A B 1 2 3": the column-number row printed under an NĐ 30 table's header. */
const NUMBERING = /^\(?(?:(\d{1,2})|[A-Z])\)?(?:\s*=.*)?$/;

/** At least three numbering cells, the numbers among them consecutive (1 2 3, not figures such as 5 3 2). */
function isNumberingRow(cells: RawCell[]): boolean {
  let n = 0;
  let last: number | undefined;
  for (const c of cells) {
    if (isEmptyCell(c)) continue;
    const t = typeof c === 'string' ? c.trim() : c?.kind === 'number' ? String(c.num) : '';
    const m = NUMBERING.exec(t);
    if (!m) return false;
    if (m[1] !== undefined) {
      const k = Number(m[1]);
      if (last !== undefined && k !== last + 1) return false;
      last = k;
    }
    n++;
  }
  return n >= 3;
}

/** The boundaries of one table, fed every row below its header in order. */
export class TableEnd {
  private state: 'open' | 'soft' | 'closed' = 'open';
  /** Nothing was read yet: the column-number row may still come (the reader clears it on a coded row). */
  fresh = true;
  private end: { row: number; text: string } | null = null;

  /** Whether rows of plan codes still go straight to the readers. */
  get open(): boolean {
    return this.state === 'open';
  }

  /** The row and text that ended the table, once ended. */
  get endedAt(): { row: number; text: string } | null {
    return this.end;
  }

  /** The fate of row `r`; `coded` says whether its code cell holds a plan code or task id. */
  fateOf(ctx: TableContext, r: RawRow, coded: boolean): RowFate {
    if (this.state === 'closed') {
      if (coded && valueCols(ctx).some((c) => isFigure(r.cells[c]))) this.afterEnd(ctx, r);
      return 'outside';
    }
    if (!coded) {
      if (this.fresh && isNumberingRow(r.cells)) return 'numbering';
      const closing = closingOf(ctx, r.cells);
      if (closing === 'footer') {
        this.state = 'closed';
        this.end = { row: r.row, text: firstText(r.cells) };
        return 'outside';
      }
      if (closing === 'total') {
        this.state = 'soft';
        this.end = { row: r.row, text: firstText(r.cells) };
        return 'total';
      }
    }
    this.fresh = false;
    if (this.state === 'soft') {
      const keyed = keyCols(ctx).some((c) => !isEmptyCell(r.cells[c]));
      const figure = valueCols(ctx).some((c) => isFigure(r.cells[c]));
      if (!coded && !(keyed && figure)) return 'outside';
      this.state = 'open';
      this.end = null;
    }
    return 'read';
  }

  private afterEnd(ctx: TableContext, r: RawRow): void {
    const code =
      keyCols(ctx)
        .map((c) => cellText(r.cells[c]))
        .find((t) => t) ?? '';
    const end = this.end!;
    const loc = locate(ctx, r.row, keyCols(ctx)[0] ?? 0);
    ctx.collector.once(
      `after-end\u0000${ctx.file}\u0000${ctx.sheet ?? ''}`,
      () =>
        dataFinding(
          'data-row-after-table-end',
          'belowEnd',
          { row: r.row, code, endRow: end.row, endText: end.text },
          loc,
          { text: code },
        ),
      loc,
    );
  }
}

function firstText(cells: RawCell[]): string {
  for (const c of cells) {
    const t = cellText(c);
    if (t) return t.length > 60 ? `${t.slice(0, 57)}…` : t;
  }
  return '';
}
