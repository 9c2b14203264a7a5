import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../src/evaluate/evaluate-target.js';
import { evaluateTask } from '../../src/evaluate/evaluate-task.js';
import type { EvaluateOptions } from '../../src/evaluate/options.js';
import type { TargetFacts } from '../../src/model/facts.js';
import type { Observation, TaskProgress } from '../../src/model/observation.js';
import type { Indicator, Target, Task } from '../../src/model/plan.js';
import type { TargetDecision } from '../../src/model/report.js';
import { indicator, obs, options, period, report, target, task } from './builders.js';

/** The facts each rule records, at the edges where the decision turns (src/model/facts.ts). */

const pct = indicator('dvc', 'percentage');
const ge100 = target({ indicator: 'dvc', comparator: '>=', value: 100 });

const decide = (t: Target, ind: Indicator, data: Observation[], opts: EvaluateOptions): TargetDecision =>
  evaluateTarget({ target: t, indicator: ind, observations: data, start: '2026-01-01' }, opts);

/** The facts narrowed to one rule, failing the test when another rule was applied. */
function factsOf<R extends TargetFacts['rule']>(
  e: TargetDecision,
  rule: R,
): Extract<TargetFacts, { rule: R }> {
  expect(e.facts.rule).toBe(rule);
  return e.facts as Extract<TargetFacts, { rule: R }>;
}

// Path: 40% at 14/03/2026 → 100% at 31/12/2027; at 14/09/2026 the path expects 56,80%.
const path = (last: number) => [obs('dvc', 'Quý I/2026', 40), obs('dvc', 'Quý III/2026', last)];

describe('target facts', () => {
  it('linear: exactly on the path is on track, with the path’s end points and the reading date', () => {
    const e = decide(ge100, pct, path(56.8), options('2026-09-14'));
    expect(e.status).toBe('on-track');
    const f = factsOf(e, 'linear');
    expect(f).toMatchObject({
      expected: 56.8,
      at: '2026-09-14',
      baseline: { value: 40, date: '2026-03-14', from: 'first-figure' },
      aim: { comparator: '>=', value: 100 },
      tolerance: 0,
      trendFellBack: null,
      deadline: '2027-12-31',
      asOf: '2026-09-14',
    });
    expect(f.actual).toMatchObject({ value: 56.8, assessment: null, band: null });
    expect(f.actual.period.id).toBe('2026-Q3');
    expect(f.comparison).toEqual({
      comparator: '>=',
      reference: 100,
      range: null,
      band: null,
      satisfied: false,
    });
    expect(f.flags).toEqual({ stale: false, deadlinePassed: false, zeroDenominator: [], notCounted: [] });
  });

  it('linear with a plan baseline says the baseline is the plan’s', () => {
    const t = { ...ge100, baseline: { value: 40, date: '2026-03-14' } };
    const f = factsOf(decide(t, pct, [obs('dvc', 'Quý III/2026', 57)], options('2026-09-14')), 'linear');
    expect(f.baseline).toEqual({ value: 40, date: '2026-03-14', from: 'plan' });
  });

  it('tolerance: exactly one tolerance below the path is on track; a hair further is at risk', () => {
    const on = decide(ge100, pct, path(54.8), options('2026-09-14', { tolerance: 2 }));
    expect(on.status).toBe('on-track');
    expect(factsOf(on, 'linear').tolerance).toBe(2);
    expect(decide(ge100, pct, path(54.79), options('2026-09-14', { tolerance: 2 })).status).toBe('at-risk');
  });

  it('trend: the projection and the number of figures; too few figures record the fall-back', () => {
    const t = { ...ge100, method: 'trend' as const };
    const data = [
      obs('dvc', 'Quý I/2026', 40),
      obs('dvc', 'Quý II/2026', 50),
      obs('dvc', 'Quý III/2026', 60),
    ];
    const f = factsOf(decide(t, pct, data, options('2026-09-14')), 'trend');
    expect(f.points).toBe(3);
    expect(f.projection).toBe(100); // clamped: a percentage never passes 100
    const fell = factsOf(decide(t, pct, data.slice(1), options('2026-09-14')), 'linear');
    expect(fell.trendFellBack).toEqual({ minPoints: 3 });
  });

  it('one figure: the share of time left decides, on track exactly at half, at risk a day later', () => {
    const t = { ...ge100, deadline: '2026-12-31' };
    const one = [obs('dvc', 'Quý II/2026', 55)];
    // 01/01 → 31/12/2026 is 364 days; on 02/07 there are 182 left: exactly half.
    const half = decide(t, pct, one, options('2026-07-02'));
    expect(half.status).toBe('on-track');
    expect(factsOf(half, 'one-figure')).toMatchObject({
      start: '2026-01-01',
      shareLeft: 0.5,
      minShareLeft: 0.5,
    });
    const later = decide(t, pct, one, options('2026-07-03'));
    expect(later.status).toBe('at-risk');
    expect(factsOf(later, 'one-figure').shareLeft).toBeLessThan(0.5);
  });

  it('stale: the decisive figure older than the window is flagged, the flag agreeing with the decision', () => {
    const e = decide(ge100, pct, [obs('dvc', 'Quý I/2026', 55)], options('2026-09-14'));
    expect(e.stale).toBe(true);
    expect(e.facts.flags.stale).toBe(true);
    expect(e.facts.window.id).toBe('2026-Q3');
  });

  it('deadline day: on the deadline the deadline has not passed; the day after it has', () => {
    const t = { ...ge100, deadline: '2026-09-14' };
    const on = decide(t, pct, path(90), options('2026-09-14'));
    expect(on.facts.flags.deadlinePassed).toBe(false);
    expect(on.facts.rule).not.toBe('deadline-passed');
    const after = decide(t, pct, path(90), options('2026-09-15'));
    const f = factsOf(after, 'deadline-passed');
    expect(after.status).toBe('missed');
    expect(f).toMatchObject({
      met: false,
      reachedLater: null,
      flags: { deadlinePassed: true, stale: false },
    });
  });

  it('after the deadline: missed by it, reached later — the period that reached it is recorded', () => {
    const t = { ...ge100, deadline: '2026-06-30' };
    const data = [obs('dvc', 'Quý II/2026', 90), obs('dvc', 'Quý III/2026', 100)];
    const f = factsOf(decide(t, pct, data, options('2026-09-14')), 'deadline-passed');
    expect(f.met).toBe(false);
    expect(f.actual.period.id).toBe('2026-Q2');
    expect(f.reachedLater?.id).toBe('2026-Q3');
    expect(f.comparison?.satisfied).toBe(false);
  });

  it('no figure by the deadline: the first figure after it is recorded', () => {
    const t = { ...ge100, deadline: '2026-03-31' };
    const f = factsOf(
      decide(t, pct, [obs('dvc', 'Quý III/2026', 100)], options('2026-09-14')),
      'no-figure-by-deadline',
    );
    expect(f.firstAfter.period.id).toBe('2026-Q3');
  });

  it('zero denominator: no data, the period recorded (never 0%); a figure after the as-of date not counted', () => {
    const data = [
      obs('dvc', 'Quý II/2026', null, { numerator: 0, denominator: 0 }),
      obs('dvc', 'Quý IV/2026', 80),
    ];
    const e = decide(ge100, pct, data, options('2026-09-14'));
    expect(e.status).toBe('no-data');
    const f = factsOf(e, 'no-data');
    expect(f.flags.zeroDenominator.map((p) => p.id)).toEqual(['2026-Q2']);
    expect(f.flags.notCounted.map((p) => p.id)).toEqual(['2026-Q4']);
  });

  it('no target value: the figure is kept, nothing is compared', () => {
    const t = target({ indicator: 'dvc' });
    const f = factsOf(
      decide(t, pct, [obs('dvc', 'Quý III/2026', 50)], options('2026-09-14')),
      'no-target-value',
    );
    expect(f.actual.value).toBe(50);
  });

  it('maintain-or-improve without a plan reference: the first figure becomes the reference, said in facts', () => {
    const rank = indicator('par', 'rank');
    const t = target({ indicator: 'par', comparator: 'maintain-or-improve' });
    const data = [obs('par', 'Quý I/2026', 9), obs('par', 'Quý III/2026', 11)];
    const e = decide(t, rank, data, options('2026-09-14'));
    expect(e.status).toBe('at-risk');
    const f = factsOf(e, 'direct');
    expect(f.reference).toMatchObject({ value: 9, from: 'first-figure' });
    expect(f.reference?.period.id).toBe('2026-Q1');
    expect(f.comparison).toMatchObject({ comparator: 'maintain-or-improve', reference: 9, satisfied: false });
    expect(e.targetValue).toBe(9);
  });

  it('met before the deadline: the direct comparison; a score’s band is recorded with the figure', () => {
    const score = indicator('par', 'score', {
      max: 100,
      bands: [
        { name: 'Khá', min: 70 },
        { name: 'Tốt', min: 80 },
      ],
    });
    const t = target({ indicator: 'par', comparator: '>=', value: 80, band: 'Tốt' });
    const f = factsOf(decide(t, score, [obs('par', 'Quý III/2026', 80)], options('2026-09-14')), 'direct');
    expect(f.actual.band).toBe('Tốt');
    expect(f.comparison).toMatchObject({ reference: 80, band: 'Tốt', satisfied: true });
  });

  it('assessment: a milestone in progress is on track, its word recorded', () => {
    const ms = indicator('sx', 'milestone');
    const t = target({ indicator: 'sx' });
    const e = decide(
      t,
      ms,
      [obs('sx', 'Quý III/2026', null, { assessment: 'in-progress' })],
      options('2026-09-14'),
    );
    expect(e.status).toBe('on-track');
    expect(factsOf(e, 'assessment').actual).toMatchObject({ value: null, assessment: 'in-progress' });
  });
});

describe('task facts', () => {
  const run = (t: Task, progress: TaskProgress[], asOf: string) =>
    evaluateTask({ task: t, progress, planStart: '2026-01-01', convention: 'cchc' }, options(asOf));

  it('once, done after the due date: done, and late', () => {
    const t = task('a', { kind: 'once', due: '2026-06-14', label: 'Quý II/2026' });
    const e = run(t, [report('a', 'Quý III/2026', 'done')], '2026-09-14');
    expect(e.status).toBe('done');
    expect(e.facts).toMatchObject({ rule: 'once', due: '2026-06-14', duePassed: true, doneLate: true });
  });

  it('once, no report on the due date: not yet passed', () => {
    const t = task('a', { kind: 'once', due: '2026-09-14', label: 'Quý III/2026' });
    const e = run(t, [], '2026-09-14');
    expect(e.status).toBe('no-data');
    expect(e.facts).toEqual({
      rule: 'once',
      due: '2026-09-14',
      duePassed: false,
      report: null,
      doneLate: false,
    });
  });

  it('yearly: last year reported but never done → overdue, the year and its report recorded', () => {
    const t = task('y', { kind: 'recurring', every: 'year', label: 'Hằng năm' });
    const e = run(t, [report('y', 'Quý IV/2026', 'in-progress')], '2027-01-20');
    expect(e.status).toBe('overdue');
    expect(e.facts.rule).toBe('yearly');
    if (e.facts.rule !== 'yearly') return;
    expect(e.facts.previousYear?.year.id).toBe('2026');
    expect(e.facts.previousYear?.report.status).toBe('in-progress');
    expect(e.due).toBe(e.facts.previousYear?.due);
  });

  it('every period: no report for the owed quarter, the latest earlier one recorded', () => {
    const t = task('p', { kind: 'recurring', every: 'period', label: 'Thường xuyên' });
    const e = run(t, [report('p', 'Quý I/2026', 'in-progress')], '2026-09-14');
    expect(e.status).toBe('no-data');
    expect(e.facts).toMatchObject({ rule: 'every-period', schedule: 'Thường xuyên', report: null });
    if (e.facts.rule !== 'every-period') return;
    expect(e.facts.owed.id).toBe('2026-Q3');
    expect(e.facts.lastEarlier?.period).toEqual(period('Quý I/2026'));
  });
});
