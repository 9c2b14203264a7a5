import type { Diagnostic, Lang, Location } from '../model/diagnostic.js';
import { PLACE_WORDS, SEVERITY_WORDS } from '../words/diagnostic-words.js';

/**
 * Where something is, as a person reads it. YAML: `file:line:col` (what editors and CI link to).
 * Data: `file [sheet], dòng 12, cột D (Giá trị)` — spreadsheet users think in sheets, rows and letters.
 */
export function formatLocation(loc: Location, lang: Lang): string {
  if (loc.line !== undefined) return `${loc.file}:${loc.line}:${loc.column ?? 1}`;
  const parts = [loc.sheet ? `${loc.file} [${loc.sheet}]` : loc.file];
  if (loc.row !== undefined) parts.push(`${PLACE_WORDS.row[lang]} ${loc.row}`);
  if (loc.col !== undefined) {
    parts.push(`${PLACE_WORDS.column[lang]} ${loc.col}${loc.field ? ` (${loc.field})` : ''}`);
  } else if (loc.field) {
    parts.push(`${PLACE_WORDS.column[lang]} ${loc.field}`);
  }
  return parts.join(', ');
}

/** One diagnostic as a line (plus a hint line) for stderr: `where: lỗi: message [code]`. */
export function formatDiagnosticLine(d: Diagnostic, lang: Lang): string {
  const sev = SEVERITY_WORDS[d.severity][lang];
  const where = d.location ? `${formatLocation(d.location, lang)}: ` : '';
  const text = d.text !== undefined && !d.message[lang].includes(d.text) ? ` («${d.text}»)` : '';
  const hint = d.hint ? `\n    → ${d.hint[lang]}` : '';
  return `${where}${sev}: ${d.message[lang]}${text} [${d.code}]${hint}`;
}
