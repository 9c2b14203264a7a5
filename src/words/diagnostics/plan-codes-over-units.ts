import type { CatalogEntry } from './entry.js';

/** Plan codes: targets over reporting units. */
export const PLAN_OVER_UNITS_CODES = {
  'over-units-need-not-understood': {
    severity: 'error',
    title: { vi: 'Không hiểu số đơn vị cần đạt', en: 'The number of units needed is not understood' },
    when: '`overUnits.need` is neither a share ("80%") nor a count ("12/15")',
    hint: {
      vi: 'Viết tỷ lệ ("100%", "≥ 80%") hoặc số đơn vị ("ít nhất 10/13", "ít nhất 10").',
      en: 'Write a share ("100%", "≥ 80%") or a count ("ít nhất 10/13", "ít nhất 10").',
    },
    messages: {
      need: {
        vi: 'Không hiểu số đơn vị cần đạt "{need}".',
        en: 'The number of units needed, "{need}", is not understood.',
      },
    },
  },
  'over-units-need-out-of-range': {
    severity: 'error',
    title: { vi: 'Số đơn vị cần đạt không hợp lệ', en: 'The number of units needed is out of range' },
    when: 'a share outside (0, 100%] or a count that is not valid',
    messages: {
      share: {
        vi: 'Tỷ lệ đơn vị cần đạt phải trong (0; 100%], đang là {value}%.',
        en: 'The share must be in (0, 100%]; it is {value}%.',
      },
      count: { vi: 'Số đơn vị cần đạt "{need}" không hợp lệ.', en: 'The count "{need}" is not valid.' },
    },
  },
  'over-units-count-mismatch': {
    severity: 'error',
    title: { vi: 'Tổng số đơn vị không khớp kế hoạch', en: 'The count of units disagrees with the plan' },
    when: 'a count "n/m" whose m is not the number of units declared (in the group)',
    hint: {
      vi: 'Sửa số trong need hoặc danh sách đơn vị.',
      en: 'Fix the number in need or the list of units.',
    },
    messages: {
      mismatch: {
        vi: '"{need}" nói có {of} đơn vị, nhưng kế hoạch khai báo {size}.',
        en: '"{need}" says {of} units, but the plan declares {size}.',
      },
      mismatchInGroup: {
        vi: '"{need}" nói có {of} đơn vị, nhưng kế hoạch khai báo {size} trong nhóm {group}.',
        en: '"{need}" says {of} units, but the plan declares {size} in group {group}.',
      },
    },
  },
  'over-units-unknown-group': {
    severity: 'error',
    title: { vi: 'Nhóm đơn vị không có trong kế hoạch', en: 'A unit group the plan does not declare' },
    when: '`overUnits.group` is not in `reportingUnits.groups`',
    hint: {
      vi: 'Khai báo nhóm ở reportingUnits.groups, hoặc bỏ group để tính mọi đơn vị.',
      en: 'Declare it under reportingUnits.groups, or drop group to count every unit.',
    },
    messages: {
      unknown: {
        vi: 'Nhóm đơn vị "{group}" không có trong reportingUnits.groups.{didYouMean}',
        en: 'The unit group "{group}" is not in reportingUnits.groups.{didYouMean}',
      },
    },
  },
  'over-units-duplicate-threshold': {
    severity: 'error',
    title: { vi: 'Một đơn vị có hai ngưỡng riêng', en: 'Two thresholds for one unit' },
    when: 'two per-unit thresholds for one unit',
    messages: {
      twice: { vi: 'Đơn vị "{unit}" có hai ngưỡng riêng.', en: 'The unit "{unit}" has two thresholds.' },
    },
  },
  'over-units-unknown-unit': {
    severity: 'error',
    title: {
      vi: 'Ngưỡng riêng cho đơn vị không có trong kế hoạch',
      en: 'A threshold for a unit the plan does not declare',
    },
    when: 'a per-unit threshold for a unit not in `reportingUnits.list`',
    messages: {
      unknown: {
        vi: 'Đơn vị "{unit}" không có trong reportingUnits.list.{didYouMean}',
        en: 'The unit "{unit}" is not in reportingUnits.list.{didYouMean}',
      },
    },
  },
  'over-units-threshold-without-value': {
    severity: 'error',
    title: { vi: 'Ngưỡng riêng thiếu giá trị', en: 'A per-unit threshold without a value' },
    when: 'a per-unit threshold without its value (or min/max for `between`)',
    messages: {
      between: {
        vi: 'Ngưỡng riêng cho "{unit}" cần min và/hoặc max (chỉ tiêu dùng between).',
        en: 'The threshold for "{unit}" needs min and/or max (the target uses between).',
      },
      value: {
        vi: 'Ngưỡng riêng cho "{unit}" cần value, và chỉ tiêu phải có value để thay.',
        en: 'The threshold for "{unit}" needs a value, and the target a value to replace.',
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
