import path from 'node:path';
import { Option } from 'commander';
import type { CheckOptions } from '../check/check-options.js';
import { FAIL_ON, type FailOn, findingsExitCode } from '../check/exit-code.js';
import { CchcError } from '../errors.js';
import { LANGS, type Lang, msg } from '../model/diagnostic.js';
import { CONVENTIONS, type Convention } from '../model/period.js';
import { PROGRESS_METHODS, type ProgressMethod } from '../model/plan.js';
import { CHECK_FORMATS, type CheckFormat, RENDERERS } from '../report/check-formats.js';
import { formatDiagnosticLine } from '../report/location.js';
import { displayPath, writeFileAtomic } from '../util/fs.js';
import { type CliIo, pickLang, useColor } from './io.js';
import type { Register } from './main.js';

interface CheckFlags {
  data: string[];
  asOf?: string;
  period?: string;
  format: CheckFormat;
  output?: string;
  failOn: FailOn;
  owner?: string;
  phase?: string;
  area?: string;
  unit?: string;
  method?: ProgressMethod;
  tolerance?: string;
  convention?: Convention;
  lang?: Lang;
  color?: boolean;
  groupBy: 'auto' | 'area' | 'phase';
}

/** `cchc check` — wiring only: flags → CheckOptions → buildRunReport → a view → stdout or --output → exit code. */
export const registerCheck: Register = (program, io, done) => {
  program
    .command('check')
    .description('Đánh giá chỉ tiêu và nhiệm vụ của kế hoạch với số liệu / evaluate a plan against data')
    .argument('<plan>', 'tệp kế hoạch YAML / plan YAML file')
    .requiredOption(
      '--data <paths...>',
      'tệp hoặc thư mục số liệu CSV/XLSX (file.xlsx#Sheet được) / data files or folders',
    )
    .option('--as-of <date>', 'ngày đánh giá YYYY-MM-DD (mặc định: hôm nay, giờ Việt Nam)')
    .option('--period <period>', 'kỳ báo cáo, ví dụ "Quý III/2026": đánh giá đến ngày cuối kỳ')
    .addOption(
      new Option('--format <format>', 'định dạng / output format').choices(CHECK_FORMATS).default('table'),
    )
    .option('--output <file>', 'ghi báo cáo vào tệp (ghi nguyên tử) / write the report to a file')
    .addOption(
      new Option('--fail-on <level>', 'mã thoát 1 khi có kết quả từ mức này / exit 1 from this level')
        .choices(FAIL_ON)
        .default('missed'),
    )
    .option('--owner <id>', 'chỉ đơn vị chủ trì này / only this owner unit')
    .option('--phase <id>', 'chỉ giai đoạn này / only this phase')
    .option('--area <id>', 'chỉ lĩnh vực này / only this area')
    .option('--unit <id>', 'chỉ đơn vị báo cáo này (cột Đơn vị) / only this reporting unit')
    .addOption(
      new Option('--method <method>', 'phương pháp đánh giá tiến độ mặc định').choices(PROGRESS_METHODS),
    )
    .option('--tolerance <n>', 'dung sai dưới lộ trình, theo đơn vị chỉ tiêu (điểm % với tỷ lệ) / tolerance')
    .addOption(new Option('--convention <c>', 'quy ước kỳ báo cáo (ghi đè kế hoạch)').choices(CONVENTIONS))
    .addOption(
      new Option('--group-by <g>', 'nhóm bảng theo lĩnh vực hay giai đoạn')
        .choices(['auto', 'area', 'phase'])
        .default('auto'),
    )
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(LANGS).default('vi'))
    .option('--no-color', 'không tô màu / no colour')
    .action(async (plan: string, flags: CheckFlags) => {
      done(await runCheck(plan, flags, io));
    });
};

async function runCheck(plan: string, flags: CheckFlags, io: CliIo): Promise<0 | 1> {
  const lang = pickLang(flags.lang);
  const opts = toCheckOptions(plan, flags);
  if (flags.output) refuseInput(flags.output, [plan, ...flags.data], io.cwd);
  // Loaded here, not at the top: `cchc validate` and `--help` must not pay for the data readers.
  const { buildRunReport } = await import('../check/build-report.js');
  const report = await buildRunReport(opts, io);
  for (const d of report.diagnostics) io.stderr(`${formatDiagnosticLine(d, lang)}\n`);
  const render = await RENDERERS[flags.format]();
  const color = flags.format === 'table' && !flags.output && useColor(io, flags.color);
  const text = render(report, { lang, color, groupBy: flags.groupBy });
  if (flags.output) {
    refuseInput(flags.output, [plan, ...report.inputs.map((i) => i.file)], io.cwd);
    const target = path.resolve(io.cwd, flags.output);
    try {
      await writeFileAtomic(target, text);
    } catch (e) {
      throw new CchcError(
        'output-write',
        msg(
          `Không ghi được tệp ${displayPath(flags.output, io.cwd)}: ${(e as Error).message}`,
          `Could not write ${displayPath(flags.output, io.cwd)}: ${(e as Error).message}`,
        ),
      );
    }
    io.stderr(
      lang === 'vi'
        ? `Đã ghi báo cáo vào ${displayPath(flags.output, io.cwd)}\n`
        : `Report written to ${displayPath(flags.output, io.cwd)}\n`,
    );
  } else {
    io.stdout(text);
  }
  return findingsExitCode(report, flags.failOn);
}

function toCheckOptions(plan: string, f: CheckFlags): CheckOptions {
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
        msg(
          'Dùng một số không âm, ví dụ --tolerance 2 (2 điểm %).',
          'Use a non-negative number, e.g. --tolerance 2 (2 percentage points).',
        ),
      );
    }
    o.tolerance = t;
  }
  return o;
}

/** Never let a report overwrite the plan or a data file it was made from. */
function refuseInput(output: string, inputs: string[], cwd: string): void {
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
