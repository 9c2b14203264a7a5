import { describe, expect, it } from 'vitest';
import { refuseInput, toCheckOptions } from '../../src/cli/shared-options.js';
import { runCli } from '../harness/cli.js';

describe('toCheckOptions', () => {
  it.each([
    [{ data: ['d.csv'] }, { plan: 'p.yaml', data: ['d.csv'] }],
    [
      { data: ['d.csv'], period: 'Quý III/2026', owner: 'vhxh', tolerance: '2,5' },
      { plan: 'p.yaml', data: ['d.csv'], period: 'Quý III/2026', owner: 'vhxh', tolerance: 2.5 },
    ],
    [
      { data: ['d.csv'], tolerance: '0', method: 'trend' as const, convention: 'calendar' as const },
      { plan: 'p.yaml', data: ['d.csv'], tolerance: 0, method: 'trend', convention: 'calendar' },
    ],
  ])('%j', (flags, options) => {
    expect(toCheckOptions('p.yaml', flags)).toEqual(options);
  });
  it.each(['-1', 'hai', ''])('--tolerance %j is refused', (t) => {
    expect(() => toCheckOptions('p.yaml', { data: [], tolerance: t })).toThrow(/--tolerance/);
  });
});

describe('refuseInput', () => {
  it.each([
    ['data.csv', ['data.csv'], true],
    ['./data.csv', ['data.csv'], true],
    ['so-lieu.xlsx', ['so-lieu.xlsx#Quý III'], true],
    ['bao-cao.xlsx', ['so-lieu.xlsx', 'plan.yaml'], false],
  ] as const)('%s against %j → refused %s', (out, inputs, refused) => {
    const call = () => refuseInput(out, [...inputs], '/tmp/x');
    if (refused) expect(call).toThrow(/overwrite the input file/);
    else expect(call).not.toThrow();
  });
});

describe('check and report share their evaluation options', () => {
  const plan = 'fixtures/check/plan.yaml';
  it.each([
    [['--tolerance', '-1'], /--tolerance "-1" không hợp lệ/],
    [['--method', 'cubic'], /--method/],
    [['--convention', 'lunar'], /--convention/],
    [['--owner', 'vhx'], /vhx/],
  ])('%j is refused the same way by both', async (extra, message) => {
    const check = await runCli(['check', plan, '--data', 'fixtures/check/data.csv', ...extra]);
    const report = await runCli([
      'report',
      plan,
      '--data',
      'fixtures/check/data.csv',
      '--output',
      '/tmp/cchc-never-written.xlsx',
      ...extra,
    ]);
    expect([check.code, report.code]).toEqual([2, 2]);
    expect(check.stderr).toMatch(message);
    expect(report.stderr).toBe(check.stderr);
  });
});

describe('the hint after data errors', () => {
  it('says cells only when a cell was named, files when every error is about a whole file', async () => {
    const { fixHint } = await import('../../src/check/build-report.js');
    const cell = {
      code: 'x',
      severity: 'error' as const,
      message: { vi: '', en: '' },
      location: { file: 'a.csv', row: 3, col: 'D' },
    };
    const file = {
      code: 'y',
      severity: 'error' as const,
      message: { vi: '', en: '' },
      location: { file: 'b.xlsx' },
    };
    expect(fixHint([cell]).vi).toBe('Sửa các ô được chỉ ra rồi chạy lại.');
    expect(fixHint([file]).vi).toBe('Sửa các tệp được chỉ ra rồi chạy lại.');
    expect(fixHint([file]).en).toBe('Fix the files listed above and run again.');
    expect(fixHint([file, cell]).vi).toBe('Sửa các tệp và ô được chỉ ra rồi chạy lại.');
  });
});

describe('whole-file data errors through the CLI', () => {
  it('an unreadable workbook is not followed by "fix the cells shown"', async () => {
    const r = await runCli([
      'check',
      'fixtures/check/plan.yaml',
      '--data',
      'fixtures/data/bad/not-a-workbook.xlsx',
      '--period',
      'Quý III/2026',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('Sửa các ô');
  });
});
