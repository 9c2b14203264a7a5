import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../model/diagnostic.js';
import type { RunReport, TargetEvaluation } from '../model/report.js';
import { maxOf, pushAll } from '../util/array.js';
import { formatDate } from '../util/date.js';
import { COMPLETION_BY, TARGET_COLUMNS } from '../words/view-columns.js';
import { completionHeadline, completionRows, noTargetsText, tallyText } from './completion-text.js';
import { renderDigest } from './digest.js';
import { stackedTargetLines } from './stacked-targets.js';
import { markedStatus, statusStyle } from './status-marks.js';
import { targetNumbers } from './target-numbers.js';
import { renderTaskSection } from './task-table.js';
import { fitWidth, GAP, type GridColumn, gridRow, groupRule } from './text-grid.js';
import { clip, displayWidth, wrap } from './text-layout.js';
import {
  actualParts,
  expectedText,
  type GroupBy,
  groupTargets,
  headerLines,
  planValueText,
  statusText,
  summaryLine,
  targetTitle,
  unitShortName,
} from './view-cells.js';

export interface TableOptions {
  lang: Lang;
  /** Colour the status words (never colour alone: the word is always there). */
  color: boolean;
  groupBy?: GroupBy | 'auto';
  /** Columns to fit (the terminal's width); 120 when absent. Below 100 the targets are stacked, not tabled. */
  width?: number;
  /** List every task on its own line, not only those with a report for the period. */
  allTasks?: boolean;
}

export const DEFAULT_WIDTH = 120;
/** Below this many columns the targets are stacked one block each: seven columns leave the title no room. */
export const STACK_BELOW = 100;
/** Narrower than this nothing is laid out for; the lines are as short as words allow. */
const MIN_WIDTH = 40;
/** A title longer than this many lines is cut with "…": the full text is in JSON, Markdown and Excel. */
const TITLE_LINES = 2;

/**
 * The terminal view, fitted to `width` columns: first what needs action (digest by owner), then per target
 * one short row (title clipped to two lines) with its reason right under it, grouped by area (or phase) —
 * or, below 100 columns, one block per target; then the tasks that reported, and the rest by owner.
 */
export function renderTable(report: RunReport, opts: TableOptions): string {
  const { lang } = opts;
  // An explicit level, never chalk's global detection: the caller decided colour once.
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, Math.floor(opts.width ?? DEFAULT_WIDTH));
  const out: string[] = [...headerLines(report, lang).flatMap((l) => wrap(l, width)), ''];
  pushAll(out, renderDigest(report, lang, c, width)).push('');
  if (report.targets.length === 0) {
    out.push(...wrap(noTargetsText(report, lang), width));
  } else {
    pushAll(out, targetLines(report, opts, c, width));
    // Only with targets: after "no quantitative targets" a line of zeros says nothing more.
    out.push('', ...wrap(summaryLine(report, lang, 'targets'), width).map((l) => c.bold(l)));
  }
  out.push('');
  if (report.tasks.length > 0) {
    pushAll(out, renderTaskSection(report, { lang, c, width, all: opts.allTasks === true }));
    out.push('', ...wrap(summaryLine(report, lang, 'tasks'), width).map((l) => c.bold(l)));
    out.push(...wrap(completionHeadline(report, lang), width).map((l) => c.bold(l)));
    // Per area, then per owner: one line each.
    for (const r of completionRows(report, lang, true)) {
      out.push(...wrap(`• ${COMPLETION_BY[r.group][lang]} ${r.name}: ${tallyText(r.tally, lang)}`, width));
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function targetLines(report: RunReport, opts: TableOptions, c: ChalkInstance, width: number): string[] {
  const { lang } = opts;
  const groups = groupTargets(report, opts.groupBy ?? 'auto', lang);
  const numbers = targetNumbers(report);
  if (width < STACK_BELOW) return stackedTargetLines(report, groups, numbers, lang, c, width);
  const all = groups.flatMap((g) => g.items);
  // The plan's value and its deadline share a column: the deadline is the head's second line.
  const head = TABLE_HEADS.map((keys) => keys.map((k) => TARGET_COLUMNS[k][lang]));
  // Roomy caps first; when they leave the title too little room (a 100- or 120-column terminal), tighter ones.
  let cols = targetColumns(report, all, numbers, head, lang, WIDE_CAPS);
  // Titles are clipped to two lines anyway, so short titles never need more than half their length.
  const longest = maxOf(all, (e) => displayWidth(targetTitle(e, lang)), 0);
  const enough = Math.min(ROOMY_TITLE, Math.ceil(longest / TITLE_LINES) + 4);
  if (width - fixedWidth(cols) < enough) cols = targetColumns(report, all, numbers, head, lang, NARROW_CAPS);
  (cols[1] as GridColumn).width = Math.max(20, width - fixedWidth(cols));
  const fixed = fixedWidth(cols);
  const tableWidth = fixed + (cols[1] as GridColumn).width;
  const indent = (cols[0] as GridColumn).width + GAP;

  const out = gridRow(
    cols,
    head.map((lines) => ({ lines, style: (s: string) => c.bold(s) })),
  );
  out.push('─'.repeat(tableWidth));
  for (const g of groups) {
    out.push('', groupRule(g.title, tableWidth, c), '');
    g.items.forEach((e, i) => {
      if (i > 0) out.push('');
      out.push(...gridRow(cols, targetCells(report, e, numbers.get(e) ?? '', cols, lang, c)));
      out.push(...reasonLines(e, lang, indent, tableWidth - indent, c));
    });
  }
  return out;
}

const TABLE_HEADS = [
  ['number'],
  ['target'],
  ['plan', 'deadline'],
  ['actual'],
  ['expected'],
  ['owner'],
  ['status'],
] as const satisfies readonly (readonly (keyof typeof TARGET_COLUMNS)[])[];

/**
 * Caps of the fixed columns (plan, actual, expected, owner); longer text wraps inside them. The status column
 * has no cap: it is as wide as its longest word with marker, so a status is never split across lines.
 */
const WIDE_CAPS = [14, 18, 10, 12] as const;
const NARROW_CAPS = [10, 14, 8, 8] as const;
/** Below this many columns for the title, the fixed columns are narrowed. */
const ROOMY_TITLE = 45;

function targetColumns(
  report: RunReport,
  all: TargetEvaluation[],
  numbers: Map<TargetEvaluation, string>,
  head: string[][],
  lang: Lang,
  caps: readonly number[],
): GridColumn[] {
  return [
    {
      width: fitWidth(
        all.map((e) => numbers.get(e) ?? ''),
        head[0]!,
        6,
      ),
      align: 'right',
    },
    { width: 0 },
    {
      width: fitWidth(
        all.flatMap((e) => [planValueText(e, lang), formatDate(e.deadline)]),
        head[2]!,
        caps[0]!,
      ),
    },
    {
      width: fitWidth(
        all.flatMap((e) => Object.values(actualParts(e, lang))),
        head[3]!,
        caps[1]!,
      ),
    },
    {
      width: fitWidth(
        all.map((e) => expectedText(e, lang)),
        head[4]!,
        caps[2]!,
      ),
    },
    {
      width: fitWidth(
        all.map((e) => unitShortName(report, e.owner)),
        head[5]!,
        caps[3]!,
      ),
    },
    {
      width: fitWidth(
        all.map((e) => markedStatus(statusText(e, lang), e.status)),
        head[6]!,
        40,
      ),
    },
  ];
}

/** Width of every column but the title, with the gaps between all columns. */
function fixedWidth(cols: GridColumn[]): number {
  return cols.reduce((s, col, i) => s + (i === 1 ? 0 : col.width), 0) + GAP * (cols.length - 1);
}

function targetCells(
  report: RunReport,
  e: TargetEvaluation,
  n: string,
  cols: GridColumn[],
  lang: Lang,
  c: ChalkInstance,
) {
  const w = cols.map((col) => col.width);
  const actual = actualParts(e, lang);
  return [
    { lines: [n] },
    // A narrow title column (100 columns) gets a third line: two lines of 22 say too little.
    { lines: clip(targetTitle(e, lang), w[1]!, w[1]! < 30 ? TITLE_LINES + 1 : TITLE_LINES) },
    { lines: [...wrap(planValueText(e, lang), w[2]!), formatDate(e.deadline)] },
    { lines: [...wrap(actual.what, w[3]!), ...(actual.when ? wrap(actual.when, w[3]!) : [])] },
    { lines: wrap(expectedText(e, lang), w[4]!) },
    { lines: wrap(unitShortName(report, e.owner), w[5]!) },
    { lines: [markedStatus(statusText(e, lang), e.status)], style: statusStyle(e.status, c) },
  ];
}

/**
 * The reason right under its row, after the codes users grep for (the indicator, and the target id when it
 * differs, as in JSON): "↳ dvc-truc-tuyen: kỳ vọng 56,8% … → có nguy cơ không đạt".
 */
function reasonLines(e: TargetEvaluation, lang: Lang, indent: number, width: number, c: ChalkInstance) {
  const code = e.id === e.indicator ? e.indicator : `${e.indicator} · ${e.id}`;
  const lines = wrap(`${code}: ${e.reason[lang]}`, width - 2);
  return lines.map((l, i) => `${' '.repeat(indent)}${i === 0 ? '↳ ' : '  '}${c.dim(l)}`);
}
