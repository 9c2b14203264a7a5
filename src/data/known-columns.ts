/**
 * Columns a return carries for the person filling it in, which the reader knows and deliberately does not
 * read: the row number, a second indicator-name column (the first is the field `name`), the plan's own target, deadline
 * and owners (cchc's template and the NĐ 30 appendix tables print them). Every other column that holds
 * something and is not a field is named in the "columns not read" warning, so nothing is ignored unsaid.
 */
import { foldKey } from '../util/text.js';
import { KNOWN_COLUMN_HEADERS } from '../words/input/known-column-headers.js';

export type KnownColumn = 'row-number' | 'name' | 'target' | 'deadline' | 'owner' | 'content';

/** The spellings of each kind: src/words/input/known-column-headers.ts. */
const KNOWN: Record<KnownColumn, readonly string[]> = KNOWN_COLUMN_HEADERS;

const FOLDED = new Map<string, KnownColumn>();
for (const [kind, names] of Object.entries(KNOWN) as [KnownColumn, readonly string[]][])
  for (const n of names) FOLDED.set(foldKey(n), kind);

/** The kind of a known, deliberately unread column, matched exactly after folding; undefined otherwise. */
export function knownColumnOf(header: string): KnownColumn | undefined {
  return FOLDED.get(foldKey(header));
}

/** Spellings per kind, for the documentation and tests. */
export const KNOWN_COLUMNS = KNOWN;
