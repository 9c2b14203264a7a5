import type { Diagnostic } from '../model/diagnostic.js';
import { foldWords } from '../util/text.js';
import { catalogDiagnostic } from '../words/diagnostics/catalog.js';
import type { UnitRow } from './assemble-rollup.js';

/** Words that open a unit's name and may be left out when people write it ("Xã Tân Phú" = "Tân Phú"). */
const PREFIXES = /^(uy ban nhan dan |ubnd )?(xa |phuong |thi tran |so )/;

/**
 * With no unit list in the plan, the units are those the data name. Spellings that fold alike (case, spaces,
 * marks) were already read as one unit by the reader: say which, so a merge is never silent. Units that differ
 * only by a "Xã"/"Phường" prefix are kept apart (two readings are possible) and named in a warning.
 */
export function unitsFromData(
  units: readonly string[],
  spellings: Readonly<Record<string, string[]>>,
): { units: UnitRow[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  for (const u of units) {
    const others = (spellings[u] ?? []).filter((s) => s !== u);
    if (others.length === 0) continue;
    const list = others.map((s) => `"${s}"`).join(', ');
    diagnostics.push(
      catalogDiagnostic('rollup-unit-spellings-merged', 'merged', { unit: u, spellings: list }, { text: u }),
    );
  }
  // A bare name ("Tân Phú") next to a prefixed one ("Xã Tân Phú"): maybe one unit. Two prefixed names ("Xã Tân
  // Phú", "Phường Tân Phú") are two units of different kinds and are left alone.
  const byBare = new Map<string, { prefixed: string[]; plain: string[] }>();
  const entry = (k: string) => {
    const known = byBare.get(k);
    if (known) return known;
    const e = { prefixed: [] as string[], plain: [] as string[] };
    byBare.set(k, e);
    return e;
  };
  for (const u of units) {
    const full = foldWords(u);
    const bare = full.replace(PREFIXES, '');
    if (bare !== full && bare !== '') entry(bare).prefixed.push(u);
    entry(full).plain.push(u);
  }
  for (const { prefixed, plain } of byBare.values()) {
    const bareOnes = plain.filter((u) => !prefixed.includes(u));
    if (prefixed.length === 0 || bareOnes.length === 0) continue;
    const alike = [...new Set([...bareOnes, ...prefixed])];
    const names = alike.map((s) => `"${s}"`).join(', ');
    diagnostics.push(catalogDiagnostic('rollup-units-look-alike', 'alike', { names }, { text: alike[0]! }));
  }
  const rows = [...units].sort((a, b) => a.localeCompare(b, 'vi')).map((u) => ({ id: u, name: u }));
  return { units: rows, diagnostics };
}
