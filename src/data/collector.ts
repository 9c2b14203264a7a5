/**
 * Everything one readData run accumulates across files: lookups precomputed from the plan, a period
 * parse cache, the observations and task progress in input order, duplicate detection and diagnostics.
 */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import type { Observation, TaskProgress } from '../model/observation.js';
import type { Convention, Period } from '../model/period.js';
import type { Indicator, Plan, Task } from '../model/plan.js';
import { parsePeriod } from '../periods/index.js';
import { foldKey, nearest } from '../util/text.js';
import { duplicateDiag, unknownDiag } from './collector-problems.js';

/** A first report of a repeated problem, so a code wrong on 5 000 rows gives one diagnostic. */
interface Repeated {
  diag: Diagnostic;
  more: number;
}

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
  readonly diagnostics: Diagnostic[] = [];
  private readonly indicators = new Map<string, Indicator>();
  private readonly tasks = new Map<string, Task>();
  private readonly periods = new Map<string, Period | null>();
  // indicator/task → period id → unit ('' when none) → first row: nested maps, no key string per row.
  private readonly seenObs = new Map<string, Map<string, Map<string, Observation>>>();
  private readonly seenTasks = new Map<string, Map<string, Map<string, TaskProgress>>>();
  /** Unit text as written → canonical spelling; folded spelling → canonical spelling. */
  private readonly unitText = new Map<string, string>();
  private readonly units = new Map<string, string>();
  private readonly repeated = new Map<string, Repeated>();
  /** Folded spellings of the reporting units to keep; null keeps every unit. */
  private readonly unitFilter: Set<string> | null;
  /** Unit text as written → kept by the filter: one lookup per row, no folding per row. */
  private readonly unitKept = new Map<string, boolean>();
  /** Raw cell texts already kept: the same few thousand figures ("48,6%") repeat over millions of rows. */
  private readonly raws = new Map<string, string>();
  /** Rows left out by the unit filter (counted, never parsed beyond the unit cell). */
  filteredOut = 0;

  constructor(
    private readonly plan: Plan,
    readonly convention: Convention,
    units?: readonly string[],
  ) {
    this.unitFilter = units === undefined ? null : new Set(units.map(foldKey));
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

  report(d: Diagnostic): void {
    this.diagnostics.push(d);
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

  task(id: string): Task | undefined {
    return this.tasks.get(id) ?? this.tasks.get(foldKey(id));
  }

  /** Reporting units: the first spelling seen stands for every spelling that folds the same. */
  unit(text: string): string {
    let u = this.unitText.get(text);
    if (u !== undefined) return u;
    const k = foldKey(text);
    u = this.units.get(k);
    if (u === undefined) {
      u = text;
      this.units.set(k, u);
    }
    this.unitText.set(text, u);
    return u;
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
  keepsUnit(text: string): boolean {
    let kept = this.unitKept.get(text);
    if (kept === undefined) {
      if (text !== '') this.unit(text);
      kept = text === '' || this.unitFilter === null || this.unitFilter.has(foldKey(text));
      this.unitKept.set(text, kept);
    }
    return kept;
  }

  /** Canonical spellings of the reporting units met, sorted. */
  unitsSeen(): string[] {
    return [...new Set(this.units.values())].sort();
  }

  /** Every spelling written for each canonical unit (canonical first), for "looks like the same unit" warnings. */
  unitSpellings(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [text, u] of this.unitText) {
      const list = out[u] ?? [u];
      if (text !== u) list.push(text);
      out[u] = list;
    }
    return out;
  }

  /** Unknown indicator code or task id: one error per file and code, counting the other rows. */
  unknown(kind: 'indicator' | 'task', code: string, loc: Location): void {
    const key = `${kind}\u0000${loc.file}\u0000${loc.sheet ?? ''}\u0000${code}`;
    const seen = this.repeated.get(key);
    if (seen) {
      seen.more++;
      return;
    }
    const known =
      kind === 'indicator' ? this.plan.indicators.map((i) => i.code) : this.plan.tasks.map((t) => t.id);
    const near = nearest(code, known);
    const suggest = near.length ? near.map((c) => `"${c}"`).join(', ') : '';
    const diag = unknownDiag(kind, code, suggest, loc);
    this.repeated.set(key, { diag, more: 0 });
    this.report(diag);
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
    for (const r of this.repeated.values()) {
      if (r.more === 0) continue;
      r.diag.message = msg(
        `${r.diag.message.vi} (và ${r.more} dòng khác trong cùng tệp)`,
        `${r.diag.message.en} (and ${r.more} more row${r.more === 1 ? '' : 's'} in the same file)`,
      );
    }
  }
}
