import type { Lang } from '../model/diagnostic.js';

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
