import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const xlsxDir = path.join(ROOT, 'src/report/xlsx');
const files = readdirSync(xlsxDir).filter((f) => f.endsWith('.ts'));
const read = (f: string) => readFileSync(f, 'utf8');

describe('exceljs is loaded only when a workbook is written', () => {
  it.each(files)('src/report/xlsx/%s imports exceljs for types only', (f) => {
    const src = read(path.join(xlsxDir, f));
    const value = /^import\s+(?!type\b)[^;]*from\s+'exceljs'/m;
    expect(src).not.toMatch(value);
  });

  it.each(['src/cli/report.ts', 'src/cli/template.ts'])('%s reaches the renderers through import()', (f) => {
    const src = read(path.join(ROOT, f));
    expect(src).not.toMatch(/^import[^;]*from\s+'\.\.\/report\/xlsx\//m);
    expect(src).not.toMatch(/^import[^;]*from\s+'exceljs'/m);
    expect(src).toMatch(/await import\('\.\.\/report\/xlsx\//);
  });
});
