import type { Diagnostic, Lang } from '../../model/diagnostic.js';
import type { Formatter } from './file-diagnostics.js';
import { countDiagnostics, sortDiagnostics } from './sort-diagnostics.js';

/**
 * The public JSON contract of `cchc validate --format json` (version 1). Built field by field
 * from the internal Diagnostic so internal changes cannot leak into it. Every key is always
 * present; unknown positions are `null`.
 */
export interface ValidateJson {
  /** Version of this JSON layout; bumped only on incompatible changes. */
  formatVersion: 1;
  tool: { name: 'cchc'; version: string };
  /** Language of `message` and `hint`. */
  lang: Lang;
  /** True when no file has an error (warnings allowed) — the same rule as exit code 0. */
  valid: boolean;
  summary: { files: number; errors: number; warnings: number };
  files: ValidateJsonFile[];
}

export interface ValidateJsonFile {
  /** Path relative to the working directory, forward slashes. */
  file: string;
  valid: boolean;
  errors: number;
  warnings: number;
  /** Sorted by position. */
  diagnostics: ValidateJsonDiagnostic[];
}

export interface ValidateJsonDiagnostic {
  /** Stable kebab-case code. */
  code: string;
  severity: 'error' | 'warning' | 'note';
  message: string;
  hint: string | null;
  /** 1-based positions in the file. */
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  /** JSON pointer into the plan document ("/targets/3/value"). */
  pointer: string | null;
}

export function toValidateJson(
  files: Parameters<Formatter>[0],
  opts: Parameters<Formatter>[1],
): ValidateJson {
  const counts = countDiagnostics(files);
  return {
    formatVersion: 1,
    tool: { name: 'cchc', version: opts.toolVersion },
    lang: opts.lang,
    valid: counts.errors === 0,
    summary: { files: counts.files, errors: counts.errors, warnings: counts.warnings },
    files: files.map((f) => {
      const errors = f.diagnostics.filter((d) => d.severity === 'error').length;
      return {
        file: f.file,
        valid: errors === 0,
        errors,
        warnings: f.diagnostics.filter((d) => d.severity === 'warning').length,
        diagnostics: sortDiagnostics(f.diagnostics).map((d) => toJsonDiagnostic(d, opts.lang)),
      };
    }),
  };
}

function toJsonDiagnostic(d: Diagnostic, lang: Lang): ValidateJsonDiagnostic {
  const l = d.location;
  return {
    code: d.code,
    severity: d.severity,
    message: d.message[lang],
    hint: d.hint ? d.hint[lang] : null,
    line: l?.line ?? null,
    column: l?.column ?? null,
    endLine: l?.endLine ?? null,
    endColumn: l?.endColumn ?? null,
    pointer: l?.pointer ?? null,
  };
}

export const formatJson: Formatter = (files, opts) =>
  `${JSON.stringify(toValidateJson(files, opts), null, 2)}\n`;
