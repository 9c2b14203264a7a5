import path from 'node:path';
import { Option } from 'commander';
import { CchcError } from '../errors.js';
import { LANGS, type Lang } from '../model/diagnostic.js';
import { loadPlanFile, STDIN } from '../plan/load-plan.js';
import {
  DIAGNOSTIC_FORMATS,
  type DiagnosticFormat,
  type FileDiagnostics,
} from '../report/diagnostics/file-diagnostics.js';
import { displayPath } from '../util/fs.js';
import { expandGlobs } from '../util/glob.js';
import { writeFileSafely } from '../util/write-file.js';
import { VERSION } from '../version.js';
import { reportWritten } from '../words/cli-notices.js';
import { cannotWriteReport, unmatchedPatterns } from '../words/cli-refusals.js';
import { type CliIo, useColor } from './io.js';
import type { ExitCode, Register } from './main.js';
import { refuseInput } from './shared-options.js';
import { parseMaxWarnings, shownFiles, tooManyWarnings, type WarningGate } from './warning-gate.js';

/** Options of `cchc validate`, also its programmatic API. */
export interface ValidateOptions extends WarningGate {
  /** Plan files or glob patterns (`plans/*.yaml`; `**` for any depth), relative to `io.cwd`. */
  plans: string[];
  format?: DiagnosticFormat;
  lang?: Lang;
  /** false = never colour (--no-color); otherwise colour only on a terminal, never with NO_COLOR. */
  color?: boolean;
  /** Write the report to this file (atomically) instead of stdout. */
  output?: string;
  /** false: a pattern that matches nothing is skipped instead of stopping the run (exit 2). */
  errorOnUnmatchedPattern?: boolean;
}

/**
 * Validate plan files and report every finding in one pass. Resolves to 0 when no file has an
 * error (warnings allowed) and 1 otherwise; throws CchcError (exit 2) when it cannot run: a glob
 * that matches nothing, an unreadable file, an output file that cannot be written.
 */
export async function runValidate(opts: ValidateOptions, io: CliIo): Promise<ExitCode> {
  const lang = opts.lang ?? 'vi';
  const format = opts.format ?? 'stylish';
  // `-` is standard input, read as one plan named <stdin>; it is never a glob.
  const stdin = io.readStdin !== undefined && opts.plans.includes(STDIN);
  const expanded = await expandGlobs(
    opts.plans.filter((p) => !(stdin && p === STDIN)),
    io.cwd,
  );
  const files = stdin ? [STDIN, ...expanded.files] : expanded.files;
  const unmatched = opts.errorOnUnmatchedPattern === false ? [] : expanded.unmatched;
  if (unmatched.length > 0) {
    const list = unmatched.map((p) => `"${p}"`).join(', ');
    const w = unmatchedPatterns(list);
    throw new CchcError('usage', w.message, w.hint);
  }
  // Before anything is read: `validate plan.yaml -o plan.yaml` must not replace the plan with its report.
  if (opts.output) refuseInput(opts.output, files, io.cwd);
  const results: FileDiagnostics[] = [];
  // One file after another: the report keeps argument order and the first unreadable file stops the run.
  for (const file of files) {
    const loaded = await loadPlanFile(file, io.cwd, io.readStdin, { cache: io.planCache });
    results.push({ file: loaded.file, diagnostics: loaded.diagnostics });
  }
  const color = !opts.output && useColor(io, opts.color);
  // Loaded on use: `check` and the other commands register validate but need none of its five formatters.
  const { formatDiagnostics } = await import('../report/diagnostics/index.js');
  const text = formatDiagnostics(format, shownFiles(results, opts), { lang, color, toolVersion: VERSION });
  if (opts.output) await writeReport(opts.output, text, io, lang);
  else io.stdout(text);
  const all = results.flatMap((r) => r.diagnostics);
  if (all.some((d) => d.severity === 'error')) return 1;
  return tooManyWarnings(all, opts, lang, io.stderr) ? 1 : 0;
}

async function writeReport(output: string, text: string, io: CliIo, lang: Lang): Promise<void> {
  const shown = displayPath(output, io.cwd);
  try {
    await writeFileSafely(path.resolve(io.cwd, output), text);
  } catch (e) {
    const w = cannotWriteReport(shown, (e as NodeJS.ErrnoException).code);
    throw new CchcError('output-write', w.message, w.hint);
  }
  io.stderr(`${reportWritten(shown)[lang]}\n`);
}

/** `cchc validate` — wiring only: options → runValidate → exit code. */
export const registerValidate: Register = (program, io, done) => {
  program
    .command('validate')
    .argument('<plan...>')
    .addOption(new Option('-f, --format <format>').choices(DIAGNOSTIC_FORMATS).default('stylish'))
    .addOption(new Option('--lang <lang>').choices(LANGS).default('vi'))
    .option('--color')
    .option('--no-color')
    .option('-o, --output <file>')
    .option('-q, --quiet')
    .option('--max-warnings <n>', '', parseMaxWarnings)
    .option('--no-error-on-unmatched-pattern')
    .action(async (plans: string[], o: Omit<ValidateOptions, 'plans'>) => {
      done(await runValidate({ plans, ...o }, io));
    });
};
