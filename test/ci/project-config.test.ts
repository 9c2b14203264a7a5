import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';
import { CHECK, CI_REPO, PLAN } from './ci-repo.js';

/** A scratch repository (it has .git, so the upward lookup stops in it) holding a config with `text`. */
async function repoWith(text: string, sub = ''): Promise<{ root: string; cwd: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'cchc-config-'));
  await mkdir(path.join(root, '.git'));
  await writeFile(path.join(root, 'cchc.config.yaml'), text);
  const cwd = path.join(root, sub);
  await mkdir(cwd, { recursive: true });
  return { root, cwd };
}

describe('cchc.config.yaml in the sample repository', () => {
  it('gives the data folder: the same annotations as with --data typed out', async () => {
    for (const format of ['github', 'sarif', 'gitlab']) {
      const fromConfig = await runCli([...CHECK, '-f', format], { cwd: CI_REPO });
      const typed = await runCli([...CHECK, '--data', 'data', '--no-config', '-f', format], { cwd: CI_REPO });
      expect(fromConfig.stdout).toBe(typed.stdout);
      expect(fromConfig.stdout).toMatch(/target-missed/);
      expect(fromConfig.code).toBe(1);
    }
  });

  it('flags win: --data replaces the configured folders (never adds to them), --lang over lang', async () => {
    const one = await runCli([...CHECK, '--data', 'data/2026-q3/so-lieu.csv', '--print-config'], {
      cwd: CI_REPO,
    });
    expect(one.stdout).toMatch(/^data: \[data\/2026-q3\/so-lieu.csv\] {2}# dòng lệnh$/m);
    const en = await runCli([...CHECK, '--lang', 'en', '-f', 'github'], { cwd: CI_REPO });
    expect(en.stdout).toMatch(/::Target sap-xep: Missed/);
  });

  it('--print-config shows every merged value and where it came from, without the plan argument', async () => {
    const r = await runCli(['report', '--place', 'Thử Mới', '--print-config'], { cwd: CI_REPO });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# tệp cấu hình: cchc.config.yaml');
    expect(r.stdout).toMatch(/^data: \[data\] {2}# cchc\.config\.yaml:2:7$/m);
    expect(r.stdout).toMatch(/^place: Thử Mới {2}# dòng lệnh$/m);
    expect(r.stdout).toMatch(/^signer-name: Nguyễn Văn Thử {2}# cchc\.config\.yaml:\d+:\d+$/m);
    expect(r.stdout).toMatch(/^lang: vi {2}# cchc\.config\.yaml:3:7$/m);
    const check = await runCli(['check', '--print-config'], { cwd: CI_REPO });
    // A command's own section: fail-on is under check:, and report's keys do not leak into check.
    expect(check.stdout).toMatch(/^fail-on: missed {2}# cchc\.config\.yaml:6:12$/m);
    expect(check.stdout).not.toContain('signer-name');
    expect(check.stdout).toMatch(/^format: table {2}# mặc định$/m);
  });

  it('is found from a sub-folder, with its paths still relative to the file', async () => {
    const r = await runCli(['check', '--print-config'], { cwd: path.join(CI_REPO, 'plans') });
    expect(r.stdout).toContain('# tệp cấu hình: ../cchc.config.yaml');
    expect(r.stdout).toMatch(/^data: \[\.\.\/data\] {2}# \.\.\/cchc\.config\.yaml:2:7$/m);
    const run = await runCli(['check', 'xa-thu.yaml', '--period', 'Quý III/2026', '-f', 'gitlab'], {
      cwd: path.join(CI_REPO, 'plans'),
    });
    expect(JSON.parse(run.stdout).length).toBeGreaterThan(0);
  });
});

describe('config lookup and validation', () => {
  it('stops at the repository root: a config above the folder holding .git does not apply', async () => {
    const outer = await repoWith('lang: en\n');
    const inner = path.join(outer.root, 'inner');
    await mkdir(path.join(inner, '.git'), { recursive: true });
    const r = await runCli(['check', '--print-config'], { cwd: inner });
    expect(r.stdout).toContain('# tệp cấu hình: không có');
    expect(r.stdout).toMatch(/^lang: vi {2}# mặc định$/m);
  });

  it('an unknown key is an error at its line:col with a did-you-mean; camelCase points to the flag name', async () => {
    const { cwd } = await repoWith('lang: vi\ncheck:\n  fial-on: at-risk\nmaxWarnings: 0\n');
    const r = await runCli(['check', 'plan.yaml'], { cwd: cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cchc\.config\.yaml:3:3: lỗi: Khóa "fial-on" không phải một tùy chọn của lệnh check/,
    );
    expect(r.stderr).toMatch(/Có phải ý bạn là: fail-on\?/);
    expect(r.stderr).toMatch(
      /cchc\.config\.yaml:4:1: lỗi: Khóa "maxWarnings"[^\n]*\n\s*→ Có phải ý bạn là: max-warnings\?/,
    );
  });

  it('values are checked as the command line checks them, at the value', async () => {
    const { cwd } = await repoWith(
      'convention: lich\ncolor: "yes"\ntolerance: [1, 2]\nperiod: Quý III/2026\n',
    );
    const r = await runCli(['check', 'plan.yaml', '--lang', 'en'], { cwd: cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cchc\.config\.yaml:1:13: error: "convention: lich" is not valid \(\w+ command\); allowed: cchc, calendar/,
    );
    expect(r.stderr).toMatch(/cchc\.config\.yaml:2:8: error: "color" takes true or false/);
    expect(r.stderr).toMatch(/cchc\.config\.yaml:3:12: error: "tolerance" takes one value, not a list/);
    expect(r.stderr).toMatch(/cchc\.config\.yaml:4:1: error: "period" changes from run to run/);
    // Help still prints with a broken config: it is how the user finds out what to write.
    expect((await runCli(['check', '--help'], { cwd: cwd })).code).toBe(0);
  });

  it('a top-level key must suit every command that has it; a section sets it for one', async () => {
    const bad = await repoWith('format: github\n');
    const r = await runCli(['validate', 'p.yaml'], { cwd: bad.cwd });
    expect(r.stderr).toMatch(/"format: github" is not valid|"format: github" không hợp lệ/);
    expect(r.stderr).toMatch(/ghi nó dưới "(rollup|diff):"/);
    const good = await repoWith('check:\n  format: github\nvalidate:\n  format: github\n');
    expect((await runCli(['check', '--print-config'], { cwd: good.cwd })).stdout).toMatch(
      /^format: github {2}# cchc\.config\.yaml:2:11$/m,
    );
  });

  it('--no-config ignores the file; --config names another; no --data anywhere is the usual usage error', async () => {
    const { cwd } = await repoWith('data: [nowhere]\nlang: en\n');
    expect((await runCli(['check', '--no-config', '--print-config'], { cwd: cwd })).stdout).toMatch(
      /^lang: vi {2}# mặc định$/m,
    );
    await writeFile(path.join(cwd, 'other.yaml'), 'lang: vi\n');
    const other = await runCli(['check', '--config', 'other.yaml', '--print-config'], { cwd: cwd });
    expect(other.stdout).toContain('# tệp cấu hình: other.yaml');
    const none = await runCli(['check', PLAN, '--no-config'], { cwd: CI_REPO });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /thiếu tùy chọn bắt buộc '--data <tệp...>'\n {2}\(hoặc ghi "data:" trong cchc.config.yaml\)/,
    );
  });
});
