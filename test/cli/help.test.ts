// `--help` in one language: Vietnamese by default, English with --lang en or CCHC_LANG=en, every command, every
// option described, commander's own words (titles, choices, defaults, placeholders) in the same language.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const COMMANDS = ['', 'validate', 'check', 'report', 'rollup', 'template', 'diff', 'init', 'help'];
const VI_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** Vietnamese words that happen to be written without diacritics, as the help uses them. */
const VI_ASCII = new Set(
  'Anh Nai So Tham ban bao cho danh dung ghi giai hai hay in khi nguy nhau qua quy ra sau so thay theo tra trang trong xong xu'.split(
    ' ',
  ),
);
/** Literal names a user types or reads in files: commands, formats, acronyms. */
const LITERALS = new Set(
  'cchc CCHC CI CSV Excel XLSX YAML YYYY-MM-DD V n vi en aspirations validate check report rollup template diff init help'.split(
    ' ',
  ),
);

async function help(cmd: string, lang: 'vi' | 'en' | undefined, env: Record<string, string> = {}) {
  const argv = [...(cmd ? [cmd] : []), '--help', ...(lang ? ['--lang', lang] : [])];
  const r = await runCli(argv, { env });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** ASCII words left once option names, file names, the choices/defaults lists and literals are taken out. */
function englishWords(wrapped: string): string[] {
  const text = wrapped.replace(/\s+/g, ' ');
  const literals = new Set(LITERALS);
  for (const m of text.matchAll(/\(chọn: ([^;)]*)/g))
    for (const v of m[1]!.split('|')) literals.add(v.trim());
  const rest = text
    .replace(/\((chọn|mặc định): [^)]*\)/g, '')
    .replace(/\S*[./#*]\S*/g, '')
    .replace(/(?<!\w)--?[a-z][\w-]*/g, '');
  const words = rest.match(/[\p{L}][\p{L}\p{N}_-]*/gu) ?? [];
  return [...new Set(words.filter((w) => /^[A-Za-z-]+$/.test(w) && !VI_ASCII.has(w) && !literals.has(w)))];
}

/** Option, argument and command lines whose description is missing (the term alone on its line). */
function undescribed(text: string): string[] {
  const items = text.split('\n').filter((l) => /^ {2}[-<[a-z]/.test(l));
  return items.filter((l) => !/\S {2,}\S/.test(l.trimStart()));
}

describe('--help in one language', () => {
  it.each(COMMANDS)(
    'vi (default): "%s --help" has no English beyond names and literal values',
    async (cmd) => {
      const out = await help(cmd, undefined);
      expect(out).toMatch(/^Cách dùng: cchc/);
      expect(englishWords(out)).toEqual([]);
      expect(out).not.toMatch(/\b(choices|default|display help|Usage|Options|Arguments)\b/);
      expect(out).not.toContain('nguyên tử');
      expect(undescribed(out)).toEqual([]);
    },
  );

  it.each(COMMANDS)('en: "%s --help --lang en" has no Vietnamese letter', async (cmd) => {
    const out = await help(cmd, 'en');
    expect(out).toMatch(/^Usage: cchc/);
    expect(out.match(new RegExp(VI_LETTERS.source, 'gi')) ?? []).toEqual([]);
    expect(undescribed(out)).toEqual([]);
  });

  it('renders commander’s choices and defaults in the language of the help', async () => {
    expect((await help('check', 'vi')).replace(/\s+/g, ' ')).toContain(
      '(chọn: table | json | markdown | github | sarif | gitlab; mặc định: table)',
    );
    expect((await help('check', 'en')).replace(/\s+/g, ' ')).toContain(
      '(choices: table | json | markdown | github | sarif | gitlab; default: table)',
    );
    expect(await help('check', 'vi')).toContain('  --data <tệp...>');
    expect(await help('', 'vi')).toContain('Cách dùng: cchc [tùy chọn] [lệnh]');
  });

  it('the test can fail: a mixed description is caught', () => {
    expect(englishWords('  --data <tệp...>  tệp số liệu / data files')).toEqual(['data', 'files']);
    expect(undescribed('Tùy chọn:\n  --data <tệp...>\n  -q, --quiet   chỉ báo lỗi\n')).toEqual([
      '  --data <tệp...>',
    ]);
  });

  it('help -h, help <command> and a bare cchc show the same localised help', async () => {
    expect((await runCli(['help', 'check', '--lang', 'en'])).stdout).toBe(await help('check', 'en'));
    expect((await runCli(['check', '-h'])).stdout).toBe(await help('check', undefined));
    const bare = await runCli([]);
    expect(bare.stdout + bare.stderr).toContain('Cách dùng: cchc [tùy chọn] [lệnh]');
  });

  it('fits 80 columns (commander wraps to the terminal width; a pipe gets 80)', async () => {
    for (const cmd of COMMANDS) {
      for (const lang of ['vi', 'en'] as const) {
        const out = await help(cmd, lang);
        const wide = out.split('\n').filter((l) => [...l].length > 80);
        expect(wide, `${cmd} ${lang}`).toEqual([]);
      }
    }
  });
});

describe('the language of help and of a run: --lang, then CCHC_LANG, then the config file, then vi', () => {
  it('CCHC_LANG=en gives English help and an English run; --lang vi wins over it', async () => {
    expect(await help('check', undefined, { CCHC_LANG: 'en' })).toMatch(/^Usage: cchc check/);
    expect(await help('check', 'vi', { CCHC_LANG: 'en' })).toMatch(/^Cách dùng: cchc check/);
    const r = await runCli(['validate', 'plans/phu-trung-2026-2030.yaml', '--print-config'], {
      env: { CCHC_LANG: 'en' },
    });
    expect(r.stdout).toContain('lang: en  # environment');
  });

  it('CCHC_LANG beats the config file, which beats the default', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cchc-help-lang-'));
    writeFileSync(path.join(dir, 'cchc.config.yaml'), 'lang: en\n');
    expect((await runCli(['check', '--help'], { cwd: dir })).stdout).toMatch(/^Usage: cchc check/);
    const env = { CCHC_LANG: 'vi' };
    expect((await runCli(['check', '--help'], { cwd: dir, env })).stdout).toMatch(/^Cách dùng: cchc check/);
    const printed = await runCli(['validate', 'x.yaml', '--print-config'], { cwd: dir, env });
    expect(printed.stdout).toContain('lang: vi  # biến môi trường');
  });

  it('an invalid CCHC_LANG is an error that names it, not a silent Vietnamese', async () => {
    const r = await runCli(['validate', 'plans/phu-trung-2026-2030.yaml'], { env: { CCHC_LANG: 'fr' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CCHC_LANG="fr"');
    expect(r.stdout).toBe('');
  });
});
