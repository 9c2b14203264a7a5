import { describe, expect, it } from 'vitest';
import { evaluateOverUnits as decide, type OverUnitsSpec } from '../../src/evaluate/over-units.js';
import type { Msg } from '../../src/model/diagnostic.js';
import type { Status } from '../../src/model/report.js';
import type { UnitNeed } from '../../src/model/rollup.js';
import { overUnitsReason } from '../../src/words/reasons-over-units.js';

/** The decision (src/evaluate) with its words (src/words), as the rollup assembles them. */
const evaluateOverUnits = (spec: OverUnitsSpec, statuses: Status[], passed: boolean, noun: Msg) => {
  const d = decide(spec, statuses, passed);
  return { ...d, reason: overUnitsReason(d, noun) };
};

const noun = { vi: 'sở', en: 'departments' };
const share = (value: number): UnitNeed => ({ kind: 'share', value, text: `≥ ${value}%` });
const count = (value: number, of?: number): UnitNeed => ({
  kind: 'count',
  value,
  ...(of !== undefined ? { of } : {}),
  text: `ít nhất ${value}`,
});
const many = (...parts: [Status, number][]): Status[] => parts.flatMap(([s, n]) => Array<Status>(n).fill(s));

describe('evaluateOverUnits: status from the units’ statuses', () => {
  it('the issue’s example: 9/13 met, 2 missed, 2 without data, counted against, needs 80%', () => {
    const r = evaluateOverUnits(
      { need: share(80), noData: 'count-against' },
      many(['met', 9], ['missed', 2], ['no-data', 2]),
      true,
      noun,
    );
    expect(r).toMatchObject({ met: 9, missed: 2, noDataUnits: 2, denominator: 13, status: 'missed' });
    expect(r.reason.vi).toBe(
      '9/13 sở đạt (69,2%), 2 không đạt, 2 chưa có số liệu; cần ≥ 80%; đơn vị chưa có số liệu tính là chưa đạt → không đạt',
    );
    expect(r.reason.en).toContain('9/13 departments met it (69.2%)');
  });

  it('the same units with no-data excluded: 9/11 = 81,8% meets 80%', () => {
    const r = evaluateOverUnits(
      { need: share(80), noData: 'exclude' },
      many(['met', 9], ['missed', 2], ['no-data', 2]),
      true,
      noun,
    );
    expect(r).toMatchObject({ denominator: 11, status: 'met' });
    expect(r.reason.vi).toBe(
      '9/11 sở có số liệu đạt (81,8%), 2 không đạt, 2 chưa có số liệu; cần ≥ 80%; đơn vị chưa có số liệu không tính vào mẫu số → đạt',
    );
  });

  it.each([
    // 4/5 = 80% exactly at the threshold is met; 3/5 one unit below is not.
    ['exactly at 80%', share(80), many(['met', 4], ['missed', 1]), 'met'],
    ['one unit below 80%', share(80), many(['met', 3], ['missed', 2]), 'missed'],
    ['100% needs every unit', share(100), many(['met', 94], ['missed', 1]), 'missed'],
    ['100% with every unit', share(100), many(['met', 95]), 'met'],
    ['count exactly reached', count(10, 13), many(['met', 10], ['missed', 3]), 'met'],
    ['count one short', count(10, 13), many(['met', 9], ['missed', 4]), 'missed'],
    // 2/3 = 66.666…%: meets 66,6% and not 66,67%, with no float slack either way.
    ['2/3 against 66,6%', share(66.6), many(['met', 2], ['missed', 1]), 'met'],
    ['2/3 against 66,67%', share(66.67), many(['met', 2], ['missed', 1]), 'missed'],
  ] as const)('after the deadline: %s', (_, need, statuses, status) => {
    expect(evaluateOverUnits({ need, noData: 'exclude' }, statuses, true, noun).status).toBe(status);
  });

  it.each([
    ['enough met', many(['met', 8], ['at-risk', 2]), 'met'],
    ['enough met or on track', many(['met', 5], ['on-track', 3], ['at-risk', 2]), 'on-track'],
    ['too many at risk', many(['met', 5], ['on-track', 2], ['at-risk', 3]), 'at-risk'],
  ] as const)('before the deadline: %s', (_, statuses, status) => {
    expect(evaluateOverUnits({ need: share(80), noData: 'exclude' }, statuses, false, noun).status).toBe(
      status,
    );
  });

  it.each(['exclude', 'count-against'] as const)(
    'no unit with data (%s) → no data, never met or missed',
    (rule) => {
      const r = evaluateOverUnits({ need: share(80), noData: rule }, many(['no-data', 5]), true, noun);
      expect(r.status).toBe(rule === 'exclude' ? 'no-data' : 'missed');
      expect(r.met).toBe(0);
      expect(r.noDataUnits).toBe(5);
    },
  );

  it('no units in scope at all → no data', () => {
    const r = evaluateOverUnits({ need: share(80), noData: 'count-against' }, [], true, noun);
    expect(r).toMatchObject({ status: 'no-data', share: null, denominator: 0 });
    expect(r.reason.vi).toContain('chưa có sở nào');
  });

  it('under count-against, missing reports alone can turn a met target into a missed one', () => {
    const statuses = many(['met', 8], ['no-data', 2]);
    expect(evaluateOverUnits({ need: share(90), noData: 'exclude' }, statuses, true, noun).status).toBe(
      'met',
    );
    expect(evaluateOverUnits({ need: share(90), noData: 'count-against' }, statuses, true, noun).status).toBe(
      'missed',
    );
  });
});
