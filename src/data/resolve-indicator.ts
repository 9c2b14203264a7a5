/**
 * Which indicator a data row is about: its code, its name, or both checked against each other
 * (docs/data.md, "Indicator names"). Undefined when the row is skipped or reported.
 */
import type { Indicator } from '../model/plan.js';
import { cellText, type RawRow } from './cells.js';
import {
  ambiguousNameDiag,
  confusableDiag,
  nameMismatchDiag,
  nameUnmatchedDiag,
  unknownNameDiag,
} from './indicator-name-problems.js';
import { rowWithoutCode } from './row-problems.js';
import { locate, type TableContext } from './table-context.js';
import { isNoDataWord, isSectionOrTotal, parseAssessment } from './words.js';

/** What a code looks like (ids are lower-case words joined by "-"; people also type capitals and "_"). */
const CODE_SHAPE = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/;

/** A digit, a typed cell, or a word a value cell holds ("Đạt", "Hoàn thành", "Chưa có số liệu"). */
function holdsFigure(r: RawRow): boolean {
  return r.cells.some(
    (c) =>
      c !== undefined &&
      (typeof c !== 'string' || /\d/.test(c) || parseAssessment(c) !== null || isNoDataWord(c.trim())),
  );
}

/** One diagnostic per file, sheet, code and name; later rows count as "and N more". */
function onceKey(ctx: TableContext, what: string, code: string, name: string): string {
  return `${what}\u0000${ctx.file}\u0000${ctx.sheet ?? ''}\u0000${code}\u0000${name}`;
}

/** A row identified by its name only. */
function byName(ctx: TableContext, r: RawRow, col: number, name: string): Indicator | undefined {
  const fit = ctx.collector.indicatorNames.fit(name);
  if (fit.kind === 'one') return fit.indicator;
  if (fit.kind === 'none') {
    // A section heading or total row in the name column ("II. Cải cách thủ tục hành chính", "Tổng cộng") is a
    // row without a code (quiet only without a figure); a row with no figure at all is no data row.
    if (isSectionOrTotal(name)) {
      rowWithoutCode(ctx, r, col);
      return undefined;
    }
    if (!holdsFigure(r)) return undefined;
  }
  const loc = locate(ctx, r.row, col);
  ctx.collector.once(onceKey(ctx, 'name', '', name), () =>
    fit.kind === 'several'
      ? ambiguousNameDiag(name, fit.indicators, loc)
      : unknownNameDiag(name, fit.near, loc),
  );
  return undefined;
}

/** A row with a code and a name: the name must not belong to another indicator. */
function checked(
  ctx: TableContext,
  r: RawRow,
  col: number,
  ind: Indicator,
  name: string,
): Indicator | undefined {
  const c = ctx.collector.indicatorNames.check(ind, name);
  if (c.kind === 'ok') return ind;
  const loc = locate(ctx, r.row, col);
  const key = onceKey(ctx, c.kind, ind.code, name);
  if (c.kind === 'none') {
    ctx.collector.once(key, () => nameUnmatchedDiag(ind, name, loc), loc);
    return ind;
  }
  if (c.kind === 'family')
    ctx.collector.once(key, () => confusableDiag(ind, name, c.clashes, c.other, loc), loc);
  else ctx.collector.once(key, () => nameMismatchDiag(ind, name, c.other, c.exact, loc), loc);
  return undefined;
}

export function indicatorOfRow(ctx: TableContext, r: RawRow): Indicator | undefined {
  const { cols, codeOrName } = ctx.layout;
  const codeCol = cols.indicator;
  const nameCol = cols.name;
  const code = codeCol === undefined ? '' : cellText(r.cells[codeCol]);
  if (!code) {
    const name = nameCol === undefined ? '' : cellText(r.cells[nameCol]);
    if (name) return byName(ctx, r, nameCol!, name);
    rowWithoutCode(ctx, r, codeCol ?? nameCol!);
    return undefined;
  }
  const ind = ctx.collector.indicator(code);
  if (codeOrName) {
    // A lone "Chỉ tiêu" column: a plan code is a code, anything else a name — and a text that is both one
    // indicator's code and another's name is neither.
    if (!ind)
      return CODE_SHAPE.test(code) ? unknownCode(ctx, r, codeCol!, code) : byName(ctx, r, codeCol!, code);
    const fit = ctx.collector.indicatorNames.fit(code);
    if (fit.kind !== 'none' && !(fit.kind === 'one' && fit.indicator === ind)) {
      const inds = [ind, ...(fit.kind === 'one' ? [fit.indicator] : fit.indicators.filter((i) => i !== ind))];
      const loc = locate(ctx, r.row, codeCol!);
      ctx.collector.once(onceKey(ctx, 'name', '', code), () => ambiguousNameDiag(code, inds, loc), loc);
      return undefined;
    }
    return ind;
  }
  if (!ind) return unknownCode(ctx, r, codeCol!, code);
  const name = nameCol === undefined ? '' : cellText(r.cells[nameCol]);
  return name ? checked(ctx, r, nameCol!, ind, name) : ind;
}

/** Not a plan code: a section heading in the code column is a row without a code (quiet only without a figure). */
function unknownCode(ctx: TableContext, r: RawRow, col: number, code: string): undefined {
  if (isSectionOrTotal(code)) rowWithoutCode(ctx, r, col);
  else ctx.collector.unknown('indicator', code, locate(ctx, r.row, col));
  return undefined;
}
