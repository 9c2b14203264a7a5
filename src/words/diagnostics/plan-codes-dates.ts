import type { CatalogEntry } from './entry.js';

/** A deadline written in no form the tool reads: the message and the forms it does read. */
const UNPARSED = {
  unparsed: { vi: 'Không hiểu thời hạn "{text}".', en: 'Cannot read the deadline "{text}".' },
  unparsedHint: {
    vi: 'Viết theo một trong các dạng: 2026-06-30, "30/06/2026", "Quý II/2026", "Tháng 6/2026", "Năm 2027", "Trước ngày 15/12/2026", "Giai đoạn 2026-2027", "Thường xuyên", "Hằng năm", "Hằng quý".',
    en: 'Write it in one of these forms: 2026-06-30, "30/06/2026", "Quý II/2026", "Tháng 6/2026", "Năm 2027", "Trước ngày 15/12/2026", "Giai đoạn 2026-2027", "Thường xuyên", "Hằng năm", "Hằng quý".',
  },
};

/** Plan codes: dates, deadlines and owners. */
export const PLAN_DATE_CODES = {
  'invalid-date': {
    severity: 'error',
    title: { vi: 'Ngày không hợp lệ', en: 'An invalid date' },
    when: 'a YYYY-MM-DD date that is not on the calendar (2027-02-30)',
    hint: { vi: 'Hãy kiểm tra ngày và tháng (YYYY-MM-DD).', en: 'Check the day and month (YYYY-MM-DD).' },
    messages: {
      notOnCalendar: { vi: 'Ngày "{date}" không có trên lịch.', en: '"{date}" is not a calendar date.' },
    },
  },
  'date-range-reversed': {
    severity: 'error',
    title: { vi: 'Ngày bắt đầu sau ngày kết thúc', en: 'A start date after the end date' },
    when: 'a period or phase ends before it starts',
    messages: {
      reversed: {
        vi: 'Ngày kết thúc {end} đứng trước ngày bắt đầu {start}.',
        en: 'The end date {end} is before the start date {start}.',
      },
    },
  },
  'phase-outside-plan': {
    severity: 'error',
    title: { vi: 'Giai đoạn nằm ngoài thời gian của kế hoạch', en: 'A phase outside the plan period' },
    when: 'a phase goes beyond the plan period',
    messages: {
      outside: {
        vi: 'Giai đoạn "{phase}" ({start} – {end}) vượt ra ngoài thời kỳ của kế hoạch ({planStart} – {planEnd}).',
        en: 'Phase "{phase}" ({start} – {end}) goes beyond the plan period ({planStart} – {planEnd}).',
      },
    },
  },
  'deadline-outside-plan': {
    severity: 'error',
    title: { vi: 'Thời hạn nằm ngoài thời gian của kế hoạch', en: 'A deadline outside the plan period' },
    when: 'a target or task deadline is outside the plan period',
    messages: {
      outside: {
        vi: 'Thời hạn "{label}" ({due}) nằm ngoài thời kỳ của kế hoạch ({planStart} – {planEnd}).',
        en: 'The deadline "{label}" ({due}) is outside the plan period ({planStart} – {planEnd}).',
      },
    },
  },
  'deadline-outside-phase': {
    severity: 'error',
    title: { vi: 'Thời hạn nằm ngoài giai đoạn của chỉ tiêu', en: 'A deadline outside its phase' },
    when: "a target's explicit deadline is outside its phase",
    hint: {
      vi: 'Sửa thời hạn, hoặc chuyển chỉ tiêu sang giai đoạn đúng.',
      en: 'Fix the deadline or move the target to the right phase.',
    },
    messages: {
      outside: {
        vi: 'Thời hạn "{label}" ({due}) nằm ngoài giai đoạn "{phase}" ({start} – {end}) của chỉ tiêu "{target}".',
        en: 'The deadline "{label}" ({due}) is outside phase "{phase}" ({start} – {end}) of target "{target}".',
      },
    },
  },
  'bad-target-deadline': {
    severity: 'error',
    title: { vi: 'Không hiểu thời hạn của chỉ tiêu', en: 'A target deadline that cannot be read' },
    when: 'a target deadline that cannot be read, or is a recurrence',
    messages: {
      ...UNPARSED,
      recurring: {
        vi: '"{text}" là lịch lặp lại, không phải thời hạn của một chỉ tiêu.',
        en: '"{text}" is a recurrence, not a deadline for a target.',
      },
      recurringHint: {
        vi: 'Ghi một ngày (31/12/2027) hoặc một kỳ (Năm 2027).',
        en: 'Give a date (31/12/2027) or a period (Năm 2027).',
      },
    },
  },
  'missing-deadline': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu không có thời hạn', en: 'A target without a deadline' },
    when: 'a target with neither `deadline` nor `phase`',
    messages: {
      missing: {
        vi: 'Chỉ tiêu không có thời hạn: hãy ghi "phase" hoặc "deadline".',
        en: 'The target has no deadline: add "phase" or "deadline".',
      },
    },
  },
  'bad-task-deadline': {
    severity: 'error',
    title: { vi: 'Không hiểu thời hạn của nhiệm vụ', en: 'A task deadline that cannot be read' },
    when: 'a task deadline that cannot be read',
    messages: UNPARSED,
  },
  'missing-task-deadline': {
    severity: 'error',
    title: { vi: 'Nhiệm vụ không có thời hạn', en: 'A task without a deadline' },
    when: 'a task with neither `deadline` nor `area`',
    hint: { vi: 'Thêm "deadline: …" hoặc "area: …".', en: 'Add "deadline: …" or "area: …".' },
    messages: {
      missing: {
        vi: 'Nhiệm vụ "{task}" không có thời hạn (deadline) và không thuộc lĩnh vực (area) nào để lấy thời gian thực hiện.',
        en: 'Task "{task}" has no deadline and no area to take its timing from.',
      },
    },
  },
  'bad-area-timing': {
    severity: 'error',
    title: { vi: 'Không hiểu thời gian thực hiện của lĩnh vực', en: 'An area timing that cannot be read' },
    when: "an area's `timing` cannot be read",
    messages: UNPARSED,
  },
  'missing-owner': {
    severity: 'error',
    title: { vi: 'Thiếu đơn vị chủ trì', en: 'No owner unit' },
    when: 'a target or task with neither `owner` nor `area`',
    messages: {
      target: {
        vi: 'Chỉ tiêu "{id}" không có đơn vị chủ trì: ghi "owner: <mã đơn vị>" hoặc "area: <mã lĩnh vực>" để lấy đơn vị chủ trì của lĩnh vực.',
        en: 'Target "{id}" has no owner: add "owner: <unit id>" or "area: <area id>" to take the area\'s lead.',
      },
      task: {
        vi: 'Nhiệm vụ "{id}" không có đơn vị chủ trì: ghi "owner: <mã đơn vị>" hoặc "area: <mã lĩnh vực>".',
        en: 'Task "{id}" has no owner: add "owner: <unit id>" or "area: <area id>".',
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
