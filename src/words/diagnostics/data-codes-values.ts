import {
  CHANGE_MESSAGES,
  MAYBE_POINTS_MESSAGES,
  NO_DATA_WORD_MESSAGES,
  POINTS_MESSAGES,
  RANGE_MESSAGES,
  UNITS_MESSAGES,
} from './data-shape-messages.js';
import type { CatalogEntry } from './entry.js';

/** Data codes: values that are not what the indicator measures. */
export const DATA_VALUE_CODES = {
  'data-change-not-value': {
    severity: 'error',
    title: { vi: 'Một mức thay đổi thay cho giá trị', en: 'A change where a value is expected' },
    when: 'a change ("-31", "tăng 3 bậc", "+2") where a value is expected',
    messages: CHANGE_MESSAGES,
  },
  'data-range-not-value': {
    severity: 'error',
    title: {
      vi: 'Một khoảng thay cho một giá trị đo được',
      en: 'A range where one measured value is expected',
    },
    when: 'a range or bound ("50-95", "<10", "từ 50 đến 95")',
    messages: RANGE_MESSAGES,
  },
  'data-points-not-rate': {
    severity: 'error',
    title: { vi: 'Số điểm thay cho tỷ lệ phần trăm', en: 'Points where a percentage is expected' },
    when: 'points ("8,5 điểm", Đơn vị tính "điểm") for a percentage',
    messages: POINTS_MESSAGES,
  },
  'data-units-not-rate': {
    severity: 'error',
    title: {
      vi: 'Số đơn vị thay cho tỷ lệ phần trăm',
      en: 'A count of units where a percentage is expected',
    },
    when: 'a count of units ("2/13 sở", "5/95 xã") for a percentage',
    messages: UNITS_MESSAGES,
  },
  'data-no-data-word': {
    severity: 'note',
    title: { vi: 'Ô ghi "không có số liệu"', en: 'A cell that says there is no figure' },
    when: '"Không phát sinh", "-", "N/A", "x", "Chưa có số liệu": no data, not 0',
    messages: NO_DATA_WORD_MESSAGES,
  },
  'data-maybe-points': {
    severity: 'warning',
    title: {
      vi: 'Tỷ lệ bằng mẫu số: có thể là điểm',
      en: 'A percentage equal to its denominator: maybe points',
    },
    when: 'a percentage equal to its lone Mẫu số: 10 % or 10/10 points?',
    messages: MAYBE_POINTS_MESSAGES,
  },
} as const satisfies Record<string, CatalogEntry>;
