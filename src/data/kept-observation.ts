import type { Location } from '../model/diagnostic.js';
import type { Assessment, Observation } from '../model/observation.js';
import type { Period } from '../model/period.js';

/** The part of a figure's location that every row of one column shares: file, sheet, column letter, header. */
type Where = Omit<Location, 'row'>;

/** Counts ("585") are read as doubles; a whole number kept as one would cost a 16-byte box per row. */
const small = (n: number | undefined): number | undefined =>
  n !== undefined && n >= 0 && n <= 0x3fffffff && Math.floor(n) === n ? n | 0 : n;

/**
 * An observation as the reader keeps it, for the rest of the run. The same fields as a plain Observation,
 * except that its location is the row number plus a record shared by the whole column (`source` builds the
 * Location when asked): at national scale (2.5 M rows) a Location object per row was 56 bytes of every
 * figure kept, and whole-number counts boxed as doubles 32 more. `JSON.stringify` gives the plain shape.
 */
export class KeptObservation implements Observation {
  readonly indicator: string;
  readonly period: Period;
  readonly value: number | null;
  readonly raw: string;
  readonly unit: string | undefined;
  readonly numerator: number | undefined;
  readonly denominator: number | undefined;
  readonly assessment: Assessment | undefined;
  readonly evidence: string | undefined;
  readonly note: string | undefined;
  readonly #row: number;
  readonly #where: Where;

  constructor(o: Observation, where: Where, row: number) {
    this.indicator = o.indicator;
    this.period = o.period;
    this.value = o.value;
    this.raw = o.raw;
    this.unit = o.unit;
    this.numerator = small(o.numerator);
    this.denominator = small(o.denominator);
    this.assessment = o.assessment;
    this.evidence = o.evidence;
    this.note = o.note;
    this.#row = row;
    this.#where = where;
  }

  /** Where the figure was read, key for key the Location the reader made. */
  get source(): Location {
    const w = this.#where;
    if (this.#row < 0) return w;
    // One literal per shape the readers make (locate()): fields added one by one live outside the object.
    const { file, sheet, col, field } = w;
    const row = this.#row;
    if (sheet === undefined) return field === undefined ? { file, row, col } : { file, row, col, field };
    return field === undefined ? { file, sheet, row, col } : { file, sheet, row, col, field };
  }

  /** The plain Observation (absent fields left out), for JSON and for anyone who spreads it. */
  toJSON(): Observation {
    const o: Observation = {
      indicator: this.indicator,
      period: this.period,
      value: this.value,
      raw: this.raw,
      source: this.source,
    };
    if (this.assessment !== undefined) o.assessment = this.assessment;
    if (this.unit !== undefined) o.unit = this.unit;
    if (this.evidence !== undefined) o.evidence = this.evidence;
    if (this.note !== undefined) o.note = this.note;
    if (this.numerator !== undefined) o.numerator = this.numerator;
    if (this.denominator !== undefined) o.denominator = this.denominator;
    return o;
  }
}

/**
 * One shared Where per column of a table, so a kept row holds a pointer and its row number. The readers'
 * locations (locate()) have only file, sheet, row, column and header; any other location is kept whole.
 */
export class WhereBook {
  private last: Where | undefined;
  private readonly known = new Map<string, Where>();

  keep(o: Observation): KeptObservation {
    const s = o.source;
    const l = this.last;
    if (l && s.col === l.col && s.field === l.field && s.file === l.file && s.sheet === l.sheet)
      return new KeptObservation(o, l, s.row ?? -1);
    if (s.row === undefined || Object.keys(s).some((k) => !PLAIN.has(k)))
      return new KeptObservation(o, s, -1);
    const key = `${s.file}\u0000${s.sheet ?? ''}\u0000${s.col ?? ''}\u0000${s.field ?? ''}`;
    let w = this.known.get(key);
    if (!w) {
      const { row: _row, ...rest } = s;
      w = rest;
      this.known.set(key, w);
    }
    this.last = w;
    return new KeptObservation(o, w, s.row);
  }
}

const PLAIN = new Set(['file', 'sheet', 'row', 'col', 'field']);
