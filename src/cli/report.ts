import { displayPath } from '../util/fs.js';
import { type CliIo, pickLang } from './io.js';
import type { Register } from './main.js';
import {
  addEvaluationOptions,
  type EvaluationFlags,
  refuseInput,
  requireXlsx,
  toCheckOptions,
  writeOutput,
} from './shared-options.js';

interface ReportFlags extends EvaluationFlags {
  output: string;
  place?: string;
}

/** `cchc report` — the same evaluation as `check`, written as the Excel workbook sent to the Sở Nội vụ. */
export const registerReport: Register = (program, io, done) => {
  const cmd = program
    .command('report')
    .description(
      'Xuất báo cáo Excel gửi Sở Nội vụ / write the Excel report for the provincial Department of Home Affairs',
    );
  addEvaluationOptions(cmd)
    .requiredOption('--output <file.xlsx>', 'tệp Excel cần ghi (ghi nguyên tử) / workbook to write')
    .option('--place <name>', 'địa danh ở dòng "…, ngày … tháng … năm …" / place name for the date line')
    .action(async (plan: string, flags: ReportFlags) => {
      done(await runReport(plan, flags, io));
    });
};

async function runReport(plan: string, flags: ReportFlags, io: CliIo): Promise<0> {
  const lang = pickLang(flags.lang);
  requireXlsx(flags.output);
  refuseInput(flags.output, [plan, ...flags.data], io.cwd);
  // Loaded here, not at the top: other commands must not pay for the data readers or exceljs.
  const { buildRunReport } = await import('../check/build-report.js');
  const report = await buildRunReport(toCheckOptions(plan, flags), io);
  const { formatDiagnosticLine } = await import('../report/location.js');
  for (const d of report.diagnostics) io.stderr(`${formatDiagnosticLine(d, lang)}\n`);
  // A folder of data expands to files: check those too, so the report never replaces one of them.
  refuseInput(
    flags.output,
    report.inputs.map((i) => i.file),
    io.cwd,
  );
  const { renderReportWorkbook } = await import('../report/xlsx/render-report-workbook.js');
  const bytes = await renderReportWorkbook(report, { lang, ...(flags.place ? { place: flags.place } : {}) });
  await writeOutput(flags.output, bytes, io);
  const { targets, tasks } = report.summary;
  const n = Object.values(targets).reduce((a, b) => a + b, 0);
  const m = Object.values(tasks).reduce((a, b) => a + b, 0);
  const shown = displayPath(flags.output, io.cwd);
  io.stderr(
    lang === 'vi'
      ? `Đã ghi báo cáo Excel ${shown}: ${n} chỉ tiêu (${targets.met} đạt, ${targets['at-risk']} có nguy cơ, ${targets.missed} không đạt), ${m} nhiệm vụ.\n`
      : `Wrote the Excel report ${shown}: ${n} targets (${targets.met} met, ${targets['at-risk']} at risk, ${targets.missed} missed), ${m} tasks.\n`,
  );
  return 0;
}
