import { CchcError } from '../errors.js';
import { isIsoDate } from '../util/date.js';
import { displayPath } from '../util/fs.js';
import { excelReportWritten } from '../words/cli-notices.js';
import { notADate } from '../words/cli-refusals.js';
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
  reportNumber?: string;
  reportSymbol?: string;
  reportDate?: string;
  signerTitle?: string;
  signerName?: string;
}

/** `cchc report` — the same evaluation as `check`, written as the Excel workbook sent to the Sở Nội vụ. */
export const registerReport: Register = (program, io, done) => {
  const cmd = program.command('report');
  addEvaluationOptions(cmd)
    .requiredOption('-o, --output <file.xlsx>')
    .option('--place <name>')
    .option('--report-number <n>')
    .option('--report-symbol <symbol>')
    .option('--report-date <date>')
    .option('--signer-title <title>')
    .option('--signer-name <name>')
    .action(async (plan: string, flags: ReportFlags) => {
      done(await runReport(plan, flags, io));
    });
};

/** "18/09/2026" or "2026-09-18" → "2026-09-18"; anything else is refused, never guessed. */
export function parseReportDate(text: string, option = '--report-date'): string {
  const t = text.trim();
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  // Built by hand, not with isoDate (which rolls 31/02 over into March): an impossible day must be refused.
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : t;
  if (!isIsoDate(iso)) {
    const w = notADate(option, text);
    throw new CchcError('usage', w.message, w.hint);
  }
  return iso;
}

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
  const cover = {
    ...(flags.place ? { place: flags.place } : {}),
    ...(flags.reportNumber?.trim() ? { number: flags.reportNumber.trim() } : {}),
    ...(flags.reportSymbol?.trim() ? { symbol: flags.reportSymbol.trim().replace(/^\//, '') } : {}),
    ...(flags.reportDate !== undefined ? { date: parseReportDate(flags.reportDate) } : {}),
    ...(flags.signerTitle?.trim() ? { signerTitle: flags.signerTitle.trim() } : {}),
    ...(flags.signerName?.trim() ? { signerName: flags.signerName.trim() } : {}),
  };
  const bytes = await renderReportWorkbook(report, { lang, ...cover });
  await writeOutput(flags.output, bytes, io);
  const { targets, tasks } = report.summary;
  const n = Object.values(targets).reduce((a, b) => a + b, 0);
  const m = Object.values(tasks).reduce((a, b) => a + b, 0);
  const shown = displayPath(flags.output, io.cwd);
  const counts = { met: targets.met, atRisk: targets['at-risk'], missed: targets.missed };
  io.stderr(`${excelReportWritten(shown, n, counts, m)[lang]}\n`);
  return 0;
}
