import { describe, expect, it } from 'vitest';
import { text } from '../../src/report/markdown.js';
import { runCli } from '../harness/cli.js';

const readme = [
  'check',
  'plans/phu-trung-2026-2030.yaml',
  '--data',
  'fixtures/example/phu-trung-2026-gia-lap.csv',
  '--period',
  'Quý III/2026',
  '--format',
  'markdown',
];

/** Cell separators of a GFM table row: pipes not escaped with a backslash. */
function cells(row: string): number {
  return row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1;
}

describe('Markdown cell text', () => {
  it.each([
    ['A | B', 'A \\| B'],
    ['dòng 1\ndòng 2\r\ndòng 3', 'dòng 1 dòng 2 dòng 3'],
    ['**đậm** và _nghiêng_', '\\*\\*đậm\\*\\* và \\_nghiêng\\_'],
    ['<script>', '&lt;script>'],
    ['a\\|b', 'a\\\\\\|b'],
    ['`mã` ~~gạch~~ [liên kết]', '\\`mã\\` \\~\\~gạch\\~\\~ \\[liên kết\\]'],
    ['  48,6%  ', '48,6%'],
  ])('%j → %j', (input, out) => {
    expect(text(input)).toBe(out);
  });
});

describe('the README command as Markdown', () => {
  it('is valid GFM: every row has as many cells as its header, a delimiter row under each header', async () => {
    const md = (await runCli(readme)).stdout;
    const lines = md.split('\n');
    let header = 0;
    let tables = 0;
    lines.forEach((l, i) => {
      if (!l.startsWith('|')) {
        header = 0;
        return;
      }
      if (header === 0) {
        header = cells(l);
        tables += 1;
        expect(lines[i + 1]).toMatch(/^\| --- (\| --- )*\|$/);
      }
      expect(cells(l)).toBe(header);
    });
    expect(tables).toBeGreaterThan(5);
  });
  it('opens with plan, period and its data window, as-of, and both summaries; reasons in the tables', async () => {
    const md = (await runCli(readme)).stdout;
    const head = md.split('\n## ')[0];
    expect(head).toContain('- Kế hoạch: Kế hoạch cải cách hành chính trọng tâm');
    expect(head).toContain(
      'Quý III/2026 (số liệu từ 15/06/2026 đến 14/09/2026); đánh giá đến ngày 14/09/2026',
    );
    expect(head).toContain('- **Chỉ tiêu (19): Đạt 3 · Đúng tiến độ 8');
    expect(head).toContain('- **Nhiệm vụ (56): Hoàn thành 4');
    expect(md).toContain('| **Có nguy cơ không đạt** | kỳ vọng 56,8% đến 14/09/2026 theo lộ trình');
    // The full title, never clipped as in the terminal.
    expect(md).toContain('ngang tầm nhiệm vụ');
  });
});
