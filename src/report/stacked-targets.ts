import type { ChalkInstance } from 'chalk';
import type { Lang } from '../model/diagnostic.js';
import type { RunReport, TargetEvaluation } from '../model/report.js';
import { maxOf } from '../util/array.js';
import { formatDate } from '../util/date.js';
import { TARGET_COLUMNS } from '../words/view-columns.js';
import { markedStatus, statusStyle } from './status-marks.js';
import { groupRule } from './text-grid.js';
import { clip, displayWidth, wrap } from './text-layout.js';
import {
  actualText,
  expectedText,
  planValueText,
  statusText,
  targetTitle,
  unitShortName,
} from './view-cells.js';

/** Lines a title may take in the stacked layout: one more than the table's two, the column being wider. */
const TITLE_LINES = 3;

/**
 * Targets one block each, for terminals too narrow for the table (below 100 columns): the number and title,
 * then "Đánh giá: ! Có nguy cơ không đạt" on its own line (a status is never split), plan and owner, actual
 * and expected, and the reason under them. Every line fits `width`.
 */
export function stackedTargetLines(
  report: RunReport,
  groups: { title: string; items: TargetEvaluation[] }[],
  numbers: Map<TargetEvaluation, string>,
  lang: Lang,
  c: ChalkInstance,
  width: number,
): string[] {
  const L = (k: keyof typeof TARGET_COLUMNS) => TARGET_COLUMNS[k][lang];
  const out: string[] = [];
  // Wide enough for the longest number with its dot ("5.1. "), so every title starts in the same column.
  const indent = maxOf(numbers.values(), (n) => n.length + 2, 4);
  const room = width - indent;
  for (const g of groups) {
    out.push('', ...clip(g.title, width - 7, 1).map((t) => groupRule(t, width, c)), '');
    g.items.forEach((e, i) => {
      if (i > 0) out.push('');
      const n = `${numbers.get(e) ?? ''}.`;
      const title = clip(targetTitle(e, lang), room, TITLE_LINES);
      out.push(...title.map((l, j) => `${(j === 0 ? n : '').padEnd(indent)}${c.bold(l)}`));
      const status = markedStatus(statusText(e, lang), e.status);
      out.push(...field(`${L('status')}: `, status, room, indent, statusStyle(e.status, c)));
      const plan = `${planValueText(e, lang)}, ${L('due')} ${formatDate(e.deadline)}`;
      out.push(
        ...pairs(
          [
            [`${L('plan')}: `, plan],
            [`${L('owner')}: `, unitShortName(report, e.owner)],
          ],
          room,
          indent,
        ),
      );
      const actual: [string, string][] = [[`${L('actual')}: `, actualText(e, lang)]];
      if (e.expected !== null) actual.push([`${L('expected')}: `, expectedText(e, lang)]);
      out.push(...pairs(actual, room, indent));
      const code = e.id === e.indicator ? e.indicator : `${e.indicator} · ${e.id}`;
      out.push(
        ...wrap(`${code}: ${e.reason[lang]}`, room - 2).map(
          (l, j) => `${' '.repeat(indent)}${j === 0 ? '↳ ' : '  '}${c.dim(l)}`,
        ),
      );
    });
  }
  return out;
}

/** "Đánh giá: value", the value wrapped under itself (hanging after the label). */
function field(
  label: string,
  value: string,
  room: number,
  indent: number,
  style?: (s: string) => string,
): string[] {
  const lw = displayWidth(label);
  const lines = wrap(value, Math.max(10, room - lw));
  const pad = ' '.repeat(indent);
  return lines.map((l, i) => `${pad}${i === 0 ? label : ' '.repeat(lw)}${style ? style(l) : l}`);
}

/** Label-value pairs on one line joined by " · " when they fit, otherwise one pair a line. */
function pairs(items: [string, string][], room: number, indent: number): string[] {
  const joined = items.map(([l, v]) => l + v).join(' · ');
  if (displayWidth(joined) <= room) return [' '.repeat(indent) + joined];
  return items.flatMap(([l, v]) => field(l, v, room, indent));
}
