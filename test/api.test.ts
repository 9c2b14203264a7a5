import { describe, expect, it } from 'vitest';
import { buildRunReport, formatNumber, periodLabel, renderJson, renderTable } from '../src/index.js';

/** docs/api.md's example, in-process against the sources (the packed-package test runs it from the tarball). */
describe('the importable API', () => {
  it('builds a report with { cwd, now } and renders it', async () => {
    const report = await buildRunReport(
      {
        plan: 'plans/phu-trung-2026-2030.yaml',
        data: ['fixtures/example/phu-trung-2026-gia-lap.csv'],
        period: 'Quý III/2026',
      },
      { cwd: process.cwd(), now: new Date('2026-09-20T03:00:00Z') },
    );
    expect(periodLabel(report.period, 'vi')).toBe('Quý III/2026');
    expect(formatNumber(2.675, 'vi')).toBe('2,68');
    const json = JSON.parse(renderJson(report, { lang: 'en' })) as { targets: unknown[] };
    expect(json.targets).toHaveLength(report.targets.length);
    expect(renderTable(report, { lang: 'vi', color: false, groupBy: 'auto', width: 120 })).toContain(
      'Quý III/2026',
    );
  });
});
