import type { Lang } from '../../model/diagnostic.js';
import type { RunReport } from '../../model/report.js';
import { fixZipTimes } from './fixed-zip-times.js';
import { loadExcelJs } from './load-exceljs.js';
import { addExplanationSheet } from './report-explanation-sheet.js';
import type { CoverReport } from './report-head.js';
import { addSourcesSheet } from './report-sources-sheet.js';
import { addSummarySheet } from './report-summary-sheet.js';
import { addTasksSheet } from './report-tasks-sheet.js';
import { addUnitsSheet } from './report-units-sheet.js';

export interface ReportWorkbookOptions extends CoverReport {
  lang: Lang;
}

/**
 * The workbook sent to the Sở Nội vụ: PHỤ LỤC I Tổng hợp, II Nhiệm vụ (when there are tasks), III Theo đơn vị, then the working sheets
 * Cách tính (the arithmetic behind each assessment) and Nguồn số liệu. A function of the run report and what
 * the officer said about the cover report, returning the .xlsx bytes.
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
  const { lang, ...cover } = opts;
  addSummarySheet(wb, report, lang, cover);
  // Without tasks (a plan of targets only, or a filter that leaves none) there is no PHỤ LỤC II to send: an empty
  // table is not an appendix, and Theo đơn vị takes the next number, as the cover report would cite it.
  const withTasks = report.tasks.length > 0;
  if (withTasks) addTasksSheet(wb, report, lang, cover);
  addUnitsSheet(wb, report, lang, cover, withTasks ? 3 : 2);
  addExplanationSheet(wb, report, lang);
  addSourcesSheet(wb, report, lang);
  const buf = await wb.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buf as ArrayBuffer));
}
