import type { Lang } from '../../model/diagnostic.js';
import type { RunReport } from '../../model/report.js';
import { fixZipTimes } from './fixed-zip-times.js';
import { loadExcelJs } from './load-exceljs.js';
import { addSourcesSheet } from './report-sources-sheet.js';
import { addSummarySheet } from './report-summary-sheet.js';
import { addTasksSheet } from './report-tasks-sheet.js';
import { addUnitsSheet } from './report-units-sheet.js';

export interface ReportWorkbookOptions {
  lang: Lang;
  /** Place name for "…, ngày … tháng … năm …" under the motto; defaults to the plan's place. */
  place?: string;
}

/**
 * The workbook sent to the Sở Nội vụ: Tổng hợp, Nhiệm vụ, Theo đơn vị, Nguồn số liệu. A function of
 * the run report alone (the same evaluation as `cchc check`), returning the .xlsx bytes.
 */
export async function renderReportWorkbook(
  report: RunReport,
  opts: ReportWorkbookOptions,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = `${report.tool.name} ${report.tool.version}`;
  // Fixed document dates (the as-of date) so the same inputs give the same workbook content.
  const asOf = new Date(`${report.asOf}T00:00:00Z`);
  wb.created = asOf;
  wb.modified = asOf;
  wb.title = report.plan.title;
  addSummarySheet(wb, report, opts.lang, opts.place);
  addTasksSheet(wb, report, opts.lang, opts.place);
  addUnitsSheet(wb, report, opts.lang, opts.place);
  addSourcesSheet(wb, report, opts.lang);
  const buf = await wb.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buf as ArrayBuffer));
}
