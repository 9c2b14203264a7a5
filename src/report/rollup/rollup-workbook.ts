import type { Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import type { RollupReport } from '../../model/rollup.js';
import { periodText } from '../view-cells.js';
import { setText } from '../xlsx/cell-text.js';
import { fixZipTimes } from '../xlsx/fixed-zip-times.js';
import { writeLetterhead } from '../xlsx/letterhead.js';
import { loadExcelJs } from '../xlsx/load-exceljs.js';
import type { CoverReport } from '../xlsx/report-head.js';
import { bodyCell, type Column, fitHeight, setupTableSheet, writeHeaderRow } from '../xlsx/sheet-kit.js';
import { TABLE_PT } from '../xlsx/styles.js';
import { countsLine, L, rankText, statusLabel } from './rollup-cells.js';
import { figureCell, rollupLetterhead, sheetName, statusCell, thresholdCell } from './rollup-xlsx-kit.js';

export interface RollupWorkbookOptions extends CoverReport {
  lang: Lang;
}

/** A new workbook with fixed document dates (the as-of date): the same inputs give the same content. */
export async function newWorkbook(r: RollupReport): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = `${r.tool.name} ${r.tool.version}`;
  const asOf = new Date(`${r.asOf}T00:00:00Z`);
  wb.created = asOf;
  wb.modified = asOf;
  wb.title = r.plan.title;
  return wb;
}

export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  return fixZipTimes(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/**
 * The workbook for the Sở Nội vụ: PHỤ LỤC I the matrix (units × targets, each cell the status word on its
 * fill, frozen unit column and header, autofilter), PHỤ LỤC II the ranking, then one sheet per target listing
 * the units that do not meet it with their figures, worst first.
 */
export async function renderRollupWorkbook(
  r: RollupReport,
  opts: RollupWorkbookOptions,
): Promise<Uint8Array> {
  const { lang, ...cover } = opts;
  const wb = await newWorkbook(r);
  const taken = new Set<string>();
  addMatrixSheet(wb.addWorksheet(sheetName(L('sheetMatrix', lang), taken)), r, lang, cover);
  addRankingSheet(wb.addWorksheet(sheetName(L('sheetRanking', lang), taken)), r, lang, cover);
  for (const t of r.targets) {
    const ws = wb.addWorksheet(sheetName(`${L('sheetTarget', lang)}${t.code} ${t.id}`, taken));
    addLaggingSheet(ws, r, t.code, lang);
  }
  return workbookBytes(wb);
}

function addMatrixSheet(ws: Worksheet, r: RollupReport, lang: Lang, cover: CoverReport): void {
  // Few targets get wide columns (short header rows); the table is never narrower than the letterhead's lines.
  const targetW = r.targets.length <= 8 ? 22 : 14;
  const nameW = Math.max(26, 130 - 15 - targetW * r.targets.length);
  const columns: Column[] = [
    { header: L('stt', lang), width: 6 },
    { header: L('unit', lang), width: nameW },
    ...r.targets.map((t) => ({ header: `${t.code}. ${t.title}`, width: targetW })),
    { header: L('met', lang), width: 9 },
  ];
  const head = writeLetterhead(ws, columns.length, rollupLetterhead(r, L('xlsxTitle', lang), lang, cover, 1));
  setupTableSheet(ws, columns, head);
  writeHeaderRow(ws, head, columns);
  // Full target titles are the header: keep them to a readable height (the full text is on each target's sheet).
  ws.getRow(head).height = Math.min(ws.getRow(head).height ?? 60, 200);
  ws.views = [
    { state: 'frozen', xSplit: 2, ySplit: head, topLeftCell: `C${head + 1}`, activeCell: `C${head + 1}` },
  ];
  ws.autoFilter = {
    from: { row: head, column: 1 },
    to: { row: head + r.units.length, column: columns.length },
  };
  r.units.forEach((u, i) => {
    const row = ws.getRow(head + 1 + i);
    bodyCell(row.getCell(1), 'center');
    row.getCell(1).value = i + 1;
    bodyCell(row.getCell(2));
    setText(row.getCell(2), u.name);
    for (const [j, t] of r.targets.entries()) statusCell(row.getCell(3 + j), t.cells[i]!.status, lang);
    const met = r.targets.filter((t) => t.cells[i]!.status === 'met').length;
    bodyCell(row.getCell(columns.length), 'center');
    row.getCell(columns.length).value = `${met}/${r.targets.length}`;
    const words = r.targets.map((t) => statusLabel(t.cells[i]!.status, lang));
    row.height = fitHeight([undefined, u.name, ...words], columns, TABLE_PT);
  });
  // Under the table (outside the filter): per target the count of units meeting it, and for targets over units
  // their own assessment.
  let at = head + r.units.length + 1;
  const foot = (label: string, values: string[]) => {
    const row = ws.getRow(at++);
    ws.mergeCells(row.number, 1, row.number, 2);
    bodyCell(row.getCell(1), 'left', { bold: true });
    row.getCell(1).value = label;
    values.forEach((v, j) => {
      bodyCell(row.getCell(3 + j), 'center');
      setText(row.getCell(3 + j), v);
    });
    row.height = fitHeight(['', label, ...values], columns, TABLE_PT);
  };
  foot(
    L('unitsMet', lang),
    r.targets.map((t) => `${t.counts.met}/${t.cells.length}`),
  );
  if (r.targets.some((t) => t.overUnits)) {
    const row = ws.getRow(at++);
    ws.mergeCells(row.number, 1, row.number, 2);
    bodyCell(row.getCell(1), 'left', { bold: true });
    row.getCell(1).value = L('overUnits', lang);
    row.height = fitHeight(
      ['', '', ...r.targets.map((t) => (t.overUnits ? statusLabel(t.overUnits.status, lang) : ''))],
      columns,
      TABLE_PT,
    );
    r.targets.forEach((t, j) => {
      if (t.overUnits) statusCell(row.getCell(3 + j), t.overUnits.status, lang);
      else {
        bodyCell(row.getCell(3 + j), 'center');
        row.getCell(3 + j).value = '—';
      }
    });
  }
}

function addRankingSheet(ws: Worksheet, r: RollupReport, lang: Lang, cover: CoverReport): void {
  const columns: Column[] = [
    { header: L('rank', lang), width: 8 },
    { header: L('unit', lang), width: 30 },
    { header: L('met', lang), width: 9 },
    { header: L('targetsCount', lang), width: 10 },
    { header: L('share', lang), width: 11 },
    { header: statusLabel('missed', lang), width: 11 },
    { header: statusLabel('at-risk', lang), width: 13 },
    { header: statusLabel('on-track', lang), width: 12 },
    { header: statusLabel('no-data', lang), width: 12 },
  ];
  const head = writeLetterhead(
    ws,
    columns.length,
    rollupLetterhead(r, L('xlsxRanking', lang), lang, cover, 2),
  );
  setupTableSheet(ws, columns, head);
  writeHeaderRow(ws, head, columns);
  ws.autoFilter = {
    from: { row: head, column: 1 },
    to: { row: head + r.ranking.length, column: columns.length },
  };
  const names = new Map(r.units.map((u) => [u.id, u.name]));
  r.ranking.forEach((e, i) => {
    const row = ws.getRow(head + 1 + i);
    const values: (string | number)[] = [
      rankText(e),
      names.get(e.unit) ?? e.unit,
      e.met,
      e.targets,
      e.share / 100,
      e.missed,
      e.atRisk,
      e.onTrack,
      e.noData,
    ];
    values.forEach((v, j) => {
      const cell = row.getCell(j + 1);
      bodyCell(cell, j === 1 ? 'left' : 'center');
      if (typeof v === 'string') setText(cell, v);
      else cell.value = v;
      if (j === 4) cell.numFmt = '0.0%';
    });
  });
  const empty = r.units.filter((u) => u.noData);
  if (empty.length > 0) {
    const row = ws.getRow(head + r.ranking.length + 2);
    ws.mergeCells(row.number, 1, row.number, columns.length);
    setText(
      row.getCell(1),
      `${L('noDataUnits', lang)} (${empty.length}): ${empty.map((u) => u.name).join(', ')}`,
    );
    bodyCell(row.getCell(1), 'left', { italic: true });
    row.height = fitHeight([row.getCell(1).text], [{ header: '', width: 110 }], TABLE_PT);
  }
}

/** Worst first: missed, at risk, on track, then no data; by name within each. */
const ORDER = { missed: 0, 'at-risk': 1, 'on-track': 2, 'no-data': 3, met: 4 } as const;

function addLaggingSheet(ws: Worksheet, r: RollupReport, code: string, lang: Lang): void {
  const t = r.targets.find((x) => x.code === code)!;
  const columns: Column[] = [
    { header: L('stt', lang), width: 6 },
    { header: L('unit', lang), width: 28 },
    { header: L('value', lang), width: 13 },
    { header: L('threshold', lang), width: 13 },
    { header: L('period', lang), width: 14 },
    { header: L('status', lang), width: 16 },
    { header: L('reason', lang), width: 60 },
  ];
  const title = [`${L('xlsxLagging', lang)}`, `${t.code}. ${t.title}`, countsLine(t, r, lang)];
  if (t.overUnits)
    title.push(
      `${L('overUnits', lang)}: ${statusLabel(t.overUnits.status, lang)} — ${t.overUnits.reason[lang]}`,
    );
  title.forEach((text, i) => {
    ws.mergeCells(i + 1, 1, i + 1, columns.length);
    const cell = ws.getCell(i + 1, 1);
    setText(cell, text);
    bodyCell(cell, i < 2 ? 'center' : 'left', { bold: i < 2 });
    cell.border = {};
    ws.getRow(i + 1).height = fitHeight([text], [{ header: '', width: 140 }], TABLE_PT);
  });
  const head = title.length + 2;
  setupTableSheet(ws, columns, head);
  writeHeaderRow(ws, head, columns);
  const lag = r.units
    .map((u, i) => ({ u, c: t.cells[i]! }))
    .filter((x) => x.c.status !== 'met')
    .sort((a, b) => ORDER[a.c.status] - ORDER[b.c.status] || a.u.name.localeCompare(b.u.name, 'vi'));
  if (lag.length === 0) {
    ws.mergeCells(head + 1, 1, head + 1, columns.length);
    bodyCell(ws.getCell(head + 1, 1), 'left', { italic: true });
    ws.getCell(head + 1, 1).value = L('allMet', lang);
    return;
  }
  ws.autoFilter = { from: { row: head, column: 1 }, to: { row: head + lag.length, column: columns.length } };
  lag.forEach(({ u, c }, i) => {
    const row = ws.getRow(head + 1 + i);
    bodyCell(row.getCell(1), 'center');
    row.getCell(1).value = i + 1;
    bodyCell(row.getCell(2));
    setText(row.getCell(2), u.name);
    figureCell(row.getCell(3), t, c, lang);
    thresholdCell(row.getCell(4), t, c);
    bodyCell(row.getCell(5), 'center');
    setText(row.getCell(5), c.actual ? periodText(c.actual.period, lang) : '—');
    statusCell(row.getCell(6), c.status, lang);
    bodyCell(row.getCell(7));
    setText(row.getCell(7), c.reason[lang]);
    row.height = fitHeight(
      ['', u.name, '', '', '', statusLabel(c.status, lang), c.reason[lang]],
      columns,
      TABLE_PT,
    );
  });
}
