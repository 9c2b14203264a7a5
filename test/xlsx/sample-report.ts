import { taskCompletion } from '../../src/evaluate/task-completion.js';
import { msg } from '../../src/model/diagnostic.js';
import type { Period } from '../../src/model/period.js';
import type { RunReport, TargetEvaluation, TaskEvaluation } from '../../src/model/report.js';

/** A hand-built run report for the Excel views: every status, every kind, a sub-target, hostile text. */
const q3: Period = {
  id: '2026-Q3',
  kind: 'quarter',
  year: 2026,
  index: 3,
  start: '2026-06-15',
  end: '2026-09-14',
  convention: 'cchc',
};

const src = (row: number) => ({ file: 'data/q3.xlsx', sheet: 'Chỉ tiêu', row, col: 'F' });

const target = (
  t: Partial<TargetEvaluation> & Pick<TargetEvaluation, 'id' | 'title' | 'status'>,
): TargetEvaluation => ({
  indicator: t.id,
  kind: 'percentage',
  unit: '%',
  owner: 'ttphvhcc',
  partners: ['cac-don-vi'],
  deadline: '2027-12-31',
  deadlineLabel: 'Giai đoạn 2026-2027',
  comparator: '>=',
  targetValue: 100,
  actual: null,
  expected: null,
  method: 'direct',
  stale: false,
  // The views read `reason`; facts only have to be well-formed here.
  facts: {
    rule: 'no-data',
    asOf: '2026-09-14',
    deadline: t.deadline ?? '2027-12-31',
    window: q3,
    flags: { stale: false, deadlinePassed: false, zeroDenominator: [], notCounted: [] },
    reference: null,
  },
  reason: msg(`Lý do ${t.id}`, `Reason ${t.id}`),
  phase: 'gd-2026-2027',
  ...t,
});

const task = (
  t: Partial<TaskEvaluation> & Pick<TaskEvaluation, 'id' | 'content' | 'status'>,
): TaskEvaluation => ({
  owner: 'vhxh',
  partners: ['cac-don-vi'],
  scheduleLabel: 'Hằng năm',
  latest: null,
  facts: { rule: 'once', due: t.due ?? '2026-12-14', duePassed: false, report: null, doneLate: false },
  reason: msg(`Lý do ${t.id}`, `Reason ${t.id}`),
  ...t,
});

const actual = (value: number | null, row: number, extra = {}) => ({
  value,
  period: q3,
  source: src(row),
  ...extra,
});

export function sampleReport(): RunReport {
  const targets: TargetEvaluation[] = [
    target({
      id: 'dvc-truc-tuyen-toan-trinh',
      title: '100% TTHC đủ điều kiện cung cấp DVC trực tuyến toàn trình',
      area: 'thu-tuc-hanh-chinh',
      status: 'at-risk',
      actual: actual(48.6, 5),
    }),
    target({
      id: 'hai-long-tthc',
      title: 'Mức độ hài lòng trong giải quyết TTHC đạt tối thiểu 95%',
      area: 'thu-tuc-hanh-chinh',
      targetValue: 95,
      status: 'met',
      actual: actual(96.25, 6),
    }),
    target({
      id: 'hai-long-tthc-dat-dai-xay-dung-dau-tu',
      title: 'lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 90%',
      area: 'thu-tuc-hanh-chinh',
      parent: 'hai-long-tthc',
      targetValue: 90,
      status: 'missed',
      actual: actual(85, 7),
    }),
    target({
      id: 'to-chuc-bo-may',
      title: 'Kiện toàn tổ chức bộ máy',
      kind: 'qualitative',
      unit: '',
      comparator: undefined,
      targetValue: undefined,
      area: 'bo-may',
      owner: 'vhxh',
      status: 'on-track',
      method: 'assessment',
      actual: actual(null, 8, { assessment: 'in-progress' }),
    }),
    target({
      id: 'quan-tri-du-lieu-2027',
      indicator: 'quan-tri-du-lieu',
      title: 'Quản trị dữ liệu đạt cấp độ 3',
      kind: 'level',
      unit: 'cấp độ',
      targetValue: 3,
      area: 'chinh-quyen-so',
      status: 'no-data',
      method: 'none',
      reason: msg('=HYPERLINK("http://x","bấm")', '=HYPERLINK("http://x","click")'),
    }),
    target({
      id: 'thanh-toan-truc-tuyen',
      title: 'Tỷ lệ thanh toán trực tuyến đạt tối thiểu 80%',
      area: 'chinh-quyen-so',
      targetValue: 80,
      status: 'no-data',
      actual: actual(null, 9, { numerator: 0, denominator: 0 }),
    }),
    target({
      id: 'thu-hang-cchc',
      title: 'Duy trì và nâng cao thứ hạng CCHC',
      kind: 'rank',
      unit: 'hạng',
      comparator: 'maintain-or-improve',
      targetValue: 12,
      owner: 'vhxh',
      deadline: '2030-12-31',
      status: 'met',
      actual: actual(10, 10),
    }),
  ];
  const tasks: TaskEvaluation[] = [
    task({
      id: 'the-che-1',
      content: 'Rà soát văn bản quy phạm pháp luật',
      area: 'the-che',
      owner: 'vp-hdnd-ubnd',
      status: 'done',
      latest: { status: 'done', period: q3, source: src(20) },
    }),
    task({
      id: 'hang-nam-ke-hoach-cchc',
      content: '+Ban hành kế hoạch CCHC hằng năm',
      status: 'overdue',
      due: '2026-01-31',
    }),
    task({ id: 'hang-nam-danh-gia', content: 'Đánh giá kết quả CCHC', status: 'no-data' }),
  ];
  return {
    tool: { name: 'cchc', version: '0.1.0' },
    plan: {
      id: 'phu-trung-2026-2030',
      title: 'Kế hoạch cải cách hành chính trọng tâm giai đoạn 2026-2030',
      revision: 1,
      file: 'plans/phu-trung-2026-2030.yaml',
      sha256: 'a'.repeat(64),
      issuer: 'Ủy ban nhân dân xã Phú Trung',
      place: 'Phú Trung',
    },
    asOf: '2026-09-14',
    period: q3,
    convention: 'cchc',
    filters: {},
    inputs: [
      { file: 'data/q3.xlsx', sha256: 'b'.repeat(64), format: 'xlsx', sheets: ['Chỉ tiêu'], rows: 12 },
    ],
    summary: {
      targets: { met: 2, 'on-track': 1, 'at-risk': 1, missed: 1, 'no-data': 2 },
      tasks: { done: 1, 'on-track': 0, overdue: 1, 'no-data': 1 },
      taskCompletion: taskCompletion(tasks, '2026-09-14'),
    },
    targets,
    tasks,
    observations: [
      {
        indicator: 'dvc-truc-tuyen-toan-trinh',
        period: q3,
        value: 48.6,
        numerator: 17,
        denominator: 35,
        raw: '48,6%',
        source: src(5),
        evidence: '=cmd|calc',
      },
      {
        indicator: 'thanh-toan-truc-tuyen',
        period: q3,
        value: null,
        numerator: 0,
        denominator: 0,
        raw: '',
        source: src(9),
        note: '@SUM(1)',
      },
      { indicator: 'thu-hang-cchc', period: q3, value: 10, raw: '10', source: src(10) },
    ],
    diagnostics: [],
    names: {
      units: {
        'vp-hdnd-ubnd': 'Văn phòng HĐND và UBND',
        vhxh: 'Phòng Văn hóa - Xã hội',
        'kinh-te': 'Phòng Kinh tế',
        ttphvhcc: 'Trung tâm Phục vụ Hành chính công',
        'cac-don-vi': 'Các phòng, cơ quan, đơn vị',
      },
      areas: {
        'the-che': { name: 'Cải cách thể chế', code: 'II.1' },
        'thu-tuc-hanh-chinh': { name: 'Cải cách thủ tục hành chính', code: 'II.2' },
        'bo-may': { name: 'Cải cách tổ chức bộ máy', code: 'II.3' },
        'chinh-quyen-so': { name: 'Xây dựng chính quyền điện tử, chính quyền số', code: 'II.6' },
      },
      phases: { 'gd-2026-2027': 'Giai đoạn 2026-2027', 'gd-2028-2030': 'Giai đoạn 2028-2030' },
    },
  };
}
