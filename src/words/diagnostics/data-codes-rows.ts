import * as R from './data-row-messages.js';
import * as V from './data-value-messages.js';
import type { CatalogEntry } from './entry.js';

/** Data codes: rows: codes, values, periods, units and duplicates. */
export const DATA_ROW_CODES = {
  'data-unknown-indicator': {
    severity: 'error',
    title: { vi: 'Mã chỉ số không có trong kế hoạch', en: 'An indicator code the plan does not define' },
    when: 'code not in the plan (nearest codes suggested)',
    hint: {
      vi: 'Sửa mã theo danh sách chỉ tiêu của kế hoạch (mục indicators trong tệp YAML).',
      en: "Use a code from the plan's indicator list (the indicators section of the YAML file).",
    },
    messages: {
      unknown: {
        vi: 'Mã chỉ tiêu "{code}" không có trong kế hoạch.',
        en: 'Indicator code "{code}" is not in the plan.',
      },
      unknownNear: {
        vi: 'Mã chỉ tiêu "{code}" không có trong kế hoạch; có phải ý bạn là {suggest}?',
        en: 'Indicator code "{code}" is not in the plan; did you mean {suggest}?',
      },
    },
  },
  'data-unknown-task': {
    severity: 'error',
    title: { vi: 'Mã nhiệm vụ không có trong kế hoạch', en: 'A task id the plan does not define' },
    when: 'task id not in the plan',
    hint: {
      vi: 'Sửa mã theo danh sách nhiệm vụ của kế hoạch (mục tasks trong tệp YAML).',
      en: "Use an id from the plan's task list (the tasks section of the YAML file).",
    },
    messages: {
      unknown: {
        vi: 'Mã nhiệm vụ "{code}" không có trong kế hoạch.',
        en: 'Task id "{code}" is not in the plan.',
      },
      unknownNear: {
        vi: 'Mã nhiệm vụ "{code}" không có trong kế hoạch; có phải ý bạn là {suggest}?',
        en: 'Task id "{code}" is not in the plan; did you mean {suggest}?',
      },
    },
  },
  'data-bad-value': {
    severity: 'error',
    title: { vi: 'Giá trị không đọc được', en: 'A value that cannot be read' },
    when: "value unreadable for the indicator's kind",
    messages: V.BAD_VALUE_MESSAGES,
  },
  'data-out-of-range': {
    severity: 'error',
    title: { vi: 'Giá trị nằm ngoài khoảng cho phép', en: 'A value out of range' },
    when: 'percentage outside 0–100, negative or fractional count',
    messages: V.OUT_OF_RANGE_MESSAGES,
  },
  'data-bad-period': {
    severity: 'error',
    title: { vi: 'Kỳ báo cáo không đọc được', en: 'A period that cannot be read' },
    when: 'period text not understood',
    hint: {
      vi: 'Ghi kỳ báo cáo như "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026", "Tháng 9/2026" hoặc "2026-Q1".',
      en: 'Write the period as "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026", "Tháng 9/2026" or "2026-Q1".',
    },
    messages: {
      unknown: {
        vi: 'Không hiểu kỳ báo cáo "{period}".',
        en: 'Cannot understand the reporting period "{period}".',
      },
    },
  },
  'data-missing-period': {
    severity: 'error',
    title: { vi: 'Dòng số liệu thiếu kỳ báo cáo', en: 'A data row without a period' },
    when: 'filled row without a period',
    hint: {
      vi: 'Ghi kỳ báo cáo như "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026", "Tháng 9/2026" hoặc "2026-Q1".',
      en: 'Write the period as "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026", "Tháng 9/2026" or "2026-Q1".',
    },
    messages: {
      missing: {
        vi: 'Dòng có số liệu nhưng thiếu kỳ báo cáo.',
        en: 'The row has a figure but no reporting period.',
      },
    },
  },
  'data-bad-status': {
    severity: 'error',
    title: { vi: 'Tình trạng nhiệm vụ không đọc được', en: 'A task status that cannot be read' },
    when: 'task status not understood',
    messages: R.BAD_STATUS_MESSAGES,
  },
  'data-numerator-exceeds-denominator': {
    severity: 'error',
    title: { vi: 'Tử số lớn hơn mẫu số', en: 'Numerator greater than denominator' },
    when: 'numerator > denominator',
    messages: V.NUMERATOR_EXCEEDS_MESSAGES,
  },
  'data-formula-no-result': {
    severity: 'error',
    title: { vi: 'Công thức chưa có kết quả', en: 'A formula without a result' },
    when: 'formula without a cached result',
    messages: V.FORMULA_NO_RESULT_MESSAGES,
  },
  'data-formula-error': {
    severity: 'error',
    title: { vi: 'Công thức cho kết quả lỗi', en: 'A formula that gives an error' },
    when: 'cached Excel error',
    messages: V.FORMULA_ERROR_MESSAGES,
  },
  'data-duplicate': {
    severity: 'error',
    title: { vi: 'Hai số liệu khác nhau cho cùng một kỳ', en: 'Two different figures for one period' },
    when: 'same indicator/task, period and unit twice with different figures',
    messages: {
      differs: {
        vi: 'Dòng trùng với {first} ({what}) nhưng số liệu khác nhau: không biết dùng số nào.',
        en: 'Row repeats {first} ({what}) with a different figure: cannot tell which is right.',
      },
      differsHint: {
        vi: 'Giữ lại một dòng cho mỗi chỉ tiêu, kỳ báo cáo và đơn vị; xóa hoặc sửa dòng còn lại.',
        en: 'Keep one row per indicator, period and unit; delete or correct the other.',
      },
    },
  },
  'data-unknown-reporting-unit': {
    severity: 'error',
    title: { vi: 'Đơn vị báo cáo không có trong kế hoạch', en: 'A reporting unit the plan does not declare' },
    when: 'the `Đơn vị` cell names neither the issuer nor a declared reporting unit',
    hint: R.UNKNOWN_UNIT_HINT,
    messages: R.UNKNOWN_UNIT_MESSAGES,
  },
  'data-ambiguous-reporting-unit': {
    severity: 'error',
    title: { vi: 'Tên đơn vị khớp với hai đơn vị', en: 'A unit name that fits two units' },
    when: 'the `Đơn vị` cell fits two declared units (a bare name)',
    hint: R.AMBIGUOUS_UNIT_HINT,
    messages: R.AMBIGUOUS_UNIT_MESSAGES,
  },
  'data-ambiguous-fraction': {
    severity: 'warning',
    title: {
      vi: 'Giá trị có thể là phân số hoặc phần trăm',
      en: 'A value that may be a fraction or a percentage',
    },
    when: 'bare (0, 1] value for a percentage',
    messages: V.AMBIGUOUS_FRACTION_MESSAGES,
  },
  'data-zero-denominator': {
    severity: 'warning',
    title: { vi: 'Mẫu số bằng 0', en: 'A zero denominator' },
    when: 'denominator 0: no data',
    messages: V.ZERO_DENOMINATOR_MESSAGES,
  },
  'data-value-mismatch': {
    severity: 'warning',
    title: {
      vi: 'Giá trị không khớp tử số/mẫu số',
      en: 'A value that disagrees with its numerator/denominator',
    },
    when: 'value disagrees with numerator/denominator',
    messages: V.VALUE_MISMATCH_MESSAGES,
  },
  'data-duplicate-identical': {
    severity: 'warning',
    title: { vi: 'Một dòng số liệu lặp lại', en: 'The same figure given twice' },
    when: 'same row twice with the same figure',
    messages: {
      same: {
        vi: 'Dòng trùng với {first} ({what}), cùng số liệu: chỉ tính một lần.',
        en: 'Row repeats {first} ({what}) with the same figure: counted once.',
      },
      sameHint: { vi: 'Xóa một trong hai dòng.', en: 'Delete one of the two rows.' },
    },
  },
  'data-row-without-code': {
    severity: 'warning',
    title: { vi: 'Dòng có số liệu nhưng không có mã', en: 'A row with figures but no code' },
    when: 'a row with figures but no code',
    hint: {
      vi: 'Điền mã vào cột mã, hoặc xóa dòng nếu không cần.',
      en: 'Fill in the code column, or delete the row if it is not needed.',
    },
    messages: {
      noCode: {
        vi: 'Dòng có số liệu nhưng không có mã chỉ tiêu hoặc mã nhiệm vụ: bỏ qua dòng này.',
        en: 'The row has figures but no indicator code or task id: skipped.',
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
