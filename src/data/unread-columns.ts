/**
 * Columns of a recognised table that the reader does not read: neither a field, nor a period column of a
 * wide table, nor a known column (STT, name, the plan's target…). Each one that holds anything is named in
 * one warning per table, and a row whose only figure sits in such a column is an error at that cell, never
 * "no data" said quietly. Per row this costs a look at the columns not yet seen filled, which empties fast.
 */
import type { Msg } from '../model/diagnostic.js';
import { foldWords } from '../util/text.js';
import { catalogMessage } from '../words/diagnostics/catalog.js';
import { PLAIN_NOTE_WORDS } from '../words/input/assessment-words.js';
import { cellText, colLetter, isEmptyCell, type RawCell, type RawRow } from './cells.js';
import { dataFinding } from './diagnostics.js';
import type { HeaderLayout } from './header.js';
import { locate, type TableContext } from './table-context.js';
import { isFigure } from './table-end.js';
import { parseAssessment } from './words.js';

/** Columns (0-based) the layout neither reads nor knows: candidates for the warning. */
export function unreadCandidates(layout: HeaderLayout): number[] {
  const used = new Set<number>(Object.values(layout.cols));
  for (const p of layout.periodCols) used.add(p.col);
  for (const k of layout.known) used.add(k);
  const out: number[] = [];
  for (let c = 0; c < layout.names.length; c++) if (!used.has(c)) out.push(c);
  return out;
}

export class UnreadColumns {
  /** Candidate columns not yet seen holding something. */
  private pending: number[];
  private readonly candidates: ReadonlySet<number>;
  private readonly width: number;
  /** Columns seen filled, in the order first seen. */
  private readonly filled = new Set<number>();

  constructor(layout: HeaderLayout) {
    this.pending = unreadCandidates(layout);
    this.candidates = new Set(this.pending);
    this.width = layout.names.length;
  }

  /** Whether column `c` is not read (a candidate, or beyond the header's width). */
  isUnread(c: number): boolean {
    return c >= this.width || this.candidates.has(c);
  }

  /** Note which unread columns row `cells` fills. */
  see(cells: RawCell[]): void {
    if (this.pending.length > 0) {
      let kept = 0;
      for (const c of this.pending) {
        if (isEmptyCell(cells[c])) this.pending[kept++] = c;
        else this.filled.add(c);
      }
      this.pending.length = kept;
    }
    for (let c = this.width; c < cells.length; c++) if (!isEmptyCell(cells[c])) this.filled.add(c);
  }

  /** The first unread cell of the row holding a figure or an assessment word, if any. */
  figureOf(cells: RawCell[]): number | undefined {
    for (let c = 0; c < cells.length; c++) {
      if (!this.isUnread(c)) continue;
      const v = cells[c];
      if (isFigure(v) || (typeof v === 'string' && parseAssessment(v) !== null)) return c;
    }
    return undefined;
  }

  /** Report the filled unread columns in one warning; returns them (sorted), for the ledger. */
  report(ctx: TableContext): number[] {
    const cols = [...this.filled].sort((a, b) => a - b);
    if (cols.length === 0) return cols;
    const names = cols.map((c) => columnName(ctx, c));
    const columns = { vi: names.map((n) => n.vi).join(', '), en: names.map((n) => n.en).join(', ') };
    ctx.collector.report(
      dataFinding(
        'data-unread-columns',
        cols.length === 1 ? 'one' : 'many',
        { columns },
        { ...locate(ctx, ctx.layout.row, cols[0]!) },
        { text: cols.map((c) => ctx.layout.names[c] || (ctx.letters[c] ?? colLetter(c))).join(' | ') },
      ),
    );
    return cols;
  }
}

/** A column as the messages name it: its letter and header, or its letter and "no header". */
function columnName(ctx: TableContext, c: number): Msg {
  const name = ctx.layout.names[c];
  const letter = ctx.letters[c] ?? colLetter(c);
  if (name) return { vi: `${letter} "${name}"`, en: `${letter} "${name}"` };
  return catalogMessage('data-unread-columns', 'noHeader', { letter });
}

/**
 * A row with no figure where the reader looks but one in an unread column: an error at that cell. Returns
 * true when reported. Called only for rows the readers would skip as unfilled, so it costs nothing on rows
 * with data.
 */
export function figureOnlyUnread(ctx: TableContext, r: RawRow): boolean {
  const c = ctx.unread?.figureOf(r.cells);
  if (c === undefined) return statusInNote(ctx, r);
  const raw = cellText(r.cells[c]);
  ctx.collector.report(
    dataFinding(
      'data-figure-in-unread-column',
      'figure',
      { row: r.row, raw, column: columnName(ctx, c) },
      locate(ctx, r.row, c),
      { text: raw },
    ),
  );
  return true;
}

/**
 * An unfilled row whose Ghi chú says "Hoàn thành", "Đang thực hiện", "Đạt"…: the status or assessment was
 * typed in the note, where it is kept as a note, never as the row's figure. An error, since the row would
 * otherwise pass as "no data".
 */
function statusInNote(ctx: TableContext, r: RawRow): boolean {
  const n = ctx.layout.cols.note;
  const raw = n === undefined ? '' : cellText(r.cells[n]);
  if (!raw || parseAssessment(raw) === null || PLAIN_NOTE_WORDS.has(foldWords(raw))) return false;
  const col = n!;
  ctx.collector.report(
    dataFinding(
      'data-figure-in-unread-column',
      'inNote',
      { row: r.row, raw, column: columnName(ctx, col) },
      locate(ctx, r.row, col),
      { text: raw, hintId: 'inNoteHint' },
    ),
  );
  return true;
}
