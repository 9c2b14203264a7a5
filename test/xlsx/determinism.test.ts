import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/model/period.js';
import { parsePeriod } from '../../src/periods/index.js';
import { renderReportWorkbook } from '../../src/report/xlsx/render-report-workbook.js';
import { renderTemplateWorkbook } from '../../src/report/xlsx/render-template-workbook.js';
import { readBack } from './read-back.js';
import { samplePlan } from './sample-plan.js';
import { sampleReport } from './sample-report.js';

const later = () => new Promise((r) => setTimeout(r, 2100));
const q3 = parsePeriod('Quý III/2026', 'cchc') as Period;

describe('same inputs, same bytes', () => {
  // Zip entries carry a two-second DOS time: render across a tick so a clock leak would show.
  it('report workbook', async () => {
    const a = await renderReportWorkbook(sampleReport(), { lang: 'vi' });
    await later();
    const b = await renderReportWorkbook(sampleReport(), { lang: 'vi' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // And the rewritten archive is still a workbook.
    expect((await readBack(a)).worksheets).toHaveLength(5);
  });

  it('template workbook', async () => {
    const a = await renderTemplateWorkbook(samplePlan(), q3, { lang: 'vi' });
    await later();
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
