import type { CatalogEntry } from './entry.js';

/** Plan codes: score indicators, between, band and relative targets (format v2). */
export const PLAN_V2_CODES = {
  'score-field-kind-mismatch': {
    severity: 'error',
    title: {
      vi: 'Trường của chỉ số điểm trên chỉ số loại khác',
      en: 'A score field on an indicator of another kind',
    },
    when: '`max` or `bands` on an indicator that is not `kind: score`',
    messages: {
      notScore: {
        vi: '"{field}" chỉ dùng cho chỉ số loại score (điểm); chỉ số "{indicator}" là {kind}.',
        en: '"{field}" is only for score indicators; "{indicator}" is {kind}.',
      },
    },
  },
  'missing-score-max': {
    severity: 'error',
    title: { vi: 'Chỉ số điểm thiếu điểm tối đa', en: 'A score indicator without a maximum' },
    when: 'a score indicator without `max`',
    hint: {
      vi: 'Thêm dòng "max: 100" (hoặc điểm tối đa ghi trong văn bản).',
      en: 'Add "max: 100" (or the maximum the document gives).',
    },
    messages: {
      missing: {
        vi: 'Chỉ số điểm "{indicator}" thiếu điểm tối đa (max).',
        en: 'Score indicator "{indicator}" has no maximum (max).',
      },
    },
  },
  'score-out-of-range': {
    severity: 'error',
    title: { vi: 'Điểm nằm ngoài thang điểm', en: 'A score outside its scale' },
    when: 'a band or target score outside 0..max',
    messages: {
      value: {
        vi: 'Điểm {value} nằm ngoài khoảng 0–{max} (điểm tối đa của chỉ số).',
        en: "The score {value} is outside 0–{max} (the indicator's maximum).",
      },
      band: {
        vi: 'Mức "{band}" bắt đầu từ {min} điểm, ngoài khoảng 0–{max}.',
        en: 'Band "{band}" starts at {min}, outside 0–{max}.',
      },
    },
  },
  'duplicate-band': {
    severity: 'error',
    title: { vi: 'Mức xếp loại bị khai báo hai lần', en: 'A band declared twice' },
    when: 'two bands of one score indicator share a name',
    messages: {
      twice: { vi: 'Mức xếp loại "{band}" bị khai báo hai lần.', en: 'Band "{band}" is declared twice.' },
    },
  },
  'range-without-between': {
    severity: 'error',
    title: {
      vi: 'min/max trên chỉ tiêu không dùng between',
      en: 'min/max on a target that is not a between',
    },
    when: '`min`/`max` on a target whose comparator is not `between`',
    hint: { vi: 'Ghi comparator: between, hoặc dùng value.', en: 'Write comparator: between, or use value.' },
    messages: {
      notBetween: {
        vi: '"{field}" chỉ dùng với comparator: between (khoảng giá trị).',
        en: '"{field}" is only used with comparator: between (a band of values).',
      },
    },
  },
  'value-with-between': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu between ghi thêm value', en: 'A between target with a value' },
    when: 'a `between` target that also gives `value`',
    messages: {
      value: {
        vi: 'Chỉ tiêu "between" ghi min và max, không ghi value.',
        en: 'A "between" target takes min and max, not value.',
      },
    },
  },
  'missing-range': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu between thiếu min hoặc max', en: 'A between target without min or max' },
    when: 'a `between` target without both `min` and `max`',
    messages: {
      missing: {
        vi: 'Chỉ tiêu "{target}" (between) cần cả min và max.',
        en: 'Target "{target}" (between) needs both min and max.',
      },
    },
  },
  'range-reversed': {
    severity: 'error',
    title: { vi: 'min lớn hơn max', en: 'min greater than max' },
    when: '`min` greater than `max`',
    messages: {
      reversed: { vi: 'min ({min}) lớn hơn max ({max}).', en: 'min ({min}) is greater than max ({max}).' },
    },
  },
  'band-without-bands': {
    severity: 'error',
    title: {
      vi: 'Chỉ tiêu ghi xếp loại nhưng chỉ số không có các mức',
      en: 'A band target on an indicator without bands',
    },
    when: 'a target names a band of an indicator that declares no bands',
    hint: {
      vi: 'Khai báo kind: score, max và bands cho chỉ số.',
      en: 'Declare kind: score, max and bands on the indicator.',
    },
    messages: {
      noBands: {
        vi: 'Chỉ tiêu ghi xếp loại "{band}" nhưng chỉ số "{indicator}" không khai báo các mức (bands).',
        en: 'The target names band "{band}" but indicator "{indicator}" declares no bands.',
      },
    },
  },
  'unknown-band': {
    severity: 'error',
    title: { vi: 'Mức xếp loại không có trong chỉ số', en: 'A band the indicator does not declare' },
    when: 'a target names a band its indicator does not declare (with "did you mean")',
    messages: {
      unknown: {
        vi: 'Chỉ số "{indicator}" không có mức "{band}"; các mức: {bands}.{didYouMean}',
        en: 'Indicator "{indicator}" has no band "{band}"; bands: {bands}.{didYouMean}',
      },
    },
  },
  'value-with-band': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu theo xếp loại ghi thêm value', en: 'A band target with a value' },
    when: 'a band target that also gives `value`',
    messages: {
      value: {
        vi: 'Chỉ tiêu theo xếp loại (band) không ghi value.',
        en: 'A target given as a band takes no value.',
      },
    },
  },
  'relative-without-baseline': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu tương đối thiếu giá trị xuất phát', en: 'A relative target without a baseline' },
    when: 'a `relative` target without `baseline`',
    hint: {
      vi: 'Thêm baseline: { value: …, date: YYYY-MM-DD }.',
      en: 'Add baseline: { value: …, date: YYYY-MM-DD }.',
    },
    messages: {
      missing: {
        vi: 'Chỉ tiêu "{target}" tính từ giá trị xuất phát nhưng thiếu baseline (value, date).',
        en: 'Target "{target}" is relative to a baseline but has none (baseline: value, date).',
      },
    },
  },
  'value-with-relative': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu tương đối ghi thêm value', en: 'A relative target with a value' },
    when: 'a `relative` target that also gives `value`',
    messages: {
      value: {
        vi: 'Chỉ tiêu tương đối (relative) được tính từ baseline: bỏ value.',
        en: 'A relative target is computed from its baseline: remove value.',
      },
    },
  },
  'relative-kind-mismatch': {
    severity: 'error',
    title: {
      vi: 'Cách ghi thay đổi không hợp với loại chỉ số',
      en: 'A relative change that does not fit the indicator kind',
    },
    when: '`betterBy` on an indicator that is not a rank, or a rank target not in places',
    messages: {
      rankInPlaces: {
        vi: 'Thứ hạng thay đổi theo bậc: dùng betterBy (ví dụ betterBy: 5 cho "tăng ít nhất 5 bậc").',
        en: 'A rank moves in places: use betterBy (e.g. betterBy: 5 for "up at least 5 places").',
      },
      placesOnlyForRank: { vi: 'betterBy chỉ dùng cho thứ hạng.', en: 'betterBy is only for ranks.' },
    },
  },
  'relative-out-of-range': {
    severity: 'error',
    title: {
      vi: 'Chỉ tiêu tương đối tính ra giá trị ngoài khoảng',
      en: 'A relative target that comes out of range',
    },
    when: "a relative target that comes to a value outside the indicator's range",
    messages: {
      outside: {
        vi: 'Từ baseline {baseline}, chỉ tiêu tính ra {value}: ngoài khoảng giá trị của chỉ số.',
        en: "From the baseline {baseline}, the target comes to {value}: outside the indicator's range.",
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
