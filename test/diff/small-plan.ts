import type { Plan } from '../../src/model/plan.js';

/** A small loaded plan to mutate in diff tests: one indicator of each measured shape, two targets, two tasks. */
export function smallPlan(): Plan {
  return {
    schemaVersion: 1,
    id: 'xa-thu',
    title: 'Kế hoạch thử',
    issuer: { name: 'UBND xã Thử' },
    basis: [],
    revision: { number: 1 },
    period: { start: '2026-01-01', end: '2030-12-31' },
    reporting: { convention: 'cchc', timezone: 'Asia/Ho_Chi_Minh' },
    units: [
      { id: 'vhxh', name: 'Phòng Văn hóa - Xã hội' },
      { id: 'kinh-te', name: 'Phòng Kinh tế' },
      { id: 'ttphvhcc', name: 'Trung tâm Phục vụ Hành chính công' },
    ],
    phases: [
      { id: 'gd-1', name: 'Giai đoạn 2026-2027', start: '2026-01-01', end: '2027-12-31' },
      { id: 'gd-2', name: 'Giai đoạn 2028-2030', start: '2028-01-01', end: '2030-12-31' },
    ],
    areas: [],
    indicators: [
      { code: 'hai-long', name: 'Tỷ lệ hài lòng', kind: 'percentage', unit: '%' },
      { code: 'thu-hang', name: 'Thứ hạng CCHC', kind: 'rank', unit: 'hạng' },
      { code: 'bo-may', name: 'Kiện toàn bộ máy', kind: 'qualitative', unit: '' },
    ],
    targets: [
      {
        id: 'hai-long',
        title: 'Mức độ hài lòng đạt tối thiểu 95%',
        indicator: 'hai-long',
        comparator: '>=',
        value: 95,
        phase: 'gd-1',
        deadline: '2027-12-31',
        deadlineLabel: 'Giai đoạn 2026-2027',
        owner: 'ttphvhcc',
        partners: ['vhxh', 'kinh-te'],
      },
      {
        id: 'thu-hang',
        title: 'Duy trì và nâng cao thứ hạng',
        indicator: 'thu-hang',
        comparator: 'maintain-or-improve',
        value: 10,
        phase: 'gd-2',
        deadline: '2030-12-31',
        deadlineLabel: 'Giai đoạn 2028-2030',
        owner: 'vhxh',
        partners: [],
      },
    ],
    tasks: [
      {
        id: 'ke-hoach',
        content: 'Xây dựng kế hoạch CCHC',
        owner: 'vhxh',
        partners: [],
        schedule: { kind: 'recurring', every: 'year', label: 'Hằng năm' },
      },
      {
        id: 'sap-xep',
        content: 'Hoàn thành sắp xếp',
        owner: 'vhxh',
        partners: ['kinh-te'],
        schedule: { kind: 'once', due: '2026-06-14', label: 'Quý II/2026' },
      },
    ],
    positions: {},
  };
}
