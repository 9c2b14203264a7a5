// plans/nghe-an-2026.yaml: a province's annual plan with strict targets, encoded from what a news report says
// the decision (QĐ 4820/QĐ-UBND) contains. Its "trên 98%" is strict, its "phấn đấu … trên 85%" an aspiration:
// checked end to end at the boundaries the plan's words set.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const PLAN = 'plans/nghe-an-2026.yaml';

function data(values: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cchc-nghe-an-'));
  const file = path.join(dir, 'so-lieu-nam-2026.csv');
  // As a spreadsheet saves it for a Vietnamese office: BOM, semicolons, comma decimals, CRLF.
  const rows = Object.entries(values).map(([code, v]) => `${code};Năm 2026;${v}`);
  writeFileSync(file, `\uFEFFMã chỉ tiêu;Kỳ báo cáo;Giá trị\r\n${rows.join('\r\n')}\r\n`);
  return file;
}

async function statuses(values: Record<string, string>, ...flags: string[]) {
  const r = await runCli([
    'check',
    PLAN,
    '--data',
    data(values),
    '--as-of',
    '2027-01-10',
    '-f',
    'json',
    ...flags,
  ]);
  const report = JSON.parse(r.stdout) as { targets: { id: string; status: string }[] };
  return { code: r.code, status: Object.fromEntries(report.targets.map((t) => [t.id, t.status])) };
}

const ALL_MET = {
  'ho-so-dung-han': '98,1',
  'hai-long': '95',
  'hai-long-dat-dai-dau-tu-xay-dung': '85,5',
  'van-ban-dung-tham-quyen': '100',
};

describe('Nghệ An 2026 (province annual plan, strict targets)', () => {
  it('validates with no finding at all', async () => {
    const r = await runCli(['validate', PLAN]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('just above every threshold: all met, exit 0', async () => {
    const r = await statuses(ALL_MET);
    expect(r.status).toEqual({
      'van-ban-dung-tham-quyen': 'met',
      'ho-so-dung-han': 'met',
      'hai-long': 'met',
      'hai-long-dat-dai-dau-tu-xay-dung': 'met',
    });
    expect(r.code).toBe(0);
  });

  it('exactly 98% is not "trên 98%": missed, exit 1', async () => {
    const r = await statuses({ ...ALL_MET, 'ho-so-dung-han': '98' });
    expect(r.status['ho-so-dung-han']).toBe('missed');
    expect(r.code).toBe(1);
  });

  it('exactly 95% is "tối thiểu 95%": met', async () => {
    const r = await statuses({ ...ALL_MET, 'hai-long': '95' });
    expect(r.status['hai-long']).toBe('met');
  });

  it('the aspiration missed at exactly 85%: reported, fails the run only when asked', async () => {
    const values = { ...ALL_MET, 'hai-long-dat-dai-dau-tu-xay-dung': '85' };
    const r = await statuses(values);
    expect(r.status['hai-long-dat-dai-dau-tu-xay-dung']).toBe('missed');
    expect(r.code).toBe(0);
    expect((await statuses(values, '--fail-on', 'missed,aspirations')).code).toBe(1);
  });
});
