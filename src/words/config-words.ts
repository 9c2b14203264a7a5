import type { Msg } from '../model/diagnostic.js';
import type { CliRefusal } from './cli-refusals.js';

/**
 * The words about the project config file (cchc.config.yaml) that are no finding at a line: the file as a
 * whole, the mandatory-option error's pointer to it, and the comments of --print-config. The findings at a
 * line:col are catalog codes (src/words/diagnostics/config-codes.ts).
 */

export const configUnreadable = (file: string, reason: string): CliRefusal => ({
  message: {
    vi: `Không đọc được tệp cấu hình ${file}: ${reason}`,
    en: `Could not read the config file ${file}: ${reason}`,
  },
});

/** The findings follow, at their positions. */
export const configHasErrors = (file: string): CliRefusal => ({
  message: { vi: `Tệp cấu hình ${file} có lỗi.`, en: `The config file ${file} has errors.` },
  hint: {
    vi: 'Sửa tệp theo các vị trí trên, hoặc chạy với --no-config để bỏ qua nó (xem docs/config.md).',
    en: 'Fix the file at the positions above, or run with --no-config to ignore it (see docs/config.md).',
  },
});

/** Added to commander's "required option … not specified": the option may be set in the file instead. */
export const orSetInConfig = (key: string): Msg => ({
  vi: `\n  (hoặc ghi "${key}:" trong cchc.config.yaml)`,
  en: `\n  (or set "${key}:" in cchc.config.yaml)`,
});

/** --print-config's two comment lines above the merged options; `file` undefined when there is none. */
export const printConfigHead = (command: string, file: string | undefined): [Msg, Msg] => [
  {
    vi: `# cchc ${command}: cấu hình sau khi gộp (dòng lệnh > biến môi trường > tệp cấu hình > mặc định)`,
    en: `# cchc ${command}: merged configuration (command line > environment > config file > defaults)`,
  },
  { vi: `# tệp cấu hình: ${file ?? 'không có'}`, en: `# config file: ${file ?? 'none'}` },
];

/** Where a printed value came from, when not from the file (that one is its file:line:col). */
export const CONFIG_VALUE_SOURCES: Record<'default' | 'env' | 'cli', Msg> = {
  default: { vi: 'mặc định', en: 'default' },
  env: { vi: 'biến môi trường', en: 'environment' },
  cli: { vi: 'dòng lệnh', en: 'command line' },
};
