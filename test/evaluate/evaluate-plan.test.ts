import { describe, expect, it } from 'vitest';
import { evaluatePlan, reportingUnits, targetOrder } from '../../src/evaluate/evaluate-plan.js';
import { evaluateTarget } from '../../src/evaluate/evaluate-target.js';
import { evaluateTask } from '../../src/evaluate/evaluate-task.js';
import { indicator, obs, options, plan, report, target, task } from './builders.js';

const p = plan({
  indicators: [
    indicator('hl', 'percentage'),
    indicator('hl-dd', 'percentage'),
    indicator('tt', 'percentage'),
  ],
  targets: [
    target({ id: 'hl', indicator: 'hl', comparator: '>=', value: 95, deadline: '2030-12-31' }),
    target({ id: 'tt', indicator: 'tt', comparator: '>=', value: 80, deadline: '2030-12-31' }),
    target({
      id: 'hl-dd',
      indicator: 'hl-dd',
      comparator: '>=',
      value: 90,
      parent: 'hl',
      deadline: '2030-12-31',
    }),
  ],
  tasks: [task('tx', { kind: 'recurring', every: 'period', label: 'Thường xuyên' })],
});

describe('evaluatePlan', () => {
  it('puts a sub-target right after its parent and evaluates it in its own right', () => {
    const r = evaluatePlan(
      p,
      [obs('hl', 'Quý III/2026', 96), obs('hl-dd', 'Quý III/2026', 80)],
      [],
      options('2026-09-14'),
    );
    expect(r.targets.map((t) => [t.id, t.status, t.parent])).toEqual([
      ['hl', 'met', undefined],
      ['hl-dd', 'on-track', 'hl'],
      ['tt', 'no-data', undefined],
    ]);
    expect(r.summary.targets).toEqual({ met: 1, 'on-track': 1, 'at-risk': 0, missed: 0, 'no-data': 1 });
    expect(r.summary.tasks).toEqual({ done: 0, 'on-track': 0, overdue: 0, 'no-data': 1 });
  });

  it('evaluates each reporting unit separately, units sorted', () => {
    const data = [
      obs('hl', 'Quý III/2026', 96, { unit: 'xa-b' }),
      obs('hl', 'Quý III/2026', 90, { unit: 'xa-a' }),
    ];
    const r = evaluatePlan(p, data, [report('tx', 'Quý III/2026', 'done', 'xa-a')], options('2026-09-14'));
    expect(r.targets.filter((t) => t.id === 'hl').map((t) => [t.reportingUnit, t.status])).toEqual([
      ['xa-a', 'on-track'],
      ['xa-b', 'met'],
    ]);
    expect(r.tasks.map((t) => [t.reportingUnit, t.status])).toEqual([
      ['xa-a', 'done'],
      ['xa-b', 'no-data'],
    ]);
  });

  it('keeps plan order and survives a parent cycle', () => {
    const a = target({ id: 'a', indicator: 'x', parent: 'b' });
    const b = target({ id: 'b', indicator: 'x', parent: 'a' });
    expect(targetOrder([a, b]).map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('grouping rows by unit once gives what filtering them once per unit gave, interleaved rows included', () => {
    const units = ['xa-c', 'xa-a', 'xa-b', 'xa-d'];
    const labels = ['Quý I/2026', 'Quý II/2026', 'Quý III/2026'];
    const data = labels.flatMap((l, i) =>
      units.flatMap((u, k) => [
        obs('hl', l, 85 + i * 3 + k, { unit: u }),
        obs(k % 2 ? 'tt' : 'hl-dd', l, 70 + i * 5 - k, { unit: u }),
      ]),
    );
    const prog = units
      .slice(1)
      .map((u, k) => report('tx', labels[k] as string, k ? 'done' : 'in-progress', u));
    const opts = options('2026-09-14');
    // The per-unit filtering evaluation, as it was before rows were grouped.
    const naive = () => {
      const out = { targets: [] as unknown[], tasks: [] as unknown[] };
      for (const unit of reportingUnits(data, prog)) {
        for (const t of targetOrder(p.targets)) {
          const i = p.indicators.find((x) => x.code === t.indicator);
          if (!i) continue;
          const observations = data.filter((o) => o.unit === unit && o.indicator === t.indicator);
          const u = unit !== undefined ? { reportingUnit: unit } : {};
          out.targets.push(
            evaluateTarget({ target: t, indicator: i, observations, start: p.period.start, ...u }, opts),
          );
        }
        for (const task of p.tasks) {
          const progress = prog.filter((r) => r.unit === unit && r.task === task.id);
          const u = unit !== undefined ? { reportingUnit: unit } : {};
          out.tasks.push(
            evaluateTask(
              { task, progress, planStart: p.period.start, convention: opts.window.convention, ...u },
              opts,
            ),
          );
        }
      }
      return out;
    };
    const r = evaluatePlan(p, data, prog, opts);
    expect({ targets: r.targets, tasks: r.tasks }).toEqual(naive());
    expect(r.targets).toHaveLength(units.length * 3);
  });
});
