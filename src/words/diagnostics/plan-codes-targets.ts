import type { CatalogEntry } from './entry.js';

/** Plan codes: target values and comparators. */
export const PLAN_TARGET_CODES = {
  'comparator-kind-mismatch': {
    severity: 'error',
    title: {
      vi: 'Phép so sánh không hợp với loại chỉ số',
      en: 'A comparator that does not fit the indicator kind',
    },
    when: 'e.g. `maintain-or-improve` on a percentage, any comparator on a milestone',
    messages: {
      assessed: {
        vi: 'Chỉ số "{indicator}" là loại {kind}: chỉ tiêu được đánh giá Đạt/Hoàn thành, không dùng phép so sánh "{comparator}".',
        en: 'Indicator "{indicator}" is {kind}: the target is assessed as achieved/done, so it takes no comparator ("{comparator}").',
      },
      assessedHint: { vi: 'Xóa dòng "comparator".', en: 'Remove the "comparator" line.' },
      notForKind: {
        vi: 'Phép so sánh "{comparator}" không dùng được cho chỉ số {kind} "{indicator}"; dùng: {allowed}. ("maintain-or-improve" chỉ dành cho thứ hạng.)',
        en: 'Comparator "{comparator}" does not fit {kind} indicator "{indicator}"; use one of: {allowed}. ("maintain-or-improve" is only for ranks.)',
      },
      band: {
        vi: 'Chỉ tiêu "xếp loại {band} trở lên" dùng comparator ">=" (hoặc bỏ trống).',
        en: 'A target "band {band} or better" takes comparator ">=" (or none).',
      },
      againstChange: {
        vi: 'Comparator "{comparator}" ngược chiều với thay đổi ({direction}).',
        en: 'Comparator "{comparator}" goes against the change ({direction}).',
      },
    },
  },
  'value-kind-mismatch': {
    severity: 'error',
    title: { vi: 'Giá trị không hợp với loại chỉ số', en: 'A value that does not fit the indicator kind' },
    when: 'a value on a milestone or qualitative target',
    hint: { vi: 'Xóa dòng "value".', en: 'Remove the "value" line.' },
    messages: {
      assessed: {
        vi: 'Chỉ số "{indicator}" là loại {kind}: chỉ tiêu không có giá trị số.',
        en: 'Indicator "{indicator}" is {kind}: the target takes no numeric value.',
      },
    },
  },
  'missing-comparator': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu thiếu phép so sánh (≥, ≤, =)', en: 'A target without a comparator' },
    when: 'a measured target without comparator',
    messages: {
      missing: {
        vi: 'Chỉ tiêu "{target}" thiếu phép so sánh (comparator); với chỉ số {kind} dùng: {allowed}.',
        en: 'Target "{target}" has no comparator; for a {kind} indicator use one of: {allowed}.',
      },
    },
  },
  'missing-value': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu thiếu giá trị', en: 'A target without a value' },
    when: 'a measured target without value (except `maintain-or-improve`)',
    messages: {
      missing: { vi: 'Chỉ tiêu "{target}" thiếu giá trị (value).', en: 'Target "{target}" has no value.' },
    },
  },
  'percentage-out-of-range': {
    severity: 'error',
    title: { vi: 'Tỷ lệ phần trăm nằm ngoài 0–100', en: 'A percentage outside 0–100' },
    when: 'a percentage value or baseline outside 0–100',
    messages: {
      outside: {
        vi: 'Tỷ lệ {value} nằm ngoài khoảng 0–100. Ghi theo đơn vị phần trăm: 95 cho 95%, 95.5 cho 95,5%.',
        en: 'The percentage {value} is outside 0–100. Write it in percent units: 95 for 95%, 95.5 for 95.5%.',
      },
    },
  },
  'level-out-of-range': {
    severity: 'error',
    title: { vi: 'Cấp độ nằm ngoài thang cho phép', en: 'A level outside its scale' },
    when: 'a level that is not a whole number 1–5',
    messages: {
      outside: {
        vi: 'Cấp độ phải là số nguyên từ 1 đến 5 (tệp ghi {value}).',
        en: 'A level must be a whole number from 1 to 5 (got {value}).',
      },
    },
  },
  'value-out-of-range': {
    severity: 'error',
    title: { vi: 'Giá trị nằm ngoài khoảng cho phép', en: 'A value out of range' },
    when: 'a negative count, or a rank below 1 / not whole',
    messages: {
      rank: {
        vi: 'Thứ hạng phải là số nguyên từ 1 trở lên (tệp ghi {value}).',
        en: 'A rank must be a whole number from 1 up (got {value}).',
      },
      count: {
        vi: 'Số lượng không được âm (tệp ghi {value}).',
        en: 'A count cannot be negative (got {value}).',
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
