import type { Location } from '../../model/diagnostic.js';

/**
 * Where a diagnostic is, compactly: "12:5" for YAML positions, "Sheet1!D7" or "D7" for data
 * cells, "7" for a data row without a column, "" when the problem is about the whole file.
 */
export function positionText(loc: Location | undefined): string {
  if (!loc) return '';
  if (loc.line !== undefined) return `${loc.line}:${loc.column ?? 1}`;
  if (loc.row !== undefined) return `${loc.sheet ? `${loc.sheet}!` : ''}${loc.col ?? ''}${loc.row}`;
  return '';
}
