import type { Lang } from '../model/diagnostic.js';
import { APPENDIX_WORDS } from './appendix.js';

/**
 * The words of the appendix workbook's "Nguồn số liệu" sheet: everything a reviewer needs to trace a figure back
 * to a file, a sheet and a row. Its headers deliberately differ from the data-file contract ("Mã chỉ tiêu",
 * "Giá trị", …): a report left in a data folder must never be read back as measured data.
 */
export const SOURCES_SHEET = { vi: 'Nguồn số liệu', en: 'Sources' } as const;

export const SOURCES_HEADINGS = {
  title: { vi: 'NGUỒN SỐ LIỆU VÀ THÔNG TIN ĐỐI CHIẾU', en: 'DATA SOURCES AND TRACEABILITY' },
  inputs: { vi: 'Tệp dữ liệu đầu vào', en: 'Input files' },
  observations: { vi: 'Số liệu đã dùng để đánh giá', en: 'Observations used' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The keys of the run's particulars, in the order the sheet lists them. */
export const SOURCES_META = {
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  revision: { vi: 'Lần sửa đổi', en: 'Revision' },
  planFile: { vi: 'Tệp kế hoạch', en: 'Plan file' },
  planSha: { vi: 'SHA-256 tệp kế hoạch', en: 'Plan file SHA-256' },
  tool: { vi: 'Công cụ', en: 'Tool' },
  asOf: { vi: 'Số liệu tính đến ngày', en: 'As of' },
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  convention: { vi: 'Quy ước kỳ báo cáo', en: 'Period convention' },
  filters: { vi: 'Bộ lọc', en: 'Filters' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Headers of the input-files table. */
export const INPUT_FILE_HEADERS = {
  stt: APPENDIX_WORDS.stt,
  file: { vi: 'Tệp', en: 'File' },
  format: { vi: 'Định dạng', en: 'Format' },
  rows: { vi: 'Số dòng', en: 'Rows' },
  sheets: { vi: 'Trang tính đã đọc', en: 'Sheets read' },
  sha: { vi: 'SHA-256', en: 'SHA-256' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Headers of the observations table. */
export const OBSERVATION_HEADERS = {
  stt: APPENDIX_WORDS.stt,
  indicator: { vi: 'Chỉ tiêu (mã)', en: 'Indicator code' },
  period: { vi: 'Kỳ số liệu', en: 'Data period' },
  unit: { vi: 'Đơn vị báo cáo', en: 'Reporting unit' },
  value: { vi: 'Giá trị đã dùng', en: 'Value used' },
  numerator: { vi: 'Tử số (TS)', en: 'Numerator' },
  denominator: { vi: 'Mẫu số (MS)', en: 'Denominator' },
  raw: { vi: 'Nội dung ô gốc', en: 'Cell text' },
  evidence: { vi: 'Minh chứng (nguồn)', en: 'Evidence' },
  file: { vi: 'Tệp', en: 'File' },
  sheet: { vi: 'Trang tính', en: 'Sheet' },
  row: { vi: 'Dòng', en: 'Row' },
  col: { vi: 'Cột', en: 'Column' },
} as const satisfies Record<string, Record<Lang, string>>;
