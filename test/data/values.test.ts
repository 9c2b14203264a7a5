/**
 * Values that are not what the indicator measures, in returns made by hand (fixtures/returns/values/: CSVs
 * typed as Excel and LibreOffice save them, workbooks written by python3-openpyxl, scripts/fixtures/values.py).
 * The goldens pin every diagnostic; the observations pin what was still read.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readData } from '../../src/data/read-data.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Observation } from '../../src/model/observation.js';
import { testPlan } from './test-plan.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (input: string) =>
  readData([`fixtures/returns/values/${input}`], testPlan, { cwd: root, convention: 'cchc' });
const golden = (diags: Diagnostic[]) => `${JSON.stringify(diags, null, 2)}\n`;
const brief = (o: Observation) => [
  o.indicator,
  o.period.id,
  o.value,
  o.raw,
  `${o.source.col}${o.source.row}`,
];
const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.location?.col}${d.location?.row} ${d.code}`);

describe('values that are not what the indicator measures (golden)', () => {
  it.each([
    'thu-hang-thay-doi.csv',
    'diem-cho-ty-le.csv',
    'khoang-gia-tri.csv',
    'dem-don-vi.csv',
    'khong-co-so-lieu.csv',
    'gia-tri-khong-dung.xlsx',
    'phan-tram-lam-tron.xlsx',
  ])('%s', async (name) => {
    const r = await read(name);
    await expect(golden(r.diagnostics)).toMatchFileSnapshot(`golden/values/${name}.json`);
    // Every message and hint in both languages.
    for (const d of r.diagnostics) {
      expect(d.message.vi && d.message.en).toBeTruthy();
      expect(d.hint?.vi && d.hint?.en).toBeTruthy();
    }
  });
});

describe('rank changes and ranks ≤ 0 are refused, never read as a rank', () => {
  it('"-31", "+2", "tăng 3 bậc", "Giảm 31 bậc", 0 and a figure in "bậc" are errors; "Hạng 12/95" is read', async () => {
    const r = await read('thu-hang-thay-doi.csv');
    expect(codes(r.diagnostics)).toEqual([
      'C4 data-change-not-value',
      'C5 data-change-not-value',
      'C6 data-change-not-value',
      'C7 data-change-not-value',
      'C8 data-out-of-range',
      'C9 data-change-not-value',
    ]);
    expect(r.diagnostics[0]!.message.vi).toBe(
      'Giá trị "-31" của chỉ tiêu "thu-hang-cchc" không dùng được: đây là mức thay đổi thứ hạng (tăng/giảm bậc), không phải thứ hạng đạt được.',
    );
    expect(r.diagnostics[0]!.hint!.en).toContain('Write the rank reached in the period');
    expect(r.observations.map(brief)).toEqual([['thu-hang-cchc', '2027', 12, 'Hạng 12/95', 'C10']]);
  });

  it('an Excel number -31 for a rank is a change, 0 is out of range (openpyxl workbook)', async () => {
    const r = await read('gia-tri-khong-dung.xlsx');
    expect(codes(r.diagnostics)).toEqual([
      'C4 data-change-not-value',
      'C5 data-out-of-range',
      'C7 data-out-of-range',
      'C8 data-points-not-rate',
      'C9 data-range-not-value',
      'C10 data-range-not-value',
      'D11 data-units-not-rate',
      'D12 data-points-not-rate',
      'C13 data-no-data-word',
    ]);
    expect(r.observations.map(brief)).toEqual([
      ['thu-hang-cchc', '2026', 12, '12', 'C6'],
      ['dvc-truc-tuyen-toan-trinh', '2026-Q1', null, 'Không phát sinh', 'C13'],
      ['dvc-truc-tuyen-toan-trinh', '2026-Q2', null, '-', 'C14'],
      ['tai-su-dung-du-lieu', '2026-Q1', null, 'x', 'C15'],
    ]);
  });
});

describe('points, ranges and counts of units for a rate', () => {
  it('points in the value, the unit of measure, the numerator or the note are refused', async () => {
    const r = await read('diem-cho-ty-le.csv');
    expect(codes(r.diagnostics)).toEqual([
      'C2 data-points-not-rate',
      'C3 data-points-not-rate',
      'D4 data-points-not-rate',
      'D5 data-points-not-rate',
      'D6 data-points-not-rate',
      'C7 data-points-not-rate',
      'C8 data-maybe-points',
      'C9 data-out-of-range',
    ]);
    // "10" beside Mẫu số 10 is kept as written (10 %) with the warning; "10" with Đơn vị tính "%" is 10 %.
    expect(r.observations.map(brief)).toEqual([
      ['hai-long-dvc-truc-tuyen', '2026-Q1', 10, '10', 'C8'],
      ['ket-qua-dien-tu', '2026-Q2', 10, '10', 'C10'],
    ]);
  });

  it('ranges and bounds are refused; a count is still read', async () => {
    const r = await read('khoang-gia-tri.csv');
    expect(codes(r.diagnostics)).toEqual([
      'C2 data-range-not-value',
      'C3 data-range-not-value',
      'C4 data-range-not-value',
      'C5 data-range-not-value',
      'C6 data-range-not-value',
      'C7 data-range-not-value',
      'C8 data-range-not-value',
    ]);
    expect(r.observations.map(brief)).toEqual([['so-ho-so', '2026-Q2', 1245, '1.245', 'C9']]);
  });

  it('"2/13 sở" and friends are refused in the value, as Tử số/Mẫu số the row calls units, and in the note', async () => {
    const r = await read('dem-don-vi.csv');
    expect(codes(r.diagnostics)).toEqual([
      'D2 data-units-not-rate',
      'C3 data-units-not-rate',
      'C4 data-units-not-rate',
      'D5 data-units-not-rate',
      'D6 data-units-not-rate',
    ]);
    // A note that mentions communes without naming the row's figures does not refuse it.
    expect(r.observations.map(brief)).toEqual([['tai-su-dung-du-lieu', '2026-Q1', 48.6, '486/1.000', 'D7']]);
  });
});

describe('no-data words', () => {
  it('are no data with one grouped note per file, never 0; an "x" for an assessment is refused', async () => {
    const r = await read('khong-co-so-lieu.csv');
    expect(r.observations.map((o) => [o.indicator, o.value, o.raw])).toEqual([
      ['dvc-truc-tuyen-toan-trinh', null, 'Không phát sinh'],
      ['dvc-truc-tuyen-toan-trinh', null, '-'],
      ['ket-qua-dien-tu', null, '—'],
      ['ket-qua-dien-tu', null, 'N/A'],
      ['tai-su-dung-du-lieu', null, 'x'],
      ['tai-su-dung-du-lieu', null, 'Chưa có số liệu'],
      ['thu-hang-cchc', null, '-'],
      ['so-ho-so', null, 'Không phát sinh'],
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.location?.row, d.count])).toEqual([
      ['data-no-data-word', 'note', 2, 8],
      ['data-bad-value', 'error', 9, undefined],
    ]);
    expect(r.diagnostics[0]!.message.vi).toBe(
      '"Không phát sinh": kỳ này không phát sinh trường hợp nào, tính là không có số liệu (không phải 0). (8 chỗ như vậy trong tệp này; tiếp theo: dòng 3 cột C, dòng 4 cột C, dòng 5 cột C, dòng 6 cột C, …)',
    );
  });
});

describe('percent-formatted cells beside Tử số/Mẫu số are compared at the precision shown', () => {
  it('0.829 under "0%" or "0.0%" agrees with 8294/10000; 50 % shown against 48,6 % does not', async () => {
    const r = await read('phan-tram-lam-tron.xlsx');
    expect(codes(r.diagnostics)).toEqual(['C8 data-value-mismatch']);
    expect(r.diagnostics[0]!.count).toBe(2);
    expect(r.observations.map((o) => o.value)).toEqual([82.94, 82.94, 66.67, 95.5, 95.5, 48.6]);
  });
});
