import type { Msg } from '../../model/diagnostic.js';

/**
 * Short descriptions of diagnostic codes, for SARIF rules. Codes not listed still get a rule,
 * described by their own words ("unknown-unit" → "Unknown unit"), so a new check never breaks
 * the output; list it here to give it a proper sentence.
 */
export const RULE_DESCRIPTIONS: Record<string, Msg> = {
  'yaml-syntax': { vi: 'Tệp không phải YAML hợp lệ', en: 'The file is not valid YAML' },
  'yaml-duplicate-key': {
    vi: 'Một khóa xuất hiện hai lần trong cùng một mục',
    en: 'A key appears twice in one mapping',
  },
  'yaml-alias-limit': {
    vi: 'Tệp dùng quá nhiều bí danh (alias) YAML',
    en: 'The file expands too many YAML aliases',
  },
  'plan-too-large': { vi: 'Tệp kế hoạch quá lớn', en: 'The plan file is too large' },
  'plan-too-deep': { vi: 'Tệp kế hoạch lồng nhau quá sâu', en: 'The plan file is nested too deeply' },
  'plan-non-finite-number': {
    vi: 'Giá trị không phải số hữu hạn (.nan, .inf)',
    en: 'A value is not a finite number (.nan, .inf)',
  },
  'plan-encoding': { vi: 'Tệp kế hoạch không phải văn bản UTF-8', en: 'The plan file is not UTF-8 text' },
  'plan-empty': { vi: 'Tệp kế hoạch trống', en: 'The plan file is empty' },
  'plan-not-mapping': { vi: 'Nội dung tệp không phải một kế hoạch', en: 'The file content is not a plan' },
  'unknown-schema-version': {
    vi: 'Phiên bản định dạng (schemaVersion) không được hỗ trợ',
    en: 'Unsupported schemaVersion',
  },
  'unknown-field': {
    vi: 'Trường không có trong định dạng kế hoạch',
    en: 'A field the plan format does not define',
  },
  'missing-field': { vi: 'Thiếu trường bắt buộc', en: 'A required field is missing' },
  'wrong-type': { vi: 'Giá trị sai kiểu', en: 'A value of the wrong type' },
  'invalid-value': { vi: 'Giá trị không được phép', en: 'A value that is not allowed' },
  'empty-value': { vi: 'Giá trị để trống', en: 'An empty value' },
  'empty-list': { vi: 'Danh sách trống', en: 'An empty list' },
  'invalid-date': { vi: 'Ngày không hợp lệ', en: 'An invalid date' },
  'date-range-reversed': { vi: 'Ngày bắt đầu sau ngày kết thúc', en: 'A start date after the end date' },
  'duplicate-id': { vi: 'Mã bị trùng', en: 'An id is used twice' },
  'unknown-unit': {
    vi: 'Tham chiếu tới đơn vị không có trong kế hoạch',
    en: 'Reference to a unit the plan does not define',
  },
  'unknown-indicator': {
    vi: 'Tham chiếu tới chỉ số không có trong kế hoạch',
    en: 'Reference to an indicator the plan does not define',
  },
  'unknown-phase': {
    vi: 'Tham chiếu tới giai đoạn không có trong kế hoạch',
    en: 'Reference to a phase the plan does not define',
  },
  'unknown-area': {
    vi: 'Tham chiếu tới lĩnh vực không có trong kế hoạch',
    en: 'Reference to an area the plan does not define',
  },
  'unknown-parent': { vi: 'Chỉ tiêu cha không tồn tại', en: 'The parent target does not exist' },
  'parent-cycle': { vi: 'Chỉ tiêu cha tạo thành vòng lặp', en: 'Parent targets form a cycle' },
  'phase-outside-plan': {
    vi: 'Giai đoạn nằm ngoài thời gian của kế hoạch',
    en: 'A phase outside the plan period',
  },
  'deadline-outside-plan': {
    vi: 'Thời hạn nằm ngoài thời gian của kế hoạch',
    en: 'A deadline outside the plan period',
  },
  'deadline-outside-phase': {
    vi: 'Thời hạn nằm ngoài giai đoạn của chỉ tiêu',
    en: 'A deadline outside its phase',
  },
  'missing-deadline': { vi: 'Chỉ tiêu không có thời hạn', en: 'A target without a deadline' },
  'bad-target-deadline': {
    vi: 'Không hiểu thời hạn của chỉ tiêu',
    en: 'A target deadline that cannot be read',
  },
  'missing-task-deadline': { vi: 'Nhiệm vụ không có thời hạn', en: 'A task without a deadline' },
  'bad-task-deadline': { vi: 'Không hiểu thời hạn của nhiệm vụ', en: 'A task deadline that cannot be read' },
  'bad-area-timing': {
    vi: 'Không hiểu thời gian thực hiện của lĩnh vực',
    en: 'An area timing that cannot be read',
  },
  'missing-owner': { vi: 'Thiếu đơn vị chủ trì', en: 'No owner unit' },
  'missing-comparator': { vi: 'Chỉ tiêu thiếu phép so sánh (≥, ≤, =)', en: 'A target without a comparator' },
  'missing-value': { vi: 'Chỉ tiêu thiếu giá trị', en: 'A target without a value' },
  'comparator-kind-mismatch': {
    vi: 'Phép so sánh không hợp với loại chỉ số',
    en: 'A comparator that does not fit the indicator kind',
  },
  'value-kind-mismatch': {
    vi: 'Giá trị không hợp với loại chỉ số',
    en: 'A value that does not fit the indicator kind',
  },
  'percentage-out-of-range': { vi: 'Tỷ lệ phần trăm nằm ngoài 0–100', en: 'A percentage outside 0–100' },
  'level-out-of-range': { vi: 'Cấp độ nằm ngoài thang cho phép', en: 'A level outside its scale' },
  'value-out-of-range': { vi: 'Giá trị nằm ngoài khoảng cho phép', en: 'A value out of range' },
  'target-missed': { vi: 'Chỉ tiêu không đạt', en: 'A target was missed' },
  'target-at-risk': { vi: 'Chỉ tiêu có nguy cơ không đạt', en: 'A target is at risk' },
  'task-overdue': { vi: 'Nhiệm vụ quá hạn', en: 'A task is overdue' },
  'weaker-later-target': {
    vi: 'Chỉ tiêu giai đoạn sau thấp hơn giai đoạn trước',
    en: 'A later target asks less than an earlier one',
  },
};

/** The description of a code, from the table or from the code's own words. */
export function ruleDescription(code: string): Msg {
  const known = RULE_DESCRIPTIONS[code];
  if (known) return known;
  const words = code.replace(/-/g, ' ');
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  return { vi: text, en: text };
}
