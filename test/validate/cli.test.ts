import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate.js';
import { runCli } from '../harness/cli.js';
import { scratchDir, variant } from './scratch-dir.js';

let dir = '';

beforeAll(async () => {
  dir = await scratchDir();
  // One mistake per file; the cli goldens pin how each reads.
  await variant(dir, 'unknown-unit.yaml', (y) => y.replace('owner: kinh-te', 'owner: kinh-tee'));
  await variant(dir, 'syntax.yaml', (y) => y.replace('title: Kế hoạch', 'title: [Kế hoạch'));
  // The 2030 data-governance target (≥ 2) asks less than a 2027 one (≥ 3): a warning, not an error.
  await variant(dir, 'weaker-later.yaml', (y) =>
    y.replace(
      'value: 4\n    phase: gd-2028-2030\n    owner: ttphvhcc\n',
      'value: 2\n    phase: gd-2028-2030\n    owner: ttphvhcc\n  - id: quan-tri-du-lieu-2027\n    title: Quản trị dữ liệu đạt cấp độ 3\n    indicator: quan-tri-du-lieu\n    comparator: ">="\n    value: 3\n    phase: gd-2026-2027\n    owner: ttphvhcc\n',
    ),
  );
  await mkdir(path.join(dir, 'empty'));
  await writeFile(path.join(dir, 'plans/binary.yaml'), Buffer.from([0xff, 0x00, 0xc3, 0x28]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cchc validate: scenarios (exit code, stdout and stderr together)', () => {
  it.each([
    ['clean', ['validate', 'plans/old.yaml'], 0],
    ['clean-en', ['validate', 'plans/old.yaml', 'plans/new.yaml', '--lang', 'en'], 0],
    ['unknown-unit', ['validate', 'plans/unknown-unit.yaml'], 1],
    ['unknown-unit-json', ['validate', 'plans/unknown-unit.yaml', '--format', 'json'], 1],
    ['unknown-unit-github', ['validate', 'plans/unknown-unit.yaml', '--format=github'], 1],
    ['syntax', ['validate', 'plans/syntax.yaml'], 1],
    ['warnings-only', ['validate', 'plans/weaker-later.yaml'], 0],
    ['not-utf8', ['validate', 'plans/binary.yaml'], 1],
    ['several-files', ['validate', 'plans/new.yaml', 'plans/u*.yaml', 'plans/old.yaml'], 1],
    ['missing-file', ['validate', 'plans/khong-co.yaml'], 2],
    ['directory', ['validate', 'empty'], 2],
    ['glob-no-match', ['validate', 'plans/*.yml'], 2],
    ['bad-format', ['validate', 'plans/old.yaml', '--format', 'xml'], 2],
    ['bad-lang', ['validate', 'plans/old.yaml', '--lang', 'fr'], 2],
    ['no-argument', ['validate'], 2],
  ] as const)('%s', async (name, argv, code) => {
    const r = await runCli([...argv], { cwd: dir });
    expect(r.code).toBe(code);
    await expect(r.transcript).toMatchFileSnapshot(`__snapshots__/cli/${name}.txt`);
  });

  it('a glob covers every matching file, in path order', async () => {
    const r = await runCli(['validate', 'plans/*.yaml', '--format', 'json'], { cwd: dir });
    const files = JSON.parse(r.stdout).files.map((f: { file: string }) => f.file);
    expect(files).toEqual([...files].sort());
    expect(files).toEqual(
      expect.arrayContaining(['plans/new.yaml', 'plans/old.yaml', 'plans/unknown-unit.yaml']),
    );
    expect(r.code).toBe(1);
  });

  it.each(['junit', 'sarif'] as const)('%s names the broken file and the code', async (format) => {
    const r = await runCli(['validate', 'plans/unknown-unit.yaml', '--format', format], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('plans/unknown-unit.yaml');
    expect(r.stdout).toContain('unknown-unit');
  });
});

describe('cchc validate --output', () => {
  it('writes the report to the file, not stdout, and says so on stderr', async () => {
    const r = await runCli(
      ['validate', 'plans/unknown-unit.yaml', '--format', 'sarif', '-o', 'out/report.sarif'],
      { cwd: dir, tty: true, env: { FORCE_COLOR: '1' } },
    );
    // out/ does not exist yet: a clear could-not-run, not a crash.
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không ghi được báo cáo vào out\/report\.sarif/);
    await mkdir(path.join(dir, 'out'), { recursive: true });
    const ok = await runCli(
      ['validate', 'plans/unknown-unit.yaml', '--format', 'stylish', '-o', 'out/report.txt'],
      { cwd: dir, tty: true },
    );
    expect(ok.code).toBe(1);
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toBe('Đã ghi báo cáo vào out/report.txt\n');
    const written = await readFile(path.join(dir, 'out/report.txt'), 'utf8');
    expect(written).toContain('unknown-unit');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a file never gets colour codes
    expect(written).not.toMatch(/\u001b\[/);
  });
});

describe('colour', () => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes
  const ansi = /\u001b\[/;
  it.each([
    ['a terminal', [], { tty: true }, true],
    ['a pipe', [], { tty: false }, false],
    ['--no-color on a terminal', ['--no-color'], { tty: true }, false],
    ['NO_COLOR on a terminal', [], { tty: true, env: { NO_COLOR: '1' } }, false],
  ] as const)('%s', async (_name, extra, io, coloured) => {
    const r = await runCli(['validate', 'plans/unknown-unit.yaml', ...extra], { cwd: dir, ...io });
    expect(ansi.test(r.stdout)).toBe(coloured);
  });
});

describe('runValidate (programmatic)', () => {
  it('resolves to the exit code and defaults to stylish in Vietnamese', async () => {
    let out = '';
    const code = await runValidate(
      { plans: ['plans/old.yaml'] },
      {
        cwd: dir,
        stdout: (s) => (out += s),
        stderr: () => {},
        now: new Date(0),
        env: {},
        stdoutIsTTY: false,
      },
    );
    expect(code).toBe(0);
    expect(out).toBe('✔ 1 tệp hợp lệ, không có lỗi hay cảnh báo nào\n');
  });
});

describe('the shipped plans, through every format', () => {
  const repo = path.resolve(import.meta.dirname, '../..');
  it.each(['stylish', 'json', 'github', 'junit', 'sarif'] as const)(
    'plans/*.yaml in %s: exit 0',
    async (format) => {
      const r = await runCli(['validate', 'plans/*.yaml', '--format', format], { cwd: repo });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // Stylish and github name only files with problems; the others list every file checked.
      if (format === 'stylish' || format === 'github') expect(r.stdout).toMatch(/^✔ \d+ tệp hợp lệ/m);
      else expect(r.stdout).toContain('plans/phu-trung-2026-2030.yaml');
    },
  );

  it('a plan compared with itself has no changes', async () => {
    const p = 'plans/phu-trung-2026-2030.yaml';
    const r = await runCli(['diff', p, p, '--format', 'json'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ changes: 0, weakened: 0 });
  });
});
