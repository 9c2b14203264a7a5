// The data-entry template (src/report/xlsx) must come back through readData with no edits.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readData } from '../../src/data/read-data.js';
import { parsePeriod } from '../../src/periods/index.js';
import { renderTemplateWorkbook } from '../../src/report/xlsx/render-template-workbook.js';
import { testPlan, unitsPlan } from './test-plan.js';

const period = parsePeriod('Quý I/2026', 'cchc')!;

async function template(lang: 'vi' | 'en', units?: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cchc-template-'));
  const file = path.join(dir, 'mau.xlsx');
  await writeFile(
    file,
    await renderTemplateWorkbook(units ? unitsPlan : testPlan, period, units ? { lang, units } : { lang }),
  );
  return file;
}

/** Put `value` in column `header` of the row whose code column holds `code`. */
async function fill(file: string, sheetIndex: number, code: string, header: string, value: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[sheetIndex]!;
  let col = 0;
  let row = 0;
  ws.eachRow((r, n) => {
    r.eachCell((c, k) => {
      if (c.text === header && !col) col = k;
      if (c.text === code && !row) row = n;
    });
  });
  expect([row, col]).not.toContain(0);
  ws.getRow(row).getCell(col).value = value;
  await wb.xlsx.writeFile(file);
}

describe('the data-entry template reads back', () => {
  it.each([
    ['vi', undefined],
    ['en', undefined],
    ['vi', ['Xã Phú Trung', 'Xã Phú Lý']],
  ] as const)('%s, units %j: unedited → no rows, no problems', async (lang, units) => {
    const file = await template(lang, units ? [...units] : undefined);
    // Per-unit sheets name reporting units: the plan must declare them (a province plan).
    const r = await readData([file], units ? unitsPlan : testPlan, {
      cwd: path.dirname(file),
      convention: 'cchc',
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.observations).toEqual([]);
    expect(r.progress).toEqual([]);
    expect(r.files[0]!.sheets!.length).toBe(units ? 4 : 2);
  });

  it('filled in → observations and progress for the template period', async () => {
    const file = await template('vi');
    await fill(file, 0, 'ket-qua-dien-tu', 'Giá trị', '87,5%');
    await fill(file, 1, 'the-che-1', 'Tình trạng', 'Hoàn thành');
    const r = await readData([file], testPlan, { cwd: path.dirname(file), convention: 'cchc' });
    expect(r.diagnostics).toEqual([]);
    expect(r.observations.map((o) => [o.indicator, o.period.id, o.value])).toEqual([
      ['ket-qua-dien-tu', '2026-Q1', 87.5],
    ]);
    expect(r.progress.map((p) => [p.task, p.period.id, p.status])).toEqual([
      ['the-che-1', '2026-Q1', 'done'],
    ]);
  });
});
