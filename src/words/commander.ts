import type { Lang, Msg } from '../model/diagnostic.js';

/**
 * Commander's own words: its error messages, help titles and the placeholders of the usage lines. Commander
 * speaks English; its messages have fixed shapes, so they are translated here, at the edge, and anything not
 * recognised passes through unchanged (never lost). Small and always loaded: errors can happen on any run.
 * The descriptions of commands and options are in help-commands.ts and help-options.ts, loaded only for help.
 */

/** Placeholder words of option values and arguments, as usage lines show them ("--data <tệp...>"). */
const PLACEHOLDERS: Record<string, Msg> = {
  plan: { vi: 'kế hoạch', en: 'plan' },
  old: { vi: 'kế hoạch cũ', en: 'old' },
  new: { vi: 'kế hoạch mới', en: 'new' },
  command: { vi: 'lệnh', en: 'command' },
  options: { vi: 'tùy chọn', en: 'options' },
  paths: { vi: 'tệp', en: 'paths' },
  file: { vi: 'tệp', en: 'file' },
  'file.xlsx': { vi: 'tệp.xlsx', en: 'file.xlsx' },
  'file.yaml': { vi: 'tệp.yaml', en: 'file.yaml' },
  date: { vi: 'ngày', en: 'date' },
  period: { vi: 'kỳ', en: 'period' },
  id: { vi: 'mã', en: 'id' },
  ids: { vi: 'các mã', en: 'ids' },
  method: { vi: 'cách', en: 'method' },
  c: { vi: 'quy ước', en: 'convention' },
  lang: { vi: 'ngôn ngữ', en: 'lang' },
  format: { vi: 'định dạng', en: 'format' },
  level: { vi: 'mức', en: 'level' },
  g: { vi: 'nhóm', en: 'group' },
  name: { vi: 'tên', en: 'name' },
  symbol: { vi: 'ký hiệu', en: 'symbol' },
  title: { vi: 'chức vụ', en: 'title' },
  dir: { vi: 'thư mục', en: 'folder' },
  who: { vi: 'nơi nhận', en: 'recipient' },
};

/** "<file.xlsx>" → "<tệp.xlsx>", "[command]" → "[lệnh]", "<paths...>" → "<tệp...>"; unknown words unchanged. */
export function localisePlaceholders(text: string, lang: Lang): string {
  return text.replace(
    /([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/g,
    (all, open: string, word: string, dots, close) => {
      const w = PLACEHOLDERS[word];
      return w ? `${open}${w[lang]}${dots ?? ''}${close}` : all;
    },
  );
}

/** An argument as an error names it: 'plan' → <kế hoạch>. */
function argumentName(name: string, lang: Lang): string {
  const w = PLACEHOLDERS[name.replace(/\.\.\.$/, '')];
  return w ? `<${w[lang]}>` : `'${name}'`;
}

const ERRORS: [RegExp, (...m: string[]) => string][] = [
  [/^error: unknown option '([^']+)'/, (o) => `lỗi: không có tùy chọn '${o}'`],
  [/^error: unknown command '([^']+)'/, (c) => `lỗi: không có lệnh '${c}'`],
  [
    /^error: missing required argument '([^']+)'/,
    (a) => `lỗi: thiếu tham số bắt buộc ${argumentName(a, 'vi')}`,
  ],
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
  return localisePlaceholders(out, lang);
}

/** Section titles of commander's help. */
export const HELP_TITLES: Record<string, Msg> = {
  'Usage:': { vi: 'Cách dùng:', en: 'Usage:' },
  'Options:': { vi: 'Tùy chọn:', en: 'Options:' },
  'Arguments:': { vi: 'Tham số:', en: 'Arguments:' },
  'Commands:': { vi: 'Lệnh:', en: 'Commands:' },
  'Global Options:': { vi: 'Tùy chọn chung:', en: 'Global Options:' },
};

/** Printed under a usage error, so the user knows where the help is. */
export const SEE_HELP: Msg = { vi: '(xem cchc --help)', en: '(see cchc --help)' };

/** CCHC_LANG holds something other than vi or en: said, never silently ignored. */
export const BAD_ENV_LANG = (value: string): Msg => ({
  vi: `Biến môi trường CCHC_LANG="${value}" không hợp lệ: chỉ nhận vi (tiếng Việt) hoặc en (tiếng Anh).`,
  en: `The CCHC_LANG environment variable is "${value}": only vi (Vietnamese) or en (English) is accepted.`,
});
