/**
 * Province scale: 95 communes × 30 rates × 19 periods, the rate stored as a fraction in a percent-formatted cell
 * ("0%" or "0.0%", as the Sở's workbook has it) beside its Tử số/Mẫu số. Read at the precision shown, the
 * workbook gives the same (zero) mismatch warnings as the CSV of the figures shown; before, 47 600 warnings.
 * Written with the project's own exceljs writer for scale; the small openpyxl fixture is in values.test.ts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readData } from '../../src/data/read-data.js';
import type { Indicator, Plan } from '../../src/model/plan.js';
import { testPlan } from './test-plan.js';

const COMMUNES = Array.from({ length: 95 }, (_, i) => `Xã ${String(i + 1).padStart(2, '0')}`);
const CODES = Array.from({ length: 30 }, (_, i) => `ty-le-${String(i + 1).padStart(2, '0')}`);
const PERIODS = [2026, 2027, 2028, 2029, 2030]
  .flatMap((y) => ['I', 'II', 'III', 'IV'].map((q) => `Quý ${q}/${y}`))
  .slice(0, 19);
const plan: Plan = {
  ...testPlan,
  indicators: CODES.map((code): Indicator => ({ code, name: code, kind: 'percentage', unit: '%' })),
  reportingUnits: { groups: [], list: COMMUNES.map((name, i) => ({ id: `xa-${i + 1}`, name })) },
};

/** Deterministic rows: the fraction as the Sở's formula would round it for the format shown. */
function* rows() {
  let seed = 12345;
  for (const period of PERIODS)
    for (const unit of COMMUNES)
      for (const code of CODES) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const den = 50 + (seed % 950);
        const num = Math.floor((den * ((seed >> 8) % 1000)) / 1000);
        const decimals = seed % 2; // "0%" or "0.0%"
        const shown = Math.round((num / den) * 100 * 10 ** decimals) / 10 ** decimals;
        yield { code, period, unit, num, den, decimals, shown };
      }
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cchc-percent-scale-'));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path.join(dir, 'tinh.xlsx'),
    useStyles: true,
    useSharedStrings: true,
  });
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(['Mã chỉ tiêu', 'Kỳ báo cáo', 'Kết quả thực hiện', 'Tử số', 'Mẫu số', 'Đơn vị']).commit();
  let csv = '\ufeffMã chỉ tiêu;Kỳ báo cáo;Kết quả thực hiện;Tử số;Mẫu số;Đơn vị\r\n';
  for (const r of rows()) {
    // A stored fraction with more digits than shown (0.829 for 82,9 %; 0.83 for 83 %), as a formula leaves it.
    const row = ws.addRow([r.code, r.period, r.shown / 100, r.num, r.den, r.unit]);
    row.getCell(3).numFmt = r.decimals === 0 ? '0%' : '0.0%';
    row.commit();
    csv += `${r.code};${r.period};${String(r.shown).replace('.', ',')}%;${r.num};${r.den};${r.unit}\r\n`;
  }
  ws.commit();
  await wb.commit();
  await writeFile(path.join(dir, 'tinh.csv'), csv);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('percent-formatted cells at province scale', () => {
  it('54 150 rows: no mismatch warning from the XLSX, as none from the CSV; the same figures', async () => {
    const xlsx = await readData(['tinh.xlsx'], plan, { cwd: dir, convention: 'cchc' });
    const csv = await readData(['tinh.csv'], plan, { cwd: dir, convention: 'cchc' });
    expect(csv.diagnostics).toEqual([]);
    expect(xlsx.diagnostics).toEqual([]);
    expect(xlsx.observations).toHaveLength(95 * 30 * 19);
    expect(xlsx.observations.map((o) => o.value)).toEqual(csv.observations.map((o) => o.value));
  }, 120_000);
});
