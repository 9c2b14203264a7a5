/** Diagnostics about one row, shared by the row readers. */
import type { Indicator } from '../model/plan.js';
import { cellText, type RawCell, type RawRow } from './cells.js';
import { dataFinding } from './diagnostics.js';
import type { ValueError } from './interpret-value.js';
import { locate, type TableContext } from './table-context.js';
import { isFigure, valueCols } from './table-end.js';
import { isSectionOrTotal } from './words.js';

export function reportBadPeriod(ctx: TableContext, row: number, col: number, cell: RawCell): void {
  const raw = cellText(cell);
  const loc = locate(ctx, row, col);
  if (!raw) {
    ctx.collector.report(dataFinding('data-missing-period', 'missing', {}, loc));
    return;
  }
  ctx.collector.report(dataFinding('data-bad-period', 'unknown', { period: raw }, loc, { text: raw }));
}

/** A value cell that gives no figure: the code's template, filled with the text, the indicator and what was expected. */
export function reportValueError(
  ctx: TableContext,
  row: number,
  col: number,
  e: ValueError,
  ind: Indicator,
): void {
  const loc = locate(ctx, row, col);
  const data = { raw: e.raw, code: ind.code };
  const text = e.raw;
  let d: ReturnType<typeof dataFinding>;
  switch (e.code) {
    case 'data-bad-value':
      d = dataFinding(e.code, 'unreadable', { ...data, expected: e.expected }, loc, {
        text,
        hintId: 'write',
      });
      break;
    case 'data-out-of-range': {
      // Over 100 % is most often a count or a score typed in the percentage's column.
      const hintId = ind.kind === 'percentage' ? 'writePercentage' : 'write';
      d = dataFinding(e.code, 'outOfRange', { ...data, expected: e.expected }, loc, { text, hintId });
      break;
    }
    case 'data-formula-no-result':
      d = dataFinding(e.code, 'noResult', data, loc, { text, hintId: 'noResultHint' });
      break;
    case 'data-formula-error':
      d = dataFinding(e.code, 'formulaError', data, loc, { text, hintId: 'formulaErrorHint' });
      break;
    default:
      // A change, a range, points or units: why the text is not a value of the indicator, and what to write.
      d = dataFinding(e.code, 'unusable', { ...data, why: e.why }, loc, { text, hint: e.hint });
  }
  ctx.collector.report(d);
}

/**
 * A filled row without an indicator/task code. Section headings ("I. …") and total rows ("Tổng cộng")
 * are expected and skipped quietly when no figure sits where the reader looks; any other such row with
 * figures is skipped with a warning, never silently.
 */
const DIGIT = /\d/;

export function rowWithoutCode(ctx: TableContext, r: RawRow, col: number): void {
  let figures = false;
  let section = false;
  for (const c of r.cells) {
    if (typeof c === 'string') {
      if (!section && isSectionOrTotal(c)) section = true;
      if (DIGIT.test(c)) figures = true;
    } else if (c !== undefined) figures = true;
  }
  // Signature blocks and notes under the table ("Người lập biểu") hold no figures: not worth a warning.
  if (!figures) return;
  if (section && !valueCols(ctx).some((c) => isFigure(r.cells[c]))) return;
  ctx.collector.report(dataFinding('data-row-without-code', 'noCode', {}, locate(ctx, r.row, col)));
}
