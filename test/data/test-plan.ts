/** A small plan built in code, so the data tests do not depend on any plan fixture. */
import type { Indicator, IndicatorKind, Plan, Task } from '../../src/model/plan.js';

const ind = (code: string, kind: IndicatorKind, unit = '%'): Indicator => ({ code, name: code, kind, unit });
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
