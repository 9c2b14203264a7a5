/**
 * Whose rows a readData run meets: each unit cell's spelling resolved once to a reporting unit (or refused as
 * not the plan's data), the `--unit` filter, and the units and spellings met, for the run's summary and the
 * "looks like the same unit" warnings. Split from the collector along its own state.
 */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import { WhoseData } from './whose-data.js';

type Whose = ReturnType<WhoseData['of']>;

export class UnitBook {
  readonly whose: WhoseData;
  /** Unit text as written → whose data it is (resolved once per distinct spelling). */
  private readonly unitText = new Map<string, Whose>();
  /** Units met (ids of reporting units, the issuer's name), in the order first met. */
  private readonly units = new Set<string>();
  /** Units to keep (resolved: reporting unit ids, '' for the issuer's own rows); null keeps every unit. */
  private readonly unitFilter: Set<string> | null;

  constructor(
    plan: Plan,
    keep: readonly string[] | undefined,
    /** The collector's once(): one finding per key, later ones counted. */
    private readonly once: (key: string, make: () => Diagnostic, loc?: Location) => void,
  ) {
    this.whose = new WhoseData(plan);
    this.unitFilter = keep === undefined ? null : new Set(keep.map((u) => this.filterKey(u)));
  }

  /** Whose a unit cell says the row is, resolved once per spelling. */
  private whoseOf(text: string): Whose {
    let w = this.unitText.get(text);
    if (w === undefined) {
      w = this.whose.of(text);
      this.unitText.set(text, w);
      if (w.kind === 'ok' && w.unit !== undefined) this.units.add(w.unit);
    }
    return w;
  }

  private filterKey(text: string): string {
    const w = this.whose.of(text);
    return w.kind === 'ok' ? (w.unit ?? '') : `\u0000${text}`;
  }

  /**
   * The reporting unit of a row accepted by keepsUnit: a reporting unit's id, the issuer's name in a plan
   * with reporting units, undefined for the issuer's own rows in a plan without.
   */
  unit(text: string): string | undefined {
    const w = this.whoseOf(text);
    return w.kind === 'ok' ? w.unit : undefined;
  }

  /**
   * Whether a row whose unit cell reads `text` is kept. An empty unit is kept (the caller warns about
   * rows without a unit); spellings that fold alike are the same unit. Every data row comes here first,
   * filter or not, so the first spelling of a unit is that of its first row and `unitsSeen` lists the
   * units of every row (dropped, unfilled or wrong ones too: "did you mean" on an unknown --unit).
   */
  keepsUnit(text: string, where: () => Location): boolean {
    if (text === '') return true;
    const w = this.whoseOf(text);
    if (w.kind !== 'ok') {
      // Not the plan's data: an error (once per file and spelling), and the row is never read as its own.
      const loc = where();
      this.once(
        `unit\u0000${loc.file}\u0000${loc.sheet ?? ''}\u0000${text}`,
        () => this.whose.problem(text, w, loc),
        loc,
      );
      return false;
    }
    return this.unitFilter === null || this.unitFilter.has(w.unit ?? '');
  }

  /** Reporting units met (ids; the issuer's name for its own rows when units are declared), sorted. */
  unitsSeen(): string[] {
    return [...this.units].sort();
  }

  /** Every spelling written for each reporting unit met (its id first), for "looks like the same unit" warnings. */
  unitSpellings(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [text, w] of this.unitText) {
      if (w.kind !== 'ok' || w.unit === undefined) continue;
      const list = out[w.unit] ?? [w.unit];
      if (text !== w.unit) list.push(text);
      out[w.unit] = list;
    }
    return out;
  }
}
