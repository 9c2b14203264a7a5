/**
 * What the rest of a row says about its figure: a unit of measure ("Đơn vị tính: điểm", "sở"), a numerator
 * typed as "8 điểm" or "2 sở", a note "2/13 sở đạt" naming the row's own Tử số/Mẫu số. A rate row whose
 * context says points or counted units is refused, never turned into a percentage.
 */
import type { Indicator } from '../model/plan.js';
import { catalogMessage } from '../words/diagnostics/catalog.js';
import { cellText, type RawCell } from './cells.js';
import { dataFinding } from './diagnostics.js';
import type { ValueOk } from './interpret-value.js';
import { reportCountError } from './ratio-value.js';
import { reportValueError } from './row-problems.js';
import { locate, type TableContext } from './table-context.js';
import {
  contextOf,
  figuresOf,
  PLACES,
  POINTS_SHAPE,
  plainText,
  RANK_CHANGE_SHAPE,
  type Shape,
  UNITS_SHAPE,
} from './value-shape.js';

const shapeFor = (c: 'points' | 'units'): Shape => (c === 'points' ? POINTS_SHAPE : UNITS_SHAPE);

/** Refuse the row's figure; `by`: the column whose text shows it (its header and text are quoted). */
function refuse(
  ctx: TableContext,
  row: number,
  col: number,
  ind: Indicator,
  raw: string,
  s: Shape,
  by?: { col: number; text: string },
): void {
  const header = by ? (ctx.layout.names[by.col] ?? '') : '';
  const why = by ? catalogMessage(s.code, 'byColumn', { why: s.why, header, text: by.text }) : s.why;
  reportValueError(ctx, row, col, { ok: false, code: s.code, raw, why, hint: s.hint }, ind);
}

/**
 * The unit-of-measure cell refuses the row: points or counted units for a percentage, "bậc" (places gained
 * or lost) for a rank. True when reported.
 */
export function measureRefuses(
  ctx: TableContext,
  cells: RawCell[],
  row: number,
  col: number,
  ind: Indicator,
  raw: string,
): boolean {
  const m = ctx.layout.cols.measure;
  if (m === undefined || (ind.kind !== 'percentage' && ind.kind !== 'rank')) return false;
  const text = cellText(cells[m]);
  if (!text) return false;
  if (ind.kind === 'rank') {
    if (!PLACES.test(plainText(text))) return false;
    refuse(ctx, row, col, ind, raw, RANK_CHANGE_SHAPE, { col: m, text });
    return true;
  }
  const c = contextOf(text);
  if (!c) return false;
  refuse(ctx, row, col, ind, raw, shapeFor(c), { col: m, text });
  return true;
}

/** A numerator/denominator cell that is not a count: "8 điểm" and "2 sở" say why; anything else is unreadable. */
export function reportBadCount(
  ctx: TableContext,
  row: number,
  col: number,
  cell: RawCell,
  ind: Indicator,
): void {
  const raw = cellText(cell);
  const c = ind.kind === 'percentage' && typeof cell === 'string' ? contextOf(raw) : undefined;
  if (c) refuse(ctx, row, col, ind, raw, shapeFor(c));
  else reportCountError(ctx, row, col, cell);
}

/** A note that names this row's Tử số/Mẫu số as points or units ("2/13 sở đạt > 65%", "10/10 điểm"). */
export function noteRefuses(
  ctx: TableContext,
  cells: RawCell[],
  row: number,
  col: number,
  ind: Indicator,
  n: number,
  d: number,
): boolean {
  const nc = ctx.layout.cols.note;
  if (nc === undefined) return false;
  const text = cellText(cells[nc]);
  if (!text || !/\d/.test(text)) return false;
  const c = contextOf(text);
  const f = c && figuresOf(text);
  if (!f || f[0] !== n || f[1] !== d) return false;
  refuse(ctx, row, col, ind, `${n}/${d}`, shapeFor(c), { col: nc, text });
  return true;
}

/**
 * "10" beside a Mẫu số of 10 and no Tử số: 10 % of 10 dossiers, or 10 points of 10? Both readings are
 * possible, so the value is kept as written with a warning that says how to write each.
 */
export function warnMaybePoints(ctx: TableContext, row: number, col: number, v: ValueOk, d: number): void {
  if (v.value === null || v.value !== d || d === 100 || d === 0) return;
  ctx.collector.report(
    dataFinding('data-maybe-points', 'maybePoints', { raw: v.raw, d }, locate(ctx, row, col), {
      text: v.raw,
      hintId: 'maybePointsHint',
    }),
  );
}

/** "Không phát sinh", "-", "N/A": no data, said in a note so the officer sees how the cell was read. */
export function noteNoData(ctx: TableContext, row: number, col: number, v: ValueOk): void {
  const id = v.noData === 'nothing-occurred' ? 'nothingOccurred' : 'noFigure';
  ctx.collector.report(
    dataFinding('data-no-data-word', id, { raw: v.raw }, locate(ctx, row, col), {
      text: v.raw,
      hintId: 'noDataHint',
    }),
  );
}
