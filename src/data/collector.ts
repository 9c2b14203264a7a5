/**
 * Everything one readData run accumulates across files: lookups precomputed from the plan, a period
 * parse cache, the observations and task progress in input order, duplicate detection and diagnostics.
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
import { WhoseData } from './whose-data.js';

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
  /** Unit text as written → whose data it is (resolved once per distinct spelling). */
  private readonly unitText = new Map<string, ReturnType<WhoseData['of']>>();
  /** Units met (ids of reporting units, the issuer's name), in the order first met. */
  private readonly units = new Set<string>();
  readonly whose: WhoseData;
  /** Units to keep (resolved: reporting unit ids, '' for the issuer's own rows); null keeps every unit. */
  private readonly unitFilter: Set<string> | null;
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
    this.whose = new WhoseData(plan);
    this.unitFilter = units === undefined ? null : new Set(units.map((u) => this.filterKey(u)));
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

  /** Whose a unit cell says the row is, resolved once per spelling. */
  private whoseOf(text: string): ReturnType<WhoseData['of']> {
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
   * One string for every equal raw text kept by an observation (24+ bytes each otherwise). Bounded, so a
   * file of all-distinct figures costs a lookup per row and no more.
   */
  raw(text: string): string {
    const known = this.raws.get(text);
    if (known !== undefined) return known;
    if (this.raws.size < 65536) this.raws.set(text, text);
    return text;
  }

  /** True when a filter on reporting units is set: rows must then be checked with keepsUnit. */
  get filtersUnits(): boolean {
    return this.unitFilter !== null;
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

  /** Report `make()` the first time `key` is met; later times (at `loc`) count as "and N more rows". */
  once(key: string, make: () => Diagnostic, loc?: Location): void {
    this.folding.once(key, make, loc);
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
