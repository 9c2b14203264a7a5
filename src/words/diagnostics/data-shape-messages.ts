import type { Template } from './entry.js';

/**
 * The message templates of the codes for values that are not what the indicator measures (data-codes-values.ts):
 * why the text is not a value (`why`), how to write it instead (`hint`), and the finding that says both.
 */
const UNUSABLE = {
  unusable: {
    vi: 'Giá trị "{raw}" của chỉ tiêu "{code}" không dùng được: {why}.',
    en: 'Value "{raw}" of indicator "{code}" cannot be used: {why}.',
  },
};

/** The reason, with the other column of the row that shows it. */
const BY_COLUMN = {
  byColumn: { vi: '{why} (cột {header} ghi "{text}")', en: '{why} (column {header} says "{text}")' },
};

export const CHANGE_MESSAGES = {
  ...UNUSABLE,
  ...BY_COLUMN,
  why: {
    vi: 'đây là mức thay đổi (tăng/giảm), không phải giá trị đo được của kỳ',
    en: 'this is a change (up/down), not the measured value of the period',
  },
  hint: {
    vi: 'Ghi giá trị đo được của kỳ, không có dấu + hoặc −; mức tăng/giảm ghi vào cột Ghi chú.',
    en: 'Write the value measured in the period, without a + or − sign; put the change in the Ghi chú (note) column.',
  },
  whyRank: {
    vi: 'đây là mức thay đổi thứ hạng (tăng/giảm bậc), không phải thứ hạng đạt được',
    en: 'this is a change of rank (places gained or lost), not the rank reached',
  },
  hintRank: {
    vi: 'Ghi thứ hạng đạt được trong kỳ, ví dụ "12" hoặc "Hạng 12/95"; mức tăng/giảm bậc ghi vào cột Ghi chú.',
    en: 'Write the rank reached in the period, e.g. "12" or "Hạng 12/95"; put the change in the Ghi chú (note) column.',
  },
} as const satisfies Record<string, Template>;

export const RANGE_MESSAGES = {
  ...UNUSABLE,
  why: {
    vi: 'đây là một khoảng hoặc một ngưỡng, không phải một giá trị đo được',
    en: 'this is a range or a bound, not one measured value',
  },
  hint: {
    vi: 'Ghi một giá trị đo được của kỳ (ví dụ "87,5%"); ngưỡng của chỉ tiêu đã có trong kế hoạch.',
    en: 'Write the one value measured in the period (e.g. "87,5%"); the target\'s threshold is already in the plan.',
  },
} as const satisfies Record<string, Template>;

export const POINTS_MESSAGES = {
  ...UNUSABLE,
  ...BY_COLUMN,
  why: {
    vi: 'đây là điểm số (ví dụ điểm Bộ chỉ số 766), không phải tỷ lệ phần trăm mà chỉ tiêu đo',
    en: 'this is a score (e.g. a 766 index score), not the percentage the indicator measures',
  },
  hint: {
    vi: 'Ghi tỷ lệ phần trăm (ví dụ "85,5%"), hoặc tử số và mẫu số là số hồ sơ/thủ tục; điểm số không quy đổi thành tỷ lệ.',
    en: 'Write the percentage (e.g. "85,5%"), or the numerator and denominator as counts of dossiers/procedures; a score is not converted to a rate.',
  },
} as const satisfies Record<string, Template>;

export const UNITS_MESSAGES = {
  ...UNUSABLE,
  ...BY_COLUMN,
  why: {
    vi: 'đây là số đơn vị (sở, xã, cơ quan…) đạt yêu cầu, không phải tỷ lệ mà chỉ tiêu đo',
    en: 'this is a count of units (departments, communes, agencies…) that met a bar, not the rate the indicator measures',
  },
  hint: {
    vi: 'Ghi tỷ lệ của chính chỉ tiêu (ví dụ số hồ sơ thanh toán trực tuyến / số hồ sơ có phí); số đơn vị đạt ghi vào cột Ghi chú.',
    en: "Write the indicator's own rate (e.g. dossiers paid online / fee-bearing dossiers); put the count of units in the Ghi chú (note) column.",
  },
} as const satisfies Record<string, Template>;

export const NO_DATA_WORD_MESSAGES = {
  nothingOccurred: {
    vi: '"{raw}": kỳ này không phát sinh trường hợp nào, tính là không có số liệu (không phải 0).',
    en: '"{raw}": no case occurred in the period; counted as no data (not 0).',
  },
  noFigure: {
    vi: '"{raw}": tính là không có số liệu (không phải 0).',
    en: '"{raw}": counted as no data (not 0).',
  },
  noDataHint: {
    vi: 'Khi đã có số liệu, ghi giá trị (hoặc tử số và mẫu số) thay cho chữ này.',
    en: 'When the figure is known, write it (or the numerator and denominator) instead of this word.',
  },
} as const satisfies Record<string, Template>;

export const MAYBE_POINTS_MESSAGES = {
  maybePoints: {
    vi: 'Giá trị "{raw}" bằng mẫu số {d}, không có tử số: có thể là {raw}% hoặc là điểm số {raw}/{d}; đã hiểu là {raw}%.',
    en: 'Value "{raw}" equals the denominator {d} and there is no numerator: it may be {raw}% or a score of {raw}/{d}; read as {raw}%.',
  },
  maybePointsHint: {
    vi: 'Nếu là tỷ lệ, ghi "{raw}%" hoặc ghi cả tử số; nếu là điểm số, đây không phải số liệu của chỉ tiêu tỷ lệ này.',
    en: 'If it is a rate, write "{raw}%" or fill in the numerator too; if it is a score, it is not a figure of this percentage indicator.',
  },
} as const satisfies Record<string, Template>;
