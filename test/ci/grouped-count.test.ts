// A grouped finding (several of one code in one file, reported once at the first place) carries its count in
// the machine formats too, not only in the message text: JSON `count`, SARIF `properties.count`.
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const argv = [
  'check',
  'plans/phu-trung-2026-2030.yaml',
  '--data',
  'fixtures/returns/tables/chan-trang-chu-ky.csv',
  '--period',
  'Quý III/2026',
];

describe('grouped findings keep their count', () => {
  it('JSON: count on the grouped diagnostic only', async () => {
    const doc = JSON.parse((await runCli([...argv, '-f', 'json'])).stdout) as {
      diagnostics: { code: string; count?: number; message: string }[];
    };
    const grouped = doc.diagnostics.filter((d) => d.count !== undefined);
    expect(grouped.map((d) => [d.code, d.count])).toEqual([['data-indicator-name-unmatched', 2]]);
    expect(grouped[0]!.message).toContain('(2 chỗ như vậy trong tệp này');
  });

  it('SARIF: properties.count on the same result', async () => {
    const log = JSON.parse((await runCli([...argv, '-f', 'sarif'])).stdout) as {
      runs: { results: { ruleId: string; properties?: { count: number } }[] }[];
    };
    const counted = log.runs[0]!.results.filter((r) => r.properties !== undefined);
    expect(counted.map((r) => [r.ruleId, r.properties!.count])).toEqual([
      ['data-indicator-name-unmatched', 2],
    ]);
  });
});
