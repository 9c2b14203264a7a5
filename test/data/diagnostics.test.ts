import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_CODES } from '../../src/data/diagnostics.js';
import { readData } from '../../src/data/read-data.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { testPlan } from './test-plan.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (inputs: string[], cwd = root) => readData(inputs, testPlan, { cwd, convention: 'cchc' });
const golden = (diags: Diagnostic[]) => `${JSON.stringify(diags, null, 2)}\n`;

describe('golden diagnostics', () => {
  it.each([
    ['errors.csv', ['fixtures/data/csv/errors.csv']],
    ['task-errors.csv', ['fixtures/data/csv/task-errors.csv']],
    ['formula-no-result.xlsx', ['fixtures/data/xlsx/formula-no-result.xlsx']],
    ['unclosed-quote.csv', ['fixtures/data/csv/unclosed-quote.csv']],
    [
      'files',
      [
        'fixtures/data/missing.csv',
        'fixtures/data/bad',
        'fixtures/data/csv/legacy-tcvn3.csv',
        'fixtures/data/csv/legacy-vni.csv',
        'fixtures/data/csv/not-utf8.csv',
        'fixtures/data/csv/no-header.csv',
        'fixtures/data/xlsx/legacy-tcvn3.xlsx',
        'fixtures/data/xlsx/no-header.xlsx',
        'fixtures/data/xlsx/messy.xlsx#Tien do',
        'fixtures/data/xlsx/messy.xlsx#Hướng dẫn',
      ],
    ],
  ])('%s', async (name, inputs) => {
    const r = await read(inputs);
    await expect(golden(r.diagnostics)).toMatchFileSnapshot(`golden/${name}.json`);
  });

  it('every diagnostic code is a declared one, and every error has a location and both languages', async () => {
    const r = await read(['fixtures/data']);
    expect(r.diagnostics.length).toBeGreaterThan(20);
    for (const d of r.diagnostics) {
      expect(DATA_CODES).toContain(d.code);
      expect(d.location?.file).toMatch(/^fixtures\/data\//);
      expect(d.message.vi).not.toBe('');
      expect(d.message.en).not.toBe('');
    }
  });

  it.each([
    ['fixtures/data/csv/legacy-vni.csv', 'data-legacy-encoding', 'VNI Windows'],
    ['fixtures/data/xlsx/legacy-tcvn3.xlsx', 'data-legacy-encoding', 'TCVN3 (ABC)'],
    ['fixtures/data/csv/not-utf8.csv', 'data-bad-encoding', 'Windows-1258 hoặc VNI Windows'],
    ['fixtures/data/bad/empty.csv', 'data-empty-file', '0 byte'],
    ['fixtures/data/bad/old-excel.xls', 'data-unsupported-file', '.xls'],
    ['fixtures/data/bad/report.pdf', 'data-unsupported-file', '.pdf'],
    ['fixtures/data/bad/not-a-workbook.xlsx', 'data-unsupported-file', '.xlsx'],
    ['fixtures/data/nothing-here', 'data-file-not-found', 'Không tìm thấy'],
    ['fixtures/data/csv/no-header.csv', 'data-no-header', 'Mã chỉ tiêu'],
  ])('%s → %s', async (input, code, words) => {
    const r = await read([input]);
    expect(r.diagnostics.map((d) => d.code)).toEqual([code]);
    expect(`${r.diagnostics[0]!.message.vi} ${r.diagnostics[0]!.hint?.vi ?? ''}`).toContain(words);
    expect(r.files).toEqual([]);
  });
});

describe('numerator, denominator and written value', () => {
  const cases: [string, string, string, number | null, string[]][] = [
    // value, numerator, denominator → value kept, diagnostic codes
    ['48,6%', '486', '1000', 48.6, []],
    ['48,6', '486', '1000', 48.6, []],
    ['49%', '486', '1000', 48.6, []],
    ['48,61%', '486', '1000', 48.6, ['data-value-mismatch']],
    ['50%', '486', '1000', 48.6, ['data-value-mismatch']],
    ['0,486', '486', '1000', 48.6, []],
    ['0,5', '1', '2', 50, []],
    ['0,5', '', '', 0.5, ['data-ambiguous-fraction']],
    ['', '486', '1000', 48.6, []],
    ['', '2', '3', 66.67, []],
    ['', '0', '0', null, ['data-zero-denominator']],
    ['0%', '0', '0', null, ['data-zero-denominator']],
    ['', '5', '0', null, ['data-numerator-exceeds-denominator']],
    ['', '1001', '1000', null, ['data-numerator-exceeds-denominator']],
    ['', '1000', '1000', 100, []],
    ['', '12', '', null, ['data-bad-value']],
    ['', '12%', '100', null, ['data-bad-value']],
    ['95%', '', '100', 95, []],
  ];
  it.each(cases)('value %j, %j / %j → %s %j', async (value, n, d, expected, codes) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-data-'));
    await writeFile(
      path.join(dir, 'r.csv'),
      `Mã chỉ tiêu;Kỳ báo cáo;Giá trị;Tử số;Mẫu số\nthanh-toan-truc-tuyen;Quý I/2026;${value};${n};${d}\n`,
    );
    const r = await read(['r.csv'], dir);
    expect(r.diagnostics.map((x) => x.code)).toEqual(codes);
    const fatal = codes.some((c) => ['data-numerator-exceeds-denominator', 'data-bad-value'].includes(c));
    if (fatal) expect(r.observations).toEqual([]);
    else expect(r.observations.map((o) => o.value)).toEqual([expected]);
  });

  it('a mismatch names both figures', async () => {
    const r = await read(['fixtures/data/csv/errors.csv']);
    const m = r.diagnostics.find((x) => x.code === 'data-value-mismatch')!;
    expect(m.message.vi).toBe('Giá trị ghi "95%" khác với tử số/mẫu số 181/200 = 90,5%: dùng 90,5%.');
    expect(m.message.en).toBe(
      'Written value "95%" disagrees with numerator/denominator 181/200 = 90.5%: using 90.5%.',
    );
  });

  it('the ambiguous fraction says how to write it', async () => {
    const r = await read(['fixtures/data/csv/errors.csv']);
    const a = r.diagnostics.find((x) => x.code === 'data-ambiguous-fraction')!;
    expect(a.severity).toBe('warning');
    expect(a.message.vi).toBe(
      'Giá trị "0,8" của chỉ tiêu tỷ lệ phần trăm không có dấu %: đã hiểu là 0,8% (không phải 80%).',
    );
    expect(a.hint?.vi).toBe('Nếu là 80%, hãy ghi "80%" hoặc "80"; nếu đúng là 0,8%, ghi "0,8%".');
  });
});
