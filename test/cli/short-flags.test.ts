// Issue 15: "short flags (-f, -o) on every command that has the long ones". Read from each command's own
// --help, so a command added later is held to the same rule.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const COMMANDS = ['validate', 'check', 'report', 'rollup', 'template', 'diff', 'init'];

describe('every --output has -o and every --format has -f', () => {
  it.each(COMMANDS)('%s', async (cmd) => {
    const r = await runCli([cmd, '--help']);
    expect(r.code).toBe(0);
    if (r.stdout.includes('--output')) expect(r.stdout).toMatch(/-o, --output/);
    if (r.stdout.includes('--format')) expect(r.stdout).toMatch(/-f, --format/);
  });

  it('report takes -o', async () => {
    const r = await runCli([
      'report',
      'plans/phu-trung-2026-2030.yaml',
      '--data',
      'fixtures/example/phu-trung-2026-gia-lap.csv',
      '--as-of',
      '2026-10-01',
      '-o',
      path.join(mkdtempSync(path.join(tmpdir(), 'cchc-short-')), 'bao-cao.xlsx'),
    ]);
    expect(r.stderr, r.stderr).not.toContain('--output');
    expect(r.code, r.stderr).not.toBe(2);
    expect(r.stderr).not.toMatch(/usage/);
  });
});
