/** Long and wide indicator rows → observations. */
import type { Indicator } from '../model/plan.js';
import { BOTH_COUNTS_OR_VALUE } from '../words/data-values.js';
import { cellText, isEmptyCell, type RawCell, type RawRow } from './cells.js';
import { interpretCount, interpretValue, type ValueOk } from './interpret-value.js';
import { ratioValue, warnAmbiguous } from './ratio-value.js';
import { indicatorOfRow } from './resolve-indicator.js';
import { type Figure, observation } from './row-observation.js';
import { reportBadPeriod, reportValueError } from './row-problems.js';
import { locate, periodOfCell, type TableContext } from './table-context.js';
import { figureOnlyUnread } from './unread-columns.js';
import { measureRefuses, noteNoData, noteRefuses, reportBadCount, warnMaybePoints } from './value-context.js';

/** A long row's figure cells: the value, numerator and denominator, and which of them are filled. */
interface LongCells {
  value: RawCell;
  numerator: RawCell;
  denominator: RawCell;
  hasValue: boolean;
  hasN: boolean;
  hasD: boolean;
}

function longCells(ctx: TableContext, cells: RawCell[]): LongCells {
  const { cols } = ctx.layout;
  const value = cols.value === undefined ? undefined : cells[cols.value];
  const numerator = cols.numerator === undefined ? undefined : cells[cols.numerator];
  const denominator = cols.denominator === undefined ? undefined : cells[cols.denominator];
  const hasValue = !isEmptyCell(value);
  const hasN = !isEmptyCell(numerator);
  const hasD = !isEmptyCell(denominator);
  return { value, numerator, denominator, hasValue, hasN, hasD };
}

/** A long row: indicator, period, value and/or numerator and denominator. */
export function readLongRow(ctx: TableContext, r: RawRow): void {
  const c = longCells(ctx, r.cells);
  // Templates carry many rows with a code and a period but nothing filled in: not an error, unless the
  // row's figure sits in a column that is not read.
  if (!c.hasValue && !c.hasN && !c.hasD) {
    figureOnlyUnread(ctx, r);
    return;
  }
  const ind = indicatorOfRow(ctx, r);
  if (!ind) return;
  const pCol = ctx.layout.cols.period!;
  const period = periodOfCell(ctx, r.cells[pCol]);
  if (!period) {
    reportBadPeriod(ctx, r.row, pCol, r.cells[pCol]);
    return;
  }
  const f = longFigure(ctx, r, ind, c);
  if (f) ctx.collector.addObservation(observation(ctx, r.cells, ind, period, f));
}

/**
 * What a long row's figure is: its value cell read for the indicator, refused when the unit of measure says
 * it is not what the indicator measures, replaced by the rate of numerator and denominator when they are
 * given, with the warnings the reading calls for. undefined when a problem was reported instead.
 */
function longFigure(ctx: TableContext, r: RawRow, ind: Indicator, c: LongCells): Figure | undefined {
  const { cols } = ctx.layout;
  const vCol = cols.value!;
  let v: ValueOk | undefined;
  if (c.hasValue) {
    const res = interpretValue(c.value, ind.kind, ind.max);
    if (!res.ok) {
      reportValueError(ctx, r.row, vCol, res, ind);
      return undefined;
    }
    v = res;
    if (res.noData) noteNoData(ctx, r.row, vCol, res);
  }
  const mainCol = c.hasValue ? vCol : c.hasN ? cols.numerator! : cols.denominator!;
  const raw = v ? v.raw : `${cellText(c.numerator)}/${cellText(c.denominator)}`;
  if (cols.measure !== undefined && measureRefuses(ctx, r.cells, r.row, mainCol, ind, raw)) return undefined;
  const source = locate(ctx, r.row, mainCol);
  let f: Figure = { value: v?.value ?? null, v, raw, source, numerator: undefined, denominator: undefined };
  let ambiguous = v?.ambiguous === true;
  if (c.hasN || c.hasD) {
    const ratio = longRatio(ctx, r, ind, c, mainCol, v);
    if (!ratio) return undefined;
    f = { value: ratio.value, v, raw, source, numerator: ratio.numerator, denominator: ratio.denominator };
    ambiguous = ratio.ambiguous;
  }
  if (ambiguous && v) warnAmbiguous(ctx, r.row, vCol, v);
  if (v && f.numerator === undefined && f.denominator !== undefined && ind.kind === 'percentage')
    warnMaybePoints(ctx, r.row, vCol, v, f.denominator);
  return f;
}

interface Ratio {
  value: number | null;
  ambiguous: boolean;
  numerator: number | undefined;
  denominator: number | undefined;
}

/**
 * Numerator and denominator of a long row: both (or a value beside one of them), each a count; for a
 * percentage the rate they give, checked against the written value and the row's note. undefined: reported.
 */
function longRatio(
  ctx: TableContext,
  r: RawRow,
  ind: Indicator,
  c: LongCells,
  mainCol: number,
  v: ValueOk | undefined,
): Ratio | undefined {
  const { cols } = ctx.layout;
  if (!(c.hasN && c.hasD) && !c.hasValue) {
    const col = c.hasN ? cols.numerator! : cols.denominator!;
    const raw = cellText(c.hasN ? c.numerator : c.denominator);
    reportValueError(
      ctx,
      r.row,
      col,
      { ok: false, code: 'data-bad-value', expected: BOTH_COUNTS_OR_VALUE, raw },
      ind,
    );
    return undefined;
  }
  const numerator = c.hasN ? countOf(ctx, r.row, cols.numerator!, c.numerator, ind) : undefined;
  if (numerator === null) return undefined;
  const denominator = c.hasD ? countOf(ctx, r.row, cols.denominator!, c.denominator, ind) : undefined;
  if (denominator === null) return undefined;
  if (ind.kind !== 'percentage' || numerator === undefined || denominator === undefined)
    return { value: v?.value ?? null, ambiguous: v?.ambiguous === true, numerator, denominator };
  if (cols.note !== undefined && noteRefuses(ctx, r.cells, r.row, mainCol, ind, numerator, denominator))
    return undefined;
  const ratio = ratioValue(ctx, r.row, mainCol, numerator, denominator, v);
  if (ratio === 'error') return undefined;
  return { value: ratio.value, ambiguous: ratio.ambiguous, numerator, denominator };
}

/** A numerator or denominator cell as a count; null when it is not one (reported). */
function countOf(ctx: TableContext, row: number, col: number, cell: RawCell, ind: Indicator): number | null {
  const n = interpretCount(cell);
  if (n === null) reportBadCount(ctx, row, col, cell, ind);
  return n;
}

/** A wide row: one indicator, one value per period column. */
export function readWideIndicatorRow(ctx: TableContext, r: RawRow): void {
  const { periodCols } = ctx.layout;
  const cells = r.cells;
  if (periodCols.every((p) => isEmptyCell(cells[p.col]))) {
    figureOnlyUnread(ctx, r);
    return;
  }
  const ind = indicatorOfRow(ctx, r);
  if (!ind) return;
  for (const { col, period } of periodCols) {
    const cell = cells[col];
    if (isEmptyCell(cell)) continue;
    const res = interpretValue(cell, ind.kind, ind.max);
    if (!res.ok) {
      reportValueError(ctx, r.row, col, res, ind);
      continue;
    }
    if (res.ambiguous) warnAmbiguous(ctx, r.row, col, res);
    if (res.noData) noteNoData(ctx, r.row, col, res);
    const f: Figure = {
      value: res.value,
      v: res,
      raw: res.raw,
      source: locate(ctx, r.row, col),
      numerator: undefined,
      denominator: undefined,
    };
    ctx.collector.addObservation(observation(ctx, cells, ind, period, f));
  }
}
