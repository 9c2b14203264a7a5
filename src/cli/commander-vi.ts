import type { Lang } from '../model/diagnostic.js';

/**
 * Commander speaks English; our users read Vietnamese first. Its messages have fixed shapes, so they are
 * translated here, at the edge, and anything not recognised passes through unchanged (never lost).
 */
const ERRORS: [RegExp, (...m: string[]) => string][] = [
  [/^error: unknown option '([^']+)'/, (o) => `lỗi: không có tùy chọn '${o}'`],
  [/^error: unknown command '([^']+)'/, (c) => `lỗi: không có lệnh '${c}'`],
  [/^error: missing required argument '([^']+)'/, (a) => `lỗi: thiếu tham số bắt buộc '${a}'`],
  [/^error: required option '([^']+)' not specified/, (o) => `lỗi: thiếu tùy chọn bắt buộc '${o}'`],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./,
    (o, v, c) => `lỗi: giá trị '${v}' của tùy chọn '${o}' không hợp lệ; các giá trị được phép: ${c}.`,
  ],
  [/^error: option '([^']+)' argument missing/, (o) => `lỗi: tùy chọn '${o}' cần một giá trị`],
  [
    /^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (c, e, g) => `lỗi: quá nhiều tham số${c ? ` cho lệnh '${c}'` : ''}: cần ${e}, nhận ${g}.`,
  ],
  [/\(Did you mean (.+)\?\)/, (s) => `(Có phải ý bạn là ${s}?)`],
];

export function translateCommanderError(text: string, lang: Lang): string {
  if (lang !== 'vi') return text;
  let out = text;
  for (const [re, make] of ERRORS) out = out.replace(re, (_all, ...groups: string[]) => make(...groups));
  return out;
}

/** Section titles of commander's help. */
export const HELP_TITLES: Record<string, Record<Lang, string>> = {
  'Usage:': { vi: 'Cách dùng:', en: 'Usage:' },
  'Options:': { vi: 'Tùy chọn:', en: 'Options:' },
  'Arguments:': { vi: 'Tham số:', en: 'Arguments:' },
  'Commands:': { vi: 'Lệnh:', en: 'Commands:' },
  'Global Options:': { vi: 'Tùy chọn chung:', en: 'Global Options:' },
};
