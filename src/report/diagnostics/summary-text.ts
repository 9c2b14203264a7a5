import type { Lang } from '../../model/diagnostic.js';
import type { DiagnosticCounts } from './sort-diagnostics.js';

/** The words each text format uses for severities and hints. */
export const SEVERITY_WORDS = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  note: { vi: 'lưu ý', en: 'note' },
} as const satisfies Record<string, Record<Lang, string>>;

export const HINT_PREFIX: Record<Lang, string> = { vi: 'Gợi ý: ', en: 'Hint: ' };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One closing line: "✖ 3 lỗi, 1 cảnh báo trong 2 tệp" counts the files that have problems; when
 * other files were clean too, the number checked follows ("(đã kiểm tra 3 tệp)").
 */
export function summaryText(c: DiagnosticCounts, lang: Lang): string {
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
