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
import { UnitBook } from './unit-book.js';

function slotOf<T>(maps: Map<string, Map<string, Map<string, T>>>, a: string, b: string): Map<string, T> {
  let byPeriod = maps.get(a);
  if (!byPeriod) {
    byPeriod = new Map();
    maps.set(a, byPeriod);
  }
  let byUnit = byPeriod.get(b);
  if (!byUnit) {
    byUnit = new Map();
    byPeriod.set(b, byUnit);
  }
  return byUnit;
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
  // indicator/task → period id → unit ('' when none) → first row: nested maps, no key string per row.
  private readonly seenObs = new Map<string, Map<string, Map<string, Observation>>>();
  private readonly seenTasks = new Map<string, Map<string, Map<string, TaskProgress>>>();
  /** Whose rows these are, the --unit filter and the units met (UnitBook). */
  readonly units: UnitBook;
  /** Raw cell texts already kept: the same few thousand figures ("48,6%") repeat over millions of rows. */
  private readonly raws = new Map<string, string>();
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
    const slot = slotOf(this.seenObs, o.indicator, o.period.id);
    // Units are canonical spellings (see unit()), so equal units are equal strings here.
    const unit = o.unit ?? '';
    const first = slot.get(unit);
    if (!first) {
      slot.set(unit, o);
      this.observations.push(o);
      return;
    }
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
    const slot = slotOf(this.seenTasks, p.task, p.period.id);
    const unit = p.unit ?? '';
    const first = slot.get(unit);
    if (!first) {
      slot.set(unit, p);
      this.progress.push(p);
      return;
    }
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
