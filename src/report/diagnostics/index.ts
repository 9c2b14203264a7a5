export {
  DIAGNOSTIC_FORMATS,
  type DiagnosticFormat,
  type FileDiagnostics,
  type FormatOptions,
  type Formatter,
} from './file-diagnostics.js';
export { FORMATTERS, formatDiagnostics } from './format-diagnostics.js';
export type { ValidateJson, ValidateJsonDiagnostic, ValidateJsonFile } from './format-json.js';
export { countDiagnostics, sortDiagnostics } from './sort-diagnostics.js';
