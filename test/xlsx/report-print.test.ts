import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderReportWorkbook } from '../../src/report/xlsx/render-report-workbook.js';
import { cellTexts, exampleReport, strayVietnamese } from './example-report.js';
import { findRow, keep, readBack, rowBreaks } from './read-back.js';
import { sampleReport } from './sample-report.js';

/** What the renders through LibreOffice showed, pinned: blocks under the tables, the English workbook. */
const full = await exampleReport(
  '--signer-title',
  'KT. CHỦ TỊCH/PHÓ CHỦ TỊCH',
  '--signer-name',
  'Nguyễn Văn A',
);
const en = await exampleReport('--lang', 'en');
keep('bao-cao-en.xlsx', en.bytes);

/** The first row at or after `from` whose cell in `col` satisfies `test`. */
function rowWhere(ws: Worksheet, col: number, test: (t: string) => boolean, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (test(ws.getCell(r, col).text)) return r;
  throw new Error(`no such row in ${ws.name}`);
}

const noBreakIn = (breaks: number[], from: number, to: number) => breaks.filter((b) => b >= from && b < to);

describe('blocks under the tables', () => {
  const summary = full.wb.getWorksheet('Tổng hợp') as Worksheet;
  const tasks = full.wb.getWorksheet('Nhiệm vụ') as Worksheet;

  it('sizes each task-tally row to its label, so a long area name does not print over the next row', () => {
    for (const ws of [summary, tasks]) {
      const long = rowWhere(ws, 2, (t) => t.startsWith('Lĩnh vực:') && t.includes('Chính quyền số'));
      const short = rowWhere(ws, 2, (t) => t === 'Lĩnh vực: II.1. Cải cách thể chế');
      // Two lines of 12 pt Times New Roman against one.
      expect(ws.getRow(long).height, ws.name).toBeGreaterThanOrEqual(2 * 12 * 1.15);
      expect(ws.getRow(short).height, ws.name).toBeLessThan(2 * 12 * 1.15);
    }
  });

  it('keeps the count by assessment, and the task tally with the signer, each on one page', () => {
    const breaks = rowBreaks(full.bytes, 1);
    const foot = rowWhere(summary, 2, (t) => t === 'Tổng hợp đánh giá');
    const total = rowWhere(summary, 2, (t) => t === 'Tổng số chỉ tiêu');
    const tally = rowWhere(summary, 2, (t) => t === 'Tỷ lệ hoàn thành nhiệm vụ');
    const name = rowWhere(summary, 9, (t) => t === 'Nguyễn Văn A');
    expect(name).toBeGreaterThan(tally);
    expect(noBreakIn(breaks, foot, total)).toEqual([]);
    expect(noBreakIn(breaks, tally, name)).toEqual([]);
    // In this example the tally and the signer do not fit under the table: they start the next page together.
    expect(breaks).toContain(tally - 1);
    const taskBreaks = rowBreaks(full.bytes, 2);
    const taskTally = rowWhere(tasks, 2, (t) => t === 'Tỷ lệ hoàn thành nhiệm vụ');
    expect(noBreakIn(taskBreaks, taskTally, tasks.rowCount)).toEqual([]);
  });
});

describe('the English workbook', () => {
  it('prints the motto and the number column in English', () => {
    const ws = en.wb.getWorksheet('Summary') as Worksheet;
    const texts = [1, 2].flatMap((r) => ws.getRow(r).values as unknown[]);
    expect(texts).toContain('SOCIALIST REPUBLIC OF VIET NAM');
    expect(texts).toContain('Independence - Freedom - Happiness');
    for (const sheet of ['Summary', 'Tasks', 'By unit', 'Explanation', 'Sources'])
      expect(findRow(en.wb, sheet, 1, 'No.'), sheet).toBeGreaterThan(0);
  });

  it('shows Vietnamese only where the plan or the data wrote it (names, titles, notes)', () => {
    expect(strayVietnamese(en.wb)).toEqual([]);
  });
});

describe('the sources sheet', () => {
  it('labels its lines without a doubled ".:"', () => {
    for (const { where, text } of cellTexts(full.wb)) expect(text.includes('.:'), where).toBe(false);
  });
});

describe('a report without tasks', () => {
  it('sends no empty PHỤ LỤC II: Theo đơn vị becomes PHỤ LỤC II', async () => {
    const r = sampleReport();
    r.tasks = [];
    const wb = await readBack(await renderReportWorkbook(r, { lang: 'vi' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Theo đơn vị',
      'Cách tính',
      'Nguồn số liệu',
    ]);
    const units = wb.getWorksheet('Theo đơn vị') as Worksheet;
    const head = findRow(wb, 'Theo đơn vị', 1, 'STT');
    const lines = Array.from({ length: head - 1 }, (_, i) => units.getCell(i + 1, 1).text);
    expect(lines).toContain('PHỤ LỤC II');
  });
});
