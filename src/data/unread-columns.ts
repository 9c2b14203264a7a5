/**
 * Columns of a recognised table that the reader does not read: neither a field, nor a period column of a
 * wide table, nor a known column (STT, name, the plan's target…). Each one that holds anything is named in
 * one warning per table, and a row whose only figure sits in such a column is an error at that cell, never
 * "no data" said quietly. Per row this costs a look at the columns not yet seen filled, which empties fast.
 */
import { msg } from '../model/diagnostic.js';
import { foldWords } from '../util/text.js';
import { cellText, colLetter, isEmptyCell, type RawCell, type RawRow } from './cells.js';
import { dataDiag } from './diagnostics.js';
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
    const vi = cols.map((c) => columnName(ctx, c, 'vi')).join(', ');
    const en = cols.map((c) => columnName(ctx, c, 'en')).join(', ');
    ctx.collector.report(
      dataDiag(
        'data-unread-columns',
        'warning',
        { ...locate(ctx, ctx.layout.row, cols[0]!) },
        msg(
          `${cols.length === 1 ? 'Cột' : 'Các cột'} ${vi} không được đọc: tiêu đề không phải tên cột cchc dùng.`,
          `${cols.length === 1 ? 'Column' : 'Columns'} ${en} ${cols.length === 1 ? 'is' : 'are'} not read: the header is not one cchc uses.`,
        ),
        {
          text: cols.map((c) => ctx.layout.names[c] || (ctx.letters[c] ?? colLetter(c))).join(' | '),
          hint: msg(
            'Nếu cột có số liệu cần tính, đổi tiêu đề thành tên cột cchc đọc (Giá trị hoặc Kết quả thực hiện, Tử số, Mẫu số, Kỳ báo cáo…; xem docs/data.md); nếu không, có thể để nguyên.',
            'If the column holds figures to be counted, give it a header cchc reads (Giá trị or Kết quả thực hiện, Tử số, Mẫu số, Kỳ báo cáo…; see docs/data.md); otherwise it may stay.',
          ),
        },
      ),
    );
    return cols;
  }
}

function columnName(ctx: TableContext, c: number, lang: 'vi' | 'en'): string {
  const name = ctx.layout.names[c];
  const letter = ctx.letters[c] ?? colLetter(c);
  if (name) return `${letter} "${name}"`;
  return lang === 'vi' ? `${letter} (không có tiêu đề)` : `${letter} (no header)`;
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
  const where = columnName(ctx, c, 'vi');
  const whereEn = columnName(ctx, c, 'en');
  ctx.collector.report(
    dataDiag(
      'data-figure-in-unread-column',
      'error',
      locate(ctx, r.row, c),
      msg(
        `Dòng ${r.row} không có số liệu ở cột cchc đọc, nhưng có "${raw}" ở cột ${where}, cột không được đọc: không biết đây có phải số liệu của dòng không.`,
        `Row ${r.row} has no figure where cchc reads one, but "${raw}" in column ${whereEn}, which is not read: cannot tell whether it is the row's figure.`,
      ),
      {
        text: raw,
        hint: msg(
          'Chuyển số liệu sang cột Giá trị (hoặc Tử số, Mẫu số), hoặc đổi tiêu đề cột đó thành "Giá trị".',
          'Move the figure to the Giá trị (value) column (or Tử số, Mẫu số), or rename that column "Giá trị".',
        ),
      },
    ),
  );
  return true;
}

/** "Có"/"Không" are too common in notes to be taken for an assessment there. */
const PLAIN = /^(?:co|khong|yes|no)$/;

/**
 * An unfilled row whose Ghi chú says "Hoàn thành", "Đang thực hiện", "Đạt"…: the status or assessment was
 * typed in the note, where it is kept as a note, never as the row's figure. An error, since the row would
 * otherwise pass as "no data".
 */
function statusInNote(ctx: TableContext, r: RawRow): boolean {
  const n = ctx.layout.cols.note;
  const raw = n === undefined ? '' : cellText(r.cells[n]);
  if (!raw || parseAssessment(raw) === null || PLAIN.test(foldWords(raw))) return false;
  const col = n!;
  const where = columnName(ctx, col, 'vi');
  const whereEn = columnName(ctx, col, 'en');
  ctx.collector.report(
    dataDiag(
      'data-figure-in-unread-column',
      'error',
      locate(ctx, r.row, col),
      msg(
        `Dòng ${r.row} không có số liệu hoặc tình trạng ở cột cchc đọc, nhưng cột ${where} ghi "${raw}": ghi chú không được đọc như số liệu.`,
        `Row ${r.row} has no figure or status where cchc reads one, but column ${whereEn} says "${raw}": a note is not read as a figure.`,
      ),
      {
        text: raw,
        hint: msg(
          `Ghi "${raw}" vào cột Giá trị (chỉ tiêu) hoặc Tình trạng (nhiệm vụ); để Ghi chú cho phần giải thích.`,
          `Write "${raw}" in the Giá trị (indicator) or Tình trạng (task) column; keep Ghi chú for the explanation.`,
        ),
      },
    ),
  );
  return true;
}
