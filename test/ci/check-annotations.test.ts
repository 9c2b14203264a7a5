import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';
import { CHECK, CI_REPO, lineOf, PLAN } from './ci-repo.js';

const DATA = 'data/2026-q3/so-lieu.csv';

/** The data line holding a row of the sample CSV, found in its text (a quoted cell spans two lines). */
function dataLineOf(prefix: string): number {
  const lines = readFileSync(path.join(CI_REPO, DATA), 'utf8').split(/\r?\n/);
  return lines.findIndex((l) => l.startsWith(prefix)) + 1;
}

describe('check --format github', () => {
  it('annotates missed and at-risk targets and overdue tasks at their plan lines, data problems at their line', async () => {
    const r = await runCli([...CHECK, '-f', 'github'], { cwd: CI_REPO });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::error file=${PLAN},line=${lineOf('sap-xep')},col=5,title=cchc target-missed::Chỉ tiêu sap-xep: Không đạt`,
        ),
      ),
    );
    for (const id of ['toan-trinh', 'thu-hang']) {
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(`^::warning file=${PLAN},line=${lineOf(id)},col=5,title=cchc target-at-risk::`),
        ),
      );
    }
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^::error file=${PLAN},line=${lineOf('quy-che')},col=5,title=cchc task-overdue::`),
      ),
    );
    // Record 5 of the CSV is on line 6: the note of record 3 holds a line break.
    const zero = dataLineOf('hai-long-dat-dai,');
    expect(zero).toBe(6);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^::warning file=${DATA},line=${zero},title=cchc data-zero-denominator::`),
      ),
    );
    // Met, on-track and no-data results are not annotated.
    expect(r.stdout).not.toMatch(/hai-long:|quan-tri-du-lieu/);
    // The exit code still follows --fail-on (missed by default: one target missed, one task overdue).
    expect(r.code).toBe(1);
  });

  it('--fail-on never: same findings, all warnings, exit 0; --fail-on at-risk makes at-risk errors', async () => {
    const never = await runCli([...CHECK, '-f', 'github', '--fail-on', 'never'], { cwd: CI_REPO });
    expect(never.code).toBe(0);
    expect(never.stdout).not.toMatch(/^::error/m);
    const atRisk = await runCli([...CHECK, '-f', 'github', '--fail-on', 'at-risk'], { cwd: CI_REPO });
    expect(atRisk.stdout).toMatch(/^::error [^:]*title=cchc target-at-risk::/m);
  });

  it('names an XLSX cell in the message: workbooks have no lines', async () => {
    const r = await runCli(
      [
        'check',
        'plans/phu-trung-2026-2030.yaml',
        '--data',
        'fixtures/example',
        '--period',
        'Quý III/2026',
        '-f',
        'github',
      ],
      { cwd: path.resolve(CI_REPO, '../..') },
    );
    for (const l of r.stdout.split('\n').filter((x) => /file=[^,]*\.xlsx/.test(x))) {
      expect(l).not.toMatch(/,line=/);
      expect(l).toMatch(/::\[[^\]]*\d+\] /);
    }
  });
});

describe('check --format gitlab', () => {
  it('is a Code Quality array at plan lines, with fingerprints that survive a changed figure', async () => {
    const r = await runCli([...CHECK, '-f', 'gitlab'], { cwd: CI_REPO });
    const issues = JSON.parse(r.stdout) as {
      check_name: string;
      fingerprint: string;
      severity: string;
      description: string;
      location: { path: string; lines: { begin: number } };
    }[];
    const missed = issues.find((i) => i.check_name === 'target-missed')!;
    expect(missed.location).toEqual({ path: PLAN, lines: { begin: lineOf('sap-xep') } });
    expect(missed.severity).toBe('major');
    expect(issues.find((i) => i.check_name === 'target-at-risk')!.severity).toBe('minor');
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    // Another quarter: other figures and sentences, the same finding about the same target.
    const later = JSON.parse(
      (await runCli([...CHECK.slice(0, 2), '--as-of', '2026-10-20', '-f', 'gitlab'], { cwd: CI_REPO }))
        .stdout,
    );
    const toanTrinh = (xs: typeof issues) => xs.find((i) => i.description.includes('toan-trinh'))!;
    expect(toanTrinh(later).fingerprint).toBe(toanTrinh(issues).fingerprint);
    expect(r.code).toBe(1);
  });
});
