import type { Lang } from '../model/diagnostic.js';
import type { IndicatorKind } from '../model/plan.js';
import type { Status, TaskStatus } from '../model/report.js';

/** Status words as officials write them in "Đánh giá" — never a colour or icon alone. */
export const STATUS_LABELS: Record<Status, Record<Lang, string>> = {
  met: { vi: 'Đạt', en: 'Met' },
  'on-track': { vi: 'Đúng tiến độ', en: 'On track' },
  'at-risk': { vi: 'Có nguy cơ không đạt', en: 'At risk' },
  missed: { vi: 'Không đạt', en: 'Missed' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data' },
};

export const TASK_STATUS_LABELS: Record<TaskStatus, Record<Lang, string>> = {
  done: { vi: 'Hoàn thành', en: 'Done' },
  'on-track': { vi: 'Đang thực hiện', en: 'In progress' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'no-data': { vi: 'Chưa có báo cáo', en: 'No report' },
};

export const KIND_LABELS: Record<IndicatorKind, Record<Lang, string>> = {
  percentage: { vi: 'Tỷ lệ (%)', en: 'Percentage' },
  count: { vi: 'Số lượng', en: 'Count' },
  level: { vi: 'Cấp độ', en: 'Level' },
  rank: { vi: 'Thứ hạng', en: 'Rank' },
  score: { vi: 'Điểm', en: 'Score' },
  milestone: { vi: 'Mốc hoàn thành', en: 'Milestone' },
  qualitative: { vi: 'Định tính', en: 'Qualitative' },
};

export const ASSESSMENT_LABELS = {
  achieved: { vi: 'Đạt', en: 'Achieved' },
  'not-achieved': { vi: 'Không đạt', en: 'Not achieved' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  'not-started': { vi: 'Chưa thực hiện', en: 'Not started' },
} as const satisfies Record<string, Record<Lang, string>>;
