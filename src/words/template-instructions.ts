import type { Lang } from '../model/diagnostic.js';
import { formatDate } from './date.js';

/**
 * The instructions on top of a data-entry sheet (`cchc template`): what a unit types where, and whom it sends
 * the filled workbook to by when. Numbered; the last line is the send-back line.
 */
export const INDICATOR_INSTRUCTIONS: Record<Lang, string[]> = {
  vi: [
    '1. Đơn vị tìm các dòng của mình ở cột "Đơn vị chủ trì" và chỉ nhập vào các ô nền vàng (Giá trị, Tử số, Mẫu số, Nguồn/minh chứng, Ghi chú); các ô khác đã khóa. Không sửa Mã chỉ tiêu và Kỳ báo cáo.',
    '2. Tỷ lệ (%): nhập số theo đơn vị phần trăm, ví dụ 95,5 cho 95,5% (không nhập 0,955). Nếu tỷ lệ tính từ số hồ sơ, nhập cả Tử số và Mẫu số; mẫu số bằng 0 nghĩa là "không có số liệu", không phải 0%.',
    '3. Chỉ tiêu định tính: chọn Đạt / Không đạt; mốc hoàn thành: chọn Hoàn thành / Đang thực hiện / Chưa thực hiện; cấp độ: số nguyên từ 1 đến 5; thứ hạng: số nguyên (1 là cao nhất).',
    '4. Chưa có số liệu thì để trống cả dòng: dòng trống được bỏ qua. Ghi rõ nguồn số liệu (hệ thống, văn bản) ở cột Nguồn/minh chứng.',
  ],
  en: [
    '1. Type only in the yellow cells of your own rows (see "Lead unit"): value, numerator, denominator, source, note; the other cells are locked. Do not change the codes or the period.',
    '2. Percentages: enter the number in percent, 95.5 for 95.5% (not 0.955). Where the rate comes from counts, enter the numerator and the denominator too; a zero denominator means "no data", not 0%.',
    '3. Qualitative indicators: pick Đạt / Không đạt; milestones: Hoàn thành / Đang thực hiện / Chưa thực hiện; levels: a whole number 1–5; ranks: a whole number (1 is best).',
    '4. Leave a row empty when there is no figure yet: it is skipped. Say where each figure comes from (system, document) in "source".',
  ],
};

export const TASK_INSTRUCTIONS: Record<Lang, string[]> = {
  vi: [
    '1. Đơn vị tìm các nhiệm vụ của mình ở cột "Đơn vị chủ trì", chọn Tình trạng trong kỳ: Hoàn thành / Đang thực hiện / Chưa thực hiện; ghi kết quả, sản phẩm hoặc vướng mắc ở cột Ghi chú.',
    '2. Nhiệm vụ chưa có báo cáo thì để trống Tình trạng: dòng đó được bỏ qua. Không sửa Mã nhiệm vụ và Kỳ báo cáo.',
  ],
  en: [
    '1. Find your tasks by "Lead unit" and pick the status of each in the period: Hoàn thành (done) / Đang thực hiện (in progress) / Chưa thực hiện (not started); note results, outputs or obstacles.',
    '2. Leave the status empty when there is nothing to report: the row is skipped. Do not change the task codes or the period.',
  ],
};

/** Whom the filled workbook goes back to and by when; without a recipient, the plan issuer's CCHC officer. */
export interface SendBackWords {
  issuer: string;
  to?: string;
  /** ISO date it is due back; without it, "right after the last day of the data window". */
  due?: string;
  windowEnd: string;
}

/** The last instruction, numbered `n`: save, sign "Người lập biểu", send the file to … by …. */
export function sendBackLine(n: number, s: SendBackWords, lang: Lang): string {
  if (lang === 'vi') {
    const to = s.to ?? `công chức phụ trách cải cách hành chính của ${s.issuer}`;
    const when = s.due
      ? `trước ngày ${formatDate(s.due)}`
      : `ngay sau ngày ${formatDate(s.windowEnd)} (ngày cuối kỳ số liệu)`;
    return `${n}. Nhập xong, lưu tệp (giữ nguyên tên trang và định dạng .xlsx), ký phần "Người lập biểu" ở cuối trang và gửi tệp cho ${to} ${when}.`;
  }
  const to = s.to ?? `the administrative-reform officer of ${s.issuer}`;
  const when = s.due
    ? `by ${formatDate(s.due)}`
    : `right after ${formatDate(s.windowEnd)} (the last day of the data window)`;
  return `${n}. When done, save the file (keep the sheet names and the .xlsx format), sign the "Prepared by" block at the foot and send the file to ${to} ${when}.`;
}

/**
 * The first instruction of a template made for one reporting unit of the plan's list (a commune filling the
 * province's form): every row is the unit's own, so it is told so by name rather than sent to find its rows by
 * "Đơn vị chủ trì" (the province's lead office, which is not the commune).
 */
export const TEMPLATE_UNIT_WORDS = {
  indicators: (name: string, lang: Lang): string =>
    lang === 'vi'
      ? `1. Biểu này dành cho ${name}: nhập số liệu của đơn vị ở mọi dòng, chỉ vào các ô nền vàng (Giá trị, Tử số, Mẫu số, Nguồn/minh chứng, Ghi chú); các ô khác đã khóa. Không sửa Mã chỉ tiêu, Kỳ báo cáo và Đơn vị.`
      : `1. This sheet is for ${name}: enter its own figures on every row, only in the yellow cells (value, numerator, denominator, source, note); the other cells are locked. Do not change the codes, the period or the unit.`,
  tasks: (name: string, lang: Lang): string =>
    lang === 'vi'
      ? `1. Biểu này dành cho ${name}: chọn Tình trạng trong kỳ của từng nhiệm vụ: Hoàn thành / Đang thực hiện / Chưa thực hiện; ghi kết quả, sản phẩm hoặc vướng mắc ở cột Ghi chú.`
      : `1. This sheet is for ${name}: pick the status of each task in the period: Hoàn thành (done) / Đang thực hiện (in progress) / Chưa thực hiện (not started); note results, outputs or obstacles.`,
} as const;
