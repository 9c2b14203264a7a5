import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/data/expand-inputs.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('expandInputs', () => {
  it('walks folders sorted and recursively, skipping hidden entries, lock files and other types', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-inputs-'));
    await mkdir(path.join(dir, 'quy-1', 'con'), { recursive: true });
    await mkdir(path.join(dir, '.git'));
    const csv = 'Mã chỉ tiêu,Kỳ báo cáo,Giá trị\n';
    for (const f of [
      'b.csv',
      'a.CSV',
      'quy-1/z.csv',
      'quy-1/con/y.csv',
      '.an.csv',
      '.git/x.csv',
      'ghi-chu.docx',
      'x.txt',
    ])
      await writeFile(path.join(dir, f), csv);
    await copyFile(path.join(root, 'fixtures/data/xlsx/messy.xlsx'), path.join(dir, 'quy-1/so-lieu.xlsx'));
    await writeFile(path.join(dir, 'quy-1/~$so-lieu.xlsx'), 'lock');
    const r = await expandInputs(['.'], dir);
    expect(r.diagnostics).toEqual([]);
    expect(r.files.map((f) => [f.display, f.format])).toEqual([
      ['a.CSV', 'csv'],
      ['b.csv', 'csv'],
      ['quy-1/con/y.csv', 'csv'],
      ['quy-1/so-lieu.xlsx', 'xlsx'],
      ['quy-1/z.csv', 'csv'],
    ]);
  });

  it.each([
    ['a workbook named .csv', 'book.csv', 'data-unsupported-file'],
    ['an empty folder', 'empty', 'data-no-files'],
  ])('%s', async (_label, name, code) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-inputs-'));
    await copyFile(path.join(root, 'fixtures/data/xlsx/messy.xlsx'), path.join(dir, 'book.csv'));
    await mkdir(path.join(dir, 'empty'));
    const r = await expandInputs([name], dir);
    expect(r.diagnostics.map((d) => [d.code, d.location?.file])).toEqual([[code, name]]);
  });

  it('splits book.xlsx#Sheet at the first ".xlsx#", and absolute paths outside cwd stay absolute', async () => {
    const file = path.join(root, 'fixtures/data/xlsx/messy.xlsx');
    // A fresh temporary folder is never an ancestor of the repository, wherever the clone lives.
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'cchc-cwd-'));
    const r = await expandInputs([`${file}#Số liệu#2`], elsewhere);
    expect(r.files).toMatchObject([
      { display: file.split(path.sep).join('/'), sheet: 'Số liệu#2', format: 'xlsx' },
    ]);
  });
});
