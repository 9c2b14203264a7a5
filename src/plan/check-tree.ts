/**
 * Checks on the parsed YAML value before any schema or rule sees it, done without recursion (a 10,000-level
 * nested file must not overflow the stack here either):
 * - nesting deeper than MAX_PLAN_DEPTH levels (a real plan uses about six);
 * - numbers that are not finite: YAML's `.nan`, `.inf`, `-.inf` are numbers to the parser and to the
 *   schema, and reached the report as "NaN%". Every numeric field is covered because every node is visited.
 */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { catalogDiagnostic } from '../words/diagnostics/catalog.js';

/** Levels of mappings and lists. Documented in docs/plan-format.md ("Limits"). */
export const MAX_PLAN_DEPTH = 64;

const escapeKey = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

export function tooDeepDiag(at: Location): Diagnostic {
  return catalogDiagnostic('plan-too-deep', 'tooDeep', { max: MAX_PLAN_DEPTH }, { location: at });
}

/** Every non-finite number (one diagnostic each), or the first node nested too deeply. */
export function checkTree(data: unknown, locate: (pointer: string) => Location): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: [unknown, string, number][] = [[data, '', 0]];
  while (stack.length > 0) {
    const [value, pointer, depth] = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) out.push(nonFinite(locate(pointer), value));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_PLAN_DEPTH) return [tooDeepDiag(locate(pointer))];
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    // Pushed in reverse so that findings come out in file order.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, v] = entries[i]!;
      stack.push([v, `${pointer}/${escapeKey(k)}`, depth + 1]);
    }
  }
  return out;
}

function nonFinite(at: Location, v: number): Diagnostic {
  const written = Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf';
  const id = Number.isNaN(v) ? 'nan' : 'infinity';
  return catalogDiagnostic('plan-non-finite-number', id, { written }, { location: at, text: written });
}
