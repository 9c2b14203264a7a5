// plans/hien-thanh-tuyen-truyen-cchc-2025.yaml: a commune's plan with tasks only (no quantitative target), as
// its website summarises Kế hoạch 132-KH/UBND. It validates, and check evaluates its tasks and says there are no
// quantitative targets instead of "no target matches the filter".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const PLAN = 'plans/hien-thanh-tuyen-truyen-cchc-2025.yaml';

function progress(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cchc-hien-thanh-'));
  const file = path.join(dir, 'tien-do-quy-1.csv');
  writeFileSync(
    file,
    '\uFEFFMã nhiệm vụ;Kỳ báo cáo;Tình trạng;Ghi chú\r\n' +
      'noi-dung-1;Quý I/2025;Hoàn thành;\r\n' +
      'hinh-thuc-1;Quý I/2025;Đang thực hiện;\r\n' +
      'hinh-thuc-2;Quý I/2025;Chưa thực hiện;Chưa có kinh phí\r\n',
  );
  return file;
}

describe('a plan with tasks only (xã Hiền Thành, tuyên truyền CCHC 2025)', () => {
  it('validates with no finding', async () => {
    const r = await runCli(['validate', PLAN]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('check evaluates the tasks and says the plan has no quantitative targets', async () => {
    const r = await runCli(['check', PLAN, '--data', progress(), '--as-of', '2025-03-20', '--no-color']);
    expect(r.stdout).toContain('Kế hoạch không có chỉ tiêu định lượng');
    expect(r.stdout).not.toContain('khớp bộ lọc');
    // No all-zero count line after saying there are no targets; the tasks keep theirs.
    expect(r.stdout).not.toContain('Chỉ tiêu (0)');
    expect(r.stdout).toContain('Nhiệm vụ (5)');
    expect(r.stdout).toContain('1/5 nhiệm vụ hoàn thành (20%)');
    // The task reported "Chưa thực hiện" for a window that has ended is overdue: exit 1 under --fail-on missed.
    expect(r.code).toBe(1);
  });

  it.each([
    ['vi', 'Kế hoạch không có chỉ tiêu định lượng', 'Chỉ tiêu (0)', 'Nhiệm vụ (5)'],
    ['en', 'no quantitative targets', 'Targets (0)', 'Tasks (5)'],
  ])(
    'Markdown (%s) says there are no targets once, with no line of zeros',
    async (lang, none, zero, tasks) => {
      const r = await runCli([
        'check',
        PLAN,
        '--data',
        progress(),
        '--as-of',
        '2025-03-20',
        '-f',
        'markdown',
        '--lang',
        lang,
      ]);
      expect(r.stdout).toContain(none);
      expect(r.stdout).not.toContain(zero);
      expect(r.stdout).toContain(tasks);
    },
  );

  it('the JSON gives the same completion figure', async () => {
    const r = await runCli(['check', PLAN, '--data', progress(), '--as-of', '2025-03-20', '-f', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.targets).toEqual([]);
    // JSON keeps its counts (zeros included): a program reads them without asking whether they exist.
    expect(Object.values(report.summary.targets).every((n) => n === 0)).toBe(true);
    expect(Object.keys(report.summary.targets).length).toBeGreaterThan(3);
    expect(report.summary.taskCompletion.all).toMatchObject({ done: 1, total: 5 });
  });
});
