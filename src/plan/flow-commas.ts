/**
 * A comma inside an unquoted value of a flow mapping (`{ name: UBND xã A, tỉnh B, place: A }`) ends the
 * value: YAML reads "tỉnh B" as a key of its own with no value. The schema then says "unknown field tỉnh B"
 * (or YAML "duplicate key" when the piece repeats), which tells the officer nothing about the real fix:
 * quoting the value. A plan field never has an empty value written as a bare key, so such a key right after
 * a value is reported as what it is.
 */
import { type Document, isMap, isScalar, type LineCounter, type Scalar, visit } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { catalogDiagnostic } from '../words/diagnostics/catalog.js';

export interface FlowCommaFinding {
  diagnostic: Diagnostic;
  /** Offsets of the stray keys, to drop the parser's duplicate-key complaints about the same pieces. */
  offsets: number[];
}

export function flowCommaFindings(doc: Document, lines: LineCounter, file: string): FlowCommaFinding[] {
  const out: FlowCommaFinding[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map) || !map.flow) return;
      const items = map.items;
      const stray = (i: number) => {
        const p = items[i];
        return !!p && p.value === null && isScalar(p.key) && p.key.type === 'PLAIN' && !!p.key.range;
      };
      items.forEach((pair, i) => {
        // The first stray piece of a run (`A, B, C` gives B and C): one finding per value, naming all of it.
        if (!stray(i) || stray(i - 1)) return;
        const key = pair.key as Scalar;
        const prev = items[i - 1];
        if (!prev || !isScalar(prev.key) || !isScalar(prev.value)) return;
        const pieces: string[] = [];
        for (let k = i; stray(k); k++) pieces.push(String((items[k]!.key as Scalar).value));
        const field = String(prev.key.value);
        const piece = pieces.join(', ');
        const whole = `${String(prev.value.value)}, ${piece}`;
        const range = key.range!;
        const pos = lines.linePos(range[0]);
        const end = lines.linePos(range[1]);
        const offsets: number[] = [];
        for (let k = i; stray(k); k++) offsets.push((items[k]!.key as Scalar).range![0]);
        out.push({
          offsets,
          diagnostic: catalogDiagnostic(
            'yaml-unquoted-comma',
            'comma',
            { field, piece, whole },
            {
              hintId: 'commaHint',
              location: { file, line: pos.line, column: pos.col, endLine: end.line, endColumn: end.col },
              text: piece,
            },
          ),
        });
      });
    },
  });
  return out;
}
