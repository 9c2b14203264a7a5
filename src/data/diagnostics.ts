/** Building data diagnostics: one place for the shape, so every reader reports the same way. */
import type { Diagnostic, Location, Msg, Severity } from '../model/diagnostic.js';

/** Every code the data readers emit. Part of the public contract: never rename one. */
export const DATA_CODES = [
  'data-file-not-found',
  'data-no-files',
  'data-unsupported-file',
  'data-empty-file',
  'data-unreadable-file',
  'data-bad-encoding',
  'data-legacy-encoding',
  'data-converted-encoding',
  'data-sheet-not-found',
  'data-no-header',
  'data-unknown-indicator',
  'data-unknown-task',
  'data-bad-value',
  'data-out-of-range',
  'data-bad-period',
  'data-missing-period',
  'data-bad-status',
  'data-ambiguous-fraction',
  'data-zero-denominator',
  'data-value-mismatch',
  'data-numerator-exceeds-denominator',
  'data-formula-no-result',
  'data-formula-error',
  'data-duplicate',
  'data-duplicate-identical',
  'data-row-without-code',
  'data-unknown-reporting-unit',
  'data-ambiguous-reporting-unit',
  'data-unread-columns',
  'data-figure-in-unread-column',
  'data-row-after-table-end',
  'data-change-not-value',
  'data-range-not-value',
  'data-points-not-rate',
  'data-units-not-rate',
  'data-no-data-word',
  'data-maybe-points',
  'data-unknown-indicator-name',
  'data-ambiguous-indicator-name',
  'data-indicator-name-mismatch',
  'data-confusable-indicator',
  'data-indicator-name-unmatched',
] as const;
export type DataCode = (typeof DATA_CODES)[number];

export interface DiagExtras {
  text?: string;
  hint?: Msg;
}

export function dataDiag(
  code: DataCode,
  severity: Severity,
  location: Location,
  message: Msg,
  extras: DiagExtras = {},
): Diagnostic {
  const d: Diagnostic = { code, severity, message, location };
  if (extras.text !== undefined) d.text = extras.text;
  if (extras.hint) d.hint = extras.hint;
  return d;
}

/** "tệp a.csv, trang tính 'Số liệu', dòng 7, cột D (Giá trị)" — for messages that name a second place. */
export function placeText(loc: Location, lang: 'vi' | 'en'): string {
  const parts: string[] = [];
  if (lang === 'vi') {
    parts.push(`tệp ${loc.file}`);
    if (loc.sheet) parts.push(`trang tính "${loc.sheet}"`);
    if (loc.row) parts.push(`dòng ${loc.row}`);
    if (loc.col) parts.push(`cột ${loc.col}`);
  } else {
    parts.push(`file ${loc.file}`);
    if (loc.sheet) parts.push(`sheet "${loc.sheet}"`);
    if (loc.row) parts.push(`row ${loc.row}`);
    if (loc.col) parts.push(`column ${loc.col}`);
  }
  return parts.join(', ');
}
