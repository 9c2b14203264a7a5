// Evaluation groups observations and task reports by unit once (O(rows)) instead of filtering every row once
// per unit (O(units × rows)). These goldens were captured from the per-unit filtering code before the change:
// the grouped code must give byte-identical reports, on the single-unit example and on a multi-unit file.
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../check/fake-io.js';

const PLAN = 'plans/phu-trung-2026-2030.yaml';
const DATA = {
  example: 'fixtures/example/phu-trung-2026-gia-lap.csv',
  'multi-unit': 'fixtures/check/multi-unit-example.csv',
};
const FORMATS = [
  ['json', ['--format', 'json']],
  ['table', ['--no-color']],
  ['markdown', ['--format', 'markdown']],
  ['json-en', ['--format', 'json', '--lang', 'en']],
] as const;

describe('grouped evaluation gives the reports of per-unit filtering', () => {
  for (const [name, data] of Object.entries(DATA))
    for (const [format, flags] of FORMATS)
      it(`${name}, ${format}`, async () => {
        const r = await runCli(['check', PLAN, '--data', data, '--period', 'Quý III/2026', ...flags], {
          columns: 160,
        });
        await expect(transcript(r)).toMatchFileSnapshot(`__golden__/grouped/${name}-${format}.txt`);
      });
});
