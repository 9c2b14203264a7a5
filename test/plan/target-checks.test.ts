import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/load-plan.js';
import { planWith } from './plan-text.js';

const codes = (text: string) => parsePlan(text, 'p.yaml').diagnostics.map((d) => d.code);

describe('values must fit the indicator kind, at each boundary', () => {
  it.each([
    ['percentage', '>=', '0', []],
    ['percentage', '>=', '100', []],
    ['percentage', '>=', '95.5', []],
    ['percentage', '>=', '100.01', ['percentage-out-of-range']],
    ['percentage', '>=', '-0.01', ['percentage-out-of-range']],
    ['level', '>=', '1', []],
    ['level', '>=', '5', []],
    ['level', '>=', '0', ['level-out-of-range']],
    ['level', '>=', '6', ['level-out-of-range']],
    ['level', '>=', '3.5', ['level-out-of-range']],
    ['count', '>=', '0', []],
    ['count', '>=', '-1', ['value-out-of-range']],
    ['rank', '<=', '1', []],
    ['rank', '<=', '0', ['value-out-of-range']],
  ])('%s %s %s → %j', (kind, cmp, value, expected) => {
    expect(
      codes(planWith(kind, [`comparator: "${cmp}"`, `value: ${value}`, 'phase: gd-1', 'owner: vhxh'])),
    ).toEqual(expected);
  });
});

describe('comparators fit the kind', () => {
  it.each([
    ['rank', ['comparator: maintain-or-improve'], []],
    ['rank', ['comparator: maintain-or-improve', 'value: 12'], []],
    ['percentage', ['comparator: maintain-or-improve', 'value: 90'], ['comparator-kind-mismatch']],
    ['level', ['comparator: maintain-or-improve', 'value: 3'], ['comparator-kind-mismatch']],
    ['milestone', [], []],
    ['qualitative', [], []],
    ['milestone', ['comparator: ">="'], ['comparator-kind-mismatch']],
    ['qualitative', ['value: 1'], ['value-kind-mismatch']],
    ['percentage', ['value: 90'], ['missing-comparator']],
    ['percentage', ['comparator: ">="'], ['missing-value']],
    ['percentage', ['comparator: "≥"', 'value: 90'], []],
    ['percentage', ['comparator: "≤"', 'value: 10'], []],
  ])('%s with %j → %j', (kind, lines, expected) => {
    expect(codes(planWith(kind, [...lines, 'phase: gd-1', 'owner: vhxh']))).toEqual(expected);
  });

  it('normalises ≥ and ≤ to ASCII', () => {
    const r = parsePlan(
      planWith('percentage', ['comparator: "≥"', 'value: 90', 'phase: gd-1', 'owner: vhxh']),
      'p.yaml',
    );
    expect(r.plan?.targets[0]?.comparator).toBe('>=');
  });
});

describe('deadlines and owners are resolved', () => {
  it.each([
    [['phase: gd-1'], '2027-12-31', 'Giai đoạn 2026 - 2027'],
    [['phase: gd-2'], '2030-12-31', 'Giai đoạn 2028 - 2030'],
    [['phase: gd-1', 'deadline: 30/06/2027'], '2027-06-30', '30/06/2027'],
    [['phase: gd-1', 'deadline: 2027-06-30'], '2027-06-30', '2027-06-30'],
    [['deadline: Năm 2029'], '2029-12-31', 'Năm 2029'],
    [['phase: gd-1', 'deadline: Quý II/2027'], '2027-06-30', 'Quý II/2027'],
  ])('%j → %s', (lines, due, label) => {
    const r = parsePlan(planWith('milestone', [...lines, 'owner: vhxh']), 'p.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.targets[0]).toMatchObject({ deadline: due, deadlineLabel: label });
  });

  it.each([
    [['phase: gd-1', 'deadline: 01/01/2028'], 'deadline-outside-phase'],
    [['phase: gd-2', 'deadline: 31/12/2027'], 'deadline-outside-phase'],
    [['deadline: 01/01/2031'], 'deadline-outside-plan'],
    [['deadline: 31/12/2025'], 'deadline-outside-plan'],
    [['deadline: Hằng năm'], 'bad-target-deadline'],
    [['deadline: sớm nhất có thể'], 'bad-target-deadline'],
    [[], 'missing-deadline'],
  ])('%j → %s', (lines, code) => {
    expect(codes(planWith('milestone', [...lines, 'owner: vhxh']))).toEqual([code]);
  });

  it('takes owner and partners from the area when omitted', () => {
    const r = parsePlan(planWith('milestone', ['phase: gd-1', 'area: bo-may']), 'p.yaml');
    expect(r.plan?.targets[0]).toMatchObject({ owner: 'vhxh', partners: ['cac-don-vi'] });
  });
  it('an explicit owner wins over the area lead', () => {
    const r = parsePlan(
      planWith('milestone', ['phase: gd-1', 'area: bo-may', 'owner: cac-don-vi']),
      'p.yaml',
    );
    expect(r.plan?.targets[0]?.owner).toBe('cac-don-vi');
  });
  it('no owner and no area is an error', () => {
    expect(codes(planWith('milestone', ['phase: gd-1']))).toEqual(['missing-owner']);
  });
});

describe('tasks', () => {
  const withTask = (lines: string[]) =>
    planWith(
      'milestone',
      ['phase: gd-1', 'owner: vhxh'],
      `tasks:\n  - id: nv-1\n    content: Nội dung\n${lines.map((l) => `    ${l}`).join('\n')}\n`,
    );
  it.each([
    [['owner: vhxh', 'deadline: Hằng quý'], { kind: 'recurring', every: 'quarter' }],
    [['owner: vhxh', 'deadline: Trước ngày 15/12/2026'], { kind: 'once', due: '2026-12-14' }],
    [['owner: vhxh', 'deadline: Tháng 6/2026'], { kind: 'once', due: '2026-06-30' }],
    [['area: bo-may'], { kind: 'recurring', every: 'period', label: 'Thường xuyên' }],
  ])('%j → %j', (lines, schedule) => {
    const r = parsePlan(withTask(lines), 'p.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.tasks[0]?.schedule).toMatchObject(schedule);
  });
  it.each([
    [['owner: vhxh', 'deadline: Cuối năm nay'], ['bad-task-deadline']],
    [['owner: vhxh'], ['missing-task-deadline']],
    [['deadline: Hằng năm'], ['missing-owner']],
    [['owner: vhxh', 'deadline: Năm 2031'], ['deadline-outside-plan']],
  ])('%j → %j', (lines, expected) => {
    expect(codes(withTask(lines))).toEqual(expected);
  });
});
