import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../harness/cli.js';

const PLAN = 'plans/phu-trung-2026-2030.yaml';
const CSV = 'fixtures/example/phu-trung-2026-gia-lap.csv';
const XLSX = 'fixtures/example/phu-trung-2026-gia-lap.xlsx';

async function json(data: string) {
  const r = await runCli(['check', PLAN, '--data', data, '--period', 'Quý III/2026', '--format', 'json']);
  return JSON.parse(r.stdout) as {
    summary: unknown;
    targets: {
      id: string;
      status: string;
      expected: number | null;
      reason: string;
      actual: { value: number | null } | null;
    }[];
    tasks: { id: string; status: string; reason: string }[];
  };
}

describe('the synthetic Phú Trung example (README command)', () => {
  it('shows a mix of statuses in the README command', async () => {
    const r = await runCli(['check', PLAN, '--data', CSV, '--period', 'Quý III/2026']);
    await expect(transcript(r)).toMatchFileSnapshot('__golden__/example-readme.txt');
    const doc = await json(CSV);
    const statuses = new Set(doc.targets.map((t) => t.status));
    for (const s of ['met', 'on-track', 'at-risk', 'no-data']) expect(statuses).toContain(s);
    const taskStatuses = new Set(doc.tasks.map((t) => t.status));
    for (const s of ['done', 'on-track', 'overdue', 'no-data']) expect(taskStatuses).toContain(s);
  });

  it('the zero-denominator row is no data, never 0%', async () => {
    const t = (await json(CSV)).targets.find((x) => x.id === 'hai-long-dvc-truc-tuyen');
    expect(t?.status).toBe('no-data');
    expect(t?.reason).toContain('mẫu số bằng 0');
  });

  it('CSV and XLSX variants give the same evaluation', async () => {
    const [a, b] = await Promise.all([json(CSV), json(XLSX)]);
    const view = (d: typeof a) => ({
      summary: d.summary,
      targets: d.targets.map((t) => [t.id, t.status, t.expected, t.actual?.value ?? null, t.reason]),
      tasks: d.tasks.map((t) => [t.id, t.status, t.reason]),
    });
    expect(view(b)).toEqual(view(a));
  });
});
