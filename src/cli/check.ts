import { Option } from 'commander';
import { FAIL_ON, type FailOn, findingsExitCode } from '../model/fail-on.js';
import { CHECK_FORMATS, type CheckFormat, isCiFormat, RENDERERS } from '../report/check-formats.js';
import { neutraliseDeep, neutraliseText } from '../report/control-chars.js';
import { formatDiagnosticLine } from '../report/location.js';
import { displayPath } from '../util/fs.js';
import { reportWritten } from '../words/cli-notices.js';
import { type CliIo, pickLang, useColor } from './io.js';
import type { Register } from './main.js';
import {
  addEvaluationOptions,
  type EvaluationFlags,
  refuseInput,
  toCheckOptions,
  writeOutput,
} from './shared-options.js';
import {
  keepShown,
  parseMaxWarnings,
  shownFiles,
  tooManyWarnings,
  type WarningGate,
} from './warning-gate.js';

interface CheckFlags extends EvaluationFlags, WarningGate {
  format: CheckFormat;
  output?: string;
  failOn: FailOn;
  color?: boolean;
  groupBy: 'auto' | 'area' | 'phase';
  allTasks?: boolean;
}

/** Width of a table written to a file or a pipe: wide enough for a report, narrow enough to print. */
const DEFAULT_COLUMNS = 120;

/** `cchc check` — wiring only: flags → CheckOptions → buildRunReport → a view → stdout or --output → exit code. */
export const registerCheck: Register = (program, io, done) => {
  const cmd = program.command('check');
  addEvaluationOptions(cmd)
    .addOption(new Option('-f, --format <format>').choices(CHECK_FORMATS).default('table'))
    .option('-o, --output <file>')
    .addOption(new Option('--fail-on <level>').choices(FAIL_ON).default('missed'))
    .addOption(new Option('--group-by <g>').choices(['auto', 'area', 'phase']).default('auto'))
    .option('--all-tasks')
    .option('--color')
    .option('--no-color')
    .option('-q, --quiet')
    .option('--max-warnings <n>', '', parseMaxWarnings)
    .action(async (plan: string, flags: CheckFlags) => {
      done(await runCheck(plan, flags, io));
    });
};

async function runCheck(plan: string, flags: CheckFlags, io: CliIo): Promise<0 | 1> {
  const lang = pickLang(flags.lang);
  const opts = toCheckOptions(plan, flags);
  if (flags.output) refuseInput(flags.output, [plan, ...flags.data], io.cwd);
  // Loaded here, not at the top: `cchc validate` and `--help` must not pay for the data readers.
  const { evaluateRun, noteOverUnits } = await import('../check/build-report.js');
  const { report, plan: loadedPlan } = await evaluateRun(opts, io);
  noteOverUnits(report, loadedPlan);
  for (const d of keepShown(report.diagnostics, flags)) {
    io.stderr(`${neutraliseText(formatDiagnosticLine(d, lang))}\n`);
  }
  const format = flags.format;
  // JSON is written in chunks as it is produced (national scale: no 130 MB document held); other views as one text.
  let text: string | Iterable<string>;
  if (format === 'json') {
    const { renderJsonChunks } = await import('../report/json.js');
    text = renderJsonChunks(report, { lang });
  } else if (isCiFormat(format)) {
    const { checkCiFiles } = await import('../check/ci-files.js');
    const { formatDiagnostics } = await import('../report/diagnostics/index.js');
    const files = shownFiles(await checkCiFiles(report, loadedPlan, flags.failOn, io.cwd), flags);
    text = formatDiagnostics(format, files, { lang, color: false, toolVersion: report.tool.version });
  } else {
    const render = await RENDERERS[format]();
    const color = format === 'table' && !flags.output && useColor(io, flags.color);
    // A file gets the default width whatever the terminal is, so the same inputs give the same bytes.
    const width = flags.output ? DEFAULT_COLUMNS : (io.columns ?? DEFAULT_COLUMNS);
    // JSON (above) keeps every character (it escapes them); the table and Markdown are read by people and terminals.
    const shown = neutraliseDeep(report);
    text = render(shown, { lang, color, groupBy: flags.groupBy, width, allTasks: flags.allTasks === true });
  }
  if (flags.output) {
    refuseInput(flags.output, [plan, ...report.inputs.map((i) => i.file)], io.cwd);
    await writeOutput(flags.output, text, io);
    io.stderr(`${reportWritten(displayPath(flags.output, io.cwd))[lang]}\n`);
  } else if (typeof text === 'string') {
    io.stdout(text);
  } else {
    for (const chunk of text) io.stdout(chunk);
  }
  const findings = findingsExitCode(report, flags.failOn);
  return tooManyWarnings(report.diagnostics, flags, lang, io.stderr) ? 1 : findings;
}
