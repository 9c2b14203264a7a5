import type { Msg } from '../../model/diagnostic.js';

/**
 * Short descriptions of diagnostic codes, for SARIF rules. Codes not listed still get a rule,
 * described by their own words ("unknown-unit" → "Unknown unit"), so a new check never breaks
 * the output; list it here to give it a proper sentence.
 */
export const RULE_DESCRIPTIONS: Record<string, Msg> = {
  'yaml-syntax': { vi: 'Tệp không phải YAML hợp lệ', en: 'The file is not valid YAML' },
  'duplicate-key': {
    vi: 'Một khoá xuất hiện hai lần trong cùng một đối tượng',
    en: 'A key appears twice in one mapping',
  },
  'unknown-field': {
    vi: 'Trường không có trong định dạng kế hoạch',
    en: 'A field the plan format does not define',
  },
  'missing-field': { vi: 'Thiếu trường bắt buộc', en: 'A required field is missing' },
  'invalid-value': {
    vi: 'Giá trị không đúng kiểu hoặc không được phép',
    en: 'A value of the wrong type or not allowed',
  },
  'duplicate-id': { vi: 'Mã bị trùng', en: 'An id is used twice' },
  'unknown-unit': {
    vi: 'Tham chiếu tới đơn vị không có trong kế hoạch',
    en: 'Reference to a unit the plan does not define',
  },
  'unknown-indicator': {
    vi: 'Tham chiếu tới chỉ tiêu không có trong kế hoạch',
    en: 'Reference to an indicator the plan does not define',
  },
  'unknown-phase': {
    vi: 'Tham chiếu tới giai đoạn không có trong kế hoạch',
    en: 'Reference to a phase the plan does not define',
  },
  'unknown-parent': { vi: 'Chỉ tiêu cha không tồn tại', en: 'The parent target does not exist' },
  'unsupported-schema-version': {
    vi: 'Phiên bản định dạng tệp kế hoạch không được hỗ trợ',
    en: 'Unsupported plan file format version',
  },
  'percentage-out-of-range': { vi: 'Tỷ lệ phần trăm nằm ngoài 0–100', en: 'A percentage outside 0–100' },
};

/** The description of a code, from the table or from the code's own words. */
export function ruleDescription(code: string): Msg {
  const known = RULE_DESCRIPTIONS[code];
  if (known) return known;
  const words = code.replace(/-/g, ' ');
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  return { vi: text, en: text };
}
