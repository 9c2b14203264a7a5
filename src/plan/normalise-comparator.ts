import type { Comparator } from '../model/plan.js';

/** People type "≥" and "≤" as often as ">=" and "<=": both are accepted and stored in ASCII. */
export function normaliseComparator(c: string | undefined): Comparator | undefined {
  if (c === undefined) return undefined;
  if (c === '≥') return '>=';
  if (c === '≤') return '<=';
  return c as Comparator;
}
