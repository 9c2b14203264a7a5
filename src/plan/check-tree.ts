/**
 * Checks on the parsed YAML value before any schema or rule sees it, done without recursion (a 10,000-level
 * nested file must not overflow the stack here either):
 * - nesting deeper than MAX_PLAN_DEPTH levels (a real plan uses about six);
 * - numbers that are not finite: YAML's `.nan`, `.inf`, `-.inf` are numbers to the parser and to the
 *   schema, and reached the report as "NaN%". Every numeric field is covered because every node is visited.
 */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';

/** Levels of mappings and lists. Documented in docs/plan-format.md ("Limits"). */
export const MAX_PLAN_DEPTH = 64;

const escapeKey = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

export function tooDeepDiag(at: Location): Diagnostic {
  return {
    code: 'plan-too-deep',
    severity: 'error',
    message: msg(
      `Tệp lồng nhau quá sâu (quá ${MAX_PLAN_DEPTH} cấp danh sách/mục), không phải một kế hoạch. Hãy kiểm tra các dấu ngoặc [ ] { } và thụt lề.`,
      `The file is nested too deeply (more than ${MAX_PLAN_DEPTH} levels of lists and mappings) to be a plan. Check the brackets [ ] { } and the indentation.`,
    ),
    location: at,
  };
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
  return {
    code: 'plan-non-finite-number',
    severity: 'error',
    message: msg(
      `Giá trị ${written} không phải một con số (YAML đọc nó là ${Number.isNaN(v) ? '"không phải số" (NaN)' : 'vô cực'}). Hãy ghi một số cụ thể, ví dụ 95.`,
      `The value ${written} is not a number one can meet (YAML reads it as ${Number.isNaN(v) ? 'not-a-number (NaN)' : 'infinity'}). Write an actual number, for example 95.`,
    ),
    location: at,
    text: written,
  };
}
