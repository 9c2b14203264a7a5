// Evaluation groups observations and task reports by unit once (O(rows)) instead of filtering every row once
// per unit (O(units × rows)). These goldens were captured from the per-unit filtering code before the change:
// the grouped code must give byte-identical reports, on the single-unit example and on a multi-unit file.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../harness/cli.js';

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

/**
 * Rows of several communes must be declared reporting units (a commune plan refuses other units' rows), so
 * the multi-unit run reads the same plan with its three communes declared, laid out under the same paths.
 */
function provinceCwd(): string {
  const root = path.resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(path.join(tmpdir(), 'cchc-grouped-'));
  mkdirSync(path.join(dir, 'plans'));
  mkdirSync(path.join(dir, 'fixtures/check'), { recursive: true });
  const units = ['xa-an-phu', 'xa-binh-minh', 'xa-dong-son'].map(
    (id) => `    - { id: ${id}, name: ${id} }\n`,
  );
  writeFileSync(
    path.join(dir, PLAN),
    `${readFileSync(path.join(root, PLAN), 'utf8').replace(/^schemaVersion: 1$/m, 'schemaVersion: 2')}reportingUnits:\n  list:\n${units.join('')}`,
  );
  copyFileSync(path.join(root, DATA['multi-unit']), path.join(dir, DATA['multi-unit']));
  return dir;
}

describe('grouped evaluation gives the reports of per-unit filtering', () => {
  for (const [name, data] of Object.entries(DATA))
    for (const [format, flags] of FORMATS)
      it(`${name}, ${format}`, async () => {
        const r = await runCli(['check', PLAN, '--data', data, '--period', 'Quý III/2026', ...flags], {
          columns: 160,
          ...(name === 'multi-unit' ? { cwd: provinceCwd() } : {}),
        });
        await expect(transcript(r)).toMatchFileSnapshot(`__golden__/grouped/${name}-${format}.txt`);
      });
});
