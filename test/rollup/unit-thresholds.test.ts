import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/evaluate/evaluate-plan.js';
import type { Plan, Target } from '../../src/model/plan.js';
import { indicator, obs, options, target } from '../evaluate/builders.js';

function planWith(targets: Target[]): Plan {
  return {
    schemaVersion: 2,
    id: 'p',
    title: 'p',
    issuer: { name: 'Sở Nội vụ' },
    basis: [],
    revision: { number: 1 },
    period: { start: '2026-01-01', end: '2027-12-31' },
    reporting: { convention: 'cchc', timezone: 'Asia/Ho_Chi_Minh' },
    units: [],
    phases: [],
    areas: [],
    indicators: [indicator('dung-han', 'percentage'), indicator('ty-le', 'percentage')],
    targets,
    tasks: [],
    positions: {},
  };
}

const overUnits = (thresholds: NonNullable<Target['overUnits']>['thresholds']) => ({
  need: { kind: 'share' as const, value: 80, text: '≥ 80%' },
  noData: 'exclude' as const,
  thresholds,
});

describe('per-unit thresholds of a target over units', () => {
  const data = [
    obs('dung-han', 'Quý III/2026', 90, { unit: 'xa-trung-tam' }),
    obs('dung-han', 'Quý III/2026', 90, { unit: 'xa-mien-nui' }),
    obs('dung-han', 'Quý III/2026', 85, { unit: 'xa-khac' }),
  ];

  it('a unit is held to its own threshold; the others to the plan’s, exactly at it included', () => {
    const t = target({
      indicator: 'dung-han',
      comparator: '>=',
      value: 95,
      deadline: '2026-09-14',
      overUnits: overUnits([{ unit: 'xa-mien-nui', value: 90, note: 'xã miền núi' }]),
    });
    const r = evaluatePlan(planWith([t]), data, [], options('2026-09-20'));
    const by = Object.fromEntries(r.targets.map((e) => [e.reportingUnit, e]));
    expect(by['xa-mien-nui']).toMatchObject({ status: 'met', targetValue: 90 });
    expect(by['xa-trung-tam']).toMatchObject({ status: 'missed', targetValue: 95 });
    expect(by['xa-khac']).toMatchObject({ status: 'missed', targetValue: 95 });
  });

  it('a threshold for between replaces its edges for that unit only', () => {
    const t = target({
      indicator: 'ty-le',
      comparator: 'between',
      range: { min: 10, max: 20 },
      deadline: '2026-09-14',
      overUnits: overUnits([{ unit: 'a', max: 30 }]),
    });
    const rows = [
      obs('ty-le', 'Quý III/2026', 25, { unit: 'a' }),
      obs('ty-le', 'Quý III/2026', 25, { unit: 'b' }),
    ];
    const r = evaluatePlan(planWith([t]), rows, [], options('2026-09-20'));
    expect(r.targets.map((e) => [e.reportingUnit, e.status])).toEqual([
      ['a', 'met'],
      ['b', 'missed'],
    ]);
  });
});
