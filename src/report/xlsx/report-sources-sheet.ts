import type { Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import type { IndicatorKind } from '../../model/plan.js';
import type { RunReport } from '../../model/report.js';
import { periodLabel } from '../../periods/index.js';
import { periodLine } from '../../words/appendix.js';
import {
  INPUT_FILE_HEADERS,
  OBSERVATION_HEADERS,
  SOURCES_HEADINGS,
  SOURCES_META,
  SOURCES_SHEET,
} from '../../words/workbook-sources.js';
import { setText } from './cell-text.js';
import { dateCell } from './date-cell.js';
import { figure } from './figures.js';
import { bodyCell, fitHeight, type WordedColumn, wordedColumns, writeHeaderRow } from './sheet-kit.js';
import { font, TABLE_PT } from './styles.js';

const H = OBSERVATION_HEADERS;
/** The observation columns (their headers differ from the data-file contract on purpose: see the words). */
const OBSERVATION_COLUMNS: WordedColumn[] = [
  [H.stt, 6],
  [H.indicator, 26],
  [H.period, 24],
  [H.unit, 14],
  [H.value, 12],
  [H.numerator, 10],
  [H.denominator, 10],
  [H.raw, 14],
  [H.evidence, 28],
  [H.file, 40],
  [H.sheet, 14],
  [H.row, 7],
  [H.col, 7],
];

/** Sheet 4: everything a reviewer needs to trace a figure back to a file, a sheet and a row. */
export function addSourcesSheet(wb: Workbook, report: RunReport, lang: Lang): Worksheet {
  const ws = wb.addWorksheet(SOURCES_SHEET[lang]);
  const cols = wordedColumns(OBSERVATION_COLUMNS, lang);
  cols.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const heading = (row: number, text: string) => {
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = font(13, { bold: true });
  };
  heading(1, SOURCES_HEADINGS.title[lang]);
  const m = SOURCES_META;
  const meta: [string, string | undefined][] = [
    [m.plan[lang], `${report.plan.title} (${report.plan.id})`],
    [m.revision[lang], String(report.plan.revision)],
    [m.planFile[lang], report.plan.file],
    [m.planSha[lang], report.plan.sha256],
    [m.tool[lang], `${report.tool.name} ${report.tool.version}`],
    [m.asOf[lang], undefined],
    [m.period[lang], periodLine(report.period, lang)],
    [m.convention[lang], report.convention],
    [m.filters[lang], filtersText(report)],
  ];
  let row = 3;
  for (const [k, v] of meta) {
    const key = ws.getCell(row, 1);
    ws.mergeCells(row, 1, row, 2);
    key.value = k;
    key.font = font(TABLE_PT, { bold: true });
    const val = ws.getCell(row, 3);
    ws.mergeCells(row, 3, row, 10);
    if (v === undefined) {
      dateCell(val, report.asOf);
      val.alignment = { horizontal: 'left' };
    } else setText(val, v);
    val.font = font(TABLE_PT);
    row++;
  }
  row++;
  heading(row++, SOURCES_HEADINGS.inputs[lang]);
  // Spans over the observation columns below, so the 64-character digest fits without its own column.
  const h = INPUT_FILE_HEADERS;
  const spans: [number, number, string][] = [
    [1, 1, h.stt[lang]],
    [2, 4, h.file[lang]],
    [5, 5, h.format[lang]],
    [6, 6, h.rows[lang]],
    [7, 8, h.sheets[lang]],
    [9, 13, h.sha[lang]],
  ];
  const spanCells = (r: number, texts: (string | number)[], header: boolean) => {
    spans.forEach(([from, to, _], j) => {
      if (to > from) ws.mergeCells(r, from, r, to);
      const c = ws.getCell(r, from);
      const t = texts[j]!;
      if (typeof t === 'number' || header) c.value = t;
      else setText(c, t);
      bodyCell(c, header || j === 0 || j === 4 ? 'center' : 'left', header ? { bold: true } : {});
    });
  };
  spanCells(
    row++,
    spans.map((x) => x[2]),
    true,
  );
  report.inputs.forEach((f, i) => {
    spanCells(
      row++,
      [i + 1, f.file, f.format.toUpperCase(), f.rows, (f.sheets ?? []).join(', '), f.sha256],
      false,
    );
  });
  row++;
  heading(row++, SOURCES_HEADINGS.observations[lang]);
  const obsHeader = row;
  writeHeaderRow(ws, row++, cols);
  const kinds = new Map<string, IndicatorKind>(report.targets.map((t) => [t.indicator, t.kind]));
  report.observations.forEach((o, i) => {
    const r = ws.getRow(row++);
    r.getCell(1).value = i + 1;
    setText(r.getCell(2), o.indicator);
    setText(r.getCell(3), periodLabel(o.period, lang));
    setText(r.getCell(4), o.unit);
    const kind = kinds.get(o.indicator);
    if (o.value === null) r.getCell(5).value = '—';
    else if (kind) {
      const f = figure(kind, o.value);
      r.getCell(5).value = f.value;
      r.getCell(5).numFmt = f.numFmt;
    } else r.getCell(5).value = o.value;
    if (o.numerator !== undefined) r.getCell(6).value = o.numerator;
    if (o.denominator !== undefined) r.getCell(7).value = o.denominator;
    setText(r.getCell(8), o.raw);
    setText(r.getCell(9), o.evidence);
    setText(r.getCell(10), o.source.file);
    setText(r.getCell(11), o.source.sheet);
    if (o.source.row !== undefined) r.getCell(12).value = o.source.row;
    setText(r.getCell(13), o.source.col);
    for (let j = 1; j <= cols.length; j++)
      bodyCell(r.getCell(j), j === 1 || j === 5 || j >= 12 ? 'center' : 'left');
    const texts = cols.map((_, j) => {
      const v = r.getCell(j + 1).value;
      return typeof v === 'string' ? v : '';
    });
    r.height = fitHeight(texts, cols, TABLE_PT);
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: obsHeader, topLeftCell: `A${obsHeader + 1}` }];
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${obsHeader}:${obsHeader}`,
  };
  return ws;
}

function filtersText(report: RunReport): string {
  const f = report.filters;
  const parts = (['owner', 'phase', 'area', 'unit'] as const)
    .filter((k) => f[k])
    .map((k) => `--${k} ${f[k]}`);
  return parts.length ? parts.join(', ') : '—';
}
