/**
 * One table (a CSV file or an XLSX sheet), fed row by row: the first rows are buffered until the
 * header row is found, then every row goes straight to the row readers — memory stays bounded.
 */
import type { CellLedger, LedgerTable } from './cell-ledger.js';
import type { RawCell, RawRow } from './cells.js';
import { cellText, isEmptyCell } from './cells.js';
import type { DataCollector } from './collector.js';
import { detectHeader, HEADER_SCAN_ROWS, type HeaderLayout } from './header.js';
import { type LegacyEncoding, legacyEncodingOf } from './legacy-encoding.js';
import { readLongRow, readWideIndicatorRow } from './read-indicator-row.js';
import { readTaskRow, readWideTaskRow } from './read-task-row.js';
import { locate, makeContext, type TableContext } from './table-context.js';
import { TableEnd } from './table-end.js';
import { UnreadColumns } from './unread-columns.js';

export class TableReader {
  private buffer: RawRow[] | null = [];
  private ctx: TableContext | null = null;
  /** Rows below the header row (data, blank, section and total rows alike). */
  dataRows = 0;
  /** Set when the first rows are in a legacy Vietnamese encoding: the table is then not read. */
  legacy: LegacyEncoding | null = null;
  private readonly bounds = new TableEnd();
  private unread: UnreadColumns | null = null;
  /** Only when a ledger is asked for (tests): the fate of every row. */
  private readonly ledger: CellLedger | undefined;
  private table: LedgerTable | undefined;

  constructor(
    readonly collector: DataCollector,
    private readonly file: string,
    private readonly sheet?: string,
  ) {
    this.ledger = collector.ledger;
  }

  get layout(): HeaderLayout | null {
    return this.ctx?.layout ?? null;
  }

  /** Text of the rows searched for a header, for telling a legacy-encoded file from a table without one. */
  scannedText(): string {
    return (this.buffer ?? []).map((r) => r.cells.map(cellText).join(' ')).join('\n');
  }

  /** A CSV record: text cells as parsed, already NFC (read-csv.ts normalises the text before parsing). */
  pushText(row: number, cells: string[]): void {
    const ctx = this.ctx;
    if (ctx) {
      this.dataRows++;
      const r = { row, cells };
      if (!this.inTable(ctx, r) || this.dropped(ctx, row, cells)) return;
      this.read(ctx, r);
      return;
    }
    this.push(row, cells);
  }

  push(row: number, cells: RawCell[]): void {
    if (this.ctx) this.below(this.ctx, { row, cells });
    else {
      const buf = this.buffer!;
      buf.push({ row, cells });
      if (buf.length >= HEADER_SCAN_ROWS) this.locateHeader();
    }
  }

  /** Finish the table; false when no header row was found (the caller decides what that means). */
  end(): boolean {
    if (!this.ctx && !this.legacy) this.locateHeader();
    const ctx = this.ctx;
    if (ctx && this.unread) {
      const named = this.unread.report(ctx);
      if (this.table) this.table.unreadNamed = named;
      this.unread = null;
    }
    return ctx !== null;
  }

  /** A row below the header. */
  private below(ctx: TableContext, r: RawRow): void {
    this.dataRows++;
    if (this.inTable(ctx, r) && !this.dropped(ctx, r.row, r.cells)) this.read(ctx, r);
  }

  /**
   * Whether the row is inside the table (and not a total row). Rows of plan codes in an open table skip
   * the footer checks: one lookup of the code.
   */
  private inTable(ctx: TableContext, r: RawRow): boolean {
    const coded = this.coded(ctx, r.cells);
    const end = this.bounds;
    if (coded && end.open) {
      end.fresh = false;
      return true;
    }
    const fate = end.fateOf(ctx, r, coded);
    if (fate === 'read') return true;
    if (this.table) this.ledger!.row(this.table, r, fate);
    return false;
  }

  private coded(ctx: TableContext, cells: RawCell[]): boolean {
    const { indicator, task } = ctx.layout.cols;
    if (indicator !== undefined) {
      const t = cellText(cells[indicator]);
      if (t && this.collector.indicator(t)) return true;
    }
    if (task !== undefined) {
      const t = cellText(cells[task]);
      if (t && this.collector.task(t)) return true;
    }
    return false;
  }

  private read(ctx: TableContext, r: RawRow): void {
    this.unread?.see(r.cells);
    if (this.table) this.ledger!.row(this.table, r, 'read');
    this.dispatch(ctx, r);
  }

  private locateHeader(): void {
    const buf = this.buffer!;
    // Legacy-encoded text would fail later in confusing ways (no header, unknown codes): refuse it first.
    this.legacy = legacyEncodingOf(this.scannedText());
    if (this.legacy) {
      this.push = () => {};
      return;
    }
    const found = detectHeader(buf, (t) => this.collector.period(t));
    if (!found) {
      // Stop buffering: a table without a header within the first rows is not read.
      if (buf.length >= HEADER_SCAN_ROWS) this.push = () => {};
      return;
    }
    const ctx = makeContext(this.collector, this.file, this.sheet, found.layout);
    this.unread = new UnreadColumns(found.layout);
    ctx.unread = this.unread;
    this.ctx = ctx;
    this.buffer = null;
    if (this.ledger) this.table = this.ledger.begin(this.file, this.sheet, found.layout);
    for (const r of buf.slice(found.index + 1)) this.below(ctx, r);
  }

  /**
   * The unit filter comes before anything else: a row of another unit is counted and dropped unread (its
   * errors are not reported), so a national file read for one commune costs the parser and one cell per
   * row, and nothing is kept for it.
   */
  private dropped(ctx: TableContext, row: number, cells: RawCell[]): boolean {
    const u = ctx.layout.cols.unit;
    if (u === undefined) return false;
    const c = cells[u];
    // A row with no indicator code and no task id is not a data row (a signature block, a place-date line
    // under the table): rowWithoutCode warns if it holds figures. Its unit cell is not taken for a unit.
    const { indicator, task, name } = ctx.layout.cols;
    const coded = (i: number | undefined) => i !== undefined && !isEmptyCell(cells[i]);
    if (!coded(indicator) && !coded(task) && !coded(name) && ctx.layout.periodCols.length === 0) return false;
    // Checked even without a filter: a row of a unit the plan does not know is an error, never its own.
    if (c === undefined || this.collector.units.keepsUnit(cellText(c), () => locate(ctx, row, u)))
      return false;
    this.collector.filteredOut++;
    if (this.table) this.ledger!.row(this.table, { row, cells }, 'filtered');
    return true;
  }

  private dispatch(ctx: TableContext, r: RawRow): void {
    const { cols, periodCols } = ctx.layout;
    const taskFilled = cols.task !== undefined && !isEmptyCell(r.cells[cols.task]);
    // Without a task id, a row is an indicator's when it has an indicator code, or a name in a table that
    // carries indicator figures (a task table's "Nội dung" column names the task).
    const byName =
      cols.name !== undefined &&
      !isEmptyCell(r.cells[cols.name]) &&
      (cols.value !== undefined || cols.numerator !== undefined || cols.denominator !== undefined);
    const asTask = cols.task !== undefined && (taskFilled || (cols.indicator === undefined && !byName));
    if (periodCols.length > 0) {
      if (asTask) readWideTaskRow(ctx, r);
      else readWideIndicatorRow(ctx, r);
      return;
    }
    if (asTask && cols.status !== undefined) readTaskRow(ctx, r);
    else if ((cols.indicator !== undefined || cols.name !== undefined) && cols.period !== undefined)
      readLongRow(ctx, r);
  }
}
