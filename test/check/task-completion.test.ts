import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRunReport } from '../../src/check/build-report.js';
import type { CliIo } from '../../src/cli/io.js';
import { taskCompletion } from '../../src/evaluate/task-completion.js';
import type { TaskEvaluation } from '../../src/model/report.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import { renderReportWorkbook } from '../../src/report/xlsx/render-report-workbook.js';
import { findRow, readBack } from '../xlsx/read-back.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const io: CliIo = {
  cwd: ROOT,
  stdout: () => {},
  stderr: () => {},
  now: new Date('2026-09-20T03:00:00Z'),
  env: {},
  stdoutIsTTY: false,
} as CliIo;

const task = (
  id: string,
  status: TaskEvaluation['status'],
  due?: string,
  extra: Partial<TaskEvaluation> = {},
) =>
  ({
    id,
    content: id,
    owner: 'vhxh',
    partners: [],
    scheduleLabel: '',
    latest: null,
    status,
    reason: { vi: '', en: '' },
    ...(due ? { due } : {}),
    ...extra,
  }) as TaskEvaluation;

describe('taskCompletion', () => {
  it('counts done over all tasks and over the tasks due by the as-of date; done early counts as due', () => {
    const c = taskCompletion(
      [
        task('a', 'done', '2026-06-14'),
        task('b', 'overdue', '2026-06-14'),
        task('c', 'done', '2026-12-31'),
        task('d', 'on-track', '2026-12-31', { owner: 'vp', area: 'the-che' }),
      ],
      '2026-09-14',
    );
    expect(c.all).toEqual({ done: 2, total: 4, rate: 50 });
    expect(c.due).toEqual({ done: 2, total: 3, rate: 66.7 });
    expect(c.byOwner).toEqual([
      { owner: 'vhxh', done: 2, total: 3, rate: 66.7 },
      { owner: 'vp', done: 0, total: 1, rate: 0 },
    ]);
    expect(c.byArea.map((a) => a.area)).toEqual([null, 'the-che']);
  });
  it('nothing to count is no rate, never 0%', () => {
    expect(taskCompletion([], '2026-09-14').all).toEqual({ done: 0, total: 0, rate: null });
  });
  it('rounds to one decimal as reports write it: 31/41 → 75,6%, 29/33 → 87,9%', () => {
    const n = (done: number, total: number) =>
      taskCompletion(
        Array.from({ length: total }, (_, i) => task(`t${i}`, i < done ? 'done' : 'overdue')),
        '2026-09-14',
      ).all.rate;
    expect([n(31, 41), n(29, 33)]).toEqual([75.6, 87.9]);
  });
});

describe('every view gives the same completion figure', async () => {
  const report = await buildRunReport(
    {
      plan: 'plans/phu-trung-2026-2030.yaml',
      data: ['fixtures/example/phu-trung-2026-gia-lap.csv'],
      period: 'Quý III/2026',
    },
    io,
  );
  const c = report.summary.taskCompletion;
  const pct = (r: number) => `${String(r).replace('.', ',')}%`;
  const headline = `${c.all.done}/${c.all.total} nhiệm vụ hoàn thành (${pct(c.all.rate!)}) trên tổng số nhiệm vụ`;
  const due = `${c.due.done}/${c.due.total} nhiệm vụ hoàn thành (${pct(c.due.rate!)}) trên số nhiệm vụ đến hạn`;

  it('the figures are the example’s, not zero (so the views below cannot agree on nothing)', () => {
    expect(c.all.total).toBeGreaterThan(c.due.total - 1);
    expect(c.all.done).toBeGreaterThan(0);
    expect(c.byOwner.reduce((s, o) => s + o.total, 0)).toBe(c.all.total);
    expect(c.byArea.reduce((s, a) => s + a.done, 0)).toBe(c.all.done);
  });
  it('table and Markdown print the headline with both denominators', () => {
    const table = renderTable(report, { lang: 'vi', color: false, width: 400 });
    const md = renderMarkdown(report, { lang: 'vi' });
    for (const out of [table, md]) {
      expect(out).toContain(headline);
      expect(out).toContain(due);
    }
    const area = c.byArea[0]!;
    expect(md).toContain(`${area.done}/${area.total} nhiệm vụ hoàn thành`);
  });
  it('JSON carries the same counts and rate', () => {
    const json = JSON.parse(renderJson(report, { lang: 'vi' }));
    expect(json.summary.taskCompletion.all).toEqual(c.all);
    expect(json.summary.taskCompletion.due).toEqual(c.due);
    expect(json.summary.taskCompletion.byOwner).toHaveLength(c.byOwner.length);
  });
  it('the Excel summary and tasks sheets hold the tally: done/total and a percent cell', async () => {
    const wb = await readBack(await renderReportWorkbook(report, { lang: 'vi' }));
    for (const sheet of ['Tổng hợp', 'Nhiệm vụ']) {
      const r = findRow(wb, sheet, 2, 'Trên tổng số nhiệm vụ');
      expect(r, sheet).toBeGreaterThan(0);
      const ws = wb.getWorksheet(sheet)!;
      expect(ws.getCell(r, 3).text).toBe(`${c.all.done}/${c.all.total}`);
      expect(ws.getCell(r, 4).value).toBeCloseTo(c.all.rate! / 100, 6);
      expect(ws.getCell(r + 1, 3).text).toBe(`${c.due.done}/${c.due.total}`);
    }
  });
});
