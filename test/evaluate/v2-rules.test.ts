import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../src/evaluate/evaluate-target.js';
import type { Observation } from '../../src/model/observation.js';
import type { Indicator, Target } from '../../src/model/plan.js';
import { explainTarget } from '../../src/words/reasons-target.js';
import { indicator, obs, options, target } from './builders.js';

const run = (t: Target, ind: Indicator, observations: Observation[], asOf = '2026-09-14') =>
  explainTarget(
    evaluateTarget({ target: t, indicator: ind, observations, start: '2026-01-01' }, options(asOf)),
  );

const pct = indicator('dvc', 'percentage');
// After the deadline the decisive figure alone decides met / missed: no path, no direct rule.
const due = '2026-06-30';
const after = '2026-09-14';

describe('strict comparators: exactly the value is not enough', () => {
  it.each([
    ['>', 98, 98, 'missed'],
    ['>', 98, 98.01, 'met'],
    ['>=', 98, 98, 'met'],
    ['<', 5, 5, 'missed'],
    ['<', 5, 4.99, 'met'],
    ['<=', 5, 5, 'met'],
  ] as const)('%s %d with actual %d → %s', (comparator, value, actual, status) => {
    const e = run(
      target({ indicator: 'dvc', comparator, value, deadline: due }),
      pct,
      [obs('dvc', 'Quý II/2026', actual)],
      after,
    );
    expect(e.status).toBe(status);
  });

  it('the reason says "chưa > 98%" for exactly 98%', () => {
    const e = run(
      target({ indicator: 'dvc', comparator: '>', value: 98, deadline: due }),
      pct,
      [obs('dvc', 'Quý II/2026', 98)],
      after,
    );
    expect(e.reason.vi).toContain('thực tế 98% (Quý II/2026) chưa > 98%');
    expect(e.reason.en).toContain('not > 98%');
  });

  it('before the deadline, exactly on a strict target is not met', () => {
    const e = run(target({ indicator: 'dvc', comparator: '>', value: 98 }), pct, [
      obs('dvc', 'Quý III/2026', 98),
    ]);
    expect(e.status).not.toBe('met');
  });
});

describe('between: both edges included', () => {
  const band = target({
    indicator: 'dvc',
    comparator: 'between',
    range: { min: 90, max: 95 },
    deadline: due,
  });
  it.each([
    [89.99, 'missed'],
    [90, 'met'],
    [92, 'met'],
    [95, 'met'],
    [95.01, 'missed'],
  ])('actual %d → %s', (actual, status) => {
    expect(run(band, pct, [obs('dvc', 'Quý II/2026', actual)], after).status).toBe(status);
  });
  it('says the band in the reason', () => {
    const e = run(band, pct, [obs('dvc', 'Quý II/2026', 96)], after);
    expect(e.reason.vi).toContain('chưa trong khoảng 90%–95%');
    expect(e.targetRange).toEqual({ min: 90, max: 95 });
  });
  it('before the deadline a band is approached from the side the figure is on', () => {
    const open = target({
      indicator: 'dvc',
      comparator: 'between',
      range: { min: 90, max: 95 },
      baseline: { value: 100, date: '2025-12-31' },
    });
    const e = run(open, pct, [obs('dvc', 'Quý III/2026', 99)]);
    expect(['on-track', 'at-risk']).toContain(e.status);
    expect(e.expected).not.toBeNull();
    expect(e.expected!).toBeLessThan(100);
    expect(e.expected!).toBeGreaterThan(95);
  });
});

describe('kind: score', () => {
  const score = indicator('par', 'score', {
    unit: 'điểm',
    max: 100,
    bands: [
      { name: 'Trung bình', min: 50 },
      { name: 'Tốt', min: 70 },
      { name: 'Rất tốt', min: 80 },
    ],
  });
  it.each([
    [100, 'met'],
    [80, 'met'],
    [79.99, 'missed'],
  ])('"xếp loại Rất tốt trở lên" with %d → %s', (actual, status) => {
    const t = target({ indicator: 'par', comparator: '>=', value: 80, band: 'Rất tốt', deadline: due });
    expect(run(t, score, [obs('par', 'Quý II/2026', actual)], after).status).toBe(status);
  });
  it('names the band of the figure and of the target', () => {
    const t = target({ indicator: 'par', comparator: '>=', value: 80, band: 'Rất tốt', deadline: due });
    const e = run(t, score, [obs('par', 'Quý II/2026', 72.5)], after);
    expect(e.reason.vi).toContain('thực tế 72,5 điểm (Tốt) (Quý II/2026) chưa ≥ 80 điểm (Rất tốt)');
    expect(e.reason.en).toContain('72.5 points (Tốt)');
    expect(e.band).toBe('Rất tốt');
    expect(e.max).toBe(100);
  });
});

describe('relative targets: the reason shows the baseline and the threshold', () => {
  const rank = indicator('hang', 'rank');
  const better5 = target({
    indicator: 'hang',
    comparator: '<=',
    value: 7,
    relative: { by: 'places', change: -5 },
    baseline: { value: 12, date: '2025-12-31' },
    deadline: due,
  });
  it.each([
    [7, 'met'],
    [8, 'missed'],
    [6, 'met'],
  ])('rank 12 better by 5: actual %d → %s', (actual, status) => {
    expect(run(better5, rank, [obs('hang', 'Quý II/2026', actual)], after).status).toBe(status);
  });
  it('says where 7 comes from', () => {
    const e = run(better5, rank, [obs('hang', 'Quý II/2026', 7)], after);
    expect(e.reason.vi).toMatch(
      /^chỉ tiêu tính từ mốc cơ sở hạng 12 \(31\/12\/2025\): tăng 5 bậc → ≤ hạng 7; /,
    );
    expect(e.reason.en).toMatch(
      /^the target is computed from the baseline rank 12 \(31\/12\/2025\): up 5 places → ≤ rank 7; /,
    );
    expect(e.relative).toEqual({ by: 'places', change: -5, baseline: { value: 12, date: '2025-12-31' } });
  });
  it('a percentage of the baseline, exactly at the threshold, is met', () => {
    const count = indicator('hs', 'count', { unit: 'hồ sơ' });
    const t = target({
      indicator: 'hs',
      comparator: '<=',
      value: 40,
      relative: { by: 'percent', change: -20 },
      baseline: { value: 50, date: '2025-12-31' },
      deadline: due,
    });
    const e = run(t, count, [obs('hs', 'Quý II/2026', 40)], after);
    expect(e.status).toBe('met');
    expect(e.reason.vi).toContain('mốc cơ sở 50 hồ sơ (31/12/2025): giảm 20% so với mốc → ≤ 40 hồ sơ');
    expect(run(t, count, [obs('hs', 'Quý II/2026', 41)], after).status).toBe('missed');
  });
});

describe('aspirational targets', () => {
  it('a missed aspiration is still missed, and marked as an aspiration', () => {
    const t = target({ indicator: 'dvc', comparator: '>=', value: 100, deadline: due, aspirational: true });
    const e = run(t, pct, [obs('dvc', 'Quý II/2026', 90)], after);
    expect(e.status).toBe('missed');
    expect(e.aspirational).toBe(true);
  });
  it('a binding target carries no flag', () => {
    const t = target({ indicator: 'dvc', comparator: '>=', value: 100, deadline: due });
    expect(run(t, pct, [obs('dvc', 'Quý II/2026', 90)], after).aspirational).toBeUndefined();
  });
});
