import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Period } from '../../src/model/period.js';
import { parsePeriod } from '../../src/periods/index.js';
import { renderReportWorkbook } from '../../src/report/xlsx/render-report-workbook.js';
import { renderTemplateWorkbook } from '../../src/report/xlsx/render-template-workbook.js';
import { readBack } from './read-back.js';
import { samplePlan } from './sample-plan.js';
import { sampleReport } from './sample-report.js';

const q3 = parsePeriod('Quý III/2026', 'cchc') as Period;

/**
 * Zip entries carry a two-second DOS time and workbook properties a creation date: render the same input with
 * the clock set years apart (only Date is faked, so streams and timers run as usual), so a clock leak would show
 * without sleeping across a real two-second tick.
 */
const at = (iso: string) => vi.setSystemTime(new Date(iso));

describe('same inputs, same bytes', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('report workbook', async () => {
    at('2026-10-15T08:00:00Z');
    const a = await renderReportWorkbook(sampleReport(), { lang: 'vi' });
    at('2031-03-01T17:59:59Z');
    const b = await renderReportWorkbook(sampleReport(), { lang: 'vi' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // And the rewritten archive is still a workbook.
    expect((await readBack(a)).worksheets).toHaveLength(5);
  });

  it('template workbook', async () => {
    at('2026-10-15T08:00:00Z');
    const a = await renderTemplateWorkbook(samplePlan(), q3, { lang: 'vi' });
    at('2031-03-01T17:59:59Z');
    const b = await renderTemplateWorkbook(samplePlan(), q3, { lang: 'vi' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('differs when the input differs', async () => {
    const r = sampleReport();
    const a = await renderReportWorkbook(r, { lang: 'vi' });
    r.targets[0]!.status = 'met';
    const b = await renderReportWorkbook(r, { lang: 'vi' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
