/**
 * Everything one readData run accumulates across files: lookups precomputed from the plan, a period
 * parse cache, the observations and task progress in input order, duplicate detection and diagnostics.
 * Whose rows they are is the UnitBook's (unit-book.ts).
 */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import type { Observation, TaskProgress } from '../model/observation.js';
import type { Convention, Period } from '../model/period.js';
import type { Indicator, Plan, Task } from '../model/plan.js';
import { parsePeriod } from '../periods/index.js';
import { foldKey, nearest } from '../util/text.js';
import type { CellLedger } from './cell-ledger.js';
import { duplicateDiag, unknownDiag } from './collector-problems.js';
import { DiagnosticFolding } from './diagnostic-folding.js';
import { IndicatorNames } from './indicator-name.js';
import { WhereBook } from './kept-observation.js';
import { UnitBook } from './unit-book.js';

/**
 * First rows by indicator (or task) → period id → unit, for the duplicate check: a typed array per
 * indicator and period, indexed by the unit's number, holding the row's index + 1 in the kept list (0: not
 * yet seen). A nested Map cost about 85 bytes per row at national scale (3,321 entries per period, hash
 * tables rounded up to powers of two); this costs 4.
 */
class FirstRows {
  private readonly slots = new Map<string, Map<string, Int32Array>>();
  private readonly unitNumbers = new Map<string, number>([['', 0]]);

  /** The index of the first row of this key, or -1; records `index` as the first when there was none. */
  firstOrSet(a: string, b: string, unit: string, index: number): number {
    let n = this.unitNumbers.get(unit);
    if (n === undefined) {
      n = this.unitNumbers.size;
      this.unitNumbers.set(unit, n);
    }
    let byPeriod = this.slots.get(a);
    if (!byPeriod) {
      byPeriod = new Map();
      this.slots.set(a, byPeriod);
    }
    let slot = byPeriod.get(b);
    if (!slot || n >= slot.length) {
      const grown = new Int32Array(Math.max(16, this.unitNumbers.size * 2, (slot?.length ?? 0) * 2));
      if (slot) grown.set(slot);
      slot = grown;
      byPeriod.set(b, slot);
    }
    const first = slot[n]!;
    if (first !== 0) return first - 1;
    slot[n] = index + 1;
    return -1;
  }
}

export class DataCollector {
  readonly observations: Observation[] = [];
  readonly progress: TaskProgress[] = [];
  /** Every diagnostic of the run, repeats folded (see DiagnosticFolding). */
  private readonly folding = new DiagnosticFolding(() => this.ledger);
  readonly diagnostics: Diagnostic[] = this.folding.diagnostics;
  private readonly indicators = new Map<string, Indicator>();
  private readonly tasks = new Map<string, Task>();
  private readonly periods = new Map<string, Period | null>();
  // indicator/task → period id → unit ('' when none) → first row (FirstRows): no key string per row.
  private readonly seenObs = new FirstRows();
  private readonly seenTasks = new FirstRows();
  /** Whose rows these are, the --unit filter and the units met (UnitBook). */
  readonly units: UnitBook;
  /** Raw cell texts already kept: the same few thousand figures ("48,6%") repeat over millions of rows. */
  private readonly raws = new Map<string, string>();
  /** Kept observations share one location record per column (kept-observation.ts). */
  private readonly wheres = new WhereBook();
  /** Rows left out by the unit filter (counted, never parsed beyond the unit cell). */
  filteredOut = 0;
  /**
   * Only in tests (readData's `ledger` option): where every diagnostic points, repeats included. Every path
   * that folds a repeated problem into a count must still hand its location to the ledger.
   */
  ledger: CellLedger | undefined;
  private names: IndicatorNames | undefined;

  constructor(
    private readonly plan: Plan,
    readonly convention: Convention,
    units?: readonly string[],
  ) {
    this.units = new UnitBook(plan, units, (key, make, loc) => this.once(key, make, loc));
    // Exact codes first, then folded spellings ("DVC-Truc-Tuyen…") unless two codes fold alike.
    for (const i of plan.indicators) this.indicators.set(i.code, i);
    for (const i of plan.indicators) {
      const k = foldKey(i.code);
      if (!this.indicators.has(k)) this.indicators.set(k, i);
    }
    for (const t of plan.tasks) this.tasks.set(t.id, t);
    for (const t of plan.tasks) {
      const k = foldKey(t.id);
      if (!this.tasks.has(k)) this.tasks.set(k, t);
    }
  }

  /** Report a finding: errors one by one, warnings and notes folded per file and code (DiagnosticFolding). */
  report(d: Diagnostic): void {
    this.folding.report(d);
  }

  /** Parse a period label once per distinct text: files repeat the same few labels on every row. */
  period(text: string): Period | null {
    let p = this.periods.get(text);
    if (p === undefined) {
      p = parsePeriod(text, this.convention);
      this.periods.set(text, p);
    }
    return p;
  }

  indicator(code: string): Indicator | undefined {
    return this.indicators.get(code) ?? this.indicators.get(foldKey(code));
  }

  /** Indicator names and aliases, built on first use: files with codes and no name column never pay for it. */
  get indicatorNames(): IndicatorNames {
    this.names ??= new IndicatorNames(this.plan.indicators);
    return this.names;
  }

  task(id: string): Task | undefined {
    return this.tasks.get(id) ?? this.tasks.get(foldKey(id));
  }

  /**
   * One string for every equal raw text kept by an observation (24+ bytes each otherwise). Bounded, so a
   * file of all-distinct figures costs a lookup per row and no more.
   */
  raw(text: string): string {
    const known = this.raws.get(text);
    if (known !== undefined) return known;
    if (this.raws.size < 65536) this.raws.set(text, text);
    return text;
  }

  /** Report `make()` the first time `key` is met; later times (at `loc`) count as "and N more rows". */
  once(key: string, make: () => Diagnostic, loc?: Location): void {
    this.folding.once(key, make, loc);
  }

  /** Unknown indicator code or task id: one error per file and code, counting the other rows. */
  unknown(kind: 'indicator' | 'task', code: string, loc: Location): void {
    const key = `${kind}\u0000${loc.file}\u0000${loc.sheet ?? ''}\u0000${code}`;
    this.once(
      key,
      () => {
        const known =
          kind === 'indicator' ? this.plan.indicators.map((i) => i.code) : this.plan.tasks.map((t) => t.id);
        const near = nearest(code, known);
        return unknownDiag(kind, code, near.length ? near.map((c) => `"${c}"`).join(', ') : '', loc);
      },
      loc,
    );
  }

  addObservation(o: Observation): void {
    // Units are canonical spellings (see unit()), so equal units are equal strings here.
    const at = this.seenObs.firstOrSet(o.indicator, o.period.id, o.unit ?? '', this.observations.length);
    if (at < 0) {
      this.observations.push(this.wheres.keep(o));
      return;
    }
    const first = this.observations[at]!;
    const same =
      first.value === o.value &&
      first.assessment === o.assessment &&
      first.numerator === o.numerator &&
      first.denominator === o.denominator;
    this.report(
      duplicateDiag(
        same,
        first.source,
        o.source,
        o.raw,
        `${o.indicator} · ${o.period.id}${o.unit ? ` · ${o.unit}` : ''}`,
      ),
    );
  }

  addProgress(p: TaskProgress): void {
    const at = this.seenTasks.firstOrSet(p.task, p.period.id, p.unit ?? '', this.progress.length);
    if (at < 0) {
      this.progress.push(p);
      return;
    }
    const first = this.progress[at]!;
    this.report(
      duplicateDiag(
        first.status === p.status,
        first.source,
        p.source,
        p.raw,
        `${p.task} · ${p.period.id}${p.unit ? ` · ${p.unit}` : ''}`,
      ),
    );
  }

  /** Close the run: repeated problems get their count of further rows. */
  finish(): void {
    this.folding.finish();
  }
}
