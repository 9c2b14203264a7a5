import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, transcript } from '../harness/cli.js';

const PLAN = 'fixtures/check/plan.yaml';
const DATA = 'fixtures/check/data.csv';
const base = ['check', PLAN, '--data', DATA];

/** Each scenario's exit code, stdout and stderr are pinned together in one golden file. */
describe('cchc check scenarios (golden transcripts)', () => {
  it.each([
    ['table-q3', [...base, '--period', 'Quý III/2026']],
    ['table-q3-en', [...base, '--period', 'Quý III/2026', '--lang', 'en']],
    ['markdown-q3', [...base, '--period', 'Quý III/2026', '--format', 'markdown']],
    ['group-by-phase', [...base, '--as-of', '2026-09-14', '--group-by', 'phase', '--fail-on', 'never']],
    ['multi-unit', ['check', PLAN, '--data', 'fixtures/check/multi-unit.csv', '--as-of', '2026-09-14']],
    [
      'unit-selected',
      [
        'check',
        PLAN,
        '--data',
        'fixtures/check/multi-unit.csv',
        '--as-of',
        '2026-09-14',
        '--unit',
        'xa-an-phu',
      ],
    ],
    [
      'rows-without-unit',
      [
        'check',
        PLAN,
        '--data',
        'fixtures/check/rows-without-unit.csv',
        '--as-of',
        '2026-09-14',
        '--format',
        'markdown',
      ],
    ],
    [
      'calendar-convention',
      [...base, '--convention', 'calendar', '--period', 'Quý III/2026', '--format', 'markdown'],
    ],
    ['owner-filter', [...base, '--period', 'Quý III/2026', '--owner', 'vhxh']],
    ['unknown-owner', [...base, '--owner', 'vhx']],
    ['unknown-unit', ['check', PLAN, '--data', 'fixtures/check/multi-unit.csv', '--unit', 'xa-an-phuu']],
    ['both-as-of-and-period', [...base, '--as-of', '2026-09-14', '--period', 'Quý III/2026']],
    ['bad-period', [...base, '--period', 'Quý V/2026']],
    ['bad-as-of', [...base, '--as-of', '2026-02-30']],
    ['bad-format', [...base, '--format', 'pdf']],
    ['bad-tolerance', [...base, '--tolerance', '-1']],
    ['invalid-plan', ['check', 'fixtures/check/invalid-plan.yaml', '--data', DATA]],
    ['missing-plan', ['check', 'fixtures/check/no-such-plan.yaml', '--data', DATA]],
    ['data-error', ['check', PLAN, '--data', 'fixtures/check/unknown-indicator.csv']],
  ])('%s', async (name, argv) => {
    const r = await runCli(argv);
    await expect(transcript(r)).toMatchFileSnapshot(`__golden__/${name}.txt`);
  });
});

describe('exit codes', () => {
  it.each([
    // Q3 data: 2 at risk, 1 overdue task (counts as missed), nothing missed among targets.
    ['missed', 1],
    ['at-risk', 1],
    ['never', 0],
  ] as const)('--fail-on %s → %i', async (failOn, code) => {
    expect((await runCli([...base, '--period', 'Quý III/2026', '--fail-on', failOn])).code).toBe(code);
  });
  it('at-risk alone exits 0 under the default --fail-on missed', async () => {
    const r = await runCli([...base, '--period', 'Quý III/2026', '--area', 'chinh-quyen-so']);
    expect(r.code).toBe(0);
    const risky = await runCli([
      ...base,
      '--period',
      'Quý III/2026',
      '--owner',
      'vhxh',
      '--fail-on',
      'at-risk',
    ]);
    expect(risky.code).toBe(1);
  });
});

describe('as-of', () => {
  it('defaults to today in Asia/Ho_Chi_Minh (17:30 UTC on 14/09 is already 15/09 there)', async () => {
    const r = await runCli([...base, '--format', 'json'], { now: new Date('2026-09-14T17:30:00Z') });
    expect(JSON.parse(r.stdout).asOf).toBe('2026-09-15');
  });
  it('the same inputs and as-of give the same bytes', async () => {
    const a = await runCli([...base, '--as-of', '2026-09-14', '--format', 'json']);
    const b = await runCli([...base, '--as-of', '2026-09-14', '--format', 'json'], {
      now: new Date('2030-01-01'),
    });
    expect(a.stdout).toBe(b.stdout);
  });
  it('--tolerance moves an at-risk target on track', async () => {
    const strict = JSON.parse(
      (await runCli([...base, '--period', 'Quý III/2026', '--format', 'json'])).stdout,
    );
    const loose = JSON.parse(
      (await runCli([...base, '--period', 'Quý III/2026', '--format', 'json', '--tolerance', '4'])).stdout,
    );
    const status = (r: { targets: { id: string; status: string }[] }) =>
      r.targets.find((t) => t.id === 'toan-trinh')?.status;
    expect([status(strict), status(loose)]).toEqual(['at-risk', 'on-track']);
  });
});

describe('colour', () => {
  const esc = '\u001b[';
  it.each([
    ['a terminal', { tty: true }, [], true],
    ['a pipe', { tty: false }, [], false],
    ['NO_COLOR', { tty: true, env: { NO_COLOR: '1' } }, [], false],
    ['--no-color', { tty: true }, ['--no-color'], false],
  ] as const)('%s → colour %s', async (_n, opts, extra, coloured) => {
    const r = await runCli([...base, '--period', 'Quý III/2026', ...extra], {
      ...opts,
      env: { ...(opts as { env?: Record<string, string> }).env },
    });
    expect(r.stdout.includes(esc)).toBe(coloured);
    // Never colour alone: the status word is always there.
    expect(r.stdout).toContain('Có nguy cơ không đạt');
  });
});

describe('--output', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cchc-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('writes the report atomically, stdout stays empty, a confirmation goes to stderr', async () => {
    const out = path.join(dir, 'bao-cao.md');
    const r = await runCli([...base, '--period', 'Quý III/2026', '--format', 'markdown', '--output', out]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Đã ghi báo cáo vào');
    expect(readFileSync(out, 'utf8')).toContain('# Kết quả thực hiện kế hoạch CCHC');
  });
  it('refuses to overwrite an input file', async () => {
    const copy = path.join(dir, 'data.csv');
    writeFileSync(copy, readFileSync(DATA));
    const before = readFileSync(copy);
    const r = await runCli(['check', PLAN, '--data', dir, '--period', 'Quý III/2026', '--output', copy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không ghi đè tệp đầu vào');
    expect(readFileSync(copy)).toEqual(before);
    expect(existsSync(`${copy}.tmp`)).toBe(false);
  });
  it('refuses the plan itself', async () => {
    const r = await runCli([...base, '--output', PLAN]);
    expect(r.code).toBe(2);
  });
});
