/** A small plan built in code, so the data tests do not depend on any plan fixture. */
import type { Indicator, IndicatorKind, Plan, Task } from '../../src/model/plan.js';

/** Names as the seed plan writes them (rows with a name column are checked against them). */
const NAMES: Record<string, string> = {
  'dvc-truc-tuyen-toan-trinh':
    'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình',
  'ket-qua-dien-tu': 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử',
  'thanh-toan-truc-tuyen': 'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia',
  'tai-su-dung-du-lieu':
    'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa trong giải quyết thủ tục hành chính, dịch vụ công',
  'hai-long-tthc':
    'Mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận và giải quyết thủ tục hành chính',
  'hai-long-dvc-truc-tuyen': 'Tỷ lệ người dân, doanh nghiệp hài lòng khi sử dụng dịch vụ công trực tuyến',
  'quan-tri-du-lieu': 'Mức độ trưởng thành về quản trị dữ liệu',
  'thu-hang-cchc': 'Thứ hạng Chỉ số cải cách hành chính của xã',
  'sap-xep-don-vi-su-nghiep':
    'Hoàn thành sắp xếp đơn vị sự nghiệp công lập, trường học, cơ sở y tế và doanh nghiệp nhà nước',
  'to-chuc-bo-may': 'Kiện toàn tổ chức và hoạt động của bộ máy hành chính',
  'so-ho-so': 'Số hồ sơ tiếp nhận',
};
const ind = (code: string, kind: IndicatorKind, unit = '%'): Indicator => ({
  code,
  name: NAMES[code] ?? code,
  kind,
  unit,
});
const task = (id: string): Task => ({
  id,
  content: id,
  owner: 'vhxh',
  partners: [],
  schedule: { kind: 'recurring', every: 'period', label: 'Thường xuyên' },
});

export const testPlan: Plan = {
  schemaVersion: 1,
  id: 'test-plan',
  title: 'Test plan',
  issuer: { name: 'UBND xã Phú Trung' },
  basis: [],
  revision: { number: 1 },
  period: { start: '2026-01-01', end: '2030-12-31' },
  reporting: { convention: 'cchc', timezone: 'Asia/Ho_Chi_Minh' },
  units: [{ id: 'vhxh', name: 'Phòng Văn hóa - Xã hội' }],
  phases: [],
  areas: [],
  indicators: [
    ind('dvc-truc-tuyen-toan-trinh', 'percentage'),
    ind('ket-qua-dien-tu', 'percentage'),
    ind('thanh-toan-truc-tuyen', 'percentage'),
    ind('tai-su-dung-du-lieu', 'percentage'),
    ind('hai-long-tthc', 'percentage'),
    ind('hai-long-dvc-truc-tuyen', 'percentage'),
    ind('quan-tri-du-lieu', 'level', 'cấp độ'),
    ind('thu-hang-cchc', 'rank', 'hạng'),
    ind('sap-xep-don-vi-su-nghiep', 'milestone', ''),
    ind('to-chuc-bo-may', 'qualitative', ''),
    ind('so-ho-so', 'count', 'hồ sơ'),
  ],
  targets: [],
  tasks: [task('the-che-1'), task('thu-tuc-hanh-chinh-2'), task('hang-nam-boi-duong')],
  positions: {},
};

/**
 * The same plan issued by a province, with two communes declared as reporting units: rows of either are
 * theirs (observation unit = the unit's id), rows of anyone else are an error.
 */
export const unitsPlan: Plan = {
  ...testPlan,
  issuer: { name: 'UBND tỉnh Thử' },
  reportingUnits: {
    groups: [{ id: 'khoi-xa', name: 'Khối xã' }],
    list: [
      { id: 'xa-phu-trung', name: 'Xã Phú Trung', group: 'khoi-xa' },
      { id: 'xa-phu-ly', name: 'Xã Phú Lý', aliases: ['UBND xã Phú Lý'], group: 'khoi-xa' },
    ],
  },
};
