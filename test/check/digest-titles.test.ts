// The digest's lines stand alone (an officer copies them into the cover report): a sub-target names its
// parent and reads in its own words, an aspiration says so in its label — never "– [Phấn đấu] Trong đó …".
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const CSV = path.resolve('fixtures/example/phu-trung-2026-gia-lap.csv');

/** The README plan with its sub-target 5.1 (at risk in Quý III/2026) made an aspiration ("Phấn đấu"). */
function planWithAspiringSubTarget(): string {
  const text = readFileSync('plans/phu-trung-2026-2030.yaml', 'utf8');
  const marked = text.replace(/(\n {4}parent: hai-long-tthc\n)/, '$1    aspirational: true\n');
  expect(marked).not.toBe(text);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cchc-digest-')), 'ke-hoach.yaml');
  writeFileSync(file, marked);
  return file;
}

function digest(stdout: string): string {
  return stdout.slice(0, stdout.search(/\n {1,3}(TT|#) /));
}

describe('digest titles', () => {
  it('a sub-target names its parent and drops the table dash and the plan\'s "Trong đó"', async () => {
    const r = await runCli([
      'check',
      'plans/phu-trung-2026-2030.yaml',
      '--data',
      CSV,
      '--period',
      'Quý III/2026',
    ]);
    expect(digest(r.stdout)).toMatch(
      / {2}! Có nguy cơ không đạt · Chỉ tiêu 5\.1 \(thuộc chỉ tiêu 5\): Mức độ hài lòng đối với các thủ tục/,
    );
    expect(digest(r.stdout)).not.toMatch(/: – |Trong đó/);
    // The table keeps the sub-target under its parent as the plan writes it.
    expect(r.stdout).toMatch(/5\.1 {2}– Trong đó mức độ hài lòng/);
  });

  it.each([
    [
      'vi',
      / {2}! Có nguy cơ không đạt · Chỉ tiêu phấn đấu 5\.1 \(thuộc chỉ tiêu 5\): Mức độ hài lòng đối với/,
    ],
    ['en', / {2}! At risk · Aspiration target 5\.1 \(part of target 5\): Mức độ hài lòng đối với/],
  ])(
    'an aspiring sub-target (%s) says so in its label, not as a bracket in the title',
    async (lang, line) => {
      const plan = planWithAspiringSubTarget();
      const r = await runCli(['check', plan, '--data', CSV, '--period', 'Quý III/2026', '--lang', lang]);
      const head = digest(r.stdout);
      expect(head).toMatch(line);
      expect(head).not.toMatch(/\[(Phấn đấu|Aspiration)\]|: – /);
    },
  );
});
