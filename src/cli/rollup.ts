import { Option } from 'commander';
import { CchcError } from '../errors.js';
import type { RollupReport } from '../model/rollup.js';
import { neutraliseDeep } from '../report/control-chars.js';
import { formatDiagnosticLine } from '../report/location.js';
import { ROLLUP_FORMATS, ROLLUP_RENDERERS, type RollupFormat } from '../report/rollup/rollup-formats.js';
import { displayPath } from '../util/fs.js';
import { fileWritten, unitsFromData } from '../words/cli-notices.js';
import { XLSX_NEEDS_OUTPUT } from '../words/cli-refusals.js';
import { type CliIo, pickLang, useColor } from './io.js';
import type { Register } from './main.js';
import {
  addEvaluationOptions,
  type EvaluationFlags,
  refuseInput,
  requireXlsx,
  toCheckOptions,
  writeOutput,
} from './shared-options.js';

interface RollupFlags extends EvaluationFlags {
  format: RollupFormat;
  output?: string;
  group?: string;
  split?: string;
  place?: string;
  failOn: 'missed' | 'at-risk' | 'never';
  color?: boolean;
}

/** A file or a pipe gets 80 columns: the width of a printed page and of most terminals. */
const DEFAULT_COLUMNS = 80;

/** `cchc rollup` — wiring only: flags → RollupOptions → buildRollup → a view (or workbooks) → exit code. */
export const registerRollup: Register = (program, io, done) => {
  const cmd = program.command('rollup');
  addEvaluationOptions(cmd);
  // --unit selects one unit: the opposite of a rollup. --group selects a declared group instead.
  const unitOption = cmd.options.findIndex((o) => o.long === '--unit');
  if (unitOption >= 0) (cmd.options as Option[]).splice(unitOption, 1);
  cmd
    .option('--group <id>')
    .addOption(new Option('-f, --format <format>').choices(ROLLUP_FORMATS).default('table'))
    .option('-o, --output <file>')
    .option('--split <dir>')
    .option('--place <name>')
    .addOption(new Option('--fail-on <level>').choices(['missed', 'at-risk', 'never']).default('never'))
    .option('--color')
    .option('--no-color')
    .action(async (plan: string, flags: RollupFlags) => {
      done(await runRollup(plan, flags, io));
    });
};

async function runRollup(plan: string, flags: RollupFlags, io: CliIo): Promise<0 | 1> {
  const lang = pickLang(flags.lang);
  if (flags.format === 'xlsx') {
    if (!flags.output) {
      throw new CchcError('usage', XLSX_NEEDS_OUTPUT.message, XLSX_NEEDS_OUTPUT.hint);
    }
    requireXlsx(flags.output);
  }
  for (const out of [flags.output, flags.split]) if (out) refuseInput(out, [plan, ...flags.data], io.cwd);
  const { buildRollup } = await import('../rollup/build-rollup.js');
  const { unit: _unit, ...opts } = toCheckOptions(plan, flags);
  const report = await buildRollup(
    { ...opts, ...(flags.group !== undefined ? { group: flags.group } : {}) },
    io,
  );
  for (const d of report.diagnostics) io.stderr(`${formatDiagnosticLine(d, lang)}\n`);
  if (report.unitSource === 'data') {
    io.stderr(`${unitsFromData(report.units.length)[lang]}\n`);
  }
  const inputs = [plan, ...report.inputs.map((i) => i.file)];
  const cover = { lang, ...(flags.place ? { place: flags.place } : {}) };
  if (flags.split) {
    refuseInput(flags.split, inputs, io.cwd);
    const { writeSplit } = await import('./rollup-split.js');
    await writeSplit(report, flags.split, cover, io);
  }
  if (flags.format === 'xlsx') {
    const { renderRollupWorkbook } = await import('../report/rollup/rollup-workbook.js');
    const bytes = await renderRollupWorkbook(report, cover);
    refuseInput(flags.output!, inputs, io.cwd);
    await writeOutput(flags.output!, bytes, io);
    io.stderr(`${fileWritten(displayPath(flags.output!, io.cwd))[lang]}\n`);
  } else if (!flags.split || flags.output || flags.format !== 'table') {
    // With --split alone the workbooks are the output: no table on stdout unless a format or file is asked for.
    const render = await ROLLUP_RENDERERS[flags.format]();
    const color = flags.format === 'table' && !flags.output && useColor(io, flags.color);
    const width = flags.output ? DEFAULT_COLUMNS : (io.columns ?? DEFAULT_COLUMNS);
    // JSON escapes control characters itself; the table and Markdown show them neutralised.
    const shown = flags.format === 'json' ? report : neutraliseDeep(report);
    const text = render(shown, { lang, color, width });
    if (flags.output) {
      refuseInput(flags.output, inputs, io.cwd);
      await writeOutput(flags.output, text, io);
      io.stderr(`${fileWritten(displayPath(flags.output, io.cwd))[lang]}\n`);
    } else io.stdout(text);
  }
  return rollupExitCode(report, flags.failOn);
}

/** Targets over units count by their own status; other targets by every unit's cell. */
export function rollupExitCode(r: RollupReport, failOn: 'missed' | 'at-risk' | 'never'): 0 | 1 {
  if (failOn === 'never') return 0;
  const bad = new Set(failOn === 'at-risk' ? ['missed', 'at-risk'] : ['missed']);
  for (const t of r.targets) {
    if (t.overUnits ? bad.has(t.overUnits.status) : t.cells.some((c) => bad.has(c.status))) return 1;
  }
  return 0;
}
