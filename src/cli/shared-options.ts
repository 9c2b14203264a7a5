import path from 'node:path';
import { type Command, Option } from 'commander';
import type { CheckOptions } from '../check/check-options.js';
import { CchcError } from '../errors.js';
import { LANGS, type Lang, msg } from '../model/diagnostic.js';
import { CONVENTIONS, type Convention } from '../model/period.js';
import { PROGRESS_METHODS, type ProgressMethod } from '../model/plan.js';
import { displayPath } from '../util/fs.js';
import { inputAt } from '../util/same-file.js';
import { writeFileSafely } from '../util/write-file.js';
import type { CliIo } from './io.js';

/** The flags `check` and `report` share, as commander parses them (before validation). */
export interface EvaluationFlags {
  data: string[];
  asOf?: string;
  period?: string;
  owner?: string;
  phase?: string;
  area?: string;
  unit?: string;
  method?: ProgressMethod;
  tolerance?: string;
  convention?: Convention;
  lang?: Lang;
}

/**
 * The plan argument and every option that says what to evaluate, defined once so `check` and `report` cannot
 * drift apart. Command-specific options (format, output, place…) are added by the caller after this.
 */
export function addEvaluationOptions(cmd: Command): Command {
  return cmd
    .argument('<plan>')
    .requiredOption('--data <paths...>')
    .option('--as-of <date>')
    .option('--period <period>')
    .option('--owner <id>')
    .option('--phase <id>')
    .option('--area <id>')
    .option('--unit <id>')
    .addOption(new Option('--method <method>').choices(PROGRESS_METHODS))
    .option('--tolerance <n>')
    .addOption(new Option('--convention <c>').choices(CONVENTIONS))
    .addOption(new Option('--lang <lang>').choices(LANGS).default('vi'));
}

/** Parsed flags → the evaluation request; only the flags given are set, and --tolerance is checked here. */
export function toCheckOptions(plan: string, f: EvaluationFlags): CheckOptions {
  const o: CheckOptions = { plan, data: f.data };
  for (const k of ['asOf', 'period', 'owner', 'phase', 'area', 'unit', 'method', 'convention'] as const) {
    if (f[k] !== undefined) (o as unknown as Record<string, unknown>)[k] = f[k];
  }
  if (f.tolerance !== undefined) {
    // Number('') is 0: an empty value must be refused, not read as no tolerance.
    const t = f.tolerance.trim() === '' ? Number.NaN : Number(f.tolerance.replace(',', '.'));
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

/**
 * Never let an output overwrite the plan or a data file it was made from: same path as typed, or the same
 * file through a link, a hard link or another spelling (dev+ino). Inputs are compared as typed
 * (`file.xlsx#Sheet` → file.xlsx); callers check again with the expanded file list once folders are read.
 */
export function refuseInput(output: string, inputs: string[], cwd: string): void {
  const hit = inputAt(
    output,
    inputs.map((i) => i.replace(/#[^/\\]*$/, '')),
    cwd,
  );
  if (hit === null) return;
  const same = path.resolve(cwd, output) === path.resolve(cwd, hit);
  const shown = displayPath(output, cwd);
  const input = displayPath(hit, cwd);
  throw new CchcError(
    'output-write',
    same
      ? msg(`Không ghi đè tệp đầu vào ${shown}.`, `Refusing to overwrite the input file ${shown}.`)
      : msg(
          `Không ghi đè tệp đầu vào: ${shown} chính là tệp ${input} (qua liên kết hoặc tên khác).`,
          `Refusing to overwrite the input file: ${shown} is the same file as ${input} (a link or another name).`,
        ),
    msg('Chọn một tên tệp khác cho --output.', 'Choose another file name for --output.'),
  );
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

/**
 * Atomic write (mode, owner and symlinks kept; devices, FIFOs and /dev/stdout written through): a reader
 * never sees half a file, and a failure leaves the old file as it was.
 */
export async function writeOutput(
  output: string,
  data: string | Uint8Array | Iterable<string>,
  io: CliIo,
): Promise<void> {
  try {
    await writeFileSafely(path.resolve(io.cwd, output), data);
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
