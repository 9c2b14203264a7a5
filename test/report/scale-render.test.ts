// National scale (3,321 communes × 30 targets ≈ 100k results) must render in every format: spreading the
// result lines into `push(...)` or `Math.max(...)` overflowed the stack ("Maximum call stack size exceeded").
import { describe, expect, it } from 'vitest';
import { buildRunReport } from '../../src/check/build-report.js';
import type { RunReport } from '../../src/model/report.js';
import { renderJsonChunks } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';

const RESULTS = 100_000;

async function nationalReport(): Promise<RunReport> {
  const io = {
    cwd: process.cwd(),
    stdout: () => {},
    stderr: () => {},
    now: new Date('2026-09-20T03:00:00Z'),
    env: {},
    stdoutIsTTY: false,
  };
  const base = await buildRunReport(
    {
      plan: 'plans/phu-trung-2026-2030.yaml',
      data: ['fixtures/example/phu-trung-2026-gia-lap.csv'],
      period: 'Quý III/2026',
    } as Parameters<typeof buildRunReport>[0],
    io,
  );
  const one = base.targets.filter((t) => t.reportingUnit === base.targets[0]?.reportingUnit);
  const units = Math.ceil(RESULTS / one.length);
  const name = (u: number) => `Xã ${String(u).padStart(5, '0')}`;
  const targets = Array.from({ length: units }, (_, u) =>
    one.map((t) => ({ ...t, reportingUnit: name(u) })),
  ).flat();
  const tasks = base.tasks
    .slice(0, 5)
    .flatMap((t) => Array.from({ length: units }, (_, u) => ({ ...t, reportingUnit: name(u) })));
  return { ...base, targets, tasks };
}

describe('rendering 100k results', () => {
  it('table, Markdown and JSON render without a stack overflow, one entry per result', {
    // A few seconds on an idle machine; generous because the suite also runs on busy shared machines.
    timeout: 900_000,
  }, async () => {
    const report = await nationalReport();
    expect(report.targets.length).toBeGreaterThanOrEqual(RESULTS);
    const opts = { lang: 'vi', color: false, groupBy: 'auto', width: 120 } as const;
    const table = renderTable(report, opts);
    expect(table.split('\n').filter((l) => l.includes('↳ ')).length).toBeGreaterThanOrEqual(RESULTS);
    // Below 100 columns each target is a block of its own (stacked layout).
    expect(renderTable(report, { ...opts, width: 80 }).length).toBeGreaterThan(RESULTS * 50);
    const md = renderMarkdown(report, opts);
    expect(md.length).toBeGreaterThan(RESULTS * 50);
    let units = 0;
    for (const chunk of renderJsonChunks(report, opts))
      units += chunk.split('"reportingUnit": "Xã ').length - 1;
    expect(units).toBe(report.targets.length + report.tasks.length);
  });
});
