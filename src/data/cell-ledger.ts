/**
 * The fate of every cell, for proving that nothing vanishes. Off by default: when `readData` is given a
 * ledger, the table reader records each table's layout and each row below the header, and the collector
 * records every place a diagnostic points at (repeats it folds into "and N more rows" included). `cellFates`
 * then says, for every non-empty cell, where it went. It judges by outcomes (observations, task progress,
 * diagnostics), not by which rule ran, so rules added later are covered without touching it.
 */
import type { Location } from '../model/diagnostic.js';
import type { Observation, TaskProgress } from '../model/observation.js';
import { cellText, colLetter, isEmptyCell, type RawRow } from './cells.js';
import type { Field, HeaderLayout } from './header.js';
import { isFigure, type RowFate } from './table-end.js';

export interface LedgerRow {
  row: number;
  fate: RowFate | 'filtered';
  cells: { col: number; text: string }[];
}

export interface LedgerTable {
  file: string;
  sheet?: string;
  header: number;
  names: string[];
  fields: Map<number, Field>;
  known: Set<number>;
  periodCols: Set<number>;
  /** Columns named in the table's "not read" warning. */
  unreadNamed: number[];
  rows: LedgerRow[];
}

export class CellLedger {
  readonly tables: LedgerTable[] = [];
  readonly diagnosed: Location[] = [];

  begin(file: string, sheet: string | undefined, layout: HeaderLayout): LedgerTable {
    const fields = new Map<number, Field>();
    for (const [f, c] of Object.entries(layout.cols) as [Field, number][]) fields.set(c, f);
    const t: LedgerTable = {
      file,
      header: layout.row,
      names: layout.names,
      fields,
      known: new Set(layout.known),
      periodCols: new Set(layout.periodCols.map((p) => p.col)),
      unreadNamed: [],
      rows: [],
    };
    if (sheet !== undefined) t.sheet = sheet;
    this.tables.push(t);
    return t;
  }

  row(t: LedgerTable, r: RawRow, fate: LedgerRow['fate']): void {
    const cells: LedgerRow['cells'] = [];
    r.cells.forEach((c, col) => {
      if (!isEmptyCell(c)) cells.push({ col, text: cellText(c) });
    });
    if (cells.length > 0) t.rows.push({ row: r.row, fate, cells });
  }

  diag(loc: Location | undefined): void {
    if (loc?.row !== undefined) this.diagnosed.push(loc);
  }
}

export type Fate =
  | 'observation'
  | 'diagnostic'
  | 'known-column'
  | 'unread-column'
  | 'row-without-figure'
  | RowFate
  | 'filtered'
  | 'unaccounted';

export interface CellFate {
  file: string;
  sheet?: string;
  row: number;
  col: string;
  header: string;
  text: string;
  fate: Fate;
}

/** Fields whose cells are figures: a row that has one and gave nothing has lost it. */
const FIGURE_FIELDS: ReadonlySet<Field> = new Set(['value', 'numerator', 'denominator', 'status']);

const key = (file: string, sheet: string | undefined, row: number, col?: string) =>
  `${file}\u0000${sheet ?? ''}\u0000${row}\u0000${col ?? ''}`;

/** Every non-empty cell below the header of every table, with its fate. */
export function cellFates(
  ledger: CellLedger,
  observations: readonly Observation[],
  progress: readonly TaskProgress[],
): CellFate[] {
  const atCell = new Set<string>();
  const atRow = new Set<string>();
  for (const { source: s } of [...observations, ...progress]) {
    atCell.add(key(s.file, s.sheet, s.row!, s.col));
    atRow.add(key(s.file, s.sheet, s.row!));
  }
  const diagCell = new Set<string>();
  const diagRow = new Set<string>();
  for (const d of ledger.diagnosed) {
    diagCell.add(key(d.file, d.sheet, d.row!, d.col));
    diagRow.add(key(d.file, d.sheet, d.row!));
  }
  const out: CellFate[] = [];
  for (const t of ledger.tables) {
    const unread = new Set(t.unreadNamed);
    for (const r of t.rows) {
      const rowKey = key(t.file, t.sheet, r.row);
      const gave = atRow.has(rowKey) || diagRow.has(rowKey);
      const figureLost = r.cells.some((c) => FIGURE_FIELDS.has(t.fields.get(c.col)!));
      for (const c of r.cells) {
        const col = colLetter(c.col);
        const cellKey = key(t.file, t.sheet, r.row, col);
        let fate: Fate;
        if (r.fate !== 'read') fate = r.fate;
        else if (atCell.has(cellKey)) fate = 'observation';
        else if (diagCell.has(cellKey)) fate = 'diagnostic';
        else if (t.known.has(c.col)) fate = 'known-column';
        // Named, but a row that gave nothing else must not keep its only figure there unsaid.
        else if (unread.has(c.col)) fate = gave || !isFigure(c.text) ? 'unread-column' : 'unaccounted';
        else if (t.periodCols.has(c.col)) fate = 'unaccounted';
        else if (t.fields.has(c.col))
          fate = gave ? 'observation' : figureLost ? 'unaccounted' : 'row-without-figure';
        else fate = 'unaccounted';
        // A row-level diagnostic (unknown code, bad period) accounts for the row's read cells.
        if (fate === 'observation' && !atRow.has(rowKey) && diagRow.has(rowKey)) fate = 'diagnostic';
        const f: CellFate = {
          file: t.file,
          row: r.row,
          col,
          header: t.names[c.col] ?? '',
          text: c.text,
          fate,
        };
        if (t.sheet !== undefined) f.sheet = t.sheet;
        out.push(f);
      }
    }
  }
  return out;
}
