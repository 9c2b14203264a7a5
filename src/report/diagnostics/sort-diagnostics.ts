import type { Diagnostic } from '../../model/diagnostic.js';
import type { FileDiagnostics } from './file-diagnostics.js';

const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 } as const;

/**
 * Diagnostics in reading order: file-level ones (no position) first, then by line and column,
 * errors before warnings at the same place, then by code and message so ties never depend on
 * the order the checks ran in. Returns a new array.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.location?.line ?? a.location?.row ?? 0) - (b.location?.line ?? b.location?.row ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.code, b.code) ||
      compareText(a.message.en, b.message.en),
  );
}

/** Code-point order: unlike localeCompare it does not depend on the machine's ICU data. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Totals over a run. `filesWithProblems` counts files with at least one error or warning. */
export interface DiagnosticCounts {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
}

export function countDiagnostics(files: readonly FileDiagnostics[]): DiagnosticCounts {
  let errors = 0;
  let warnings = 0;
  let filesWithProblems = 0;
  for (const f of files) {
    if (f.diagnostics.length > 0) filesWithProblems++;
    for (const d of f.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  return { files: files.length, filesWithProblems, errors, warnings };
}
