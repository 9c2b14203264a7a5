import path from 'node:path';
import { type Command, Option } from 'commander';
import type { CheckOptions } from '../check/check-options.js';
import { CchcError } from '../errors.js';
import { LANGS, type Lang } from '../model/diagnostic.js';
import { CONVENTIONS, type Convention } from '../model/period.js';
import { PROGRESS_METHODS, type ProgressMethod } from '../model/plan.js';
import { displayPath } from '../util/fs.js';
import { inputAt } from '../util/same-file.js';
import { writeFileSafely } from '../util/write-file.js';
import { badTolerance, cannotWrite, notXlsxOutput, overwritesInput } from '../words/cli-refusals.js';
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
      const w = badTolerance(f.tolerance);
      throw new CchcError('usage', w.message, w.hint);
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
  const w = overwritesInput(shown, input, same);
  throw new CchcError('output-write', w.message, w.hint);
}

/** Excel output only: a report named .csv or .pdf would be an .xlsx in disguise. */
export function requireXlsx(output: string): void {
  if (!/\.xlsx$/i.test(output)) {
    const w = notXlsxOutput(output);
    throw new CchcError('usage', w.message, w.hint);
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
    const w = cannotWrite(displayPath(output, io.cwd), (e as Error).message);
    throw new CchcError('output-write', w.message, w.hint);
  }
}
