import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-layout.js';
import { runCli, transcript } from './fake-io.js';

const PLAN = 'plans/phu-trung-2026-2030.yaml';
const CSV = 'fixtures/example/phu-trung-2026-gia-lap.csv';
const readme = ['check', PLAN, '--data', CSV, '--period', 'Quý III/2026'];

/** The part of the table view that is laid out to the width: the header lines name the plan in full. */
function tableLines(stdout: string): string[] {
  return stdout.split('\n').slice(3);
}

describe('the README command fits the terminal', () => {
  it.each([100, 120, 160])('%i columns: no line is wider, the run is short', async (columns) => {
    const r = await runCli(readme, { columns, tty: true, env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain('\u001b[');
    const lines = tableLines(stripVTControlCharacters(r.stdout));
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(columns);
    // Before: ~376 lines at any width (titles wrapped to 4–10 lines, 43 task rows, a separate reasons list).
    expect(lines.length).toBeLessThan(160);
  });

  it.each([
    [100, 'dvc-truc-tuyen-toan-trinh: kỳ vọng 56,8%'],
    [160, 'dvc-truc-tuyen-toan-trinh: kỳ vọng 56,8%'],
  ])('at %i columns the reason follows its row, after the indicator code', async (columns, reason) => {
    const lines = (await runCli(readme, { columns })).stdout.split('\n');
    const row = lines.findIndex((l) => /^ {0,2}2 {2}100% thủ tục hành chính/.test(l));
    const why = lines.findIndex((l) => l.includes(reason));
    expect(row).toBeGreaterThan(0);
    // Title (two lines at most) and the owner/period cells, then the reason: never further away.
    expect(why - row).toBeGreaterThan(0);
    expect(why - row).toBeLessThanOrEqual(3);
  });

  it('titles are clipped to two lines with "…"; the full text stays in JSON', async () => {
    const table = (await runCli(readme, { columns: 100 })).stdout;
    expect(table).not.toContain('ngang tầm nhiệm vụ');
    const lines = table.split('\n');
    const row = lines.findIndex((l) => l.startsWith('10  Xây dựng đội ngũ cán bộ'));
    expect(lines[row + 1]).toMatch(/^ {4}\S.*…/);
    expect(lines[row + 2]).toMatch(/^ {4}↳ doi-ngu-can-bo: /);
    const json = (await runCli([...readme, '--format', 'json'])).stdout;
    expect(json).toContain('ngang tầm nhiệm vụ');
  });

  it('shows short owner names and keeps status words', async () => {
    const out = (await runCli(readme, { columns: 120 })).stdout;
    expect(out).toContain('TTPVHCC');
    expect(out).not.toContain('Trung tâm Phục vụ Hành chính công');
    expect(out).toContain('Có nguy cơ');
  });
});

describe('tasks', () => {
  it.each([
    // Reported tasks: one line each (ids visible); the 35 unreported only as ids by owner.
    [[], 8, true],
    [['--all-tasks'], 43, false],
  ] as const)('%j → %i task lines', async (extra, rows, grouped) => {
    const out = (await runCli([...readme, ...extra], { columns: 120 })).stdout;
    const taskRows = out.split('\n').filter((l) => /^[a-z0-9-]+: \S/.test(l));
    expect(taskRows).toHaveLength(rows);
    expect(out.includes('Chưa có báo cáo (35):')).toBe(grouped);
    // The summary counts stay either way.
    expect(out).toContain('Nhiệm vụ (43): Hoàn thành 4 · Đang thực hiện 3 · Quá hạn 1 · Chưa có báo cáo 35');
  });
  it('the overdue task carries its reason; the unreported are grouped by owner', async () => {
    const out = (await runCli(readme, { columns: 120 })).stdout;
    expect(out).toMatch(/thu-tuc-hanh-chinh-2: .*Quá hạn\n {2}↳ báo cáo Quý III\/2026: Chưa thực hiện/);
    expect(out).toMatch(/^ {2}VHXH: bo-may-1, bo-may-2, /m);
    expect(out).toMatch(/^ {2}Kinh tế: tai-chinh-cong-1, /m);
  });
  it('--all-tasks golden (fixture plan)', async () => {
    const r = await runCli([
      'check',
      'fixtures/check/plan.yaml',
      '--data',
      'fixtures/check/data.csv',
      '--period',
      'Quý III/2026',
      '--all-tasks',
      '--lang',
      'en',
    ]);
    await expect(transcript(r)).toMatchFileSnapshot('__golden__/all-tasks-en.txt');
  });
});

describe('width sources', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cchc-width-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('no terminal width → 120 columns; a narrow terminal still gets the 90 columns the table needs', async () => {
    const wide = tableLines((await runCli(readme)).stdout);
    expect(Math.max(...wide.map(displayWidth))).toBe(120);
    const narrow = tableLines((await runCli(readme, { columns: 40 })).stdout);
    expect(Math.max(...narrow.map(displayWidth))).toBeLessThanOrEqual(90);
  });
  it('--output ignores the terminal width: the same inputs give the same file', async () => {
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    await runCli([...readme, '--output', a], { columns: 80, tty: true });
    await runCli([...readme, '--output', b], { columns: 200, tty: true });
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(readFileSync(a, 'utf8')).toBe((await runCli(readme)).stdout);
  });
});
