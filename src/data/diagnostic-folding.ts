/**
 * How a readData run keeps its diagnostics short without losing any: errors one by one (each is a cell to
 * fix); warnings and notes of one code in one file as one diagnostic at the first place, with the count and
 * the next few places (a province file with the same slip on 47 600 rows gives one line, not 13 MB of
 * stderr); and keyed problems (`once`) reported the first time, later rows counted as "and N more rows".
 * Every folded place still goes to the cell ledger, so nothing reported looks unaccounted for.
 */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { moreRows } from '../words/place-words.js';
import type { CellLedger } from './cell-ledger.js';
import { groupedText } from './collector-problems.js';

/** How many further places a grouped diagnostic names after its first. */
const GROUP_PLACES = 4;

export class DiagnosticFolding {
  readonly diagnostics: Diagnostic[] = [];
  /** Keyed problems: the first report and how many later rows had the same. */
  private readonly repeated = new Map<string, { diag: Diagnostic; more: number }>();
  /** Warnings and notes by file and code: the first is reported, the others counted (a few kept as places). */
  private readonly groups = new Map<string, { diag: Diagnostic; count: number; places: Location[] }>();

  /** `ledger()`: the run's cell ledger when a test asked for one (set after the collector is made). */
  constructor(private readonly ledger: () => CellLedger | undefined) {}

  report(d: Diagnostic): void {
    this.ledger()?.diag(d.location);
    if (d.severity === 'error' || d.location === undefined) {
      this.diagnostics.push(d);
      return;
    }
    const key = `${d.location.file}\u0000${d.code}`;
    const g = this.groups.get(key);
    if (!g) {
      this.groups.set(key, { diag: d, count: 1, places: [] });
      this.diagnostics.push(d);
      return;
    }
    g.count++;
    if (g.places.length < GROUP_PLACES) g.places.push(d.location);
  }

  once(key: string, make: () => Diagnostic, loc?: Location): void {
    const seen = this.repeated.get(key);
    if (seen) {
      seen.more++;
      this.ledger()?.diag(loc);
      return;
    }
    const diag = make();
    this.repeated.set(key, { diag, more: 0 });
    this.report(diag);
  }

  /** Close the run: grouped and repeated problems get their counts and further places. */
  finish(): void {
    for (const g of this.groups.values()) {
      if (g.count === 1) continue;
      g.diag.count = g.count;
      g.diag.message = groupedText(g.diag.message, g.diag.location?.sheet, g.count, g.places);
    }
    for (const r of this.repeated.values()) {
      if (r.more === 0) continue;
      r.diag.message = moreRows(r.diag.message, r.more);
    }
  }
}
