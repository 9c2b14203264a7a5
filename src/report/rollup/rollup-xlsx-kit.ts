import type { Cell } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import type { RunReport } from '../../model/report.js';
import type { RollupCell, RollupReport, RollupTarget } from '../../model/rollup.js';
import { ASSESSMENT_LABELS } from '../../words/labels.js';
import { valueText } from '../view-cells.js';
import { setText } from '../xlsx/cell-text.js';
import { figure } from '../xlsx/figures.js';
import type { Letterhead } from '../xlsx/letterhead.js';
import { type CoverReport, reportLetterhead } from '../xlsx/report-head.js';
import { bodyCell } from '../xlsx/sheet-kit.js';
import { statusLook } from '../xlsx/styles.js';
import { statusLabel } from './rollup-cells.js';

/** The NĐ 30 letterhead of `cchc report`, for a rollup sheet: the plan's issuer, period, as-of. */
export function rollupLetterhead(
  r: RollupReport,
  title: string,
  lang: Lang,
  cover: CoverReport,
  n: number,
): Letterhead {
  const asRun = { plan: r.plan, period: r.period, asOf: r.asOf } as unknown as RunReport;
  return reportLetterhead(asRun, title, lang, cover, n);
}

/** A status cell: the word, its fill, and the bold/frame that tells action statuses apart in black and white. */
export function statusCell(cell: Cell, s: RollupCell['status'], lang: Lang): void {
  bodyCell(cell, 'center');
  const look = statusLook(s);
  cell.value = statusLabel(s, lang);
  cell.fill = look.fill;
  cell.font = look.font;
  cell.border = look.border;
}

/** A unit's figure as a number cell in the indicator's unit (percent cells for percentages), else words. */
export function figureCell(cell: Cell, t: RollupTarget, c: RollupCell, lang: Lang): void {
  bodyCell(cell, 'right');
  const a = c.actual;
  if (!a) {
    cell.value = '—';
    return;
  }
  if (a.value !== null && t.kind !== 'milestone' && t.kind !== 'qualitative') {
    const f = figure(t.kind, a.value);
    cell.value = f.value;
    cell.numFmt = f.numFmt;
  } else setText(cell, a.assessment ? ASSESSMENT_LABELS[a.assessment][lang] : '—');
}

/** The threshold a unit was held to, as a number cell (a per-unit threshold shows here). */
export function thresholdCell(cell: Cell, t: RollupTarget, c: RollupCell): void {
  bodyCell(cell, 'right');
  const v = c.targetValue ?? t.targetValue;
  if (v === undefined || t.kind === 'milestone' || t.kind === 'qualitative') {
    cell.value = '—';
    return;
  }
  const f = figure(t.kind, v, t.comparator);
  cell.value = f.value;
  cell.numFmt = f.numFmt;
}

/** "≥ 95%" in words, for headers and titles. */
export function thresholdText(t: RollupTarget, lang: Lang): string {
  if (t.targetValue === undefined) return '';
  const sign = t.comparator === '<=' ? '≤ ' : t.comparator === '=' ? '' : '≥ ';
  return sign + valueText(t, t.targetValue, lang);
}

/**
 * A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not blank, unique in `taken`
 * (compared case-insensitively, as Excel does).
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, '-')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLocaleLowerCase('vi')); i++)
    name = `${base.slice(0, 31 - `-${i}`.length)}-${i}`;
  taken.add(name.toLocaleLowerCase('vi'));
  return name;
}
