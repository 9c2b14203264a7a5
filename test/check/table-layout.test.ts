import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Status } from '../../src/model/report.js';
import { markedStatus } from '../../src/report/status-marks.js';
import { displayWidth } from '../../src/report/text-layout.js';
import { STATUS_LABELS } from '../../src/words/labels.js';
import { runCli, transcript } from '../harness/cli.js';

const PLAN = 'plans/phu-trung-2026-2030.yaml';
const CSV = 'fixtures/example/phu-trung-2026-gia-lap.csv';
const readme = ['check', PLAN, '--data', CSV, '--period', 'Quý III/2026'];

/** The part of the table view that is laid out to the width: the header lines name the plan in full. */
function tableLines(stdout: string): string[] {
  return stdout.split('\n').slice(3);
}

describe('the README command fits the terminal', () => {
  it.each([80, 100, 120, 160])(
    '%i columns: no line is wider, no status word split, the run is short',
    async (columns) => {
      const r = await runCli(readme, { columns, tty: true, env: { FORCE_COLOR: '1' } });
      expect(r.stdout).toContain('\u001b[');
      const all = stripVTControlCharacters(r.stdout).split('\n');
      // Every line, the header included, within the terminal (measured with the project's display width).
      expect(Math.max(...all.map(displayWidth))).toBeLessThanOrEqual(columns);
      // Each target's status (with its marker) on one line: a split word would leave fewer whole ones.
      const doc = JSON.parse((await runCli([...readme, '--format', 'json'])).stdout) as {
        targets: { status: Status }[];
      };
      for (const s of ['on-track', 'at-risk', 'missed', 'no-data'] as const) {
        const whole = markedStatus(STATUS_LABELS[s].vi, s);
        const n = doc.targets.filter((t) => t.status === s).length;
        expect(all.filter((l) => l.includes(whole)).length).toBeGreaterThanOrEqual(n);
      }
      for (const l of all) expect(l).not.toMatch(/(?:^|\s)(?:Đá|Ch|Chưa có số|Có nguy cơ không)$/);
      // Before: ~376 lines at any width. Now the digest and one line per unreported task (short title) add ~45;
      // the stacked layout (80 columns) takes about six lines a target. Section V's 13 duties and the task
      // completion lines (plan, 7 areas, 8 owners) add ~30 more.
      expect(all.length).toBeLessThan(columns < 100 ? 330 : 260);
    },
  );

  it('80 columns: one block per target, the status on its own line, the numbers of the appendix', async () => {
    const out = (await runCli(readme, { columns: 80 })).stdout;
    expect(out).toMatch(/^2\. +100% thủ tục hành chính đủ điều kiện/m);
    expect(out).toMatch(/^ {5}Đánh giá: ! Có nguy cơ không đạt$/m);
    expect(out).toMatch(/^5\.1\. – Trong đó mức độ hài lòng/m);
    expect(out).toMatch(/^ {5}Thực tế: 62,5% \(Quý II\/2026\) – cũ$/m);
  });

  it('starts with what needs action, by owner with full names, each with a one-line note', async () => {
    const out = (await runCli(readme, { columns: 120 })).stdout;
    const digest = out.slice(0, out.indexOf(' TT  Chỉ tiêu'));
    expect(digest).toContain('CẦN XỬ LÝ: 2 chỉ tiêu có nguy cơ không đạt · 1 nhiệm vụ quá hạn');
    expect(digest).toContain('\nTrung tâm Phục vụ Hành chính công\n');
    expect(digest).toMatch(/ {2}! Có nguy cơ không đạt · Chỉ tiêu 2: 100% thủ tục/);
    expect(digest).toContain('    Chậm 4,0 điểm % so với lộ trình; cần 100% vào 31/12/2027');
    expect(digest).toMatch(/ {2}!! Quá hạn · Nhiệm vụ thu-tuc-hanh-chinh-2: /);
    expect(digest).not.toMatch(/→|quy tắc/);
    const en = (await runCli([...readme, '--lang', 'en'], { columns: 120 })).stdout;
    expect(en).toContain('NEEDS ACTION: 2 targets at risk · 1 task overdue');
    expect(en).toContain('    4.0 percentage points behind the path; needs 100% by 31/12/2027');
  });

  it('the action statuses are marked without colour and inverse with it', async () => {
    const plain = (await runCli(readme, { columns: 120 })).stdout;
    expect(plain).not.toContain('\u001b[');
    expect(plain).toContain('! Có nguy cơ không đạt');
    expect(plain).toContain('!! Quá hạn');
    const coloured = (await runCli(readme, { columns: 120, tty: true, env: { FORCE_COLOR: '1' } })).stdout;
    // Inverse-style blocks (background colour), not yellow text that vanishes on a white terminal.
    expect(coloured).toContain('\u001b[43m');
    expect(coloured).toContain('\u001b[41m');
  });

  it.each([
    [100, 'dvc-truc-tuyen-toan-trinh: kỳ vọng 56,8%'],
    [160, 'dvc-truc-tuyen-toan-trinh: kỳ vọng 56,8%'],
  ])('at %i columns the reason follows its row, after the indicator code', async (columns, reason) => {
    const lines = (await runCli(readme, { columns })).stdout.split('\n');
    const row = lines.findIndex((l) => /^ {0,2}2 {2}100% thủ tục hành chính/.test(l));
    // Three title lines at most when the title column is narrow (100 columns).
    const why = lines.findIndex((l) => l.includes(reason));
    expect(row).toBeGreaterThan(0);
    // Title (two lines at most) and the owner/period cells, then the reason: never further away.
    expect(why - row).toBeGreaterThan(0);
    expect(why - row).toBeLessThanOrEqual(4);
  });

  it('titles are clipped to two lines with "…"; the full text stays in JSON', async () => {
    const table = (await runCli(readme, { columns: 140 })).stdout;
    expect(table).not.toContain('ngang tầm nhiệm vụ');
    const lines = table.split('\n');
    const row = lines.findIndex((l) => l.startsWith('  9  Xây dựng đội ngũ cán bộ'));
    expect(lines[row + 1]).toMatch(/^ {5}\S.*…/);
    expect(lines[row + 2]).toMatch(/^ {5}↳ doi-ngu-can-bo: /);
    const json = (await runCli([...readme, '--format', 'json'])).stdout;
    expect(json).toContain('ngang tầm nhiệm vụ');
  });

  it('shows short owner names and keeps status words', async () => {
    const out = (await runCli(readme, { columns: 120 })).stdout;
    expect(out).toContain('TTPVHCC');
    // The full names are in the digest only; the table rows use the short ones.
    const table = out.slice(out.indexOf(' TT  Chỉ tiêu'));
    expect(table).not.toContain('Trung tâm Phục vụ Hành chính công');
    expect(out).toContain('Có nguy cơ không đạt');
  });
});

describe('tasks', () => {
  it.each([
    // Reported tasks: one line each (ids visible); the 48 unreported by owner, one short line each.
    [[], 8, true],
    [['--all-tasks'], 56, false],
  ] as const)('%j → %i task lines', async (extra, rows, grouped) => {
    const out = (await runCli([...readme, ...extra], { columns: 120 })).stdout;
    const taskRows = out.split('\n').filter((l) => /^[a-z0-9-]+: \S/.test(l));
    expect(taskRows).toHaveLength(rows);
    expect(out.includes('Chưa có báo cáo (48):')).toBe(grouped);
    // The summary counts stay either way.
    expect(out).toContain('Nhiệm vụ (56): Hoàn thành 4 · Đang thực hiện 3 · Quá hạn 1 · Chưa có báo cáo 48');
  });
  it('the overdue task carries its reason; the unreported are grouped by owner', async () => {
    const out = (await runCli(readme, { columns: 120 })).stdout;
    expect(out).toMatch(/thu-tuc-hanh-chinh-2: .*!! Quá hạn\n {2}↳ Báo cáo Quý III\/2026: chưa thực hiện/);
    // Unreported tasks with their short titles, not codes only.
    expect(out).toMatch(/^ {2}VHXH:\n {4}bo-may-1 +Tiếp tục rà soát, hoàn thiện quy định/m);
    expect(out).toMatch(/^ {2}Kinh tế:\n {4}tai-chinh-cong-1 +Tiếp tục nghiên cứu/m);
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
  it('no terminal width → 120 columns; a narrow terminal gets the stacked layout, within its width', async () => {
    const wide = tableLines((await runCli(readme)).stdout);
    expect(Math.max(...wide.map(displayWidth))).toBe(120);
    const narrow = (await runCli(readme, { columns: 60 })).stdout.split('\n');
    expect(Math.max(...narrow.map(displayWidth))).toBeLessThanOrEqual(60);
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
