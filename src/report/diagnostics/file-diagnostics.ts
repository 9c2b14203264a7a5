import type { Diagnostic, Lang } from '../../model/diagnostic.js';

/** Output formats of `cchc validate`; the CLI derives its `--format` choices from this list. */
export const DIAGNOSTIC_FORMATS = ['stylish', 'json', 'github', 'gitlab', 'junit', 'sarif'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

/** The diagnostics found in one checked file. A clean file has an empty list and still appears. */
export interface FileDiagnostics {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  diagnostics: Diagnostic[];
}

/** What every formatter is told, decided once at the CLI entry. */
export interface FormatOptions {
  lang: Lang;
  /** ANSI colour; only the stylish format uses it. */
  color: boolean;
  /** cchc's version, for the formats that name their producer (JSON, SARIF). */
  toolVersion: string;
}

/** A pure function from results to text: no I/O, same input → same bytes. */
export type Formatter = (files: FileDiagnostics[], opts: FormatOptions) => string;
