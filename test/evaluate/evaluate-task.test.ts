import { describe, expect, it } from 'vitest';
import { evaluateTask } from '../../src/evaluate/evaluate-task.js';
import type { TaskProgress } from '../../src/model/observation.js';
import type { Task } from '../../src/model/plan.js';
import { explainTask } from '../../src/words/reasons-task.js';
import { options, report, task } from './builders.js';

function run(t: Task, progress: TaskProgress[], asOf: string) {
  return explainTask(
    evaluateTask({ task: t, progress, planStart: '2026-01-01', convention: 'cchc' }, options(asOf)),
  );
}

describe('a task due once', () => {
  const once = task('mot-lan', { kind: 'once', due: '2026-06-30', label: 'Quý II/2026' });
  it.each([
    ['done before the due date', [report('mot-lan', 'Quý I/2026', 'done')], '2026-03-14', 'done'],
    ['in progress, not due yet', [report('mot-lan', 'Quý I/2026', 'in-progress')], '2026-03-14', 'on-track'],
    ['not started, not due yet', [report('mot-lan', 'Quý I/2026', 'not-started')], '2026-03-14', 'on-track'],
    ['on the due date itself', [report('mot-lan', 'Quý II/2026', 'in-progress')], '2026-06-30', 'on-track'],
    [
      'in progress after the due date',
      [report('mot-lan', 'Quý II/2026', 'in-progress')],
      '2026-07-01',
      'overdue',
    ],
    ['done late still counts as done', [report('mot-lan', 'Quý III/2026', 'done')], '2026-09-14', 'done'],
    ['no report, past due: no-data, not overdue', [], '2026-09-14', 'no-data'],
  ] as const)('%s → %s', (_n, progress, asOf, status) => {
    const e = run(once, [...progress], asOf);
    expect(e.status).toBe(status);
    expect(e.due).toBe('2026-06-30');
  });
});

describe('a task done late', () => {
  it('is done, and the reason says it was late', () => {
    const once = task('mot-lan', { kind: 'once', due: '2026-06-30', label: 'Quý II/2026' });
    const e = run(once, [report('mot-lan', 'Quý III/2026', 'done')], '2026-09-14');
    expect(e.reason.vi).toBe('báo cáo Quý III/2026: Hoàn thành, sau hạn 30/06/2026 → hoàn thành');
  });
});

describe('a yearly duty ("Hằng năm")', () => {
  const yearly = task('hang-nam', { kind: 'recurring', every: 'year', label: 'Hằng năm' });
  it.each([
    ['done this year', [report('hang-nam', 'Quý I/2026', 'done')], '2026-09-14', 'done', '2026-12-14'],
    [
      'in progress this year',
      [report('hang-nam', 'Quý II/2026', 'in-progress')],
      '2026-09-14',
      'on-track',
      '2026-12-14',
    ],
    ['nothing this year', [], '2026-09-14', 'no-data', '2026-12-14'],
    [
      'last year ended in progress → overdue',
      [report('hang-nam', 'Quý IV/2026', 'in-progress')],
      '2027-01-20',
      'overdue',
      '2026-12-14',
    ],
    [
      'last year not done, this year done',
      [report('hang-nam', 'Quý IV/2026', 'in-progress'), report('hang-nam', 'Quý I/2027', 'done')],
      '2027-03-14',
      'done',
      '2027-12-14',
    ],
    [
      'in progress at the end of the year window',
      [report('hang-nam', 'Năm 2026', 'in-progress')],
      '2026-12-14',
      'overdue',
      '2026-12-14',
    ],
  ] as const)('%s → %s', (_n, progress, asOf, status, due) => {
    const e = run(yearly, [...progress], asOf);
    expect(e.status).toBe(status);
    expect(e.due).toBe(due);
  });
});

describe('an ongoing task ("Thường xuyên") needs a report every period', () => {
  const ongoing = task('tx', { kind: 'recurring', every: 'period', label: 'Thường xuyên' });
  it.each([
    [
      'reported done for the quarter just ended',
      [report('tx', 'Quý III/2026', 'done')],
      '2026-09-14',
      'done',
    ],
    ['reported in progress', [report('tx', 'Quý III/2026', 'in-progress')], '2026-09-14', 'on-track'],
    ['reported not started', [report('tx', 'Quý III/2026', 'not-started')], '2026-09-14', 'overdue'],
    ['only an older quarter reported', [report('tx', 'Quý I/2026', 'done')], '2026-09-14', 'no-data'],
    [
      'mid-quarter: the last ended quarter counts',
      [report('tx', 'Quý III/2026', 'done')],
      '2026-11-28',
      'done',
    ],
    ['mid-quarter with only Quý II', [report('tx', 'Quý II/2026', 'done')], '2026-11-28', 'no-data'],
  ] as const)('%s → %s', (_n, progress, asOf, status) => {
    expect(run(ongoing, [...progress], asOf).status).toBe(status);
  });
  it('says which report is missing and the latest one', () => {
    const e = run(ongoing, [report('tx', 'Quý I/2026', 'done')], '2026-09-14');
    expect(e.reason.vi).toBe(
      'chưa có báo cáo cho Quý III/2026; báo cáo gần nhất: báo cáo Quý I/2026: Hoàn thành',
    );
    expect(e.latest).toBeNull();
  });
});
