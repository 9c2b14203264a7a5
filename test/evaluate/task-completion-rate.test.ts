import { describe, expect, it } from 'vitest';
import { percentOneDecimal } from '../../src/evaluate/task-completion.js';
import { round } from '../../src/words/number.js';

describe('task completion rate: the one rounding rule', () => {
  it('rounds ties away from zero where the binary product falls short (201/400 = 50,25%)', () => {
    expect(Math.round((201 / 400) * 1000) / 10).toBe(50.2); // what the rate was
    expect(percentOneDecimal(201, 400)).toBe(50.3);
    expect(percentOneDecimal(1, 16)).toBe(6.3);
    expect(percentOneDecimal(0, 7)).toBe(0);
    expect(percentOneDecimal(7, 7)).toBe(100);
  });

  it('agrees with round() on the exact percent for every fraction up to 400', () => {
    for (let total = 1; total <= 400; total++)
      for (let done = 0; done <= total; done++) {
        const exact = round((done * 100) / total, 1);
        const mine = percentOneDecimal(done, total);
        if (mine !== exact) expect([done, total, mine]).toEqual([done, total, exact]);
      }
  });
});
