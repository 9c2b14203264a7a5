import type { DiagnosticFormat, FileDiagnostics, FormatOptions, Formatter } from './file-diagnostics.js';
import { formatGithub } from './format-github.js';
import { formatGitlab } from './format-gitlab.js';
import { formatJson } from './format-json.js';
import { formatJunit } from './format-junit.js';
import { formatSarif } from './format-sarif.js';
import { formatStylish } from './format-stylish.js';

/** Every format has a formatter: adding a name to DIAGNOSTIC_FORMATS without one fails to compile. */
export const FORMATTERS: Record<DiagnosticFormat, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  gitlab: formatGitlab,
  junit: formatJunit,
  sarif: formatSarif,
};

export function formatDiagnostics(
  format: DiagnosticFormat,
  files: FileDiagnostics[],
  opts: FormatOptions,
): string {
  return FORMATTERS[format](files, opts);
}
