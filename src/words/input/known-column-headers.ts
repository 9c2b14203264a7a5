/**
 * Header spellings of the columns a return carries for the person filling it in and the data readers know
 * and deliberately do not read (src/data/known-columns.ts): the row number, a second indicator-name column,
 * the plan's own target, deadline and owners (cchc's template and the NĐ 30 appendix tables print them).
 * Matched exactly after folding; spellings read from input.
 */
export const KNOWN_COLUMN_HEADERS = {
  'row-number': ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No.', 'No', '#'],
  name: [
    'Tên chỉ tiêu',
    'Chỉ tiêu',
    'Nội dung chỉ tiêu',
    'Tên chỉ số',
    'Nội dung',
    'Indicator name',
    'Tiêu chí',
    'Tên tiêu chí',
  ],
  target: [
    'Chỉ tiêu kế hoạch',
    'Kế hoạch',
    'Chỉ tiêu giao',
    'Mục tiêu',
    'Chỉ tiêu được giao',
    'Planned target',
    'Target',
  ],
  deadline: ['Thời hạn', 'Thời gian hoàn thành', 'Deadline'],
  owner: [
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Lead unit',
    'Partners',
    'Partner units',
  ],
  content: ['Nội dung nhiệm vụ', 'Tên nhiệm vụ', 'Nhiệm vụ', 'Task description'],
} as const satisfies Record<string, readonly string[]>;
