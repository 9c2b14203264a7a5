import { describe, expect, it } from 'vitest';
import { refuseInput, toCheckOptions } from '../../src/cli/shared-options.js';
import { runCli } from './fake-io.js';

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
