import type { Lang, Msg } from '../model/diagnostic.js';

/**
 * Column heads and section headings of the run's views (terminal table, its stacked layout, Markdown): one
 * word per column in each language, so a column is called the same in every view. The Excel report has its
 * own heads, worded as the appendix of a CCHC report writes them (src/words for the workbook).
 */

/** The targets' columns ("TT", "Chỉ tiêu", …, "Giải thích"). */
export const TARGET_COLUMNS = {
  number: { vi: 'TT', en: '#' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  actual: { vi: 'Thực tế', en: 'Actual' },
  expected: { vi: 'Kỳ vọng', en: 'Expected' },
  deadline: { vi: 'Hạn', en: 'Deadline' },
  owner: { vi: 'Chủ trì', en: 'Owner' },
  status: { vi: 'Đánh giá', en: 'Status' },
  reason: { vi: 'Giải thích', en: 'Reason' },
  /** After the plan's value in the stacked layout: "≥ 95%, hạn 31/12/2026". */
  due: { vi: 'hạn', en: 'due' },
} as const satisfies Record<string, Msg>;

/** The tasks' columns ("TT", "Mã", "Nhiệm vụ", …). */
export const TASK_COLUMNS = {
  number: { vi: 'TT', en: '#' },
  id: { vi: 'Mã', en: 'Id' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  timing: { vi: 'Thời gian', en: 'Timing' },
  owner: { vi: 'Chủ trì', en: 'Owner' },
  latest: { vi: 'Báo cáo gần nhất', en: 'Latest report' },
  status: { vi: 'Đánh giá', en: 'Status' },
  reason: { vi: 'Giải thích', en: 'Reason' },
} as const satisfies Record<string, Msg>;

/** The task completion table: by what, whose name, the tally. */
export const COMPLETION_COLUMNS = {
  by: { vi: 'Theo', en: 'By' },
  name: { vi: 'Tên', en: 'Name' },
  completion: { vi: 'Tỷ lệ hoàn thành', en: 'Completion' },
} as const satisfies Record<string, Msg>;

/** What a completion row is grouped by: "Lĩnh vực" (area) or "Chủ trì" (owner). */
export const COMPLETION_BY: Record<'area' | 'owner', Msg> = {
  area: { vi: 'Lĩnh vực', en: 'Area' },
  owner: { vi: 'Chủ trì', en: 'Owner' },
};

/** Headings of the Markdown report and the terminal's task section. */
export const VIEW_HEADINGS = {
  title: { vi: 'Kết quả thực hiện kế hoạch CCHC', en: 'CCHC plan results' },
  targets: { vi: 'Chỉ tiêu', en: 'Targets' },
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
  completion: { vi: 'Tỷ lệ hoàn thành nhiệm vụ', en: 'Task completion' },
  tasksReported: { vi: 'Nhiệm vụ đã báo cáo', en: 'Tasks reported' },
} as const satisfies Record<string, Msg>;

/** The heads of some columns of a table, in order, in one language. */
export function columnHeads<K extends string>(
  columns: Record<K, Msg>,
  keys: readonly K[],
  lang: Lang,
): string[] {
  return keys.map((k) => columns[k][lang]);
}
