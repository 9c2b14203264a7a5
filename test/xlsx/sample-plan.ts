import type { Plan } from '../../src/model/plan.js';

/** A small plan covering every indicator kind, two targets for one indicator, and two tasks. */
export function samplePlan(): Plan {
  const owner = 'ttphvhcc';
  const base = {
    owner,
    partners: [],
    deadlineLabel: 'Giai đoạn 2026-2027',
    deadline: '2027-12-31',
    phase: 'gd-2026-2027',
  };
  return {
    schemaVersion: 1,
    id: 'mau-2026',
    title: 'Kế hoạch CCHC mẫu',
    issuer: { name: 'Ủy ban nhân dân xã Phú Trung', place: 'Phú Trung' },
    basis: [],
    revision: { number: 2 },
    period: { start: '2026-01-01', end: '2030-12-31' },
    reporting: { convention: 'cchc', timezone: 'Asia/Ho_Chi_Minh' },
    units: [
      { id: 'ttphvhcc', name: 'Trung tâm Phục vụ Hành chính công' },
      { id: 'vhxh', name: 'Phòng Văn hóa - Xã hội' },
    ],
    phases: [
      { id: 'gd-2026-2027', name: 'Giai đoạn 2026-2027', start: '2026-01-01', end: '2027-12-31' },
      { id: 'gd-2028-2030', name: 'Giai đoạn 2028-2030', start: '2028-01-01', end: '2030-12-31' },
    ],
    areas: [],
    indicators: [
      { code: 'thanh-toan-truc-tuyen', name: 'Tỷ lệ thanh toán trực tuyến', kind: 'percentage', unit: '%' },
      { code: 'quan-tri-du-lieu', name: 'Mức độ quản trị dữ liệu', kind: 'level', unit: 'cấp độ' },
      { code: 'thu-hang-cchc', name: 'Thứ hạng CCHC', kind: 'rank', unit: 'hạng' },
      { code: 'sap-xep-don-vi-su-nghiep', name: 'Sắp xếp đơn vị sự nghiệp', kind: 'milestone', unit: '' },
      { code: 'doi-ngu-can-bo', name: '=Đội ngũ cán bộ chuyên nghiệp', kind: 'qualitative', unit: '' },
      { code: 'so-ho-so', name: 'Số hồ sơ tiếp nhận', kind: 'count', unit: 'hồ sơ' },
    ],
    targets: [
      {
        ...base,
        id: 'thanh-toan-truc-tuyen',
        title: '≥80% thanh toán trực tuyến',
        indicator: 'thanh-toan-truc-tuyen',
        comparator: '>=',
        value: 80,
      },
      {
        ...base,
        id: 'quan-tri-du-lieu-2027',
        title: 'Cấp độ 3',
        indicator: 'quan-tri-du-lieu',
        comparator: '>=',
        value: 3,
      },
      {
        ...base,
        id: 'quan-tri-du-lieu-2030',
        title: 'Cấp độ 4',
        indicator: 'quan-tri-du-lieu',
        comparator: '>=',
        value: 4,
        phase: 'gd-2028-2030',
        deadline: '2030-12-31',
        deadlineLabel: 'Giai đoạn 2028-2030',
      },
      {
        ...base,
        id: 'thu-hang-cchc',
        title: 'Duy trì thứ hạng',
        indicator: 'thu-hang-cchc',
        comparator: 'maintain-or-improve',
      },
      {
        ...base,
        id: 'sap-xep-don-vi-su-nghiep',
        title: 'Hoàn thành sắp xếp',
        indicator: 'sap-xep-don-vi-su-nghiep',
      },
      { ...base, id: 'doi-ngu-can-bo', title: 'Đội ngũ chuyên nghiệp', indicator: 'doi-ngu-can-bo' },
    ],
    tasks: [
      {
        id: 'the-che-1',
        content: 'Rà soát văn bản',
        owner: 'vhxh',
        partners: [],
        schedule: { kind: 'recurring', every: 'period', label: 'Thường xuyên' },
      },
      {
        id: 'hang-nam-danh-gia',
        content: 'Đánh giá kết quả CCHC',
        owner: 'vhxh',
        partners: [],
        schedule: { kind: 'recurring', every: 'year', label: 'Hằng năm' },
      },
    ],
    positions: {},
  };
}
