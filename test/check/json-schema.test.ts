import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const schema = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

describe('JSON output contract (schemas/report.schema.json)', () => {
  it.each([
    [
      'scenario plan, Quý III',
      ['check', 'fixtures/check/plan.yaml', '--data', 'fixtures/check/data.csv', '--period', 'Quý III/2026'],
    ],
    [
      'several reporting units, English',
      [
        'check',
        'fixtures/check/plan.yaml',
        '--data',
        'fixtures/check/multi-unit.csv',
        '--as-of',
        '2026-09-14',
        '--lang',
        'en',
      ],
    ],
    [
      'Phú Trung example, CSV',
      [
        'check',
        'plans/phu-trung-2026-2030.yaml',
        '--data',
        'fixtures/example/phu-trung-2026-gia-lap.csv',
        '--period',
        'Quý III/2026',
      ],
    ],
    [
      'Phú Trung example, XLSX',
      [
        'check',
        'plans/phu-trung-2026-2030.yaml',
        '--data',
        'fixtures/example/phu-trung-2026-gia-lap.xlsx',
        '--period',
        'Quý III/2026',
      ],
    ],
  ])('%s validates', async (_n, argv) => {
    const r = await runCli([...argv, '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(doc.schemaVersion).toBe(2);
  });

  it('carries the fields issue 4 lists, with provenance of the actual figure', async () => {
    const r = await runCli([
      'check',
      'fixtures/check/plan.yaml',
      '--data',
      'fixtures/check/data.csv',
      '--period',
      'Quý III/2026',
      '--format',
      'json',
    ]);
    const doc = JSON.parse(r.stdout);
    expect(doc.plan).toMatchObject({ id: 'xa-thu-2026-2027', revision: 1, file: 'fixtures/check/plan.yaml' });
    expect(doc.plan.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.asOf).toBe('2026-09-14');
    expect(doc.summary.targets).toEqual({ met: 1, 'on-track': 2, 'at-risk': 2, missed: 0, 'no-data': 1 });
    const t = doc.targets.find((x: { id: string }) => x.id === 'toan-trinh');
    expect(t).toMatchObject({
      indicator: 'toan-trinh',
      owner: 'ttphvhcc',
      deadline: '2027-12-31',
      comparator: '=',
      targetValue: 100,
      unit: '%',
      expected: 56.8,
      status: 'at-risk',
      method: 'linear',
      actual: {
        value: 52.8,
        numerator: 66,
        denominator: 125,
        period: { id: '2026-Q3', start: '2026-06-15', end: '2026-09-14' },
        source: { file: 'fixtures/check/data.csv', sheet: null, row: 3, column: 'D' },
      },
    });
    expect(t.reason).toContain('kỳ vọng 56,8%');
    expect(doc.diagnostics[0]).toMatchObject({ code: 'data-zero-denominator', severity: 'warning' });
  });

  it('rejects a document that breaks the contract (the test can fail)', () => {
    expect(validate({ schemaVersion: 3 })).toBe(false);
  });
});
