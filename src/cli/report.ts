import path from 'node:path';
import { Option } from 'commander';
import type { CheckOptions } from '../check/check-options.js';
import { CchcError } from '../errors.js';
import { LANGS, type Lang, msg } from '../model/diagnostic.js';
import { CONVENTIONS, type Convention } from '../model/period.js';
import { PROGRESS_METHODS, type ProgressMethod } from '../model/plan.js';
import { displayPath, writeFileAtomic } from '../util/fs.js';
import { type CliIo, pickLang } from './io.js';
import type { Register } from './main.js';

interface ReportFlags {
  data: string[];
  output: string;
  asOf?: string;
  period?: string;
  owner?: string;
  phase?: string;
  area?: string;
  unit?: string;
  method?: ProgressMethod;
  tolerance?: string;
  convention?: Convention;
  place?: string;
  lang?: Lang;
}

/** `cchc report` — the same evaluation as `check`, written as the Excel workbook sent to the Sở Nội vụ. */
export const registerReport: Register = (program, io, done) => {
  program
    .command('report')
    .description(
      'Xuất báo cáo Excel gửi Sở Nội vụ / write the Excel report for the provincial Department of Home Affairs',
    )
    .argument('<plan>', 'tệp kế hoạch YAML / plan YAML file')
    .requiredOption('--data <paths...>', 'tệp hoặc thư mục số liệu CSV/XLSX / data files or folders')
    .requiredOption('--output <file.xlsx>', 'tệp Excel cần ghi (ghi nguyên tử) / workbook to write')
    .option('--as-of <date>', 'ngày đánh giá YYYY-MM-DD (mặc định: hôm nay, giờ Việt Nam)')
    .option('--period <period>', 'kỳ báo cáo, ví dụ "Quý III/2026": đánh giá đến ngày cuối kỳ')
    .option('--owner <id>', 'chỉ đơn vị chủ trì này / only this owner unit')
    .option('--phase <id>', 'chỉ giai đoạn này / only this phase')
    .option('--area <id>', 'chỉ lĩnh vực này / only this area')
    .option('--unit <id>', 'chỉ đơn vị báo cáo này (cột Đơn vị) / only this reporting unit')
    .addOption(
      new Option('--method <method>', 'phương pháp đánh giá tiến độ mặc định').choices(PROGRESS_METHODS),
    )
    .option('--tolerance <n>', 'dung sai dưới lộ trình (điểm % với tỷ lệ) / tolerance below the path')
    .addOption(new Option('--convention <c>', 'quy ước kỳ báo cáo (ghi đè kế hoạch)').choices(CONVENTIONS))
    .option('--place <name>', 'địa danh ở dòng "…, ngày … tháng … năm …" / place name for the date line')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(LANGS).default('vi'))
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
  await writeWorkbook(flags.output, bytes, io);
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

function toCheckOptions(plan: string, f: ReportFlags): CheckOptions {
  const o: CheckOptions = { plan, data: f.data };
  for (const k of ['asOf', 'period', 'owner', 'phase', 'area', 'unit', 'method', 'convention'] as const) {
    if (f[k] !== undefined) (o as unknown as Record<string, unknown>)[k] = f[k];
  }
  if (f.tolerance !== undefined) {
    const t = Number(f.tolerance.replace(',', '.'));
    if (!Number.isFinite(t) || t < 0) {
      throw new CchcError(
        'usage',
        msg(`--tolerance "${f.tolerance}" không hợp lệ.`, `--tolerance "${f.tolerance}" is not valid.`),
        msg('Dùng một số không âm, ví dụ --tolerance 2.', 'Use a non-negative number, e.g. --tolerance 2.'),
      );
    }
    o.tolerance = t;
  }
  return o;
}

/** Excel output only: a report named .csv or .pdf would be an .xlsx in disguise. */
export function requireXlsx(output: string): void {
  if (!/\.xlsx$/i.test(output)) {
    throw new CchcError(
      'usage',
      msg(`Tệp --output "${output}" phải có đuôi .xlsx.`, `The --output file "${output}" must end in .xlsx.`),
      msg('Ví dụ: --output bao-cao-quy-3.xlsx', 'For example: --output report-q3.xlsx'),
    );
  }
}

/** Never let a workbook overwrite the plan or a data file it was made from. */
export function refuseInput(output: string, inputs: string[], cwd: string): void {
  const out = path.resolve(cwd, output);
  for (const i of inputs) {
    if (path.resolve(cwd, i.replace(/#[^/\\]*$/, '')) === out) {
      throw new CchcError(
        'output-write',
        msg(
          `Không ghi đè tệp đầu vào ${displayPath(output, cwd)}.`,
          `Refusing to overwrite the input file ${displayPath(output, cwd)}.`,
        ),
        msg('Chọn một tên tệp khác cho --output.', 'Choose another file name for --output.'),
      );
    }
  }
}

/** Atomic write: a reader never sees half a workbook, and a failure leaves the old file as it was. */
export async function writeWorkbook(output: string, bytes: Uint8Array, io: CliIo): Promise<void> {
  try {
    await writeFileAtomic(path.resolve(io.cwd, output), bytes);
  } catch (e) {
    const shown = displayPath(output, io.cwd);
    throw new CchcError(
      'output-write',
      msg(
        `Không ghi được tệp ${shown}: ${(e as Error).message}`,
        `Could not write ${shown}: ${(e as Error).message}`,
      ),
      msg(
        'Kiểm tra thư mục có tồn tại, có quyền ghi, và tệp không đang mở trong Excel.',
        'Check that the folder exists, is writable, and the file is not open in Excel.',
      ),
    );
  }
}
