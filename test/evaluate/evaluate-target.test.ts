import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../src/evaluate/evaluate-target.js';
import type { EvaluateOptions } from '../../src/evaluate/options.js';
import type { Observation } from '../../src/model/observation.js';
import type { Indicator, Target } from '../../src/model/plan.js';
import { explainTarget } from '../../src/words/reasons-target.js';
import { indicator, obs, options, period, target } from './builders.js';

const pct = indicator('dvc', 'percentage');
const ge100 = target({ indicator: 'dvc', comparator: '>=', value: 100 });

function run(t: Target, ind: Indicator, observations: Observation[], opts: EvaluateOptions) {
  return explainTarget(
    evaluateTarget({ target: t, indicator: ind, observations, start: '2026-01-01' }, opts),
  );
}

// Linear path used below: 40% at 14/03/2026 (end of Quý I/2026) → 100% at 31/12/2027 (657 days);
// at 14/09/2026 (184 days in) the expected value is 40 + 60 × 184/657 = 56,80%.
describe('percentage ≥ target', () => {
  it.each([
    ['exactly on target', [obs('dvc', 'Quý III/2026', 100)], 'met', null],
    ['above target', [obs('dvc', 'Quý III/2026', 100.5)], 'met', null],
    [
      'just below, on the path',
      [obs('dvc', 'Quý I/2026', 40), obs('dvc', 'Quý III/2026', 57)],
      'on-track',
      56.8,
    ],
    [
      'exactly on the path',
      [obs('dvc', 'Quý I/2026', 40), obs('dvc', 'Quý III/2026', 56.8)],
      'on-track',
      56.8,
    ],
    [
      'just below the path',
      [obs('dvc', 'Quý I/2026', 40), obs('dvc', 'Quý III/2026', 56.79)],
      'at-risk',
      56.8,
    ],
    ['well below the path', [obs('dvc', 'Quý I/2026', 40), obs('dvc', 'Quý III/2026', 55)], 'at-risk', 56.8],
    ['one figure, no baseline: direct rule', [obs('dvc', 'Quý III/2026', 55)], 'on-track', null],
  ] as const)('%s → %s', (_name, observations, status, expected) => {
    const e = run(ge100, pct, [...observations], options('2026-09-14'));
    expect(e.status).toBe(status);
    expect(e.expected).toBe(expected);
    expect(e.stale).toBe(false);
  });

  it('tolerance is in percentage points and is said in the reason', () => {
    const data = [obs('dvc', 'Quý I/2026', 40), obs('dvc', 'Quý III/2026', 55)];
    const e = run(ge100, pct, data, options('2026-09-14', { tolerance: 2 }));
    expect(e.status).toBe('on-track');
    expect(e.reason.vi).toContain('dung sai 2 điểm %');
    expect(run(ge100, pct, data, options('2026-09-14', { tolerance: 1.7 })).status).toBe('at-risk');
  });

  it('shows the arithmetic in words, Vietnamese numbers and dates', () => {
    const e = run(
      ge100,
      pct,
      [obs('dvc', 'Quý I/2026', 40), obs('dvc', 'Quý III/2026', 55.5)],
      options('2026-09-14'),
    );
    expect(e.reason.vi).toBe(
      'kỳ vọng 56,8% đến 14/09/2026 theo lộ trình từ 40% (14/03/2026) đến 100% (31/12/2027); thực tế 55,5% (Quý III/2026) → có nguy cơ không đạt',
    );
    expect(e.reason.en).toBe(
      'expected 56.8% by 14/09/2026 on the path from 40% (14/03/2026) to 100% (31/12/2027); actual 55.5% (Q3 2026) → at risk',
    );
    expect(e.method).toBe('linear');
  });

  it('a plan baseline makes one figure enough for the linear path', () => {
    const t = { ...ge100, baseline: { value: 40, date: '2025-12-31' } };
    const e = run(t, pct, [obs('dvc', 'Quý III/2026', 50)], options('2026-09-14'));
    // 40 + 60 × 257/730 = 61,12
    expect(e).toMatchObject({ status: 'at-risk', expected: 61.12, method: 'linear' });
    expect(e.reason.vi).toContain('từ mốc cơ sở 40% (31/12/2025)');
  });

  it('the direct rule turns at risk once less than half the time remains', () => {
    const e = run(ge100, pct, [obs('dvc', 'Quý I/2027', 55)], options('2027-03-14'));
    expect(e.status).toBe('at-risk');
    expect(e.method).toBe('direct');
    expect(e.reason.vi).toContain('chỉ có một kỳ số liệu');
  });
});

describe('each direction', () => {
  const late = indicator('tre-han', 'percentage');
  it.each([
    ['<=', 5, [obs('tre-han', 'Quý III/2026', 5)], 'met'],
    ['<=', 5, [obs('tre-han', 'Quý III/2026', 5.01)], 'on-track'], // one figure → direct rule
    ['<=', 5, [obs('tre-han', 'Quý I/2026', 20), obs('tre-han', 'Quý III/2026', 15.8)], 'on-track'], // path 15,8
    ['<=', 5, [obs('tre-han', 'Quý I/2026', 20), obs('tre-han', 'Quý III/2026', 15.81)], 'at-risk'],
    ['=', 50, [obs('tre-han', 'Quý III/2026', 50)], 'met'],
    ['=', 50, [obs('tre-han', 'Quý I/2026', 70), obs('tre-han', 'Quý III/2026', 64)], 'on-track'], // path 64,4
    ['=', 50, [obs('tre-han', 'Quý I/2026', 70), obs('tre-han', 'Quý III/2026', 35)], 'at-risk'], // overshoot: 15 away > 14,4
  ] as const)('%s %s, case %# → %s', (comparator, value, observations, status) => {
    const t = target({ indicator: 'tre-han', comparator, value });
    expect(run(t, late, [...observations], options('2026-09-14')).status).toBe(status);
  });
});

describe('no data', () => {
  it('a zero denominator is no data, never 0%', () => {
    const zero = obs('dvc', 'Quý III/2026', null, { numerator: 0, denominator: 0, raw: '' });
    const e = run(ge100, pct, [zero], options('2026-09-14'));
    expect(e).toMatchObject({ status: 'no-data', actual: null, method: 'none' });
    expect(e.reason.vi).toContain('mẫu số bằng 0');
    expect(e.reason.en).toContain('not counted as 0%');
  });
  it('a figure for a period ending after as-of is not used yet', () => {
    const e = run(ge100, pct, [obs('dvc', 'Quý IV/2026', 100)], options('2026-09-14'));
    expect(e.status).toBe('no-data');
    expect(e.reason.vi).toContain('kết thúc sau ngày đánh giá');
  });
  it('no observation at all', () => {
    expect(run(ge100, pct, [], options('2026-09-14')).status).toBe('no-data');
  });
});

describe('deadline', () => {
  const history = [obs('dvc', 'Quý I/2026', 40)];
  it.each([
    ['the deadline day itself, below: not yet missed', '2027-12-31', 98, 'at-risk'], // path 98,45 at 14/12/2027
    ['the deadline day itself, reached', '2027-12-31', 100, 'met'],
    ['the day after, below', '2028-01-01', 98, 'missed'],
    ['the day after, reached', '2028-01-01', 100, 'met'],
  ] as const)('%s → %s', (_n, asOf, value, status) => {
    const e = run(ge100, pct, [...history, obs('dvc', 'Năm 2027', value)], options(asOf));
    expect(e.status).toBe(status);
  });
  it('missed, and says when it was reached later', () => {
    const data = [...history, obs('dvc', 'Năm 2027', 90), obs('dvc', 'Quý I/2028', 100)];
    const e = run(ge100, pct, data, options('2028-03-14'));
    expect(e.status).toBe('missed');
    expect(e.actual?.period.id).toBe('2027');
    expect(e.reason.vi).toContain('đã đạt sau hạn, vào kỳ Quý I/2028');
  });
  it('past the deadline with figures only after it → no-data, not missed', () => {
    const e = run(ge100, pct, [obs('dvc', 'Quý I/2028', 90)], options('2028-03-14'));
    expect(e.status).toBe('no-data');
  });
});

describe('stale data', () => {
  it('is flagged and said in the reason, the status still comes from the figure', () => {
    const e = run(ge100, pct, [obs('dvc', 'Quý I/2026', 100)], options('2026-09-14'));
    expect(e).toMatchObject({ status: 'met', stale: true });
    expect(e.reason.vi).toContain('cũ hơn kỳ báo cáo hiện tại (Quý III/2026)');
  });
  it('after the deadline the decisive figure is not stale, and the reason does not say it is', () => {
    const data = [obs('dvc', 'Quý I/2026', 40), obs('dvc', 'Năm 2027', 90)];
    const e = run(ge100, pct, data, options('2028-09-14'));
    expect(e).toMatchObject({ status: 'missed', stale: false });
    expect(e.reason.vi).not.toContain('cũ hơn');
    expect(e.reason.en).not.toContain('older than');
  });
  it('a figure of the current window is not stale', () => {
    expect(run(ge100, pct, [obs('dvc', 'Quý III/2026', 100)], options('2026-09-14')).stale).toBe(false);
  });
});

describe('rank and level', () => {
  const rank = indicator('hang', 'rank');
  const keep = target({ indicator: 'hang', comparator: 'maintain-or-improve', deadline: '2030-12-31' });
  it.each([
    ['improved on the earliest figure', [obs('hang', 'Năm 2025', 12), obs('hang', 'Quý III/2026', 9)], 'met'],
    ['kept the same rank', [obs('hang', 'Năm 2025', 12), obs('hang', 'Quý III/2026', 12)], 'met'],
    ['fell one place', [obs('hang', 'Năm 2025', 12), obs('hang', 'Quý III/2026', 13)], 'at-risk'],
  ] as const)('rank %s → %s', (_n, observations, status) => {
    const e = run(keep, rank, [...observations], options('2026-09-14'));
    expect(e.status).toBe(status);
    expect(e.targetValue).toBe(12);
    expect(e.reason.vi).toContain('mốc tham chiếu là hạng 12');
  });
  it.each([
    [10, 10, 'met'],
    [10, 11, 'at-risk'],
  ])('rank against a plan reference %i, actual %i → %s', (ref, actual, status) => {
    const e = run(
      { ...keep, value: ref },
      rank,
      [obs('hang', 'Quý III/2026', actual)],
      options('2026-09-14'),
    );
    expect(e.status).toBe(status);
  });

  const level = indicator('qtdl', 'level');
  const l3 = target({ indicator: 'qtdl', comparator: '>=', value: 3 });
  it.each([
    [
      'still level 2, the step is not due yet',
      '2026-09-14',
      [obs('qtdl', 'Quý I/2026', 2), obs('qtdl', 'Quý III/2026', 2)],
      'on-track',
    ],
    ['level 3 reached', '2026-09-14', [obs('qtdl', 'Quý I/2026', 2), obs('qtdl', 'Quý III/2026', 3)], 'met'],
    [
      'level 2 on the deadline day',
      '2027-12-31',
      [obs('qtdl', 'Quý I/2026', 2), obs('qtdl', 'Năm 2027', 2)],
      'on-track',
    ],
    [
      'level 2 after the deadline',
      '2028-01-01',
      [obs('qtdl', 'Quý I/2026', 2), obs('qtdl', 'Năm 2027', 2)],
      'missed',
    ],
    [
      'fell back to level 1',
      '2026-09-14',
      [obs('qtdl', 'Quý I/2026', 2), obs('qtdl', 'Quý III/2026', 1)],
      'at-risk',
    ],
  ] as const)('level %s → %s', (_n, asOf, observations, status) => {
    expect(run(l3, level, [...observations], options(asOf)).status).toBe(status);
  });
});

describe('milestone and qualitative', () => {
  const ms = indicator('sap-xep', 'milestone');
  const t = target({ indicator: 'sap-xep' });
  it.each([
    ['done', '2026-09-14', 'met'],
    ['in-progress', '2026-09-14', 'on-track'],
    ['not-started', '2026-09-14', 'at-risk'],
    ['in-progress', '2028-01-14', 'missed'],
    ['done', '2028-01-14', 'met'],
  ] as const)('%s at %s → %s', (assessment, asOf, status) => {
    const e = run(t, ms, [obs('sap-xep', 'Quý III/2026', null, { assessment })], options(asOf));
    expect(e.status).toBe(status);
    expect(e.method).toBe('assessment');
  });
  const q = indicator('bo-may', 'qualitative');
  it.each([
    ['achieved', 'met'],
    ['not-achieved', 'at-risk'],
  ] as const)('qualitative %s → %s', (assessment, status) => {
    const e = run(
      target({ indicator: 'bo-may' }),
      q,
      [obs('bo-may', 'Quý III/2026', null, { assessment })],
      options('2026-09-14'),
    );
    expect(e.status).toBe(status);
    expect(e.reason.vi).toContain('đánh giá:');
  });
});

describe('trend method', () => {
  const trend = { method: 'trend' as const };
  it('projects past 100% but clamps to the ceiling', () => {
    const data = [
      obs('dvc', 'Quý I/2026', 90),
      obs('dvc', 'Quý II/2026', 95),
      obs('dvc', 'Quý III/2026', 99),
    ];
    const e = run(ge100, pct, data, options('2026-09-14', trend));
    expect(e).toMatchObject({ status: 'on-track', method: 'trend', expected: 100 });
  });
  it('a falling trend is at risk and floors at 0%', () => {
    const data = [
      obs('dvc', 'Quý I/2026', 30),
      obs('dvc', 'Quý II/2026', 20),
      obs('dvc', 'Quý III/2026', 10),
    ];
    const e = run(ge100, pct, data, options('2026-09-14', trend));
    expect(e).toMatchObject({ status: 'at-risk', method: 'trend', expected: 0 });
    expect(e.reason.vi).toContain('xu hướng bình phương tối thiểu qua 3 kỳ');
  });
  it('with fewer than three figures falls back to linear and says so', () => {
    const data = [obs('dvc', 'Quý I/2026', 40), obs('dvc', 'Quý III/2026', 57)];
    const e = run(ge100, pct, data, options('2026-09-14', trend));
    expect(e.method).toBe('linear');
    expect(e.reason.vi).toContain('cần ít nhất 3 kỳ');
  });
  it('a target choosing trend wins over the run default', () => {
    const data = [
      obs('dvc', 'Quý I/2026', 30),
      obs('dvc', 'Quý II/2026', 20),
      obs('dvc', 'Quý III/2026', 10),
    ];
    expect(run({ ...ge100, method: 'trend' }, pct, data, options('2026-09-14')).method).toBe('trend');
  });
});

describe('periods ending on the same day (Quý II and 6 tháng both end 14/06)', () => {
  const q2 = obs('dvc', 'Quý II/2026', 70);
  const h1 = obs('dvc', '6 tháng đầu năm 2026', 60);
  it.each([
    ['the 6-month report uses the cumulative 6-month figure', '6 tháng đầu năm 2026', '2026-H1', 60],
    ['the Quý II report uses the quarter figure', 'Quý II/2026', '2026-Q2', 70],
  ])('%s', (_name, reportPeriod, id, value) => {
    for (const order of [
      [q2, h1],
      [h1, q2],
    ]) {
      const window = period(reportPeriod);
      const e = run(ge100, pct, order, options('2026-06-14', { window }));
      expect(e.actual).toMatchObject({ value, period: { id } });
    }
  });
  it('with another report period, the shorter (more recent) window wins', () => {
    const e = run(ge100, pct, [q2, h1], options('2026-06-20'));
    expect(e.actual?.period.id).toBe('2026-Q2');
  });
});
