/**
 * What a return writes where a unit has no figure (or no case occurred): no data, never zero. Folded
 * (src/util/text.ts foldWords) except the marks, which are compared as typed. Read by src/data/words.ts.
 */
export const NO_DATA_WORDS: ReadonlySet<string> = new Set([
  'chua co so lieu',
  'khong co so lieu',
  'khong phat sinh',
  'chua phat sinh',
  'n a',
  'na',
  'no data',
  'x',
]);

/** "Không phát sinh": no case occurred in the period (no dossier to count), not a figure not yet known. */
export const NOTHING_OCCURRED_WORDS: ReadonlySet<string> = new Set(['khong phat sinh', 'chua phat sinh']);

/** A lone dash or dots: what statistical tables print where there is no figure ("-", "—", "…"). */
export const NO_DATA_MARKS: ReadonlySet<string> = new Set([
  '-',
  '\u2013',
  '\u2014',
  '\u2212',
  '--',
  '...',
  '\u2026',
]);
