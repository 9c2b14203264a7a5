import { describe, expect, it } from 'vitest';
import { formatDiagnosticLine, formatLocation } from '../../src/report/location.js';

describe('formatLocation', () => {
  it.each([
    [{ file: 'plans/a.yaml', line: 12, column: 5 }, 'vi', 'plans/a.yaml:12:5'],
    [{ file: 'plans/a.yaml', line: 3 }, 'en', 'plans/a.yaml:3:1'],
    [
      { file: 'd.xlsx', sheet: 'Quý III', row: 12, col: 'D', field: 'Giá trị' },
      'vi',
      'd.xlsx [Quý III], dòng 12, cột D (Giá trị)',
    ],
    [{ file: 'd.csv', row: 4, col: 'C' }, 'en', 'd.csv, row 4, column C'],
    [{ file: 'd.csv' }, 'vi', 'd.csv'],
  ] as const)('%j (%s) → %s', (loc, lang, expected) => {
    expect(formatLocation(loc, lang)).toBe(expected);
  });
});

describe('formatDiagnosticLine', () => {
  it('puts where, severity, message, offending text, code and hint', () => {
    const line = formatDiagnosticLine(
      {
        code: 'data-bad-value',
        severity: 'error',
        message: { vi: 'Giá trị không đọc được', en: 'Unreadable value' },
        location: { file: 'd.csv', row: 4, col: 'C', field: 'Giá trị' },
        text: 'abc',
        hint: { vi: 'Viết 95,5 hoặc 95,5%', en: 'Write 95.5 or 95.5%' },
      },
      'vi',
    );
    expect(line).toBe(
      'd.csv, dòng 4, cột C (Giá trị): lỗi: Giá trị không đọc được («abc») [data-bad-value]\n    → Viết 95,5 hoặc 95,5%',
    );
  });
});
