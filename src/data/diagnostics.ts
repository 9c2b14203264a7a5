/** Building data diagnostics: one place for the shape, so every reader reports the same way. */
import type { Diagnostic, Location, Msg, Severity } from '../model/diagnostic.js';
import type { DataCode } from '../words/diagnostics/catalog.js';
import { DATA_CODES_CATALOG } from '../words/diagnostics/data-codes.js';

/** Every code the data readers emit: the data part of the diagnostics catalog (src/words/diagnostics). */
export const DATA_CODES = Object.keys(DATA_CODES_CATALOG) as DataCode[];
export type { DataCode };

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
