import type { EvaluateOptions } from '../../src/evaluate/options.js';
import type { Observation, TaskProgress } from '../../src/model/observation.js';
import type { Period } from '../../src/model/period.js';
import type { Indicator, IndicatorKind, Plan, Target, Task } from '../../src/model/plan.js';
import { parsePeriod } from '../../src/periods/index.js';

/** Small builders so each test states only what matters to it. */

export function period(label: string): Period {
  const p = parsePeriod(label, 'cchc');
  if (!p) throw new Error(`test period not understood: ${label}`);
  return p;
}

export function indicator(code: string, kind: IndicatorKind, extra: Partial<Indicator> = {}): Indicator {
  const unit = kind === 'percentage' ? '%' : kind === 'level' ? 'cấp độ' : kind === 'rank' ? 'hạng' : '';
  return { code, name: code, kind, unit, ...extra };
}

export function target(extra: Partial<Target> & Pick<Target, 'indicator'>): Target {
  return {
    id: extra.indicator,
    title: `Chỉ tiêu ${extra.indicator}`,
    deadline: '2027-12-31',
    deadlineLabel: 'Giai đoạn 2026-2027',
    owner: 'vhxh',
    partners: [],
    ...extra,
  };
}

let row = 1;
export function obs(
  indicatorCode: string,
  periodLabel: string,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation {
  row += 1;
  return {
    indicator: indicatorCode,
    period: period(periodLabel),
    value,
    raw: value === null ? '' : String(value),
    source: { file: 'data.csv', row, col: 'C', field: 'Giá trị' },
    ...extra,
  };
}

export function report(
  taskId: string,
  periodLabel: string,
  status: TaskProgress['status'],
  unit?: string,
): TaskProgress {
  row += 1;
  const p: TaskProgress = {
    task: taskId,
    period: period(periodLabel),
    status,
    raw: status,
    source: { file: 'data.csv', row, col: 'D', field: 'Tình trạng' },
  };
  if (unit !== undefined) p.unit = unit;
  return p;
}

export function task(id: string, schedule: Task['schedule']): Task {
  return { id, content: `Nhiệm vụ ${id}`, owner: 'vhxh', partners: ['cac-don-vi'], schedule };
}

/** Options at an as-of date; the current window is the CCHC quarter containing it unless given. */
export function options(asOf: string, extra: Partial<EvaluateOptions> = {}): EvaluateOptions {
  return { asOf, window: windowFor(asOf), ...extra };
}

function windowFor(asOf: string): Period {
  // Quarter windows under the CCHC convention: Q1 15/12–14/3, Q2 15/3–14/6, Q3 15/6–14/9, Q4 15/9–14/12.
  const y = Number(asOf.slice(0, 4));
  const md = asOf.slice(5);
  if (md >= '12-15') return period(`Quý I/${y + 1}`);
  if (md <= '03-14') return period(`Quý I/${y}`);
  if (md <= '06-14') return period(`Quý II/${y}`);
  if (md <= '09-14') return period(`Quý III/${y}`);
  return period(`Quý IV/${y}`);
}

export function plan(extra: Partial<Plan>): Plan {
  return {
    schemaVersion: 1,
    id: 'test',
    title: 'Kế hoạch thử',
    issuer: { name: 'UBND xã Thử' },
    basis: [],
    revision: { number: 1 },
    period: { start: '2026-01-01', end: '2030-12-31' },
    reporting: { convention: 'cchc', timezone: 'Asia/Ho_Chi_Minh' },
    units: [{ id: 'vhxh', name: 'Phòng Văn hóa - Xã hội' }],
    phases: [{ id: 'gd-2026-2027', name: 'Giai đoạn 2026-2027', start: '2026-01-01', end: '2027-12-31' }],
    areas: [],
    indicators: [],
    targets: [],
    tasks: [],
    positions: {},
    ...extra,
  };
}
