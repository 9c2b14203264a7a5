import type { Lang, Msg, Severity } from '../model/diagnostic.js';

/**
 * The words every text format of diagnostics shares (stylish, GitHub, GitLab, SARIF, JUnit, the stderr line):
 * severities, the hint's lead-in, where in a data file, and the closing count. The messages themselves are
 * the catalog's (src/words/diagnostics).
 */
export const SEVERITY_WORDS: Record<Severity, Msg> = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  note: { vi: 'lưu ý', en: 'note' },
};

export const HINT_PREFIX: Msg = { vi: 'Gợi ý: ', en: 'Hint: ' };

/** "dòng 12", "cột D": a place in a data file as spreadsheet users say it (location.ts joins them). */
export const PLACE_WORDS = {
  row: { vi: 'dòng', en: 'row' },
  column: { vi: 'cột', en: 'column' },
} as const satisfies Record<string, Msg>;

/** The one JUnit test case of a file without findings. */
export const VALID_CASE: Msg = { vi: 'hợp lệ', en: 'valid' };

/** What the closing line counts; the formats compute it from their files. */
export interface CountsToSay {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One closing line: "✖ 3 lỗi, 1 cảnh báo trong 2 tệp" counts the files that have problems; when
 * other files were clean too, the number checked follows ("(đã kiểm tra 3 tệp)").
 */
export function countsSentence(c: CountsToSay, lang: Lang): string {
  if (c.errors === 0 && c.warnings === 0) {
    return lang === 'vi'
      ? `✔ ${c.files} tệp hợp lệ, không có lỗi hay cảnh báo nào`
      : `✔ ${plural(c.files, 'file')} valid, no problems`;
  }
  const mark = c.errors > 0 ? '✖' : '⚠';
  const checked =
    c.files === c.filesWithProblems
      ? ''
      : lang === 'vi'
        ? ` (đã kiểm tra ${c.files} tệp)`
        : ` (${c.files} checked)`;
  return lang === 'vi'
    ? `${mark} ${c.errors} lỗi, ${c.warnings} cảnh báo trong ${c.filesWithProblems} tệp${checked}`
    : `${mark} ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')} in ${plural(c.filesWithProblems, 'file')}${checked}`;
}
