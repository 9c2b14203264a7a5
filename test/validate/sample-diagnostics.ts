import type { FileDiagnostics } from '../../src/report/diagnostics/index.js';

/**
 * A fixed set of diagnostics for the formatter goldens: two files with problems (given out of
 * order, to prove sorting), one clean file, and text that needs escaping in every format.
 */
export const SAMPLE: FileDiagnostics[] = [
  {
    file: 'plans/xã phú-trung.yaml',
    diagnostics: [
      {
        code: 'weaker-later-target',
        severity: 'warning',
        message: {
          vi: 'Chỉ tiêu "quan-tri-du-lieu-2030" (≥ 2) thấp hơn chỉ tiêu giai đoạn trước (≥ 3).',
          en: 'Target "quan-tri-du-lieu-2030" (≥ 2) is weaker than the earlier phase (≥ 3).',
        },
        location: {
          file: 'plans/xã phú-trung.yaml',
          line: 40,
          column: 12,
          endLine: 40,
          endColumn: 13,
          pointer: '/targets/5/value',
        },
      },
      {
        code: 'unknown-unit',
        severity: 'error',
        message: {
          vi: 'Đơn vị "vp-ubnd" không có trong danh sách đơn vị (units).',
          en: 'Unit "vp-ubnd" is not among the plan\'s units.',
        },
        hint: { vi: 'Có phải ý bạn là "vp-hdnd-ubnd"?', en: 'Did you mean "vp-hdnd-ubnd"?' },
        location: {
          file: 'plans/xã phú-trung.yaml',
          line: 12,
          column: 12,
          endLine: 12,
          endColumn: 19,
          pointer: '/areas/0/lead',
        },
      },
      {
        code: 'percentage-out-of-range',
        severity: 'error',
        message: {
          vi: 'Tỷ lệ 120% vượt quá 100%: <giá trị> & "dấu" 50%, a:b\nhai dòng',
          en: 'Percentage 120% is over 100%: <value> & "quote" 50%, a:b\ntwo lines',
        },
        location: { file: 'plans/xã phú-trung.yaml', line: 3, column: 1 },
      },
    ],
  },
  {
    file: 'plans/a,b:c%.yaml',
    diagnostics: [
      {
        code: 'unknown-schema-version',
        severity: 'error',
        message: { vi: 'Phiên bản định dạng 9 không được hỗ trợ.', en: 'Format version 9 is not supported.' },
        hint: { vi: 'Các phiên bản được hỗ trợ: 1.', en: 'Supported versions: 1.' },
        location: { file: 'plans/a,b:c%.yaml' },
      },
    ],
  },
  { file: 'plans/sach.yaml', diagnostics: [] },
];

export const CLEAN: FileDiagnostics[] = [
  { file: 'plans/a.yaml', diagnostics: [] },
  { file: 'plans/b.yaml', diagnostics: [] },
];

export const WARNINGS_ONLY: FileDiagnostics[] = [
  { file: 'plans/a.yaml', diagnostics: [SAMPLE[0]!.diagnostics[0]!] },
];
