/** Long and wide indicator rows → observations. */
import type { Observation } from '../model/observation.js';
import type { Period } from '../model/period.js';
import type { Indicator } from '../model/plan.js';
import { BOTH_COUNTS_OR_VALUE } from '../words/data-values.js';
import { cellText, isEmptyCell, type RawCell, type RawRow } from './cells.js';
import { interpretCount, interpretValue, type ValueOk } from './interpret-value.js';
import { ratioValue, warnAmbiguous } from './ratio-value.js';
import { indicatorOfRow } from './resolve-indicator.js';
import { reportBadPeriod, reportValueError } from './row-problems.js';
import { locate, periodOfCell, type TableContext } from './table-context.js';
import { figureOnlyUnread } from './unread-columns.js';
import { measureRefuses, noteNoData, noteRefuses, reportBadCount, warnMaybePoints } from './value-context.js';

function unitOf(ctx: TableContext, cells: RawCell[]): string | undefined {
  const c = ctx.layout.cols.unit;
  const t = c === undefined ? '' : cellText(cells[c]);
  return t ? ctx.collector.units.unit(t) : undefined;
}

function textOf(ctx: TableContext, cells: RawCell[], field: 'source' | 'note'): string | undefined {
  const c = ctx.layout.cols[field];
  const t = c === undefined ? '' : cellText(cells[c]);
  return t || undefined;
}

/**
 * The observation, its fields in the order consumers see them (JSON key order is part of the output).
 * The shapes of a plain row and of a long row with unit, numerator and denominator (province and national
 * files) are single literals, so their fields live in the object itself; adding properties one by one
 * would give each observation a separate, growing property store.
 */
function observation(
  ctx: TableContext,
  cells: RawCell[],
  ind: Indicator,
  period: Period,
  value: number | null,
  v: ValueOk | undefined,
  source: Observation['source'],
  raw: string,
  numerator?: number,
  denominator?: number,
): Observation {
  const indicator = ind.code;
  raw = ctx.collector.raw(raw);
  const assessment = v?.assessment;
  const unit = unitOf(ctx, cells);
  const evidence = textOf(ctx, cells, 'source');
  const note = textOf(ctx, cells, 'note');
  if (assessment === undefined && evidence === undefined && note === undefined) {
    if (unit !== undefined && numerator !== undefined && denominator !== undefined)
      return { indicator, period, value, raw, source, unit, numerator, denominator };
    if (unit === undefined && numerator === undefined && denominator === undefined)
      return { indicator, period, value, raw, source };
  }
  const o: Observation = { indicator, period, value, raw, source };
  if (assessment !== undefined) o.assessment = assessment;
  if (unit !== undefined) o.unit = unit;
  if (evidence !== undefined) o.evidence = evidence;
  if (note !== undefined) o.note = note;
  if (numerator !== undefined) o.numerator = numerator;
  if (denominator !== undefined) o.denominator = denominator;
  return o;
}

/** A long row: indicator, period, value and/or numerator and denominator. */
export function readLongRow(ctx: TableContext, r: RawRow): void {
  const { cols } = ctx.layout;
  const cells = r.cells;
  const vCol = cols.value;
  const valueCell = vCol === undefined ? undefined : cells[vCol];
  const nCell = cols.numerator === undefined ? undefined : cells[cols.numerator];
  const dCell = cols.denominator === undefined ? undefined : cells[cols.denominator];
  const hasValue = !isEmptyCell(valueCell);
  const hasN = !isEmptyCell(nCell);
  const hasD = !isEmptyCell(dCell);
  // Templates carry many rows with a code and a period but nothing filled in: not an error, unless the
  // row's figure sits in a column that is not read.
  if (!hasValue && !hasN && !hasD) {
    figureOnlyUnread(ctx, r);
    return;
  }
  const ind = indicatorOfRow(ctx, r);
  if (!ind) return;
  const pCol = cols.period!;
  const period = periodOfCell(ctx, cells[pCol]);
  if (!period) {
    reportBadPeriod(ctx, r.row, pCol, cells[pCol]);
    return;
  }

  let v: ValueOk | undefined;
  if (hasValue) {
    const res = interpretValue(valueCell, ind.kind, ind.max);
    if (!res.ok) {
      reportValueError(ctx, r.row, vCol!, res, ind);
      return;
    }
    v = res;
    if (res.noData) noteNoData(ctx, r.row, vCol!, res);
  }
  const mainCol = hasValue ? vCol! : hasN ? cols.numerator! : cols.denominator!;
  const rawOf = () => (hasValue ? v!.raw : `${cellText(nCell)}/${cellText(dCell)}`);
  if (cols.measure !== undefined && measureRefuses(ctx, cells, r.row, mainCol, ind, rawOf())) return;
  const source = locate(ctx, r.row, mainCol);
  let value = v?.value ?? null;
  let ambiguous = v?.ambiguous === true;
  let numerator: number | undefined;
  let denominator: number | undefined;
  if (hasN || hasD) {
    if (!(hasN && hasD) && !hasValue) {
      {
        const col = hasN ? cols.numerator! : cols.denominator!;
        reportValueError(
          ctx,
          r.row,
          col,
          {
            ok: false,
            code: 'data-bad-value',
            expected: BOTH_COUNTS_OR_VALUE,
            raw: cellText(hasN ? nCell : dCell),
          },
          ind,
        );
        return;
      }
    }
    if (hasN) {
      numerator = interpretCount(nCell) ?? undefined;
      if (numerator === undefined) {
        reportBadCount(ctx, r.row, cols.numerator!, nCell, ind);
        return;
      }
    }
    if (hasD) {
      denominator = interpretCount(dCell) ?? undefined;
      if (denominator === undefined) {
        reportBadCount(ctx, r.row, cols.denominator!, dCell, ind);
        return;
      }
    }
    if (ind.kind === 'percentage' && numerator !== undefined && denominator !== undefined) {
      if (cols.note !== undefined && noteRefuses(ctx, cells, r.row, mainCol, ind, numerator, denominator))
        return;
      const ratio = ratioValue(ctx, r.row, mainCol, numerator, denominator, v);
      if (ratio === 'error') return;
      value = ratio.value;
      ambiguous = ratio.ambiguous;
    }
  }
  if (ambiguous && v) warnAmbiguous(ctx, r.row, vCol!, v);
  if (v && numerator === undefined && denominator !== undefined && ind.kind === 'percentage')
    warnMaybePoints(ctx, r.row, vCol!, v, denominator);
  const raw = rawOf();
  ctx.collector.addObservation(
    observation(ctx, cells, ind, period, value, v, source, raw, numerator, denominator),
  );
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
    ctx.collector.addObservation(
      observation(ctx, cells, ind, period, res.value, res, locate(ctx, r.row, col), res.raw),
    );
  }
}
