import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { FailOn } from '../model/fail-on.js';
import type { Plan } from '../model/plan.js';
import type { RunReport } from '../model/report.js';
import { csvRecordLines } from '../report/ci/csv-lines.js';
import { evaluationFindings, planLines } from '../report/ci/evaluation-findings.js';
import type { FileDiagnostics } from '../report/diagnostics/file-diagnostics.js';
import { CI_WORDS } from '../words/ci-annotations.js';

/** Data files larger than this are annotated at the file, with the row in the message, not read again. */
const LINE_MAP_LIMIT = 64 * 1024 * 1024;

/**
 * What `check --format github|sarif|gitlab` annotates, per file: the plan (findings at the target's or
 * task's line, plus the plan's warnings), then each data file (its problems at the line of their row for
 * CSV; XLSX has no lines, so the sheet and cell lead the message and the annotation is on the file).
 */
export async function checkCiFiles(
  report: RunReport,
  plan: Plan,
  failOn: FailOn,
  cwd: string,
): Promise<FileDiagnostics[]> {
  const planFile = report.plan.file;
  const files = new Map<string, Diagnostic[]>([[planFile, []]]);
  for (const i of report.inputs) files.set(i.file, []);
  for (const d of evaluationFindings(report, planLines(plan), failOn)) files.get(planFile)!.push(d);
  for (const d of report.diagnostics) {
    const file = d.location?.file ?? planFile;
    if (!files.has(file)) files.set(file, []);
    files.get(file)!.push(d);
  }
  const out: FileDiagnostics[] = [];
  for (const [file, diagnostics] of files) {
    const input = report.inputs.find((i) => i.file === file);
    out.push({
      file,
      diagnostics: input ? await placeRows(file, input.format, diagnostics, cwd) : diagnostics,
    });
  }
  return out;
}

async function placeRows(
  file: string,
  format: 'csv' | 'xlsx',
  ds: Diagnostic[],
  cwd: string,
): Promise<Diagnostic[]> {
  const rows = new Set(ds.flatMap((d) => (d.location?.row !== undefined ? [d.location.row] : [])));
  const lines =
    format === 'csv' && rows.size > 0 ? await readLines(path.resolve(cwd, file), rows) : new Map();
  return ds.map((d) => {
    const l = d.location;
    if (l?.row === undefined || l.line !== undefined) return d;
    const line = lines.get(l.row);
    if (line !== undefined) return { ...d, location: { ...l, line } };
    const at = CI_WORDS.cell(l.sheet, l.row, l.col);
    return { ...d, message: { vi: at.vi + d.message.vi, en: at.en + d.message.en } };
  });
}

async function readLines(file: string, rows: Set<number>): Promise<Map<number, number>> {
  try {
    const h = await open(file);
    try {
      const { size } = await h.stat();
      if (size > LINE_MAP_LIMIT) return new Map();
      return csvRecordLines(await h.readFile(), rows);
    } finally {
      await h.close();
    }
  } catch {
    // The file was read moments ago; if it is gone now the row still goes into the message.
    return new Map();
  }
}
