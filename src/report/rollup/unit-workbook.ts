import type { Lang } from '../../model/diagnostic.js';
import type { RollupReport } from '../../model/rollup.js';
import { periodText } from '../view-cells.js';
import { setText } from '../xlsx/cell-text.js';
import { writeLetterhead } from '../xlsx/letterhead.js';
import type { CoverReport } from '../xlsx/report-head.js';
import { bodyCell, type Column, fitHeight, setupTableSheet, writeHeaderRow } from '../xlsx/sheet-kit.js';
import { TABLE_PT } from '../xlsx/styles.js';
import { L, rankText, statusLabel } from './rollup-cells.js';
import { newWorkbook, workbookBytes } from './rollup-workbook.js';
import { figureCell, rollupLetterhead, statusCell, thresholdCell } from './rollup-xlsx-kit.js';

/**
 * One unit's workbook (`rollup --split`): the letterhead, the unit's rank, then every target with the threshold
 * the unit is held to, its figure and period, the status word on its fill and the reason.
 */
export async function renderUnitWorkbook(
  r: RollupReport,
  index: number,
  opts: CoverReport & { lang: Lang },
): Promise<Uint8Array> {
  const { lang, ...cover } = opts;
  const unit = r.units[index]!;
  const wb = await newWorkbook(r);
  const ws = wb.addWorksheet(L('sheetUnit', lang));
  const columns: Column[] = [
    { header: L('stt', lang), width: 6 },
    { header: L('target', lang), width: 50 },
    { header: L('threshold', lang), width: 13 },
    { header: L('value', lang), width: 13 },
    { header: L('period', lang), width: 14 },
    { header: L('status', lang), width: 16 },
    { header: L('reason', lang), width: 55 },
  ];
  const head = rollupLetterhead(
    r,
    `${L('xlsxUnit', lang)} — ${unit.name.toLocaleUpperCase('vi')}`,
    lang,
    cover,
    1,
  );
  const rank = r.ranking.find((e) => e.unit === unit.id);
  head.lines.push(
    rank
      ? `${L('rankOf', lang)}: ${rankText(rank)}/${r.ranking.length} (${rank.met}/${rank.targets} ${L('met', lang).toLowerCase()})`
      : L('noDataUnits', lang),
  );
  const top = writeLetterhead(ws, columns.length, head);
  setupTableSheet(ws, columns, top);
  writeHeaderRow(ws, top, columns);
  r.targets.forEach((t, i) => {
    const c = t.cells[index]!;
    const row = ws.getRow(top + 1 + i);
    bodyCell(row.getCell(1), 'center');
    row.getCell(1).value = i + 1;
    bodyCell(row.getCell(2));
    setText(row.getCell(2), t.title);
    thresholdCell(row.getCell(3), t, c);
    figureCell(row.getCell(4), t, c, lang);
    bodyCell(row.getCell(5), 'center');
    setText(row.getCell(5), c.actual ? periodText(c.actual.period, lang) : '—');
    statusCell(row.getCell(6), c.status, lang);
    bodyCell(row.getCell(7));
    setText(row.getCell(7), c.reason[lang]);
    row.height = fitHeight(
      ['', t.title, '', '', '', statusLabel(c.status, lang), c.reason[lang]],
      columns,
      TABLE_PT,
    );
  });
  return workbookBytes(wb);
}
