import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readData } from '../../src/data/read-data.js';
import type { Observation } from '../../src/model/observation.js';
import { testPlan, unitsPlan } from './test-plan.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (inputs: string[], cwd = root) => readData(inputs, testPlan, { cwd, convention: 'cchc' });
/** The parts of an observation a test pins: indicator, period, value/assessment, ratio, cell. */
const brief = (o: Observation) => [
  o.indicator,
  o.period.id,
  o.assessment ?? o.value,
  o.numerator === undefined ? '' : `${o.numerator}/${o.denominator}`,
  `${o.source.sheet ? `${o.source.sheet}!` : ''}${o.source.col}${o.source.row}`,
];

const LONG = [
  ['dvc-truc-tuyen-toan-trinh', '2026-Q1', 95.5, '', 'C2'],
  ['ket-qua-dien-tu', '2026-Q1', 87.25, '', 'C3'],
  ['thanh-toan-truc-tuyen', '2026-Q1', 48.6, '486/1000', 'D4'],
  ['quan-tri-du-lieu', '2026-Q1', 2, '', 'C5'],
  ['thu-hang-cchc', '2025', 12, '', 'C6'],
  ['to-chuc-bo-may', '2026-Q1', 'achieved', '', 'C7'],
];

describe('readData: a return typed by hand, its figure column headed as the report heads it', () => {
  // Hand-typed in a text editor as Excel "CSV (dấu chấm phẩy)" saves it: UTF-8 with BOM, ';', CRLF, a
  // title row and a blank row above the header. Under "Kết quả thực hiện" the bare figures were dropped
  // without a word (only the Tử số/Mẫu số row was read).
  it('reads every figure under "Kết quả thực hiện", beside Tử số/Mẫu số', async () => {
    const r = await read(['fixtures/returns/ket-qua-thuc-hien.csv']);
    expect(r.diagnostics).toEqual([]);
    expect(r.observations.map(brief)).toEqual([
      ['dvc-truc-tuyen-toan-trinh', '2026-Q1', 95.5, '', 'C4'],
      ['ket-qua-dien-tu', '2026-Q1', 87.25, '', 'C5'],
      ['thanh-toan-truc-tuyen', '2026-Q1', 48.6, '486/1000', 'D6'],
    ]);
  });
});

describe('readData: one long table in every encoding and separator', () => {
  it.each([
    'long-utf8.csv',
    'long-utf8-bom.csv',
    'long-unicode-text.txt',
    'long-utf16be.csv',
    'long-semicolon.csv',
    'long-tab.csv',
    'long-nfd.csv',
  ])('%s', async (name) => {
    const r = await read([`fixtures/data/csv/${name}`]);
    expect(r.diagnostics).toEqual([]);
    expect(r.observations.map(brief)).toEqual(LONG);
    expect(r.files).toMatchObject([{ file: `fixtures/data/csv/${name}`, format: 'csv', rows: 7 }]);
    expect(r.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    // NFC everywhere: the NFD file gives the same composed note and raw text.
    expect(r.observations[0]!.note).toBe('Tính cả TTHC liên thông, phối hợp');
    expect(r.observations[0]!.note).toBe(r.observations[0]!.note!.normalize('NFC'));
    expect(r.observations[0]!.evidence).toBe('Cổng DVC');
    expect(r.observations[5]!.raw).toBe('Đạt');
  });

  it('keeps provenance: file, row, column letter and header text', async () => {
    const r = await read(['fixtures/data/csv/long-utf8.csv']);
    expect(r.observations[2]!.source).toEqual({
      file: 'fixtures/data/csv/long-utf8.csv',
      row: 4,
      col: 'D',
      field: 'Tử số',
    });
    expect(r.observations[2]!.raw).toBe('486/1.000');
    expect(r.observations[0]!.period).toMatchObject({
      start: '2025-12-15',
      end: '2026-03-14',
      convention: 'cchc',
    });
  });

  it('shows paths relative to the working directory', async () => {
    const r = await read(['csv/long-utf8.csv'], path.join(root, 'fixtures/data'));
    expect(r.files[0]!.file).toBe('csv/long-utf8.csv');
    expect(r.observations[0]!.source.file).toBe('csv/long-utf8.csv');
  });

  it('is deterministic', async () => {
    const a = await read(['fixtures/data/csv', 'fixtures/data/xlsx/messy.xlsx']);
    const b = await read(['fixtures/data/csv', 'fixtures/data/xlsx/messy.xlsx']);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('readData: the messy workbook', () => {
  it('reads title rows, merged headers, section and total rows, percent cells, formulas, NFD, dates', async () => {
    const r = await read(['fixtures/data/xlsx/messy.xlsx']);
    expect(r.observations.map(brief)).toEqual([
      ['dvc-truc-tuyen-toan-trinh', '2026-Q1', 95.5, '', 'Số liệu!E7'],
      ['ket-qua-dien-tu', '2026-Q1', 87.25, '', 'Số liệu!E8'],
      ['thanh-toan-truc-tuyen', '2026-Q1', 80, '80/100', 'Số liệu!E9'],
      ['hai-long-tthc', '2026-Q1', 92.5, '', 'Số liệu!E10'],
      ['quan-tri-du-lieu', '2026-03-14', 2, '', 'Số liệu!E12'],
      ['thu-hang-cchc', '2025', 12, '', 'Số liệu!E13'],
      ['sap-xep-don-vi-su-nghiep', '2026-Q1', 'in-progress', '', 'Số liệu!E14'],
      ['to-chuc-bo-may', '2026-Q1', 'achieved', '', 'Số liệu!E15'],
      ['tai-su-dung-du-lieu', '2026-Q1', null, '0/0', 'Số liệu!F16'],
      ['dvc-truc-tuyen-toan-trinh', '2026-Q2', 90, '', 'Theo quý!C4'],
      ['dvc-truc-tuyen-toan-trinh', '2026-Q3', 92.5, '', 'Theo quý!D4'],
      ['hai-long-dvc-truc-tuyen', '2026-Q2', 90, '', 'Theo quý!C5'],
      ['hai-long-dvc-truc-tuyen', '2026-H1', 91.5, '', 'Theo quý!E5'],
    ]);
    expect(r.observations[3]!.note).toBe('Khảo sát tháng 3');
    expect(r.observations[0]!.source).toEqual({
      file: 'fixtures/data/xlsx/messy.xlsx',
      sheet: 'Số liệu',
      row: 7,
      col: 'E',
      field: 'Giá trị',
    });
    expect(r.observations[9]!.source.field).toBe('Quý II/2026');
    expect(r.progress.map((p) => [p.task, p.period.id, p.status, p.note ?? '', p.source.row])).toEqual([
      ['the-che-1', '2026-Q1', 'done', '', 3],
      ['hang-nam-boi-duong', '2026-Q1', 'in-progress', 'Đã lập danh sách', 4],
    ]);
    expect(r.files).toMatchObject([{ format: 'xlsx', sheets: ['Số liệu', 'Theo quý', 'Tiến độ'] }]);
    expect(
      r.diagnostics.map((d) => [d.code, d.severity, d.location?.sheet, d.location?.row, d.location?.col]),
    ).toEqual([['data-zero-denominator', 'warning', 'Số liệu', 16, 'F']]);
  });

  // exceljs issue #3064: exceljs-written files lost their strings, styles or sheet names on some reads.
  it('reads an exceljs-written workbook the same way every time', async () => {
    const first = JSON.stringify(await read(['fixtures/data/xlsx/messy.xlsx']));
    for (let i = 0; i < 25; i++)
      expect(JSON.stringify(await read(['fixtures/data/xlsx/messy.xlsx']))).toBe(first);
  });

  it('reads only the sheet named after #', async () => {
    const r = await read(['fixtures/data/xlsx/messy.xlsx#Tiến độ']);
    expect(r.observations).toEqual([]);
    expect(r.progress).toHaveLength(2);
    expect(r.files).toMatchObject([{ file: 'fixtures/data/xlsx/messy.xlsx', sheets: ['Tiến độ'] }]);
  });
});

describe('readData: other shapes', () => {
  it('wide CSV: one column per period', async () => {
    const r = await read(['fixtures/data/csv/wide.csv']);
    expect(r.diagnostics).toEqual([]);
    expect(r.observations.map(brief)).toEqual([
      ['dvc-truc-tuyen-toan-trinh', '2026-Q1', 95.5, '', 'C2'],
      ['dvc-truc-tuyen-toan-trinh', '2026-Q2', 97, '', 'D2'],
      ['thanh-toan-truc-tuyen', '2026-Q1', 48.6, '', 'C3'],
      ['quan-tri-du-lieu', '2026-Q1', 2, '', 'C4'],
      ['quan-tri-du-lieu', '2026-Q2', 2, '', 'D4'],
      ['quan-tri-du-lieu', '2026-Q3', 3, '', 'E4'],
    ]);
    expect(r.observations[2]!.note).toBe('Quý II chưa tổng hợp');
  });

  it('task progress, skipping rows with no status', async () => {
    const r = await read(['fixtures/data/csv/tasks.csv']);
    expect(r.diagnostics).toEqual([]);
    expect(r.progress.map((p) => [p.task, p.period.id, p.status, p.raw, p.source.col, p.source.row])).toEqual(
      [
        ['the-che-1', '2026-Q1', 'done', 'Hoàn thành', 'C', 2],
        ['hang-nam-boi-duong', '2026-Q1', 'in-progress', 'Đang thực hiện', 'C', 3],
      ],
    );
  });

  it('mixed rows and reporting units: the same indicator and period for two communes is not a duplicate', async () => {
    const r = await readData(['fixtures/data/csv/mixed.csv'], unitsPlan, { cwd: root, convention: 'cchc' });
    expect(r.diagnostics).toEqual([]);
    expect(r.observations.map((o) => [o.indicator, o.unit, o.value])).toEqual([
      ['ket-qua-dien-tu', 'xa-phu-trung', 100],
      ['ket-qua-dien-tu', 'xa-phu-ly', 90],
    ]);
    expect(r.progress.map((p) => [p.task, p.status, p.unit])).toEqual([
      ['the-che-1', 'not-started', 'xa-phu-trung'],
    ]);
  });

  it('title rows above the header and quoted fields with commas and line breaks', async () => {
    const r = await read(['fixtures/data/csv/title-and-quotes.csv']);
    expect(r.diagnostics).toEqual([]);
    expect(r.observations.map(brief)).toEqual([
      ['ket-qua-dien-tu', '2026-Q1', 100, '', 'C5'],
      ['hai-long-tthc', '2026-Q1', 96.5, '', 'C6'],
    ]);
    expect(r.observations[0]!.note).toBe('Ghi chú có dấu phẩy, và\nxuống dòng');
  });

  it('folders: every .csv/.xlsx inside, sorted, recursively', async () => {
    const r = await read(['fixtures/data']);
    expect(r.files.map((f) => f.file)).toEqual([
      'fixtures/data/csv/errors.csv',
      'fixtures/data/csv/legacy-tcvn3.csv',
      'fixtures/data/csv/long-nfd.csv',
      'fixtures/data/csv/long-semicolon.csv',
      'fixtures/data/csv/long-tab.csv',
      'fixtures/data/csv/long-utf16be.csv',
      'fixtures/data/csv/long-utf8-bom.csv',
      'fixtures/data/csv/long-utf8.csv',
      'fixtures/data/csv/mixed.csv',
      'fixtures/data/csv/task-errors.csv',
      'fixtures/data/csv/tasks.csv',
      'fixtures/data/csv/title-and-quotes.csv',
      'fixtures/data/csv/unclosed-quote.csv',
      'fixtures/data/csv/wide.csv',
      'fixtures/data/xlsx/formula-no-result.xlsx',
      'fixtures/data/xlsx/messy.xlsx',
    ]);
  });

  it('the same file twice is read once; two files with the same rows give one grouped warning', async () => {
    const once = await read(['fixtures/data/csv/long-utf8.csv', 'fixtures/data/csv/long-utf8.csv']);
    expect(once.diagnostics).toEqual([]);
    expect(once.files).toHaveLength(1);
    const twice = await read(['fixtures/data/csv/long-utf8.csv', 'fixtures/data/csv/long-tab.csv']);
    expect(twice.observations).toHaveLength(6);
    // One warning per file and code, at the first row, with the count and the next places.
    expect(twice.diagnostics.map((d) => [d.code, d.location?.file, d.location?.row, d.count])).toEqual([
      ['data-duplicate-identical', 'fixtures/data/csv/long-tab.csv', 2, 6],
    ]);
    expect(twice.diagnostics[0]!.message.vi).toMatch(
      /\(6 chỗ như vậy trong tệp này; tiếp theo: dòng 3 cột C, dòng 4 cột D, dòng 5 cột C, dòng 6 cột C, …\)$/,
    );
    expect(twice.diagnostics[0]!.message.en).toMatch(
      /\(6 such places in this file; next: row 3 column C, .*, …\)$/,
    );
  });
});
