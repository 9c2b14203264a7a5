import type { Comparator } from '../model/plan.js';
import { COMPARATOR_SPELLINGS } from '../words/plan-spellings.js';

/** Comparator spellings of the plan (src/words/plan-spellings.ts) in ASCII; an ASCII one as it is. */
const WRITTEN: Readonly<Record<string, Comparator>> = COMPARATOR_SPELLINGS;

export function normaliseComparator(c: string | undefined): Comparator | undefined {
  if (c === undefined) return undefined;
  return WRITTEN[c] ?? (c as Comparator);
}

/** Comparators written another way than the ASCII form (for the version gate: only v2 reads them). */
export function isV2Comparator(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = normaliseComparator(c);
  return n === '>' || n === '<' || n === 'between' || (c in WRITTEN && c !== '≥' && c !== '≤');
}
