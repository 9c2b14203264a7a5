import type { Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import type { RunReport, Tally } from '../../model/report.js';
import { COMPLETION_BLOCK_WORDS, dueTasksLabel } from '../../words/appendix-sheets.js';
import { completionHeadline, completionRows } from '../completion-text.js';
import { bodyCell, type Column, fitHeight } from './sheet-kit.js';
import { font, TABLE_PT } from './styles.js';

/**
 * The task tally under a sheet's table: the headline sentence the other views print, then one row per
 * denominator, area and owner with "done/total" as text and the rate as a percent cell (a number, so a
 * province can sum it). Rows are sized to their label (a long area name wraps in its column and would print over
 * the row under it otherwise). Returns the next free row.
 */
export function writeCompletion(
  ws: Worksheet,
  row: number,
  report: RunReport,
  lang: Lang,
  columns: Column[],
): number {
  const w = COMPLETION_BLOCK_WORDS;
  const c = report.summary.taskCompletion;
  const head = ws.getCell(row, 2);
  head.value = w.head[lang];
  head.font = font(TABLE_PT, { bold: true });
  ws.getRow(row).height = 20;
  const line = ws.getCell(row + 1, 2);
  line.value = completionHeadline(report, lang);
  line.font = font(TABLE_PT, { italic: true });
  let r = row + 2;
  const put = (name: string, t: Tally, bold = false) => {
    const label = ws.getCell(r, 2);
    label.value = name;
    bodyCell(label, 'left', bold ? { bold: true } : {});
    const count = ws.getCell(r, 3);
    count.value = `${t.done}/${t.total}`;
    bodyCell(count, 'center', bold ? { bold: true } : {});
    const rate = ws.getCell(r, 4);
    if (t.rate === null) rate.value = '—';
    else {
      rate.value = t.rate / 100;
      rate.numFmt = Number.isInteger(t.rate) ? '0%' : '0.0%';
    }
    bodyCell(rate, 'center', bold ? { bold: true } : {});
    ws.getRow(r).height = Math.max(20, fitHeight(['', name, count.text], columns, TABLE_PT));
    r++;
  };
  put(w.all[lang], c.all, true);
  put(dueTasksLabel(report.asOf, lang), c.due);
  for (const g of completionRows(report, lang)) put(`${w[g.group][lang]}: ${g.name}`, g.tally);
  return r;
}
