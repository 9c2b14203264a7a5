import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

// The language is read from anywhere on the line; commander alone refused it before the command name
// ("unknown option '--lang'", exit 2) and printed the root's help for `cchc --lang en validate --help`.
describe('--lang before the command', () => {
  it('runs the command in that language', async () => {
    const before = await runCli(['--lang', 'en', 'validate', 'plans/phu-trung-2026-2030.yaml']);
    const after = await runCli(['validate', 'plans/phu-trung-2026-2030.yaml', '--lang', 'en']);
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(after.stdout);
    expect(before.stdout).toMatch(/valid/);
  });

  it("shows the command's help, not the root's, in that language", async () => {
    for (const flag of [['--lang', 'en'], ['--lang=en']]) {
      const r = await runCli([...flag, 'validate', '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: cchc validate/);
    }
    const vi = await runCli(['--lang', 'vi', 'check', '--help']);
    expect(vi.stdout).toMatch(/^Cách dùng: cchc check /);
  });

  it("moves only the flag: a later argument named like a command stays the command's argument", async () => {
    // "diff" after validate is a plan path (missing here), not the diff command.
    const before = await runCli(['--lang', 'en', 'validate', 'diff']);
    const after = await runCli(['validate', 'diff', '--lang', 'en']);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('The plan file diff does not exist');
    expect(before).toEqual(after);
  });
});
