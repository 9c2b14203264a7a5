import type { Template } from './entry.js';

/**
 * The message templates of some row codes of data-codes-rows.ts, kept here so that file stays readable: whose
 * data a row is (the `Đơn vị` cell) and task statuses.
 */
export const BAD_STATUS_MESSAGES = {
  unknown: {
    vi: 'Không hiểu tình trạng "{raw}" của nhiệm vụ "{task}": cần một trong các từ {examples}.',
    en: 'Cannot understand status "{raw}" of task "{task}": expected one of {examples}.',
  },
  unknownHint: { vi: 'Ghi một trong các từ: {examples}.', en: 'Write one of: {examples}.' },
} as const satisfies Record<string, Template>;

export const UNKNOWN_UNIT_MESSAGES = {
  /** `{besides}`: `notListed` or `noneDeclared`; `{near}`: `didYouMean` or nothing. */
  unknown: {
    vi: 'Dòng số liệu của đơn vị "{text}": không phải cơ quan ban hành kế hoạch ({issuer}){besides}; số liệu này không được đánh giá như của kế hoạch.{near}',
    en: 'A data row of the unit "{text}": not the plan\'s issuer ({issuer}){besides}; it is not evaluated as the plan\'s own.{near}',
  },
  notListed: {
    vi: ' và không có trong danh sách đơn vị báo cáo (reportingUnits)',
    en: ' and not in its reporting units (reportingUnits)',
  },
  noneDeclared: {
    vi: ', và kế hoạch không khai báo đơn vị báo cáo nào khác (reportingUnits)',
    en: ', and the plan declares no other reporting units (reportingUnits)',
  },
  didYouMean: { vi: ' Có phải ý bạn là {near}?', en: ' Did you mean {near}?' },
} as const satisfies Record<string, Template>;

export const UNKNOWN_UNIT_HINT = {
  vi: 'Nếu đây là số liệu của chính cơ quan ban hành, thêm cách ghi này vào issuer.aliases của kế hoạch; nếu là của đơn vị khác, khai báo ở reportingUnits (list hoặc file); nếu nhầm tệp, bỏ các dòng này.',
  en: "If these are the issuer's own data, add this spelling to the plan's issuer.aliases; if they belong to another unit, declare it under reportingUnits (list or file); if the file is the wrong one, remove these rows.",
};

export const AMBIGUOUS_UNIT_MESSAGES = {
  several: {
    vi: 'Đơn vị "{text}" có thể là {list}: không đoán; các dòng này chưa được đánh giá.',
    en: 'The unit "{text}" could be {list}: cchc does not guess; these rows are not evaluated.',
  },
} as const satisfies Record<string, Template>;

export const AMBIGUOUS_UNIT_HINT = {
  vi: 'Ghi đủ tên đơn vị (kèm "Xã", "Phường") hoặc mã đơn vị báo cáo.',
  en: 'Write the full unit name (with "Xã", "Phường") or the reporting unit id.',
};
