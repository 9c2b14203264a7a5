/** Guessing the CSV separator among comma, semicolon and tab from the first lines. */

const CANDIDATES = ['\t', ';', ','] as const;
export type Delimiter = (typeof CANDIDATES)[number];
const QUOTED = /"[^"]*"/g;

/**
 * The separator that splits the most of the first 30 lines into the same number of fields. Ties go to
 * the larger field count, then to tab, semicolon, comma: "95,5" in a semicolon file has one comma per
 * line, but the header line has semicolons only. Quoted text is ignored; a file with none gives comma.
 */
export function detectDelimiter(head: string): Delimiter {
  const lines = head.split(/\r?\n/, 31).slice(0, 30);
  let best: Delimiter = ',';
  let bestLines = 0;
  let bestMode = 0;
  for (const d of CANDIDATES) {
    const freq = new Map<number, number>();
    for (const line of lines) {
      const n = line.replace(QUOTED, '').split(d).length - 1;
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    let mode = 0;
    let modeLines = 0;
    for (const [n, f] of freq) if (f > modeLines || (f === modeLines && n > mode)) [mode, modeLines] = [n, f];
    if (modeLines > bestLines || (modeLines === bestLines && mode > bestMode)) {
      best = d;
      bestLines = modeLines;
      bestMode = mode;
    }
  }
  return best;
}
