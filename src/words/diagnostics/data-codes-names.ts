import type { CatalogEntry } from './entry.js';

/** Data codes: indicator names. */
export const DATA_NAME_CODES = {
  'data-unknown-indicator-name': {
    severity: 'error',
    title: { vi: 'Tên chỉ tiêu không khớp chỉ số nào', en: 'An indicator name that fits no indicator' },
    when: 'a row with a name and no code: no indicator has that name or alias (nearest offered)',
  },
  'data-ambiguous-indicator-name': {
    severity: 'error',
    title: { vi: 'Tên chỉ tiêu khớp nhiều chỉ số', en: 'An indicator name that fits several indicators' },
    when: 'the name (or a lone "Chỉ tiêu" cell) fits two indicators',
  },
  'data-indicator-name-mismatch': {
    severity: 'error',
    title: {
      vi: 'Mã và tên chỉ tiêu của hai chỉ số khác nhau',
      en: 'Code and name of two different indicators',
    },
    when: "code and name: the name is another indicator's (naming both)",
  },
  'data-confusable-indicator': {
    severity: 'error',
    title: { vi: 'Tên chỉ tiêu thuộc một chỉ số dễ nhầm', en: 'The name belongs to a confusable indicator' },
    when: 'code and name: the name is another member of a confusable family (toàn trình / một phần / nộp trực tuyến; hồ sơ / thủ tục; điểm / tỷ lệ)',
  },
  'data-indicator-name-unmatched': {
    severity: 'warning',
    title: {
      vi: 'Tên chỉ tiêu không khớp chỉ số của mã',
      en: 'The name fits no indicator; read under the code',
    },
    when: 'code and name: the name fits no indicator; read under the code',
  },
} as const satisfies Record<string, CatalogEntry>;
