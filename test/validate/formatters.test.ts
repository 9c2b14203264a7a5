import { describe, expect, it } from 'vitest';
import {
  DIAGNOSTIC_FORMATS,
  FORMATTERS,
  formatDiagnostics,
  sortDiagnostics,
} from '../../src/report/diagnostics/index.js';
import { CLEAN, SAMPLE, WARNINGS_ONLY } from './sample-diagnostics.js';

const opts = (lang: 'vi' | 'en', color = false) => ({ lang, color, toolVersion: '9.9.9' });

describe('diagnostic formatters: golden output', () => {
  const cases = DIAGNOSTIC_FORMATS.flatMap((format) =>
    (['vi', 'en'] as const).map((lang) => ({
      format,
      lang,
      ext: format === 'junit' ? 'xml' : format === 'stylish' || format === 'github' ? 'txt' : 'json',
    })),
  );
  it.each(cases)('$format in $lang', async ({ format, lang, ext }) => {
    await expect(formatDiagnostics(format, SAMPLE, opts(lang))).toMatchFileSnapshot(
      `__snapshots__/sample.${format}.${lang}.${ext}`,
    );
  });

  it.each(DIAGNOSTIC_FORMATS)('%s is deterministic and independent of input order', (format) => {
    const reversed = SAMPLE.map((f) => ({ ...f, diagnostics: [...f.diagnostics].reverse() }));
    expect(FORMATTERS[format](reversed, opts('vi'))).toBe(FORMATTERS[format](SAMPLE, opts('vi')));
  });

  it('every format ends with a newline', () => {
    for (const format of DIAGNOSTIC_FORMATS)
      expect(FORMATTERS[format](SAMPLE, opts('vi')).endsWith('\n')).toBe(true);
  });
});

describe('sortDiagnostics', () => {
  it('puts file-level diagnostics first, then by line and column', () => {
    const d = sortDiagnostics(SAMPLE[0]!.diagnostics);
    expect(d.map((x) => x.location?.line)).toEqual([3, 12, 40]);
  });
});

describe('stylish', () => {
  it.each([
    ['vi', SAMPLE, '✖ 3 lỗi, 1 cảnh báo trong 2 tệp (đã kiểm tra 3 tệp)'],
    ['en', SAMPLE, '✖ 3 errors, 1 warning in 2 files (3 checked)'],
    ['vi', CLEAN, '✔ 2 tệp hợp lệ, không có lỗi hay cảnh báo nào'],
    ['en', CLEAN, '✔ 2 files valid, no problems'],
    ['vi', WARNINGS_ONLY, '⚠ 0 lỗi, 1 cảnh báo trong 1 tệp'],
    ['en', WARNINGS_ONLY, '⚠ 0 errors, 1 warning in 1 file'],
  ] as const)('summary in %s', (lang, files, summary) => {
    const out = FORMATTERS.stylish(files, opts(lang));
    expect(out.trimEnd().split('\n').at(-1)).toBe(summary);
  });

  it('colours only when asked, with no global chalk state', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
    const ansi = /\u001b\[/;
    expect(FORMATTERS.stylish(SAMPLE, opts('vi', true))).toMatch(ansi);
    expect(FORMATTERS.stylish(SAMPLE, opts('vi', false))).not.toMatch(ansi);
  });

  it('shows hints under their diagnostic and the code at the end of the line', () => {
    const lines = FORMATTERS.stylish(SAMPLE, opts('vi')).split('\n');
    const i = lines.findIndex((l) => l.includes('vp-ubnd'));
    expect(lines[i]).toMatch(/^ {2}12:12 {2}lỗi {7}Đơn vị .* {2}unknown-unit$/);
    expect(lines[i + 1]).toMatch(/^ +Gợi ý: Có phải ý bạn là "vp-hdnd-ubnd"\?$/);
  });
});
