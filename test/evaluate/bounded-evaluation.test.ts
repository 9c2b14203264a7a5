// Issue 8, fault 12: `check` on 2.5 M rows over ~836,000 reporting units ran past 150 s because every
// observation was filtered once per unit (O(units × rows)). The evaluation must do a bounded amount of work
// per observation whatever the number of units. Timing is not tested (bench/ holds the speed goals); what is
// counted here is how often the evaluation reads each observation's fields — that count is what grew with the
// number of units, and it does not depend on the machine's load.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/evaluate/evaluate-plan.js';
import type { Observation } from '../../src/model/observation.js';
import { indicator, obs, options, plan, target } from './builders.js';

/** `total` observations spread over `units` units, each counting how often any of its fields is read. */
function countedObservations(total: number, units: number): { list: Observation[]; reads: () => number } {
  let reads = 0;
  const list: Observation[] = [];
  for (let i = 0; i < total; i++) {
    const unit = `xa-${String(i % units).padStart(6, '0')}`;
    const base: Record<string, unknown> = {
      ...obs(i % 2 === 0 ? 'CT1' : 'CT2', i % 4 < 2 ? 'Quý I/2026' : 'Quý II/2026', 50 + (i % 50)),
      unit,
    };
    const counted = {} as Record<string, unknown>;
    for (const [k, v] of Object.entries(base))
      Object.defineProperty(counted, k, {
        enumerable: true,
        get() {
          reads++;
          return v;
        },
      });
    list.push(counted as unknown as Observation);
  }
  return { list, reads: () => reads };
}

const p = plan({
  indicators: [indicator('CT1', 'percentage'), indicator('CT2', 'count')],
  targets: [
    target({ indicator: 'CT1', comparator: '>=', value: 80 }),
    target({ indicator: 'CT2', comparator: '>=', value: 10 }),
  ],
});

function readsPerObservation(total: number, units: number): number {
  const { list, reads } = countedObservations(total, units);
  const before = reads();
  const result = evaluatePlan(p, list, [], options('2026-07-01'));
  expect(result.targets).toHaveLength(2 * units);
  return (reads() - before) / total;
}

describe('evaluation work per observation does not grow with the number of units (fault 12)', () => {
  it('1 unit, 40 units and 2,000 units read each observation about as often', () => {
    const one = readsPerObservation(4_000, 1);
    const some = readsPerObservation(4_000, 40);
    const many = readsPerObservation(4_000, 2_000);
    // Filtering once per unit read `unit` 2,000 times per observation at 2,000 units; grouping reads it once.
    expect(some).toBeLessThanOrEqual(one * 1.5 + 2);
    expect(many).toBeLessThanOrEqual(one * 1.5 + 2);
    expect(many).toBeLessThan(40);
  });

  it('every unit gets its own evaluation, each from only its own rows', () => {
    const { list } = countedObservations(60, 3);
    const r = evaluatePlan(p, list, [], options('2026-07-01'));
    const units = r.targets.map((t) => t.reportingUnit);
    expect(units).toEqual(['xa-000000', 'xa-000000', 'xa-000001', 'xa-000001', 'xa-000002', 'xa-000002']);
  });
});
