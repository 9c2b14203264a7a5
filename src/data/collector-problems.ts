/** The collector's diagnostics: unknown codes, duplicate rows, grouped repeats. */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { placeWords } from '../words/place-words.js';
import { dataFinding } from './diagnostics.js';

export { groupedText } from '../words/place-words.js';

/** `suggest` is the nearest known codes, quoted and joined ("" when none is near). */
export function unknownDiag(
  kind: 'indicator' | 'task',
  code: string,
  suggest: string,
  loc: Location,
): Diagnostic {
  const id = suggest ? 'unknownNear' : 'unknown';
  return kind === 'indicator'
    ? dataFinding('data-unknown-indicator', id, { code, suggest }, loc, { text: code })
    : dataFinding('data-unknown-task', id, { code, suggest }, loc, { text: code });
}

/** A second row for the same indicator/task, period and unit: a warning when the figure is the same. */
export function duplicateDiag(
  same: boolean,
  first: Location,
  loc: Location,
  raw: string,
  what: string,
): Diagnostic {
  const data = { first: placeWords(first), what };
  return same
    ? dataFinding('data-duplicate-identical', 'same', data, loc, { text: raw, hintId: 'sameHint' })
    : dataFinding('data-duplicate', 'differs', data, loc, { text: raw, hintId: 'differsHint' });
}
