import { Option } from 'commander';
import { LANGS, type Lang } from '../model/diagnostic.js';
import { loadPlanFile } from '../plan/load-plan.js';
import { neutraliseDeep, neutraliseText } from '../report/control-chars.js';
import { displayPath } from '../util/fs.js';
import { VERSION } from '../version.js';
import { comparisonWritten, DIFF_OF_BROKEN_PLANS } from '../words/cli-notices.js';
import { type CliIo, useColor } from './io.js';
import type { ExitCode, Register } from './main.js';
import { refuseInput, writeOutput } from './shared-options.js';

export const DIFF_FORMATS = ['table', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Options of `cchc diff`, also its programmatic API. */
export interface DiffOptions {
  oldPlan: string;
  newPlan: string;
  format?: DiffFormat;
  lang?: Lang;
  /** false = never colour; otherwise colour only on a terminal, never with NO_COLOR. */
  color?: boolean;
  /** Write the comparison to this file (atomically, never over either plan) instead of stdout. */
  output?: string;
}

/**
 * Compare two revisions of a plan. Resolves to 0 whatever changed (a diff is information, not a
 * verdict), or 2 when either plan cannot be loaded or is invalid: its diagnostics go to stderr in
 * the stylish form, since comparing a broken plan would mislead. Unreadable files throw CchcError.
 */
export async function runDiff(opts: DiffOptions, io: CliIo): Promise<ExitCode> {
  const lang = opts.lang ?? 'vi';
  if (opts.output) refuseInput(opts.output, [opts.oldPlan, opts.newPlan], io.cwd);
  const loaded = [
    await loadPlanFile(opts.oldPlan, io.cwd, undefined, { cache: io.planCache }),
    await loadPlanFile(opts.newPlan, io.cwd, undefined, { cache: io.planCache }),
  ] as const;
  const broken = loaded.filter((l) => l.plan === null);
  if (broken.length > 0) {
    io.stderr(`${DIFF_OF_BROKEN_PLANS[lang]}\n\n`);
    const files = broken.map((l) => ({ file: l.file, diagnostics: l.diagnostics }));
    const { formatDiagnostics } = await import('../report/diagnostics/index.js');
    io.stderr(formatDiagnostics('stylish', files, { lang, color: false, toolVersion: VERSION }));
    return 2;
  }
  const [before, after] = loaded;
  // Loaded here, not at the top: every command's start-up would otherwise pay for the diff views
  // (cli-table3 and string-width, ≈10 ms) that only `cchc diff` uses.
  const { diffPlans } = await import('../plan/diff-plans.js');
  const compared = diffPlans(before.plan!, after.plan!);
  // The table is read by people and terminals: plan text shown with control characters neutralised (JSON escapes them).
  const table = (opts.format ?? 'table') !== 'json';
  const diff = table ? neutraliseDeep(compared) : compared;
  const render =
    (opts.format ?? 'table') === 'json'
      ? (await import('../report/diff/diff-json.js')).renderDiffJson
      : (await import('../report/diff/diff-table.js')).renderDiffTable;
  const text = render(diff, {
    lang,
    color: !opts.output && useColor(io, opts.color),
    toolVersion: VERSION,
    oldFile: table ? neutraliseText(before.file) : before.file,
    newFile: table ? neutraliseText(after.file) : after.file,
  });
  if (!opts.output) {
    io.stdout(text);
    return 0;
  }
  await writeOutput(opts.output, text, io);
  const shown = displayPath(opts.output, io.cwd);
  io.stderr(`${comparisonWritten(shown)[lang]}\n`);
  return 0;
}

/** `cchc diff` — wiring only: options → runDiff → exit code. */
export const registerDiff: Register = (program, io, done) => {
  program
    .command('diff')
    .argument('<old>')
    .argument('<new>')
    .addOption(new Option('-f, --format <format>').choices(DIFF_FORMATS).default('table'))
    .addOption(new Option('--lang <lang>').choices(LANGS).default('vi'))
    .option('--color')
    .option('--no-color')
    .option('-o, --output <file>')
    .action(
      async (
        oldPlan: string,
        newPlan: string,
        o: { format: DiffFormat; lang: Lang; color: boolean; output?: string },
      ) => {
        const { format, lang, color, output } = o;
        done(await runDiff({ oldPlan, newPlan, format, lang, color, ...(output ? { output } : {}) }, io));
      },
    );
};
