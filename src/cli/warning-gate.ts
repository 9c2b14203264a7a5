import { InvalidArgumentError } from 'commander';
import type { Diagnostic, Lang } from '../model/diagnostic.js';
import type { FileDiagnostics } from '../report/diagnostics/file-diagnostics.js';
import { tooManyWarnings as tooManyWarningsWords } from '../words/cli-notices.js';
import { MAX_WARNINGS_EXPECTED } from '../words/cli-refusals.js';

/** `--quiet` and `--max-warnings N`, as ESLint users know them, shared by validate and check. */
export interface WarningGate {
  /** Report errors only. */
  quiet?: boolean;
  /** Exit 1 when there are more warnings than this. Counted before --quiet hides them. */
  maxWarnings?: number;
}

/** commander parser for --max-warnings: a whole number ≥ 0. */
export function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) {
    throw new InvalidArgumentError(MAX_WARNINGS_EXPECTED);
  }
  return n;
}

export const keepShown = (ds: Diagnostic[], gate: WarningGate): Diagnostic[] =>
  gate.quiet ? ds.filter((d) => d.severity === 'error') : ds;

export const shownFiles = (files: FileDiagnostics[], gate: WarningGate): FileDiagnostics[] =>
  gate.quiet ? files.map((f) => ({ ...f, diagnostics: keepShown(f.diagnostics, gate) })) : files;

/**
 * Whether the warnings exceed --max-warnings; says so on stderr. Warnings hidden by --quiet still count,
 * so hiding them cannot pass the gate.
 */
export function tooManyWarnings(
  ds: Iterable<Diagnostic>,
  gate: WarningGate,
  lang: Lang,
  stderr: (s: string) => void,
): boolean {
  if (gate.maxWarnings === undefined) return false;
  let n = 0;
  for (const d of ds) if (d.severity === 'warning') n++;
  if (n <= gate.maxWarnings) return false;
  stderr(`${tooManyWarningsWords(n, gate.maxWarnings)[lang]}\n`);
  return true;
}
