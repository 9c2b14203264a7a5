import type { Template } from './entry.js';

/**
 * The message templates of the value codes (data-codes-rows.ts, data-codes-values.ts), kept here so those files
 * stay readable. `{expected}` is a phrase of src/words/data-values.ts; numbers come formatted per language.
 */
const WRITE_EXPECTED = { write: { vi: 'Ghi {expected}.', en: 'Write {expected}.' } };

export const BAD_VALUE_MESSAGES = {
  ...WRITE_EXPECTED,
  unreadable: {
    vi: 'Không đọc được giá trị "{raw}" của chỉ tiêu "{code}": cần {expected}.',
    en: 'Cannot read value "{raw}" of indicator "{code}": expected {expected}.',
  },
  count: {
    vi: 'Không đọc được "{raw}": cần một số không âm, không có dấu %.',
    en: 'Cannot read "{raw}": expected a non-negative number without a % sign.',
  },
  countHint: { vi: 'Ghi số hồ sơ/thủ tục, ví dụ "1.245".', en: 'Write the count, e.g. "1.245".' },
} as const satisfies Record<string, Template>;

export const OUT_OF_RANGE_MESSAGES = {
  ...WRITE_EXPECTED,
  outOfRange: {
    vi: 'Giá trị "{raw}" của chỉ tiêu "{code}" nằm ngoài khoảng cho phép: cần {expected}.',
    en: 'Value "{raw}" of indicator "{code}" is out of range: expected {expected}.',
  },
  // Over 100 % is most often a count or a score typed in the percentage's column.
  writePercentage: {
    vi: 'Ghi {expected}. Số hồ sơ/thủ tục ghi vào cột Tử số và Mẫu số; điểm số không phải tỷ lệ phần trăm.',
    en: 'Write {expected}. Counts of dossiers/procedures go in the Tử số and Mẫu số (numerator/denominator) columns; a score is not a percentage.',
  },
} as const satisfies Record<string, Template>;

export const FORMULA_NO_RESULT_MESSAGES = {
  noResult: {
    vi: 'Ô có công thức "{raw}" nhưng không có kết quả đã tính.',
    en: 'The cell holds formula "{raw}" but no calculated result.',
  },
  noResultHint: {
    vi: 'Mở tệp bằng Excel hoặc LibreOffice, để chương trình tính lại rồi lưu; hoặc thay công thức bằng giá trị.',
    en: 'Open the file in Excel or LibreOffice so it recalculates, then save; or replace the formula by its value.',
  },
} as const satisfies Record<string, Template>;

export const FORMULA_ERROR_MESSAGES = {
  formulaError: {
    vi: 'Ô có lỗi Excel "{raw}" thay vì giá trị của chỉ tiêu "{code}".',
    en: 'The cell holds the Excel error "{raw}" instead of a value of indicator "{code}".',
  },
  formulaErrorHint: {
    vi: 'Sửa công thức (ví dụ chia cho 0) hoặc để trống ô nếu chưa có số liệu.',
    en: 'Fix the formula (e.g. a division by zero) or leave the cell empty when there is no figure.',
  },
} as const satisfies Record<string, Template>;

export const NUMERATOR_EXCEEDS_MESSAGES = {
  exceeds: {
    vi: 'Tử số {n} lớn hơn mẫu số {d}: tỷ lệ không thể vượt 100%.',
    en: 'Numerator {n} is greater than denominator {d}: a rate cannot exceed 100%.',
  },
  exceedsHint: {
    vi: 'Kiểm tra lại hai cột tử số và mẫu số.',
    en: 'Check the numerator and denominator columns.',
  },
} as const satisfies Record<string, Template>;

export const AMBIGUOUS_FRACTION_MESSAGES = {
  /** `{n}`, `{n100}`: the value and a hundred times it, per language; `{nVi}`, `{n100Vi}`: as the cell would say them. */
  fraction: {
    vi: 'Giá trị "{raw}" của chỉ tiêu tỷ lệ phần trăm không có dấu %: đã hiểu là {n}% (không phải {n100}%).',
    en: 'Value "{raw}" of a percentage indicator has no % sign: read as {n}% (not {n100}%).',
  },
  fractionHint: {
    vi: 'Nếu là {n100}%, hãy ghi "{n100Vi}%" hoặc "{n100Vi}"; nếu đúng là {n}%, ghi "{nVi}%".',
    en: 'If you meant {n100}%, write "{n100Vi}%" or "{n100Vi}"; if {n}% is right, write "{nVi}%".',
  },
} as const satisfies Record<string, Template>;

export const ZERO_DENOMINATOR_MESSAGES = {
  zero: {
    vi: 'Mẫu số bằng 0: kỳ này không có số liệu (không phải 0%).',
    en: 'Denominator is 0: no data for this period (not 0%).',
  },
  zeroWritten: {
    vi: 'Mẫu số bằng 0: kỳ này không có số liệu (không phải 0%). Giá trị ghi "{raw}" không được dùng.',
    en: 'Denominator is 0: no data for this period (not 0%). The written value "{raw}" is not used.',
  },
} as const satisfies Record<string, Template>;

export const VALUE_MISMATCH_MESSAGES = {
  mismatch: {
    vi: 'Giá trị ghi "{raw}" khác với tử số/mẫu số {n}/{d} = {computed}%: dùng {computed}%.',
    en: 'Written value "{raw}" disagrees with numerator/denominator {n}/{d} = {computed}%: using {computed}%.',
  },
  mismatchHint: {
    vi: 'Sửa giá trị hoặc tử số/mẫu số cho khớp nhau.',
    en: 'Correct the value or the numerator/denominator so they agree.',
  },
} as const satisfies Record<string, Template>;
