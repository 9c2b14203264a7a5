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

/** One-letter status codes for the rollup matrix (units × targets); the legend spells them out. */
export const STATUS_LETTERS: Record<Status, Record<Lang, string>> = {
  met: { vi: 'Đ', en: 'M' },
  'on-track': { vi: 'T', en: 'T' },
  'at-risk': { vi: 'N', en: 'R' },
  missed: { vi: 'K', en: 'X' },
  'no-data': { vi: '·', en: '·' },
};

/** Status counts in running text about units: "2 không đạt", "3 có nguy cơ". */
export const STATUS_COUNT_WORDS: Record<Status, Record<Lang, string>> = {
  met: { vi: 'đạt', en: 'met' },
  'on-track': { vi: 'đúng tiến độ', en: 'on track' },
  'at-risk': { vi: 'có nguy cơ không đạt', en: 'at risk' },
  missed: { vi: 'không đạt', en: 'missed' },
  'no-data': { vi: 'chưa có số liệu', en: 'no data' },
};

/** The rule for units without data in a target over units, as said in reasons and headers. */
export const NO_DATA_RULE_WORDS: Record<'exclude' | 'count-against', Record<Lang, string>> = {
  exclude: {
    vi: 'đơn vị chưa có số liệu không tính vào mẫu số',
    en: 'units without data are left out of the denominator',
  },
  'count-against': {
    vi: 'đơn vị chưa có số liệu tính là chưa đạt',
    en: 'units without data count as not meeting it',
  },
};

/** Headings and fixed phrases of the rollup views (terminal, Markdown, Excel). */
export const ROLLUP_LABELS = {
  title: { vi: 'Tổng hợp kết quả theo đơn vị', en: 'Results by reporting unit' },
  matrix: { vi: 'Ma trận kết quả (đơn vị × chỉ tiêu)', en: 'Results matrix (units × targets)' },
  legend: { vi: 'Chú thích', en: 'Legend' },
  columns: { vi: 'Cột chỉ tiêu', en: 'Target columns' },
  targets: { vi: 'Kết quả từng chỉ tiêu', en: 'Per target' },
  ranking: { vi: 'Xếp hạng đơn vị', en: 'Ranking of units' },
  rank: { vi: 'Hạng', en: 'Rank' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  unitCount: { vi: 'Số đơn vị', en: 'Units' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  met: { vi: 'Đạt', en: 'Met' },
  share: { vi: 'Tỷ lệ đạt', en: 'Share met' },
  overUnits: { vi: 'Chỉ tiêu theo số đơn vị', en: 'Target over units' },
  noDataUnits: { vi: 'Đơn vị chưa có số liệu', en: 'Units without any data' },
  none: { vi: 'Không có.', en: 'None.' },
  unitsFromPlan: { vi: 'danh sách đơn vị của kế hoạch', en: "the plan's list of units" },
  unitsFromData: {
    vi: 'lấy từ số liệu; kế hoạch không khai báo danh sách đơn vị',
    en: 'taken from the data; the plan declares no list of units',
  },
  group: { vi: 'nhóm', en: 'group' },
  lagging: { vi: 'Đơn vị chưa đạt', en: 'Units not meeting it' },
  value: { vi: 'Kết quả', en: 'Result' },
  threshold: { vi: 'Ngưỡng', en: 'Threshold' },
  period: { vi: 'Kỳ số liệu', en: 'Data period' },
  reason: { vi: 'Lý do', en: 'Reason' },
  status: { vi: 'Đánh giá', en: 'Assessment' },
  stt: { vi: 'STT', en: 'No.' },
  sheetMatrix: { vi: 'Tổng hợp', en: 'Summary' },
  sheetRanking: { vi: 'Xếp hạng', en: 'Ranking' },
  sheetTarget: { vi: 'CT', en: 'T' },
  sheetUnit: { vi: 'Kết quả', en: 'Results' },
  xlsxTitle: {
    vi: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH THEO ĐƠN VỊ',
    en: 'ADMINISTRATIVE REFORM TARGETS: RESULTS BY REPORTING UNIT',
  },
  xlsxRanking: {
    vi: 'XẾP HẠNG ĐƠN VỊ THEO TỶ LỆ CHỈ TIÊU ĐẠT',
    en: 'RANKING OF UNITS BY SHARE OF TARGETS MET',
  },
  xlsxLagging: { vi: 'CÁC ĐƠN VỊ CHƯA ĐẠT CHỈ TIÊU', en: 'UNITS NOT MEETING THE TARGET' },
  xlsxUnit: {
    vi: 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH',
    en: 'ADMINISTRATIVE REFORM TARGETS: RESULTS',
  },
  unitsMet: { vi: 'Số đơn vị đạt', en: 'Units meeting it' },
  targetsCount: { vi: 'Số chỉ tiêu', en: 'Targets' },
  planValue: { vi: 'Chỉ tiêu kế hoạch', en: 'Plan target' },
  allMet: { vi: 'Mọi đơn vị đều đạt.', en: 'Every unit meets it.' },
  rankOf: { vi: 'Xếp hạng', en: 'Rank' },
} as const satisfies Record<string, Record<Lang, string>>;
