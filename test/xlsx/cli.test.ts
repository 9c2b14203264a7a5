import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { loadExcelJs } from '../../src/report/xlsx/load-exceljs.js';
import { fakeIo } from '../harness/cli.js';
import { findRow, keep, readBack } from './read-back.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PLAN = 'plans/phu-trung-2026-2030.yaml';
const CSV = 'fixtures/example/phu-trung-2026-gia-lap.csv';
const tmp = mkdtempSync(path.join(tmpdir(), 'cchc-xlsx-'));

async function cli(...argv: string[]) {
  const io = fakeIo({ cwd: ROOT });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('cchc template', () => {
  it('writes the workbook, keeps stdout empty and confirms on stderr', async () => {
    const out = path.join(tmp, 'nhap-lieu.xlsx');
    const r = await cli('template', PLAN, '--period', 'Quý III/2026', '--output', out);
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(r.err).toMatch(
      /^Đã ghi biểu nhập liệu .*nhap-lieu\.xlsx cho Quý III\/2026: 18 chỉ tiêu, \d+ nhiệm vụ\.\n$/,
    );
    keep('nhap-lieu.xlsx', readFileSync(out));
    const wb = await readBack(readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu', 'Nhiệm vụ']);
  });

  it('makes a sheet pair per --unit', async () => {
    const out = path.join(tmp, 'nhap-lieu-don-vi.xlsx');
    const r = await cli(
      'template',
      PLAN,
      '--period',
      '2026-Q3',
      '--output',
      out,
      '--unit',
      'phu-trung, tan-phu',
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain(', 2 đơn vị.');
    const wb = await readBack(readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Chỉ tiêu - phu-trung',
      'Nhiệm vụ - phu-trung',
      'Chỉ tiêu - tan-phu',
      'Nhiệm vụ - tan-phu',
    ]);
  });

  it.each([
    [['--period', 'Quý III/2026', '--output', 'x.csv'], /phải có đuôi \.xlsx/],
    [['--period', 'Quý 9/2026', '--output', 'x.xlsx'], /Không hiểu kỳ báo cáo "Quý 9\/2026"/],
    [['--period', 'Quý III/2026', '--output', 'x.xlsx', '--unit', ' , '], /--unit cần ít nhất một mã đơn vị/],
  ])('refuses %j with exit 2 and a sentence', async (args, message) => {
    const r = await cli('template', PLAN, ...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });
});

describe('round trip: template → filled by a user → cchc check', () => {
  it('reads the filled template back with no edits and evaluates it', async () => {
    const blank = path.join(tmp, 'round-trip.xlsx');
    expect((await cli('template', PLAN, '--period', 'Quý III/2026', '--output', blank)).code).toBe(0);
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    const ind = wb.getWorksheet('Chỉ tiêu')!;
    const h = findRow(wb, 'Chỉ tiêu', 1, 'STT');
    const col = (header: string) => {
      for (let c = 1; c <= ind.columnCount; c++) if (ind.getCell(h, c).text === header) return c;
      throw new Error(header);
    };
    const fill = (code: string, values: Record<string, string | number>) => {
      const r = findRow(wb, 'Chỉ tiêu', 2, code);
      expect(r, code).toBeGreaterThan(h);
      for (const [k, v] of Object.entries(values)) ind.getCell(r, col(k)).value = v;
    };
    fill('dvc-truc-tuyen-toan-trinh', {
      'Giá trị': 100,
      'Tử số': 35,
      'Mẫu số': 35,
      'Nguồn/minh chứng': 'Cổng DVC',
    });
    fill('thanh-toan-truc-tuyen', { 'Giá trị': 40.5 });
    fill('quan-tri-du-lieu', { 'Giá trị': 3 });
    fill('to-chuc-bo-may', { 'Giá trị': 'Đạt' });
    fill('sap-xep-don-vi-su-nghiep', { 'Giá trị': 'Đang thực hiện' });
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    const th = findRow(wb, 'Nhiệm vụ', 1, 'STT');
    const taskRow = findRow(wb, 'Nhiệm vụ', 2, 'hang-nam-ke-hoach-cchc');
    expect(taskRow).toBeGreaterThan(th);
    tasks.getCell(taskRow, 7).value = 'Hoàn thành';
    const filled = path.join(tmp, 'round-trip-filled.xlsx');
    await wb.xlsx.writeFile(filled);

    const r = await cli(
      'check',
      PLAN,
      '--data',
      filled,
      '--period',
      'Quý III/2026',
      '--format',
      'json',
      '--fail-on',
      'never',
    );
    expect(r.err).not.toMatch(/lỗi|error/i);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      targets: { id: string; status: string; actual: { value: number | null } | null }[];
      tasks: { id: string; status: string }[];
    };
    const byId = Object.fromEntries(json.targets.map((t) => [t.id, t]));
    expect(byId['dvc-truc-tuyen-toan-trinh']).toMatchObject({ status: 'met', actual: { value: 100 } });
    expect(byId['thanh-toan-truc-tuyen']?.actual).toMatchObject({ value: 40.5 });
    expect(byId['thanh-toan-truc-tuyen']?.status).not.toBe('no-data');
    expect(byId['quan-tri-du-lieu-2027']?.actual).toMatchObject({ value: 3 });
    expect(byId['to-chuc-bo-may']?.status).toBe('met');
    expect(byId['sap-xep-don-vi-su-nghiep']?.status).not.toBe('no-data');
    // Rows left empty are skipped: no data, never an error.
    expect(byId['du-lieu-mo']?.status).toBe('no-data');
    expect(json.tasks.find((t) => t.id === 'hang-nam-ke-hoach-cchc')?.status).toBe('done');
  });
});

describe('round trip variants', () => {
  let variant = 0;
  async function fillAndCheck(
    args: string[],
    fills: [sheet: string, code: string, header: string, value: string | number][],
    checkArgs: string[],
    plan = PLAN,
  ) {
    const blank = path.join(tmp, `variant-${++variant}.xlsx`);
    expect((await cli('template', PLAN, '--period', 'Quý III/2026', '--output', blank, ...args)).code).toBe(
      0,
    );
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    for (const [sheet, code, header, value] of fills) {
      const ws = wb.getWorksheet(sheet)!;
      // The header row is the one whose first cell is the STT column, in either language.
      const hr = Math.max(findRow(wb, sheet, 1, 'STT'), findRow(wb, sheet, 1, 'No.'));
      let c = 1;
      while (ws.getCell(hr, c).text !== header) c++;
      ws.getCell(findRow(wb, sheet, 2, code), c).value = value;
    }
    const filled = blank.replace('.xlsx', '-filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const r = await cli(
      'check',
      plan,
      '--data',
      filled,
      '--period',
      'Quý III/2026',
      '--format',
      'json',
      '--fail-on',
      'never',
      ...checkArgs,
    );
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out) as {
      targets: { id: string; status: string; actual: { value: number | null } | null }[];
    };
  }

  it('English template (English contract aliases) reads back', async () => {
    const json = await fillAndCheck(
      ['--lang', 'en'],
      [['Indicators', 'thanh-toan-truc-tuyen', 'value', 85]],
      [],
    );
    expect(json.targets.find((t) => t.id === 'thanh-toan-truc-tuyen')).toMatchObject({
      status: 'met',
      actual: { value: 85 },
    });
  });

  it('per-unit template reads back unit by unit', async () => {
    const fills: [string, string, string, number][] = [
      ['Chỉ tiêu - xa-a', 'thanh-toan-truc-tuyen', 'Giá trị', 85],
      ['Chỉ tiêu - xa-b', 'thanh-toan-truc-tuyen', 'Giá trị', 20],
    ];
    // Per-unit sheets carry reporting units, which the plan must declare (a province's view of its communes).
    const plan = path.join(tmp, 'province.yaml');
    writeFileSync(
      plan,
      `${readFileSync(path.join(ROOT, PLAN), 'utf8').replace(/^schemaVersion: 1$/m, 'schemaVersion: 2')}reportingUnits:\n  list:\n    - { id: xa-a, name: Xã A }\n    - { id: xa-b, name: Xã B }\n`,
    );
    const a = await fillAndCheck(['--unit', 'xa-a,xa-b'], fills, ['--unit', 'xa-a'], plan);
    expect(a.targets.find((t) => t.id === 'thanh-toan-truc-tuyen')?.actual).toMatchObject({ value: 85 });
    const b = await fillAndCheck(['--unit', 'xa-a,xa-b'], fills, ['--unit', 'xa-b'], plan);
    expect(b.targets.find((t) => t.id === 'thanh-toan-truc-tuyen')?.actual).toMatchObject({ value: 20 });
  });
});

describe('cchc report', () => {
  it('writes the five-sheet workbook from the same evaluation as check', async () => {
    const out = path.join(tmp, 'bao-cao.xlsx');
    const r = await cli('report', PLAN, '--data', CSV, '--period', 'Quý III/2026', '--output', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /Đã ghi báo cáo Excel .*bao-cao\.xlsx: 19 chỉ tiêu \(\d+ đạt, \d+ có nguy cơ, \d+ không đạt\), \d+ nhiệm vụ\.\n$/,
    );
    keep('bao-cao.xlsx', readFileSync(out));
    const wb = await readBack(readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Nhiệm vụ',
      'Theo đơn vị',
      'Cách tính',
      'Nguồn số liệu',
    ]);
    const json = JSON.parse(
      (await cli('check', PLAN, '--data', CSV, '--period', 'Quý III/2026', '--format', 'json')).out,
    ) as {
      targets: { title: string; status: string }[];
    };
    const ws = wb.getWorksheet('Tổng hợp')!;
    const h = findRow(wb, 'Tổng hợp', 1, 'STT');
    const statusCol = 7;
    // Every target of the check appears once in the workbook, with the same assessment.
    const shown: string[] = [];
    for (let row = h + 1; row <= ws.rowCount; row++) {
      const word = ws.getCell(row, statusCol).text;
      if (word && ws.getCell(row, 2).text && !/^[IVX]+$/.test(ws.getCell(row, 1).text)) shown.push(word);
    }
    expect(shown).toHaveLength(json.targets.length);
    const words = {
      met: 'Đạt',
      'on-track': 'Đúng tiến độ',
      'at-risk': 'Có nguy cơ không đạt',
      missed: 'Không đạt',
      'no-data': 'Chưa có số liệu',
    } as Record<string, string>;
    expect([...shown].sort()).toEqual(json.targets.map((t) => words[t.status]).sort());
  });

  it('refuses to overwrite an input file and leaves it untouched', async () => {
    const data = path.join(tmp, 'so-lieu.xlsx');
    writeFileSync(data, 'not really a workbook');
    const before = statSync(data).mtimeMs;
    const r = await cli('report', PLAN, '--data', data, '--period', 'Quý III/2026', '--output', data);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không ghi đè tệp đầu vào');
    expect(readFileSync(data, 'utf8')).toBe('not really a workbook');
    expect(statSync(data).mtimeMs).toBe(before);
  });

  it.each([
    [['--data', CSV, '--output', 'bao-cao.pdf'], /phải có đuôi \.xlsx/],
    [['--data', CSV], /thiếu tùy chọn bắt buộc '-o, --output/],
  ])('refuses %j with exit 2', async (args, message) => {
    const r = await cli('report', PLAN, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
