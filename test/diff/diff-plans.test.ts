import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/model/period.js';
import type { Indicator, Plan, Target, Task } from '../../src/model/plan.js';
import { diffPlans } from '../../src/plan/diff-plans.js';
import { smallPlan } from './small-plan.js';

/** Diff the small plan against a copy changed by `edit`. */
function diffAfter(edit: (p: Plan) => unknown) {
  const next = structuredClone(smallPlan());
  next.revision.number = 2;
  edit(next);
  return diffPlans(smallPlan(), next);
}

/** Edits that patch the i-th target, task or indicator of the new revision. */
const setT = (i: number, patch: Partial<Target>) => (p: Plan) => Object.assign(p.targets[i]!, patch);
const setK = (i: number, patch: Partial<Task>) => (p: Plan) => Object.assign(p.tasks[i]!, patch);
const setI = (i: number, patch: Partial<Indicator>) => (p: Plan) => Object.assign(p.indicators[i]!, patch);
const once = (due: string, label: string): Schedule => ({ kind: 'once', due, label });
const every = (e: 'period' | 'quarter' | 'year', label: string): Schedule => ({
  kind: 'recurring',
  every: e,
  label,
});

describe('diffPlans', () => {
  it('finds nothing between identical plans', () => {
    const d = diffPlans(smallPlan(), smallPlan());
    expect(d.changes).toEqual([]);
    expect(d.summary).toEqual({ changes: 0, weakened: 0 });
  });

  it.each([
    // [case, edit, kind, before, after, weakened]
    ['≥ threshold lowered', setT(0, { value: 90 }), 'target-threshold-lowered', 95, 90, true],
    ['≥ threshold raised', setT(0, { value: 98 }), 'target-threshold-raised', 95, 98, false],
    [
      'comparator ≥ → ≤ (points the wrong way)',
      setT(0, { comparator: '<=' }),
      'target-comparator-changed',
      '>=',
      '<=',
      true,
    ],
    ['comparator ≥ → =', setT(0, { comparator: '=' }), 'target-comparator-changed', '>=', '=', false],
    ['comparator dropped', setT(0, { comparator: undefined }), 'target-comparator-changed', '>=', null, true],
    ['rank reference raised (worse)', setT(1, { value: 12 }), 'target-threshold-raised', 10, 12, true],
    ['rank reference lowered (better)', setT(1, { value: 8 }), 'target-threshold-lowered', 10, 8, false],
    ['threshold removed', setT(0, { value: undefined }), 'target-threshold-removed', 95, null, true],
    [
      'deadline later',
      setT(0, { deadline: '2030-12-31', deadlineLabel: 'Giai đoạn 2028-2030' }),
      'target-deadline-later',
      '2027-12-31',
      '2030-12-31',
      true,
    ],
    [
      'deadline earlier',
      setT(0, { deadline: '2026-12-31' }),
      'target-deadline-earlier',
      '2027-12-31',
      '2026-12-31',
      false,
    ],
    ['owner changed', setT(0, { owner: 'vhxh' }), 'target-owner-changed', 'ttphvhcc', 'vhxh', false],
    [
      'partners changed',
      setT(0, { partners: ['vhxh'] }),
      'target-partners-changed',
      ['vhxh', 'kinh-te'],
      ['vhxh'],
      false,
    ],
    [
      'indicator of a target changed',
      setT(0, { indicator: 'bo-may' }),
      'target-indicator-changed',
      'hai-long',
      'bo-may',
      false,
    ],
    [
      'target added',
      (p: Plan) => p.targets.push({ ...p.targets[0]!, id: 'moi', title: 'Mới' }),
      'target-added',
      null,
      'Mới',
      false,
    ],
    [
      'target removed',
      (p: Plan) => p.targets.splice(1, 1),
      'target-removed',
      'Duy trì và nâng cao thứ hạng',
      null,
      true,
    ],
    [
      'indicator added',
      (p: Plan) => p.indicators.push({ code: 'moi', name: 'Mới', kind: 'count', unit: 'hồ sơ' }),
      'indicator-added',
      null,
      'Mới',
      false,
    ],
    [
      'indicator removed',
      (p: Plan) => p.indicators.splice(2, 1),
      'indicator-removed',
      'Kiện toàn bộ máy',
      null,
      false,
    ],
    [
      'indicator kind → qualitative',
      setI(0, { kind: 'qualitative' }),
      'indicator-kind-changed',
      'percentage',
      'qualitative',
      true,
    ],
    [
      'indicator kind → milestone',
      setI(2, { kind: 'milestone' }),
      'indicator-kind-changed',
      'qualitative',
      'milestone',
      false,
    ],
    [
      'task added',
      (p: Plan) => p.tasks.push({ ...p.tasks[0]!, id: 'moi', content: 'Việc mới' }),
      'task-added',
      null,
      'Việc mới',
      false,
    ],
    ['task removed', (p: Plan) => p.tasks.splice(0, 1), 'task-removed', 'Xây dựng kế hoạch CCHC', null, true],
    [
      'task due later',
      setK(1, { schedule: once('2026-09-14', 'Quý III/2026') }),
      'task-deadline-changed',
      '2026-06-14',
      '2026-09-14',
      true,
    ],
    [
      'task due earlier',
      setK(1, { schedule: once('2026-03-14', 'Quý I/2026') }),
      'task-deadline-changed',
      '2026-06-14',
      '2026-03-14',
      false,
    ],
    [
      'task yearly → quarterly',
      setK(0, { schedule: every('quarter', 'Hằng quý') }),
      'task-deadline-changed',
      'every-year',
      'every-quarter',
      false,
    ],
    [
      'task yearly → ongoing',
      setK(0, { schedule: every('period', 'Thường xuyên') }),
      'task-deadline-changed',
      'every-year',
      'every-period',
      false,
    ],
    [
      'task recurring → once',
      setK(0, { schedule: once('2026-12-14', 'Năm 2026') }),
      'task-deadline-changed',
      'every-year',
      '2026-12-14',
      true,
    ],
    [
      'task once → recurring',
      setK(1, { schedule: every('period', 'Thường xuyên') }),
      'task-deadline-changed',
      '2026-06-14',
      'every-period',
      false,
    ],
    ['task owner changed', setK(1, { owner: 'kinh-te' }), 'task-owner-changed', 'vhxh', 'kinh-te', false],
    ['task partners changed', setK(1, { partners: [] }), 'task-partners-changed', ['kinh-te'], [], false],
  ] as const)('%s', (_name, edit, kind, before, after, weakened) => {
    const d = diffAfter(edit);
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({ kind, before, after, weakened });
    expect(d.summary).toEqual({ changes: 1, weakened: weakened ? 1 : 0 });
  });

  it.each([
    ['partners reordered', setT(0, { partners: ['kinh-te', 'vhxh'] })],
    ['schedule reworded', setK(0, { schedule: every('year', 'Hàng năm') })],
    ['deadline label reworded', setT(0, { deadlineLabel: '31/12/2027' })],
  ])('%s is not a change', (_name, edit) => {
    expect(diffAfter(edit).changes).toEqual([]);
  });

  it('≤ target: raising the bound weakens, lowering strengthens', () => {
    const le = (v: number) => setT(0, { comparator: '<=', value: v });
    const base = structuredClone(smallPlan());
    le(10)(base);
    const up = structuredClone(base);
    le(15)(up);
    const down = structuredClone(base);
    le(5)(down);
    expect(diffPlans(base, up).changes).toEqual([
      expect.objectContaining({ kind: 'target-threshold-raised', weakened: true, unit: '%' }),
    ]);
    expect(diffPlans(base, down).changes).toEqual([
      expect.objectContaining({ kind: 'target-threshold-lowered', weakened: false }),
    ]);
  });

  it('keeps plan order: indicators, targets, tasks; removed items after the others', () => {
    const d = diffAfter((p) => {
      p.tasks.splice(0, 1);
      p.targets.splice(0, 1);
      p.targets[0]!.value = 12;
      p.targets.push({ ...p.targets[0]!, id: 'moi', title: 'Mới' });
      p.indicators.push({ code: 'chi-so-moi', name: 'Chỉ số mới', kind: 'count', unit: 'hồ sơ' });
    });
    expect(d.changes.map((c) => `${c.kind} ${c.id}`)).toEqual([
      'indicator-added chi-so-moi',
      'target-threshold-raised thu-hang',
      'target-added moi',
      'target-removed hai-long',
      'task-removed ke-hoach',
    ]);
    expect(d.summary).toEqual({ changes: 5, weakened: 3 });
    expect(d.old).toEqual({ id: 'xa-thu', revision: 1 });
    expect(d.new).toEqual({ id: 'xa-thu', revision: 2 });
  });
});
