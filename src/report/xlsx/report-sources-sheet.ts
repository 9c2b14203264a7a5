import type { Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import type { IndicatorKind } from '../../model/plan.js';
import type { RunReport } from '../../model/report.js';
import { periodLabel } from '../../periods/index.js';
import { APPENDIX_WORDS } from '../../words/appendix.js';
import { setText } from './cell-text.js';
import { dateCell } from './date-cell.js';
import { figure } from './figures.js';
import { periodLine } from './report-head.js';
import { bodyCell, type Column, fitHeight, writeHeaderRow } from './sheet-kit.js';
import { font, TABLE_PT } from './styles.js';

export const SOURCES_SHEET = { vi: 'Nguồn số liệu', en: 'Sources' } as const;

/**
 * Headers deliberately differ from the data-file contract ("Mã chỉ tiêu", "Giá trị", …): a report
 * left in a data folder must never be read back as measured data.
 */
function observationColumns(lang: Lang): Column[] {
  const vi = lang === 'vi';
  return [
    { header: APPENDIX_WORDS.stt[lang], width: 6 },
    { header: vi ? 'Chỉ tiêu (mã)' : 'Indicator code', width: 26 },
    { header: vi ? 'Kỳ số liệu' : 'Data period', width: 24 },
    { header: vi ? 'Đơn vị báo cáo' : 'Reporting unit', width: 14 },
    { header: vi ? 'Giá trị đã dùng' : 'Value used', width: 12 },
    { header: vi ? 'Tử số (TS)' : 'Numerator', width: 10 },
    { header: vi ? 'Mẫu số (MS)' : 'Denominator', width: 10 },
    { header: vi ? 'Nội dung ô gốc' : 'Cell text', width: 14 },
    { header: vi ? 'Minh chứng (nguồn)' : 'Evidence', width: 28 },
    { header: vi ? 'Tệp' : 'File', width: 40 },
    { header: vi ? 'Trang tính' : 'Sheet', width: 14 },
    { header: vi ? 'Dòng' : 'Row', width: 7 },
    { header: vi ? 'Cột' : 'Column', width: 7 },
  ];
}

/** Sheet 4: everything a reviewer needs to trace a figure back to a file, a sheet and a row. */
export function addSourcesSheet(wb: Workbook, report: RunReport, lang: Lang): Worksheet {
  const ws = wb.addWorksheet(SOURCES_SHEET[lang]);
  const vi = lang === 'vi';
  const cols = observationColumns(lang);
  cols.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const heading = (row: number, text: string) => {
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = font(13, { bold: true });
  };
  heading(1, vi ? 'NGUỒN SỐ LIỆU VÀ THÔNG TIN ĐỐI CHIẾU' : 'DATA SOURCES AND TRACEABILITY');
  const meta: [string, string | undefined][] = [
    [vi ? 'Kế hoạch' : 'Plan', `${report.plan.title} (${report.plan.id})`],
    [vi ? 'Lần sửa đổi' : 'Revision', String(report.plan.revision)],
    [vi ? 'Tệp kế hoạch' : 'Plan file', report.plan.file],
    [vi ? 'SHA-256 tệp kế hoạch' : 'Plan file SHA-256', report.plan.sha256],
    [vi ? 'Công cụ' : 'Tool', `${report.tool.name} ${report.tool.version}`],
    [vi ? 'Số liệu tính đến ngày' : 'As of', undefined],
    [vi ? 'Kỳ báo cáo' : 'Reporting period', periodLine(report.period, lang)],
    [vi ? 'Quy ước kỳ báo cáo' : 'Period convention', report.convention],
    [vi ? 'Bộ lọc' : 'Filters', filtersText(report)],
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
  heading(row++, vi ? 'Tệp dữ liệu đầu vào' : 'Input files');
  // Spans over the observation columns below, so the 64-character digest fits without its own column.
  const spans: [number, number, string][] = [
    [1, 1, APPENDIX_WORDS.stt[lang]],
    [2, 4, vi ? 'Tệp' : 'File'],
    [5, 5, vi ? 'Định dạng' : 'Format'],
    [6, 6, vi ? 'Số dòng' : 'Rows'],
    [7, 8, vi ? 'Trang tính đã đọc' : 'Sheets read'],
    [9, 13, 'SHA-256'],
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
  heading(row++, vi ? 'Số liệu đã dùng để đánh giá' : 'Observations used');
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
