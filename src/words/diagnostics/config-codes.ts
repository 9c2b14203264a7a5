import type { CatalogEntry } from './entry.js';

/**
 * Codes of the project config file (cchc.config.yaml, docs/config.md), found before any command runs; the
 * command then stops (exit 2) and lists them at their line:col.
 */
export const CONFIG_CODES = {
  'config-not-mapping': {
    severity: 'error',
    title: {
      vi: 'Tệp cấu hình không phải các cặp khóa: giá trị',
      en: 'The config file is not key: value pairs',
    },
    when: 'the file, or a command’s section in it, is a list or a single value',
    messages: {
      file: {
        vi: 'Tệp cấu hình phải là các cặp "khóa: giá trị", ví dụ "lang: vi".',
        en: 'The config file must be "key: value" pairs, e.g. "lang: vi".',
      },
      section: {
        vi: '"{name}" là tên lệnh: dưới nó ghi các tùy chọn của lệnh đó, ví dụ "{name}:\\n  lang: vi".',
        en: '"{name}" is a command name: the options for that command go under it, e.g. "{name}:\\n  lang: vi".',
      },
    },
  },
  'config-invalid-value': {
    severity: 'error',
    title: { vi: 'Giá trị không hợp lệ cho tùy chọn', en: 'A value the option does not take' },
    when: 'a value of the wrong kind, outside the option’s choices, or one its parser refuses',
    messages: {
      boolean: {
        vi: '"{key}" cần true hoặc false (lệnh {command}).',
        en: '"{key}" takes true or false ({command} command).',
      },
      notList: {
        vi: '"{key}" nhận một giá trị, không phải danh sách.',
        en: '"{key}" takes one value, not a list.',
      },
      text: { vi: '"{key}" cần một chuỗi hoặc một số.', en: '"{key}" takes a string or a number.' },
      texts: {
        vi: '"{key}" cần một chuỗi hoặc danh sách chuỗi.',
        en: '"{key}" takes a string or a list of strings.',
      },
      choice: {
        vi: '"{key}: {value}" không hợp lệ (lệnh {command}); các giá trị được phép: {choices}.',
        en: '"{key}: {value}" is not valid ({command} command); allowed: {choices}.',
      },
      // The option's own parser said why (--max-warnings: a whole number ≥ 0).
      parsed: { vi: '"{key}": {reason}', en: '"{key}": {reason}' },
      sharedHint: {
        vi: 'Một khóa ở đầu tệp áp dụng cho mọi lệnh có tùy chọn đó; để chỉ đặt cho một lệnh, ghi nó dưới "{command}:".',
        en: 'A key at the top applies to every command that has that option; to set it for one command, put it under "{command}:".',
      },
    },
  },
  'config-per-run-key': {
    severity: 'error',
    title: { vi: 'Tùy chọn chỉ ghi trên dòng lệnh', en: 'An option given only on the command line' },
    when: 'an option that changes from run to run (the plan, --data, --period…) written in the file',
    messages: {
      perRun: {
        vi: '"{key}" thay đổi theo từng lần chạy nên chỉ ghi trên dòng lệnh (--{key}), không ghi trong tệp cấu hình.',
        en: '"{key}" changes from run to run, so it is given on the command line (--{key}), not in the config file.',
      },
    },
  },
  'config-unknown-key': {
    severity: 'error',
    title: { vi: 'Khóa không phải tùy chọn của lệnh', en: 'A key that is no option of a command' },
    when: 'a key no command has as an option (nearest keys suggested)',
    messages: {
      unknown: {
        vi: 'Khóa "{key}" không phải một tùy chọn: các khóa là tên tùy chọn dòng lệnh bỏ "--".',
        en: '"{key}" is not an option: keys are the command-line option names without "--".',
      },
      unknownIn: {
        vi: 'Khóa "{key}" không phải một tùy chọn của lệnh {command}: các khóa là tên tùy chọn dòng lệnh bỏ "--".',
        en: '"{key}" is not an option of the {command} command: keys are the command-line option names without "--".',
      },
      didYouMean: { vi: 'Có phải ý bạn là: {near}?', en: 'Did you mean: {near}?' },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
