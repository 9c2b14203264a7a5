import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WARN = 'fixtures/plan/invalid/weaker-later-target.yaml';
const PLAN = 'fixtures/check/plan.yaml';
const DATA = 'fixtures/check/data.csv';
const CHECK = ['check', PLAN, '--data', DATA, '--period', 'Quý III/2026'];
const ESC = '\u001b';
const stdinOf = (text: string) => ({ readStdin: async () => Buffer.from(text) });

describe('--quiet and --max-warnings (validate and check)', () => {
  it('validate --quiet reports errors only; warnings still decide --max-warnings', async () => {
    const loud = await runCli(['validate', WARN], { cwd: ROOT });
    expect(loud.stdout).toContain('weaker-later-target');
    const quiet = await runCli(['validate', WARN, '--quiet'], { cwd: ROOT });
    expect(quiet.stdout).not.toContain('weaker-later-target');
    expect(quiet.code).toBe(0);
    const gated = await runCli(['validate', WARN, '-q', '--max-warnings', '0'], { cwd: ROOT });
    expect(gated.code).toBe(1);
    expect(gated.stderr).toMatch(/1 cảnh báo, vượt mức --max-warnings 0/);
    expect((await runCli(['validate', WARN, '--max-warnings', '1'], { cwd: ROOT })).code).toBe(0);
    expect((await runCli(['validate', WARN, '--max-warnings', '-1'], { cwd: ROOT })).code).toBe(2);
  });

  it('check --max-warnings counts the data warnings; --quiet keeps them off stderr', async () => {
    const loud = await runCli([...CHECK, '-f', 'json', '--fail-on', 'never'], { cwd: ROOT });
    expect(loud.stderr).toMatch(/cảnh báo/);
    const quiet = await runCli([...CHECK, '-f', 'json', '--fail-on', 'never', '--quiet'], { cwd: ROOT });
    expect(quiet.stderr).toBe('');
    expect(quiet.code).toBe(0);
    const gated = await runCli([...CHECK, '-f', 'json', '--fail-on', 'never', '--max-warnings', '0'], {
      cwd: ROOT,
    });
    expect(gated.code).toBe(1);
  });
});

describe('--no-error-on-unmatched-pattern', () => {
  it('skips a glob that matches nothing instead of exit 2', async () => {
    expect((await runCli(['validate', 'nothing/*.yaml'], { cwd: ROOT })).code).toBe(2);
    const r = await runCli(
      ['validate', 'nothing/*.yaml', 'plans/*.yaml', '--no-error-on-unmatched-pattern'],
      { cwd: ROOT },
    );
    expect(r.code).toBe(0);
  });
});

describe('plan from standard input (-)', () => {
  it('validate - reads the plan from stdin and names it <stdin>', async () => {
    const text = await readFile(path.join(ROOT, WARN), 'utf8');
    const r = await runCli(['validate', '-', '-f', 'json'], { cwd: ROOT, ...stdinOf(text) });
    const out = JSON.parse(r.stdout);
    expect(out.files[0].file).toBe('<stdin>');
    expect(out.files[0].diagnostics[0].code).toBe('weaker-later-target');
  });

  it('check - evaluates a plan from stdin', async () => {
    const text = await readFile(path.join(ROOT, PLAN), 'utf8');
    const r = await runCli(['check', '-', '--data', DATA, '--period', 'Quý III/2026', '-f', 'json'], {
      cwd: ROOT,
      ...stdinOf(text),
    });
    expect(JSON.parse(r.stdout).plan.file).toBe('<stdin>');
  });
});

describe('colour: FORCE_COLOR, NO_COLOR, --color, --no-color', () => {
  const table = (env: Record<string, string>, tty: boolean, extra: string[] = []) =>
    runCli([...CHECK, ...extra], { cwd: ROOT, env, tty: tty });
  it('FORCE_COLOR=0 turns colour off even on a terminal', async () => {
    expect((await table({}, true)).stdout).toContain(ESC);
    expect((await table({ FORCE_COLOR: '0' }, true)).stdout).not.toContain(ESC);
    expect((await table({ FORCE_COLOR: 'false' }, true)).stdout).not.toContain(ESC);
  });
  it('--color forces it in a pipe, --no-color wins over FORCE_COLOR', async () => {
    expect((await table({}, false)).stdout).not.toContain(ESC);
    expect((await table({}, false, ['--color'])).stdout).toContain(ESC);
    expect((await table({ FORCE_COLOR: '1' }, true, ['--no-color'])).stdout).not.toContain(ESC);
    expect((await table({ NO_COLOR: '1' }, true)).stdout).not.toContain(ESC);
  });
});

describe('control characters never reach the terminal', () => {
  it('an ESC or a bidi override inside plan values is shown, not obeyed, in table, markdown and stylish', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-ctl-'));
    const text = (await readFile(path.join(ROOT, PLAN), 'utf8'))
      .replace(
        'title: Hài lòng giải quyết TTHC tối thiểu 95%',
        'title: "Hài lòng \\e[2J\\e[31mĐỎ\\u202e tối thiểu 95%"',
      )
      .replace('owner: vhxh\n    deadline: Hằng năm', 'owner: "vh\\exh"\n    deadline: Hằng năm');
    await writeFile(path.join(dir, 'plan.yaml'), text.replace('owner: "vh\\exh"', 'owner: vhxh'));
    await writeFile(path.join(dir, 'bad.yaml'), text);
    await writeFile(path.join(dir, 'data.csv'), await readFile(path.join(ROOT, DATA)));
    for (const f of ['table', 'markdown']) {
      const r = await runCli(
        ['check', 'plan.yaml', '--data', 'data.csv', '--period', 'Quý III/2026', '-f', f],
        { cwd: dir },
      );
      // Markdown escapes `[` and `<` on top: `␛\[2J`, `&lt;U+202E>`.
      expect(r.stdout).toMatch(/Hài lòng ␛\\?\[2J␛\\?\[31mĐỎ(<|&lt;)U\+202E>/);
      expect(r.stdout + r.stderr).not.toContain(ESC);
      expect(r.stdout + r.stderr).not.toContain('\u202e');
    }
    const v = await runCli(['validate', 'bad.yaml'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(v.stdout).toContain('vh␛xh');
    // Colour codes are cchc's own; the only ESC bytes left start SGR colour sequences.
    expect(stripVTControlCharacters(v.stdout)).not.toContain(ESC);
    // JSON keeps the text exactly (escaped by JSON itself).
    const j = await runCli(
      ['check', 'plan.yaml', '--data', 'data.csv', '--period', 'Quý III/2026', '-f', 'json'],
      { cwd: dir },
    );
    expect(j.stdout).toContain('\\u001b[2J');
  });
});

describe('short flags', () => {
  it('check -f -o', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-short-'));
    const out = path.join(dir, 'r.json');
    const r = await runCli([...CHECK, '-f', 'json', '-o', out], { cwd: ROOT });
    expect(r.stdout).toBe('');
    expect(JSON.parse(await readFile(out, 'utf8')).plan.id).toBe('xa-thu-2026-2027');
  });
});

describe('control characters in the diff table', () => {
  it('a file name holding ESC reaches the terminal as ␛, never as an escape sequence', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-diff-ctl-'));
    const name = `new${ESC}[2J.yaml`;
    await writeFile(path.join(dir, 'old.yaml'), await readFile(path.join(ROOT, 'fixtures/diff/old.yaml')));
    await writeFile(path.join(dir, name), await readFile(path.join(ROOT, 'fixtures/diff/new.yaml')));
    const r = await runCli(['diff', 'old.yaml', name, '--no-color'], { cwd: dir });
    expect(r.stdout).toContain('new␛[2J.yaml');
    expect(r.stdout).not.toContain(ESC);
  });
});
