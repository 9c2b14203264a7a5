import type { Lang } from '../model/diagnostic.js';

/**
 * The words of the short notes a person writes in "Ghi chú" and in the terminal's digest ("Chậm 4,0 điểm % so
 * với lộ trình; cần 100% vào 31/12/2027"). Sentence-case, no arrows, no rule names: the arithmetic is on the
 * explanation sheet and in `cchc check`'s reasons.
 */
export const NOTE_WORDS = {
  behind: (gap: string, lang: Lang) =>
    lang === 'vi' ? `Chậm ${gap} so với lộ trình` : `${gap} behind the path`,
  ahead: (gap: string, lang: Lang) => (lang === 'vi' ? `Vượt lộ trình ${gap}` : `${gap} ahead of the path`),
  onPath: (lang: Lang) => (lang === 'vi' ? 'Đúng lộ trình' : 'On the path'),
  projected: (lang: Lang) => (lang === 'vi' ? 'theo xu hướng các kỳ' : 'on the trend of past periods'),
  withinTolerance: (lang: Lang) => (lang === 'vi' ? 'trong mức dung sai' : 'within the tolerance'),
  needs: (value: string, date: string, lang: Lang) =>
    lang === 'vi' ? `cần ${value} vào ${date}` : `needs ${value} by ${date}`,
  metEarly: (date: string, lang: Lang) =>
    lang === 'vi' ? `Đã đạt, trước hạn ${date}` : `Reached, ahead of the deadline ${date}`,
  metAtDeadline: (date: string, lang: Lang) =>
    lang === 'vi' ? `Đạt tại hạn ${date}` : `Reached by the deadline ${date}`,
  missedAtDeadline: (date: string, got: string, lang: Lang) =>
    lang === 'vi' ? `Hết hạn ${date}, mới đạt ${got}` : `Deadline ${date} passed at ${got}`,
  phaseNotBegun: (phase: string, lang: Lang) =>
    lang === 'vi' ? `${phase} chưa bắt đầu` : `${phase} has not begun`,
  oneFigure: (lang: Lang) =>
    lang === 'vi' ? 'Mới có một kỳ số liệu, chưa tính được lộ trình' : 'Only one figure so far: no path yet',
  littleTime: (lang: Lang) =>
    lang === 'vi' ? 'Còn dưới một nửa thời gian, chưa đạt' : 'Less than half the time left, not reached',
  due: (date: string, lang: Lang) => (lang === 'vi' ? `hạn ${date}` : `due ${date}`),
  notStarted: (lang: Lang) => (lang === 'vi' ? 'Chưa thực hiện' : 'Not started'),
  inProgress: (lang: Lang) => (lang === 'vi' ? 'Đang thực hiện' : 'In progress'),
  rankKept: (got: string, ref: string, lang: Lang) =>
    lang === 'vi' ? `${got}, không kém ${ref}` : `${got}, no worse than ${ref}`,
  rankLost: (got: string, ref: string, lang: Lang) =>
    lang === 'vi' ? `${got}, kém hơn ${ref}` : `${got}, worse than ${ref}`,
  noFigure: (lang: Lang) => (lang === 'vi' ? 'Đơn vị chưa báo cáo số liệu' : 'No figure reported yet'),
  zeroDenominator: (period: string, lang: Lang) =>
    lang === 'vi'
      ? `${period} không phát sinh hồ sơ (mẫu số bằng 0), không tính là 0%`
      : `${period}: nothing to count (zero denominator), not 0%`,
  noTargetValue: (lang: Lang) =>
    lang === 'vi' ? 'Kế hoạch chưa ghi giá trị chỉ tiêu' : 'The plan gives no target value',
  staleFigure: (period: string, lang: Lang) =>
    lang === 'vi' ? `chưa có số liệu ${period}` : `no figure for ${period} yet`,
  /** "điểm %" after a gap between percentages; other kinds use their own unit. */
  points: (lang: Lang) => (lang === 'vi' ? 'điểm %' : 'percentage points'),
  levels: (lang: Lang) => (lang === 'vi' ? 'cấp độ' : 'levels'),
  ranks: (lang: Lang) => (lang === 'vi' ? 'bậc' : 'places'),
} as const;

/** The words of the terminal's digest of what needs action, and of the short task notes. */
export const DIGEST_WORDS = {
  title: (lang: Lang) => (lang === 'vi' ? 'CẦN XỬ LÝ' : 'NEEDS ACTION'),
  nothing: (lang: Lang) =>
    lang === 'vi'
      ? 'CẦN XỬ LÝ: không có (không chỉ tiêu nào không đạt hay có nguy cơ không đạt, không nhiệm vụ nào quá hạn).'
      : 'NEEDS ACTION: nothing (no target missed or at risk, no task overdue).',
  target: (n: string, lang: Lang) => (lang === 'vi' ? `Chỉ tiêu ${n}` : `Target ${n}`),
  /** "Chỉ tiêu phấn đấu 7": an aspiration said in the label, where the title would need a bracketed mark. */
  aspiration: (n: string, lang: Lang) =>
    lang === 'vi' ? `Chỉ tiêu phấn đấu ${n}` : `Aspiration target ${n}`,
  /** "Chỉ tiêu 5.1 (thuộc chỉ tiêu 5)": a sub-target names its parent, so its title can stand alone. */
  partOf: (label: string, parent: string, lang: Lang) =>
    lang === 'vi' ? `${label} (thuộc chỉ tiêu ${parent})` : `${label} (part of target ${parent})`,
  /** The sub-target's own words without the plan's "Trong đó" (the label says whose part it is). */
  ownWords: (title: string) => {
    const rest = title.replace(/^trong đó\s*[:,–-]?\s*/iu, '');
    return rest === '' ? title : rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
  },
  task: (lang: Lang) => (lang === 'vi' ? 'Nhiệm vụ' : 'Task'),
  count: (n: number, what: 'missed' | 'at-risk' | 'overdue', lang: Lang) => {
    const vi = {
      missed: 'chỉ tiêu không đạt',
      'at-risk': 'chỉ tiêu có nguy cơ không đạt',
      overdue: 'nhiệm vụ quá hạn',
    };
    const en = { missed: 'missed', 'at-risk': 'at risk', overdue: 'overdue' };
    const noun = what === 'overdue' ? 'task' : 'target';
    return lang === 'vi' ? `${n} ${vi[what]}` : `${n} ${noun}${n === 1 ? '' : 's'} ${en[what]}`;
  },
  reported: (period: string, word: string, lang: Lang) =>
    lang === 'vi'
      ? `Báo cáo ${period}: ${word.toLocaleLowerCase('vi')}`
      : `Report for ${period}: ${word.toLowerCase()}`,
  recurring: (lang: Lang) => (lang === 'vi' ? 'nhiệm vụ báo cáo mỗi kỳ' : 'reported every period'),
  noReport: (lang: Lang) => (lang === 'vi' ? 'Chưa có báo cáo' : 'No report'),
  noReportShort: (lang: Lang) => (lang === 'vi' ? 'Chưa có báo cáo' : 'No report'),
  due: (date: string, lang: Lang) => (lang === 'vi' ? `hạn ${date}` : `due ${date}`),
} as const;
