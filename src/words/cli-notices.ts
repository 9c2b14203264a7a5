import type { Msg } from '../model/diagnostic.js';

/**
 * What a command tells on stderr beside its output (stdout is only the report): what it wrote, what it
 * assumed, why it stopped. Each is one line; the caller adds the line end.
 */

/** check and validate with --output. */
export const reportWritten = (shown: string): Msg => ({
  vi: `Đã ghi báo cáo vào ${shown}`,
  en: `Report written to ${shown}`,
});

/** diff with --output. */
export const comparisonWritten = (shown: string): Msg => ({
  vi: `Đã ghi kết quả so sánh vào ${shown}`,
  en: `Comparison written to ${shown}`,
});

/** rollup with --output. */
export const fileWritten = (shown: string): Msg => ({ vi: `Đã ghi ${shown}`, en: `Wrote ${shown}` });

/** report: the workbook and how its targets stand. */
export const excelReportWritten = (
  shown: string,
  targets: number,
  counts: { met: number; atRisk: number; missed: number },
  tasks: number,
): Msg => ({
  vi: `Đã ghi báo cáo Excel ${shown}: ${targets} chỉ tiêu (${counts.met} đạt, ${counts.atRisk} có nguy cơ, ${counts.missed} không đạt), ${tasks} nhiệm vụ.`,
  en: `Wrote the Excel report ${shown}: ${targets} targets (${counts.met} met, ${counts.atRisk} at risk, ${counts.missed} missed), ${tasks} tasks.`,
});

/** template: the workbook, its period and what it asks for; `units` when it has one sheet per unit. */
export const templateWritten = (
  shown: string,
  period: string,
  indicators: number,
  tasks: number,
  units: number,
): Msg => {
  const per = units ? { vi: `, ${units} đơn vị`, en: `, ${units} units` } : { vi: '', en: '' };
  return {
    vi: `Đã ghi biểu nhập liệu ${shown} cho ${period}: ${indicators} chỉ tiêu, ${tasks} nhiệm vụ${per.vi}.`,
    en: `Wrote the data-entry workbook ${shown} for ${period}: ${indicators} indicators, ${tasks} tasks${per.en}.`,
  };
};

/** rollup --split. */
export const splitWritten = (count: number, dir: string): Msg => ({
  vi: `Đã ghi ${count} tệp Excel (mỗi đơn vị một tệp) vào ${dir}`,
  en: `Wrote ${count} workbooks (one per unit) to ${dir}`,
});

/** rollup of a plan without reportingUnits: the units are the ones the data names. */
export const unitsFromData = (count: number): Msg => ({
  vi: `Kế hoạch không khai báo danh sách đơn vị báo cáo: dùng ${count} đơn vị có trong số liệu.`,
  en: `The plan declares no reporting units: using the ${count} units found in the data.`,
});

/** --max-warnings exceeded. */
export const tooManyWarnings = (count: number, max: number): Msg => ({
  vi: `cchc: ${count} cảnh báo, vượt mức --max-warnings ${max}.`,
  en: `cchc: ${count} warnings, more than --max-warnings ${max}.`,
});

/** diff of plans that do not validate; their problems follow. */
export const DIFF_OF_BROKEN_PLANS: Msg = {
  vi: 'cchc: không so sánh được vì kế hoạch có lỗi; hãy sửa các lỗi dưới đây (xem thêm cchc validate).',
  en: 'cchc: cannot compare because a plan has errors; fix the problems below (see also cchc validate).',
};

/** An error cchc did not expect: a bug, said as one, on two lines. */
export const internalError = (message: string): Msg => ({
  vi: `cchc: lỗi nội bộ: ${message}\n  Đây là lỗi của cchc, không phải của dữ liệu. Vui lòng báo lỗi kèm lệnh đã chạy.`,
  en: `cchc: internal error: ${message}\n  This is a bug in cchc, not in your input. Please report it with the command you ran.`,
});
