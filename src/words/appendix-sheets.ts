import type { Lang } from '../model/diagnostic.js';
import { foldWords } from '../util/text.js';
import { APPENDIX_WORDS } from './appendix.js';
import { formatDate } from './date.js';

/**
 * The words of the appendix workbook's sheets (`cchc report`): PHỤ LỤC I (targets), II (tasks), III (by lead
 * unit) and the working sheet that explains each assessment. Sheet names, titles, column headers, the rows
 * under the tables. Statuses and values come from labels.ts and value.ts like in every other view.
 */
export const APPENDIX_SHEETS = {
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
  units: { vi: 'Theo đơn vị', en: 'By unit' },
  explanation: { vi: 'Cách tính', en: 'Explanation' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The title of each appendix; the plan's title is upper-cased in the sheet's language. */
export function appendixTitle(sheet: 'summary' | 'tasks' | 'units', planTitle: string, lang: Lang): string {
  const title = planTitle.toLocaleUpperCase(lang);
  if (sheet === 'units') return lang === 'vi' ? 'KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ' : 'RESULTS BY LEAD UNIT';
  if (sheet === 'tasks')
    return lang === 'vi' ? `TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ${title}` : `PROGRESS OF THE TASKS OF ${title}`;
  return lang === 'vi'
    ? `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ${title}`
    : `RESULTS AGAINST THE TARGETS OF ${title}`;
}

export const EXPLANATION_WORDS = {
  title: {
    vi: 'CÁCH TÍNH ĐÁNH GIÁ TỪNG CHỈ TIÊU VÀ NHIỆM VỤ (tài liệu làm việc, không phải phụ lục)',
    en: 'HOW EACH TARGET AND TASK WAS ASSESSED (working sheet, not an appendix)',
  },
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Column headers of the appendix sheets, by what the column holds; each sheet picks its own. */
export const APPENDIX_HEADERS = {
  stt: APPENDIX_WORDS.stt,
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  measure: { vi: 'Đơn vị tính', en: 'Unit' },
  planned: { vi: 'Chỉ tiêu kế hoạch', en: 'Planned' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  result: { vi: 'Kết quả thực hiện', en: 'Result' },
  assessment: { vi: 'Đánh giá', en: 'Assessment' },
  owner: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  partners: { vi: 'Đơn vị phối hợp', en: 'Partners' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  progress: { vi: 'Tình hình thực hiện', en: 'Reported progress' },
  targets: { vi: 'Tổng số chỉ tiêu', en: 'Targets' },
  /** After the "overdue" task status: "Quá hạn (nhiệm vụ)". */
  ofTasks: { vi: ' (nhiệm vụ)', en: ' (tasks)' },
  attention: { vi: 'Chỉ tiêu có nguy cơ không đạt, không đạt', en: 'Targets at risk or missed' },
  code: { vi: 'Mã', en: 'Code' },
  reportingUnit: APPENDIX_WORDS.reportingUnit,
  how: { vi: 'Cách tính (đầy đủ)', en: 'How it was assessed (in full)' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The row that opens a reporting unit's block: "Đơn vị báo cáo: Xã Giả lập 01". */
export const reportingUnitRow = (name: string, lang: Lang): string =>
  `${APPENDIX_WORDS.reportingUnit[lang]}: ${name}`;

/** The label of the last group: [when other groups exist, when it is the only one]. */
export const REST_GROUP_WORDS = {
  targets: { vi: ['Chỉ tiêu khác', 'Chỉ tiêu'], en: ['Other targets', 'Targets'] },
  tasks: { vi: ['Nhiệm vụ khác', 'Nhiệm vụ'], en: ['Other tasks', 'Tasks'] },
} as const satisfies Record<string, Record<Lang, readonly [string, string]>>;

/** "- Trong đó: …" under the parent, unless the plan's own words already begin with "Trong đó". */
export function subTitle(title: string, lang: Lang): string {
  if (foldWords(title).startsWith('trong do') || foldWords(title).startsWith('of which')) return `- ${title}`;
  return lang === 'vi' ? `- Trong đó: ${title}` : `- Of which: ${title}`;
}

/** The count by assessment under PHỤ LỤC I. */
export const SUMMARY_FOOT_WORDS = {
  head: { vi: 'Tổng hợp đánh giá', en: 'Count by assessment' },
  total: { vi: 'Tổng số chỉ tiêu', en: 'Total targets' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A task's deadline cell: the plan's schedule, then the day it falls due: "Quý II/2026\n(hạn 14/06/2026)". */
export function taskDeadline(schedule: string, due: string | undefined, lang: Lang): string {
  return due ? `${schedule}\n(${lang === 'vi' ? 'hạn' : 'due'} ${formatDate(due)})` : schedule;
}

/** The task tally under a sheet's table. */
export const COMPLETION_BLOCK_WORDS = {
  head: { vi: 'Tỷ lệ hoàn thành nhiệm vụ', en: 'Task completion' },
  all: { vi: 'Trên tổng số nhiệm vụ', en: 'Of all tasks' },
  area: { vi: 'Lĩnh vực', en: 'Area' },
  owner: { vi: 'Chủ trì', en: 'Owner' },
} as const satisfies Record<string, Record<Lang, string>>;

/** "Trên số nhiệm vụ đến hạn đến ngày 30/09/2026". */
export const dueTasksLabel = (asOf: string, lang: Lang): string =>
  lang === 'vi'
    ? `Trên số nhiệm vụ đến hạn đến ngày ${formatDate(asOf)}`
    : `Of the tasks due by ${formatDate(asOf)}`;
