/** The column contract (reader ⇄ template) and header-row detection. */
import type { Period } from '../model/period.js';
import { maxOf } from '../util/array.js';
import { foldKey } from '../util/text.js';
import { BARE_INDICATOR_HEADER, FIELD_HEADERS } from '../words/input/field-headers.js';
import { cellText, type RawRow } from './cells.js';
import { knownColumnOf } from './known-columns.js';

export const FIELDS = [
  'indicator',
  'name',
  'period',
  'value',
  'numerator',
  'denominator',
  'unit',
  'source',
  'note',
  'task',
  'status',
  'measure',
] as const;
/** A column the reader understands. */
export type Field = (typeof FIELDS)[number];

/** Header spellings per field (src/words/input/field-headers.ts); matched after foldKey, exactly. */
export const FIELD_ALIASES: Record<Field, readonly string[]> = FIELD_HEADERS;

// Folded spelling → field and the spelling's rank among that field's aliases.
const FOLDED = new Map<string, { field: Field; rank: number }>();
for (const f of FIELDS)
  FIELD_ALIASES[f].forEach((a, rank) => {
    const k = foldKey(a);
    if (!FOLDED.has(k)) FOLDED.set(k, { field: f, rank });
  });

export function fieldOf(header: string): Field | undefined {
  return FOLDED.get(foldKey(header))?.field;
}

/** How many rows from the top are searched for the header row. */
export const HEADER_SCAN_ROWS = 30;

/** What the header row says about the table below it. */
export interface HeaderLayout {
  /** Row number of the (lowest) header row. */
  row: number;
  /** Column index (0-based) of each recognised field; when a field repeats, the first-listed alias, then the leftmost, wins. */
  cols: Partial<Record<Field, number>>;
  /** The header text of every column, as written (the nearest non-empty one above for merged cells). */
  names: string[];
  /** Wide shape: columns whose header is a period. */
  periodCols: { col: number; period: Period }[];
  /** Columns known and deliberately not read (STT, the indicator's name, the plan's target…): see known-columns.ts. */
  known: number[];
  /**
   * The indicator column is headed just "Chỉ tiêu" and there is no name column: each cell is a code when it
   * is one of the plan's codes, else an indicator name (docs/data.md, "Indicator names").
   */
  codeOrName: boolean;
}

/** "Chỉ tiêu" alone: the code column (alias chi_tieu) or, in NĐ 30 appendix tables, the name column. */
const BARE_CHI_TIEU = foldKey(BARE_INDICATOR_HEADER);

/** Headers of row `i`, each empty cell taking the nearest non-empty cell above it (merged header groups). */
function effectiveHeaders(rows: RawRow[], i: number): string[] {
  const width = maxOf(rows.slice(0, i + 1), (r) => r.cells.length, 0);
  const names: string[] = [];
  for (let c = 0; c < width; c++) {
    let name = '';
    for (let k = i; k >= 0 && !name; k--) name = cellText(rows[k]!.cells[c]);
    names.push(name);
  }
  return names;
}

function layoutOf(rows: RawRow[], i: number, period: (text: string) => Period | null): HeaderLayout | null {
  const names = effectiveHeaders(rows, i);
  const cols: Partial<Record<Field, number>> = {};
  const ranks: Partial<Record<Field, number>> = {};
  const periodCols: HeaderLayout['periodCols'] = [];
  let chiTieu: number | undefined;
  names.forEach((name, c) => {
    if (!name) return;
    const key = foldKey(name);
    if (key === BARE_CHI_TIEU) {
      chiTieu ??= c;
      return;
    }
    const hit = FOLDED.get(key);
    if (hit) {
      // When a field repeats, the first-listed spelling wins, then the leftmost column.
      const f = hit.field;
      if (cols[f] === undefined || hit.rank < ranks[f]!) {
        cols[f] = c;
        ranks[f] = hit.rank;
      }
      return;
    }
    const p = period(name);
    if (p) periodCols.push({ col: c, period: p });
  });
  // A bare "Chỉ tiêu" beside a code column is the name column; alone, a column of codes or names (codeOrName).
  let codeOrName = false;
  if (chiTieu !== undefined) {
    if (cols.indicator === undefined) {
      cols.indicator = chiTieu;
      codeOrName = cols.name === undefined;
    } else cols.name ??= chiTieu;
  }
  const named = cols.indicator !== undefined || cols.name !== undefined;
  const key = named || cols.task !== undefined;
  const long =
    named &&
    cols.period !== undefined &&
    (cols.value !== undefined || (cols.numerator !== undefined && cols.denominator !== undefined));
  const task = cols.task !== undefined && cols.period !== undefined && cols.status !== undefined;
  const wide = key && cols.period === undefined && periodCols.length > 0;
  if (!long && !task && !wide) return null;
  const used = new Set<number>(Object.values(cols));
  if (wide) for (const p of periodCols) used.add(p.col);
  // A column that lost to a better spelling ("Chỉ tiêu" beside "Mã chỉ tiêu") is known when it is a name.
  const known: number[] = [];
  names.forEach((name, c) => {
    if (name && !used.has(c) && knownColumnOf(name)) known.push(c);
  });
  return { row: rows[i]!.row, cols, names, periodCols: wide ? periodCols : [], known, codeOrName };
}

/**
 * True when the row is the lower half of a two-row header: no figure anywhere, at least one field word, and
 * every other cell a header word or plain text under a merged group ("Kết quả thực hiện" over "Tử số | Mẫu
 * số | Tỷ lệ (%)"). A data row has a code or a figure, so it never qualifies.
 */
function isHeaderOnly(row: RawRow, period: (text: string) => Period | null): boolean {
  let field = false;
  for (const c of row.cells) {
    if (c !== undefined && typeof c !== 'string') return false;
    const t = cellText(c);
    if (!t) continue;
    if (HEADER_FIGURE.test(t)) return false;
    if (fieldOf(t) || period(t)) field = true;
    // Other words must be known columns or phrases: a single spaceless word may be a code.
    else if (!knownColumnOf(t) && !/[\s(]/.test(t)) return false;
  }
  return field;
}

const HEADER_FIGURE = /^[-+<>]?\s*\d/;

/**
 * Find the header row among the first rows: the first row whose headers (merged cells filled from above)
 * satisfy the contract — long (indicator, period, value or numerator+denominator), task progress
 * (task, period, status) or wide (indicator or task, and period columns). When the next row also
 * consists of header words only, it is the lower half of a two-row header and wins.
 * Returns the layout and the index of the header row in `rows`, or null.
 */
export function detectHeader(
  rows: RawRow[],
  period: (text: string) => Period | null,
): { layout: HeaderLayout; index: number } | null {
  for (let i = 0; i < rows.length; i++) {
    const layout = layoutOf(rows, i, period);
    if (!layout) continue;
    const next = rows[i + 1];
    if (next && isHeaderOnly(next, period)) {
      const lower = layoutOf(rows, i + 1, period);
      if (lower) return { layout: lower, index: i + 1 };
    }
    return { layout, index: i };
  }
  return null;
}
