/**
 * Measured data for a plan: CSV and XLSX files → observations and task progress, with every problem of
 * every file collected in one pass. Any `error` diagnostic means a figure cannot be trusted: the caller
 * stops; warnings are printed and the run goes on.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { InputFile, Observation, TaskProgress } from '../model/observation.js';
import type { Convention } from '../model/period.js';
import type { Plan } from '../model/plan.js';
import type { CellLedger } from './cell-ledger.js';
import { DataCollector } from './collector.js';
import { expandInputs } from './expand-inputs.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';

export interface DataReadOptions {
  /** Working directory: inputs are resolved against it and shown relative to it. */
  cwd: string;
  /** How period labels become windows (normally the plan's `reporting.convention`). */
  convention: Convention;
  /**
   * Reporting units to keep (`Đơn vị` column; spellings that fold alike match). Rows of other units are
   * counted in `filteredOut` and dropped before anything else in them is read: their errors are not
   * reported and they take no memory. Rows without a unit are kept. Whether a unit exists at all is the
   * caller's question (see `units` in the result). Absent: every row is read.
   */
  units?: readonly string[];
  /** Record the fate of every cell (tests: nothing vanishes). Costs nothing when absent. */
  ledger?: CellLedger;
}

export interface DataReadResult {
  /** In input order: files in the order given (folders sorted), rows top to bottom. */
  observations: Observation[];
  progress: TaskProgress[];
  /** Files read successfully, with their digests. */
  files: InputFile[];
  diagnostics: Diagnostic[];
  /**
   * Reporting units named in the `Đơn vị` column of any data row (first spelling of each, sorted), rows
   * dropped by the filter included, so a caller can say "did you mean…" for a unit that is not there.
   */
  units: string[];
  /** Rows dropped by the `units` filter. */
  filteredOut: number;
  /** Each unit of `units` → every spelling the data used for it (itself first). */
  unitSpellings: Record<string, string[]>;
}

/** Read `inputs` (files, folders, `book.xlsx#Sheet`) as typed on the command line. */
export async function readData(inputs: string[], plan: Plan, opts: DataReadOptions): Promise<DataReadResult> {
  const collector = new DataCollector(plan, opts.convention, opts.units);
  collector.ledger = opts.ledger;
  const { files: targets, diagnostics } = await expandInputs(inputs, opts.cwd);
  for (const d of diagnostics) collector.report(d);
  const files: InputFile[] = [];
  for (const t of targets) {
    const f =
      t.format === 'csv'
        ? await readCsv(t.path, t.display, t.size, collector)
        : await readXlsx(t.path, t.display, t.sheet, collector);
    if (f) files.push(f);
  }
  collector.finish();
  return {
    observations: collector.observations,
    progress: collector.progress,
    files,
    diagnostics: collector.diagnostics,
    units: collector.units.unitsSeen(),
    filteredOut: collector.filteredOut,
    unitSpellings: collector.units.unitSpellings(),
  };
}
