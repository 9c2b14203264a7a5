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
import { dataDiag, placeText } from './diagnostics.js';

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

  constructor(
    private readonly plan: Plan,
    readonly convention: Convention,
  ) {
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
    const diag =
      kind === 'indicator'
        ? dataDiag(
            'data-unknown-indicator',
            'error',
            loc,
            msg(
              `Mã chỉ tiêu "${code}" không có trong kế hoạch${suggest ? `; có phải ý bạn là ${suggest}?` : '.'}`,
              `Indicator code "${code}" is not in the plan${suggest ? `; did you mean ${suggest}?` : '.'}`,
            ),
            {
              text: code,
              hint: msg(
                'Sửa mã theo danh sách chỉ tiêu của kế hoạch (mục indicators trong tệp YAML).',
                "Use a code from the plan's indicator list (the indicators section of the YAML file).",
              ),
            },
          )
        : dataDiag(
            'data-unknown-task',
            'error',
            loc,
            msg(
              `Mã nhiệm vụ "${code}" không có trong kế hoạch${suggest ? `; có phải ý bạn là ${suggest}?` : '.'}`,
              `Task id "${code}" is not in the plan${suggest ? `; did you mean ${suggest}?` : '.'}`,
            ),
            {
              text: code,
              hint: msg(
                'Sửa mã theo danh sách nhiệm vụ của kế hoạch (mục tasks trong tệp YAML).',
                "Use an id from the plan's task list (the tasks section of the YAML file).",
              ),
            },
          );
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
    this.duplicate(
      same,
      first.source,
      o.source,
      o.raw,
      `${o.indicator} · ${o.period.id}${o.unit ? ` · ${o.unit}` : ''}`,
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
    this.duplicate(
      first.status === p.status,
      first.source,
      p.source,
      p.raw,
      `${p.task} · ${p.period.id}${p.unit ? ` · ${p.unit}` : ''}`,
    );
  }

  private duplicate(same: boolean, first: Location, loc: Location, raw: string, what: string): void {
    if (same) {
      this.report(
        dataDiag(
          'data-duplicate-identical',
          'warning',
          loc,
          msg(
            `Dòng trùng với ${placeText(first, 'vi')} (${what}), cùng số liệu: chỉ tính một lần.`,
            `Row repeats ${placeText(first, 'en')} (${what}) with the same figure: counted once.`,
          ),
          { text: raw, hint: msg('Xóa một trong hai dòng.', 'Delete one of the two rows.') },
        ),
      );
      return;
    }
    this.report(
      dataDiag(
        'data-duplicate',
        'error',
        loc,
        msg(
          `Dòng trùng với ${placeText(first, 'vi')} (${what}) nhưng số liệu khác nhau: không biết dùng số nào.`,
          `Row repeats ${placeText(first, 'en')} (${what}) with a different figure: cannot tell which is right.`,
        ),
        {
          text: raw,
          hint: msg(
            'Giữ lại một dòng cho mỗi chỉ tiêu, kỳ báo cáo và đơn vị; xóa hoặc sửa dòng còn lại.',
            'Keep one row per indicator, period and unit; delete or correct the other.',
          ),
        },
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
