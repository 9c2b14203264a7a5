import type { Lang, Msg } from '../model/diagnostic.js';
import { VIEW_HEADINGS } from './view-columns.js';

/**
 * The phrases of the run's views (terminal table, Markdown, and the cells the Excel report shares with them):
 * the lines above a report, group titles, marks after a figure, the task completion sentences. Figures,
 * periods and statuses come in already worded (number.ts, period.ts, status.ts); this only joins them.
 */

/** After an actual figure's period: "(Quý II/2026) – cũ", the figure being older than the report period. */
export const STALE_MARK: Msg = { vi: ' – cũ', en: ' – stale' };

/** After an expected value that is a projection of past periods, not a point on the plan's path. */
export const PROJECTED_MARK: Msg = { vi: ' (dự báo)', en: ' (projected)' };

/** Group titles of items that name no area or no phase. */
export const NO_GROUP: Record<'area' | 'phase', Msg> = {
  area: { vi: 'Không thuộc lĩnh vực cụ thể', en: 'Not tied to one area' },
  phase: { vi: 'Không thuộc giai đoạn', en: 'No phase' },
};

/** "Đơn vị Xã A · " before a group title (or an owner) when the report covers several reporting units. */
export const unitPrefix = (unit: string, lang: Lang): string =>
  lang === 'vi' ? `Đơn vị ${unit} · ` : `Unit ${unit} · `;

/**
 * A sub-target's title under its parent: "– trong đó: …". Plans often write "Trong đó …" themselves
 * (`planTitle`, as the plan has it); then it is not said twice.
 */
export function subTargetTitle(planTitle: string, shown: string, lang: Lang): string {
  if (/^trong đó/i.test(planTitle)) return `– ${shown}`;
  return `– ${lang === 'vi' ? 'trong đó' : 'of which'}: ${shown}`;
}

/** "[Phấn đấu]": an aspiration is marked wherever its title is shown, so nobody reads it as binding. */
export const ASPIRATION_MARK: Msg = { vi: '[Phấn đấu]', en: '[Aspiration]' };

/** A Vietnamese title that already says "Phấn đấu …" needs no mark. */
export const saysAspiration = (title: string, lang: Lang): boolean =>
  lang === 'vi' && /^phấn đấu/i.test(title);

/** "Kế hoạch: <title> (<id>, sửa đổi lần 2)": the first line above every view. */
export const planLine = (title: string, idAndRevision: string, lang: Lang): string =>
  `${lang === 'vi' ? 'Kế hoạch' : 'Plan'}: ${title} (${idAndRevision})`;

/** "Kỳ báo cáo: Quý III/2026 (số liệu từ … đến …); đánh giá đến ngày 14/09/2026". */
export const periodLine = (periodWithWindow: string, asOf: string, lang: Lang): string =>
  lang === 'vi'
    ? `Kỳ báo cáo: ${periodWithWindow}; đánh giá đến ngày ${asOf}`
    : `Reporting period: ${periodWithWindow}; evaluated as of ${asOf}`;

/** What each filter selects, before its id: "chủ trì VP", "lĩnh vực the-che". */
export const FILTER_WORDS: Record<'owner' | 'phase' | 'area' | 'unit', Msg> = {
  owner: { vi: 'chủ trì', en: 'owner' },
  phase: { vi: 'giai đoạn', en: 'phase' },
  area: { vi: 'lĩnh vực', en: 'area' },
  unit: { vi: 'đơn vị báo cáo', en: 'reporting unit' },
};

/** "Lọc: chủ trì VP, lĩnh vực the-che". */
export const filterLine = (selection: string[], lang: Lang): string =>
  `${lang === 'vi' ? 'Lọc' : 'Filter'}: ${selection.join(', ')}`;

/** "Chỉ tiêu (19): Đạt 3 · Đúng tiến độ 5 · …": the counts come worded, zeros included. */
export const summaryCounts = (
  what: 'targets' | 'tasks',
  total: number,
  parts: string[],
  lang: Lang,
): string => `${VIEW_HEADINGS[what][lang]} (${total}): ${parts.join(' · ')}`;

/** Under the list of tasks with no report: how to see each of them. */
export const ALL_TASKS_HINT: Msg = {
  vi: '(thêm --all-tasks để xem từng nhiệm vụ với thời gian và đơn vị chủ trì)',
  en: '(add --all-tasks to list each task with its timing and owner)',
};

/** "12/43 nhiệm vụ hoàn thành (27,91%)": `rate` already worded ("27,91%", or "—" for a tally of nothing). */
export const tallyWords = (done: number, total: number, rate: string, lang: Lang): string =>
  lang === 'vi' ? `${done}/${total} nhiệm vụ hoàn thành (${rate})` : `${done}/${total} tasks done (${rate})`;

/**
 * The completion headline over every task of the report (what CCHC reports write), then over the tasks due
 * by the as-of date, each with its denominator named. The tallies come worded (tallyWords).
 */
export const completionWords = (all: string, due: string, asOf: string, lang: Lang): string =>
  lang === 'vi'
    ? `Tỷ lệ hoàn thành: ${all} trên tổng số nhiệm vụ; ${due} trên số nhiệm vụ đến hạn đến ngày ${asOf}`
    : `Completion: ${all} of all tasks; ${due} of the tasks due by ${asOf}`;

/** What to say when the report has no targets: a plan of tasks only is not "nothing matches the filters". */
export const NO_TARGETS: Record<'tasksOnly' | 'filtered', Msg> = {
  tasksOnly: {
    vi: 'Kế hoạch không có chỉ tiêu định lượng; kết quả đánh giá các nhiệm vụ ở dưới.',
    en: 'The plan has no quantitative targets; the tasks are evaluated below.',
  },
  filtered: { vi: 'Không có chỉ tiêu nào khớp bộ lọc.', en: 'No target matches the filters.' },
};
