/** An indicator row's figure → the Observation the evaluation reads, with the row's unit, source and note. */
import type { Location } from '../model/diagnostic.js';
import type { Observation } from '../model/observation.js';
import type { Period } from '../model/period.js';
import type { Indicator } from '../model/plan.js';
import { cellText, type RawCell } from './cells.js';
import type { ValueOk } from './interpret-value.js';
import type { TableContext } from './table-context.js';

/** What a row's figure was read as: the value, the value cell as read, the cell that holds it, the counts. */
export interface Figure {
  value: number | null;
  /** The value cell as read; undefined when the row gives only numerator and denominator. */
  v: ValueOk | undefined;
  /** The figure as written: the value cell, or "numerator/denominator". */
  raw: string;
  source: Location;
  numerator: number | undefined;
  denominator: number | undefined;
}

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
export function observation(
  ctx: TableContext,
  cells: RawCell[],
  ind: Indicator,
  period: Period,
  f: Figure,
): Observation {
  const indicator = ind.code;
  const { value, source, numerator, denominator } = f;
  const raw = ctx.collector.raw(f.raw);
  const assessment = f.v?.assessment;
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
