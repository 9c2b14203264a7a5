import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../harness/cli.js';

const PLAN = 'fixtures/check/plan.yaml';
const DATA = 'fixtures/rollup/units.csv';
const base = ['rollup', PLAN, '--data', DATA, '--as-of', '2026-09-14'];

const schema = JSON.parse(readFileSync('schemas/rollup.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

describe('cchc rollup scenarios (golden transcripts)', () => {
  it.each([
    ['table', base],
    ['table-en', [...base, '--lang', 'en']],
    ['markdown', [...base, '--format', 'markdown']],
    ['filter-area', [...base, '--area', 'chinh-quyen-so']],
    ['fail-on-at-risk', [...base, '--fail-on', 'at-risk']],
    ['unknown-group', [...base, '--group', 'xa']],
    [
      'over-units',
      ['rollup', 'fixtures/rollup/over-units-plan.yaml', '--data', DATA, '--as-of', '2026-09-14'],
    ],
    [
      'over-units-after-deadline-en',
      [
        'rollup',
        'fixtures/rollup/over-units-plan.yaml',
        '--data',
        DATA,
        '--as-of',
        '2028-01-10',
        '--lang',
        'en',
      ],
    ],
    ['no-unit-column', ['rollup', PLAN, '--data', 'fixtures/check/data.csv', '--as-of', '2026-09-14']],
  ])('%s', async (name, argv) => {
    const r = await runCli(argv);
    await expect(transcript(r)).toMatchFileSnapshot(`__golden__/${name}.txt`);
  });

  it('--unit is not an option of rollup (one unit is what check is for)', async () => {
    const r = await runCli([...base, '--unit', 'Xã Bình An']);
    expect(r.code).toBe(2);
  });

  it('fits 80 columns by default, and any width down to 60', async () => {
    for (const columns of [undefined, 60, 100]) {
      const r = await runCli(base, columns === undefined ? {} : { columns });
      const widest = Math.max(...r.stdout.split('\n').map((l) => [...l].length));
      expect(widest).toBeLessThanOrEqual(columns ?? 80);
    }
  });
});

describe('rollup JSON contract (schemas/rollup.schema.json)', () => {
  it.each([
    ['vi', base],
    ['en', [...base, '--lang', 'en']],
  ])('real output validates (%s)', async (_, argv) => {
    const r = await runCli([...argv, '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(doc.unitSource).toBe('plan');
    // The plan declares its reporting units: rows are matched to their ids ("Bình An", "xã Bình  An" → xa-binh-an).
    expect(doc.units.map((u: { id: string }) => u.id)).toEqual([
      'xa-binh-an',
      'xa-an-phu',
      'xa-tan-phu',
      'xa-mau-son',
      'xa-chua-bao-cao',
      'xa-tan-hanh',
      'phuong-tran-bien',
    ]);
    expect(doc.unitsWithoutData).toEqual(['xa-an-phu', 'xa-chua-bao-cao']);
    // 95% exactly at the threshold is met.
    const hl = doc.targets.find((t: { id: string }) => t.id === 'hai-long');
    expect(hl.cells.find((c: { unit: string }) => c.unit === 'xa-tan-phu').status).toBe('met');
  });

  it('targets over units: status from the units, the rule for no data, a per-unit threshold met exactly', async () => {
    const r = await runCli([
      'rollup',
      'fixtures/rollup/over-units-plan.yaml',
      '--data',
      DATA,
      '--as-of',
      '2026-09-14',
      '--format',
      'json',
    ]);
    const doc = JSON.parse(r.stdout);
    expect(validate(doc)).toBe(true);
    const t = (id: string) => doc.targets.find((x: { id: string }) => x.id === id);
    expect(t('hai-long-80-phan-tram-don-vi').overUnits).toMatchObject({
      met: 4,
      denominator: 4,
      noData: 'exclude',
      status: 'met',
    });
    // Tân Hạnh (written without "Xã") reported 90% and is held to its own 90%.
    const binhAn = t('hai-long-80-phan-tram-don-vi').cells.find(
      (c: { unit: string }) => c.unit === 'xa-tan-hanh',
    );
    expect(binhAn).toMatchObject({ status: 'met', value: 90, targetValue: 90 });
    expect(t('toan-trinh-moi-don-vi').overUnits).toMatchObject({
      met: 3,
      denominator: 7,
      noData: 'count-against',
      status: 'at-risk',
    });
    expect(t('hai-long').overUnits).toBeNull();
  });

  it('the schema refuses what the contract does not promise', () => {
    expect(validate({ schemaVersion: 2 })).toBe(false);
  });
});

describe('unit spellings against the declared list (plans/dong-nai-cap-xa-2026-2030.yaml, 95 units)', () => {
  const argv = [
    'rollup',
    'plans/dong-nai-cap-xa-2026-2030.yaml',
    '--data',
    'fixtures/rollup/unknown-spellings.csv',
    '--as-of',
    '2026-03-20',
  ];

  it('an unknown spelling stops the run with did-you-mean, nearest kind first; a stranger has none', async () => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l.includes('data-unknown-reporting-unit'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('dòng 5');
    expect(lines[0]).toMatch(/"Xã Giả lập 7".*Có phải ý bạn là "Xã Giả lập 07"/);
    expect(lines[1]).toContain('"Phường Tân Phong"');
    expect(lines[1]).not.toContain('Có phải ý bạn là');
  });

  it('spellings that differ only in case, diacritics or spacing are the declared unit (not reported)', async () => {
    const r = await runCli(argv);
    expect(r.stderr).not.toContain('Xa Gia lap 02');
    expect(r.stderr).not.toContain('Xã Giã lập 03');
  });
});

describe('check on a plan with targets over units', () => {
  it('says once that each unit is shown against its own threshold and that rollup gives the target', async () => {
    const r = await runCli([
      'check',
      'plans/dong-nai-cap-xa-2026-2030.yaml',
      '--data',
      'fixtures/example/dong-nai-95-xa-gia-lap.csv',
      '--as-of',
      '2026-09-20',
    ]);
    const notices = r.stderr.split('\n').filter((l) => l.includes('[check-over-units-per-unit]'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('xa-thanh-toan-truc-tuyen-80');
    expect(r.stderr).toContain('cchc rollup');
  });

  it('a plan without such targets has no such notice', async () => {
    const r = await runCli([
      'check',
      'plans/phu-trung-2026-2030.yaml',
      '--data',
      'fixtures/example/phu-trung-2026-gia-lap.csv',
      '--as-of',
      '2026-09-20',
    ]);
    expect(r.stderr).not.toContain('check-over-units-per-unit');
  });
});

describe('control characters in unit names (issue 15)', () => {
  it('reach the rollup table and Markdown neutralised; JSON escapes them itself', async () => {
    const { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'cchc-rollup-ctl-'));
    mkdirSync(path.join(dir, 'fixtures/rollup'), { recursive: true });
    const plan = readFileSync(PLAN, 'utf8').replace(
      '      name: Xã Bình An\n',
      '      name: "Xã Bình\\e[2J An"\n      aliases: [Xã Bình An]\n',
    );
    writeFileSync(path.join(dir, 'plan.yaml'), plan);
    copyFileSync(DATA, path.join(dir, DATA));
    const argv = ['rollup', 'plan.yaml', '--data', DATA, '--as-of', '2026-09-14'];
    for (const extra of [[], ['-f', 'markdown']]) {
      const r = await runCli([...argv, ...extra], { cwd: dir });
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).toMatch(/Xã Bình␛\\?\[2J An/); // Markdown escapes the bracket
    }
    const json = await runCli([...argv, '-f', 'json'], { cwd: dir });
    expect(json.stdout).toContain('\\u001b[2J');
  });
});
