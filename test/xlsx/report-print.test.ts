import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderReportWorkbook } from '../../src/report/xlsx/render-report-workbook.js';
import { agencyLines } from '../../src/report/xlsx/report-head.js';
import { exampleReport } from './example-report.js';
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

/** Every string of the plan and the data file: the only Vietnamese an English workbook may show. */
function inputTexts(): string[] {
  const root = path.resolve(import.meta.dirname, '../..');
  const plan = parse(readFileSync(path.join(root, 'plans/phu-trung-2026-2030.yaml'), 'utf8'));
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(plan);
  const csv = readFileSync(path.join(root, 'fixtures/example/phu-trung-2026-gia-lap.csv'), 'utf8');
  for (const line of csv.split(/\r?\n/)) out.push(...line.split(','));
  out.push(...agencyLines(plan.issuer.name));
  // A title is quoted without its closing full stop in lists ("• 2. 100% thủ tục …: At risk").
  return out
    .flatMap((s) => [s, s.replace(/\.\s*$/, '')])
    .map((s) => s.trim().toLocaleLowerCase('vi'))
    .filter((s) => s.length > 1)
    .sort((a, b) => b.length - a.length);
}

const VI = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function cellTexts(wb: Workbook): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row, r) =>
      row.eachCell((c, col) => {
        // A merged cell's followers repeat (or, for an empty master, cannot read) the master's text.
        if (c.isMerged && c.master !== c) return;
        if (c.text) out.push({ where: `${ws.name}!R${r}C${col}`, text: c.text });
      }),
    );
  return out;
}

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
    const inputs = inputTexts();
    const left = cellTexts(en.wb)
      .map(({ where, text }) => {
        let rest = text.toLocaleLowerCase('vi');
        for (const s of inputs) if (rest.includes(s)) rest = rest.split(s).join(' ');
        return { where, rest };
      })
      .filter(({ rest }) => VI.test(rest));
    expect(left).toEqual([]);
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
