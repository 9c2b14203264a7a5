import type { Lang } from '../model/diagnostic.js';
import { APPENDIX_WORDS } from './appendix.js';

/**
 * The fixed words of the data-entry workbook (`cchc template`): sheet names, headings, column headers and the
 * signature lines. Headers the data reader matches (after folding) are the contract names exactly: vi "Mã chỉ
 * tiêu", "Kỳ báo cáo", "Đơn vị", "Giá trị", "Tử số", "Mẫu số", "Nguồn/minh chứng", "Ghi chú", "Mã nhiệm vụ",
 * "Tình trạng"; en their English aliases. "Tên chỉ tiêu" / "Indicator name" is read too and checked against the
 * code (it holds the plan's name, so it always fits); other descriptive columns ("Đơn vị tính", …) fold to keys
 * the reader does not know, so it ignores them.
 */
export const TEMPLATE_HEADERS = {
  stt: APPENDIX_WORDS.stt,
  code: { vi: 'Mã chỉ tiêu', en: 'indicator' },
  name: { vi: 'Tên chỉ tiêu', en: 'Indicator name' },
  measure: { vi: 'Đơn vị tính', en: 'Unit of measure' },
  target: { vi: 'Chỉ tiêu kế hoạch', en: 'Planned target' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  period: { vi: 'Kỳ báo cáo', en: 'period' },
  unit: { vi: 'Đơn vị', en: 'unit' },
  value: { vi: 'Giá trị', en: 'value' },
  numerator: { vi: 'Tử số', en: 'numerator' },
  denominator: { vi: 'Mẫu số', en: 'denominator' },
  source: { vi: 'Nguồn/minh chứng', en: 'source' },
  note: { vi: 'Ghi chú', en: 'note' },
  task: { vi: 'Mã nhiệm vụ', en: 'task' },
  content: { vi: 'Nội dung nhiệm vụ', en: 'Task description' },
  owner: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  status: { vi: 'Tình trạng', en: 'status' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Base names of the two sheets; a template per reporting unit adds " - <unit id>". */
export const TEMPLATE_SHEETS = {
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The first line of each sheet. */
export const TEMPLATE_TITLES = {
  indicators: {
    vi: 'BIỂU NHẬP SỐ LIỆU CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH',
    en: 'DATA-ENTRY SHEET: ADMINISTRATIVE-REFORM INDICATORS',
  },
  tasks: {
    vi: 'BIỂU NHẬP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
    en: 'DATA-ENTRY SHEET: PROGRESS OF ADMINISTRATIVE-REFORM TASKS',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/**
 * The third heading line: "Kỳ báo cáo: Quý III/2026 (…) — Đơn vị báo cáo: UBND xã Phú Trung"; `period` is the
 * period with its data window, `unit` the reporting unit's name when the sheet is one unit's.
 */
export function templatePeriodLine(period: string, unit: string | undefined, lang: Lang): string {
  const vi = lang === 'vi';
  const forUnit = unit === undefined ? '' : ` — ${vi ? 'Đơn vị báo cáo' : 'Reporting unit'}: ${unit}`;
  return `${vi ? 'Kỳ báo cáo' : 'Reporting period'}: ${period}${forUnit}`;
}

/** The heading over the instructions. */
export const INSTRUCTIONS_HEADING = { vi: 'Hướng dẫn nhập liệu', en: 'How to fill in' } as const;

/**
 * The signature lines under the table: "Người lập biểu" on the left, the date line and "Thủ trưởng đơn vị" on
 * the right, as forms passed between offices end. They hold no digits, so the reader skips them quietly.
 */
export const TEMPLATE_SIGN_WORDS = {
  vi: {
    date: (place: string) => `${place}, ngày … tháng … năm …`,
    preparer: 'NGƯỜI LẬP BIỂU',
    head: 'THỦ TRƯỞNG ĐƠN VỊ',
    sign: '(Ký, ghi rõ họ tên)',
  },
  en: {
    date: (place: string) => `${place}, date …`,
    preparer: 'PREPARED BY',
    head: 'HEAD OF UNIT',
    sign: '(Signature and full name)',
  },
} as const satisfies Record<Lang, unknown>;
