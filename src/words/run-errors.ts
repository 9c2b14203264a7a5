import type { Msg } from '../model/diagnostic.js';

/**
 * Why a run (check, report, rollup) could not start: a usage mistake or input that leaves nothing to evaluate.
 * These are CchcError messages and hints (exit 2), not diagnostics, so they have no code in the catalog.
 */

/** What a filter or --unit names, and where its known ids come from. */
export const FILTER_SUBJECTS = {
  owner: { vi: 'đơn vị chủ trì', en: 'owner unit', where: { vi: 'kế hoạch', en: 'plan' } },
  phase: { vi: 'giai đoạn', en: 'phase', where: { vi: 'kế hoạch', en: 'plan' } },
  area: { vi: 'lĩnh vực', en: 'area', where: { vi: 'kế hoạch', en: 'plan' } },
  group: {
    vi: 'nhóm đơn vị báo cáo',
    en: 'reporting-unit group',
    where: { vi: 'kế hoạch (reportingUnits.groups)', en: 'plan (reportingUnits.groups)' },
  },
  unit: {
    vi: 'đơn vị báo cáo',
    en: 'reporting unit',
    where: { vi: 'kế hoạch (issuer, reportingUnits)', en: 'plan (issuer, reportingUnits)' },
  },
  unitData: {
    vi: 'dòng số liệu nào của đơn vị báo cáo',
    en: 'data row of the reporting unit',
    where: { vi: 'số liệu (cột Đơn vị)', en: 'data (Đơn vị column)' },
  },
} as const satisfies Record<string, Msg & { where: Msg }>;

export type FilterSubject = keyof typeof FILTER_SUBJECTS;

/** An id no plan or data knows, with the nearest known ids (if any) and the list of known ones ("—": none). */
export function unknownIdWords(
  kind: FilterSubject,
  id: string,
  near: string[],
  list: string,
): { message: Msg; hint: Msg } {
  const w = FILTER_SUBJECTS[kind];
  const guess = near.join(', ');
  return {
    message: {
      vi: `Không có ${w.vi} "${id}" trong ${w.where.vi}.${near.length ? ` Có phải ý bạn là: ${guess}?` : ''}`,
      en: `There is no ${w.en} "${id}" in the ${w.where.en}.${near.length ? ` Did you mean: ${guess}?` : ''}`,
    },
    hint: { vi: `Các mã có thể dùng: ${list}.`, en: `Known ids: ${list}.` },
  };
}

/** --unit given as a name several units share. */
export const ambiguousUnitWords = (text: string, names: string[]): Msg => ({
  vi: `--unit "${text}" có thể là ${names.join(', ')}: hãy ghi mã hoặc tên đầy đủ.`,
  en: `--unit "${text}" could be ${names.join(', ')}: give the id or the full name.`,
});

/** --as-of and --period together: each sets the as-of date. */
export const AS_OF_AND_PERIOD: { message: Msg; hint: Msg } = {
  message: {
    vi: 'Chỉ dùng một trong hai tùy chọn --as-of hoặc --period.',
    en: 'Use either --as-of or --period, not both.',
  },
  hint: {
    vi: '--period "Quý III/2026" đã đặt ngày đánh giá là ngày cuối của kỳ (14/09/2026).',
    en: '--period "Quý III/2026" already sets the as-of date to the last day of the period (14/09/2026).',
  },
};

/** A --period the period parser does not read, with the spellings it does. */
export const badPeriodWords = (text: string): { message: Msg; hint: Msg } => ({
  message: { vi: `Không hiểu kỳ báo cáo "${text}".`, en: `Reporting period "${text}" not understood.` },
  hint: {
    vi: 'Ví dụ: "Quý III/2026", "6 tháng đầu năm 2026", "Năm 2026", "Tháng 9/2026", 2026-Q3.',
    en: 'Examples: "Quý III/2026", "6 tháng đầu năm 2026", "Năm 2026", "Tháng 9/2026", 2026-Q3.',
  },
});

/** A --as-of that is no date. */
export const badAsOfWords = (text: string): { message: Msg; hint: Msg } => ({
  message: { vi: `Ngày đánh giá "${text}" không hợp lệ.`, en: `As-of date "${text}" is not a valid date.` },
  hint: {
    vi: 'Viết theo dạng YYYY-MM-DD, ví dụ 2026-09-14.',
    en: 'Write it as YYYY-MM-DD, e.g. 2026-09-14.',
  },
});

/** The plan has errors: nothing is evaluated; validate shows them. */
export const invalidPlanWords = (file: string): { message: Msg; hint: Msg } => ({
  message: {
    vi: `Kế hoạch ${file} có lỗi, chưa đánh giá được.`,
    en: `The plan ${file} has errors; nothing was evaluated.`,
  },
  hint: {
    vi: `Chạy "cchc validate ${file}" để xem chi tiết.`,
    en: `Run "cchc validate ${file}" for details.`,
  },
});

export const INVALID_DATA: Msg = {
  vi: 'Số liệu có lỗi, chưa đánh giá được.',
  en: 'The data have errors; nothing was evaluated.',
};

/** What to fix, in the words of what was shown: the cells, the files, or both. */
export const FIX_HINTS: Record<'cells' | 'files' | 'both', Msg> = {
  cells: { vi: 'Sửa các ô được chỉ ra rồi chạy lại.', en: 'Fix the cells listed above and run again.' },
  files: { vi: 'Sửa các tệp được chỉ ra rồi chạy lại.', en: 'Fix the files listed above and run again.' },
  both: {
    vi: 'Sửa các tệp và ô được chỉ ra rồi chạy lại.',
    en: 'Fix the files and cells listed above and run again.',
  },
};

/** rollup on data that names no reporting unit on any row. */
export const NO_UNIT_TO_ROLL_UP: { message: Msg; hint: Msg } = {
  message: {
    vi: 'Số liệu không ghi Đơn vị ở dòng nào: chưa tổng hợp theo đơn vị được.',
    en: 'No data row names its Đơn vị (reporting unit): nothing to roll up by unit.',
  },
  hint: {
    vi: 'Thêm cột "Đơn vị" với tên xã/phường vào mỗi tệp, hoặc dùng "cchc check" cho số liệu của một đơn vị.',
    en: 'Add a "Đơn vị" column with the commune name to every file, or use "cchc check" for one unit\'s data.',
  },
};
