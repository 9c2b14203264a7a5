import type { CatalogEntry } from './entry.js';

/** Plan codes: ids and references. */
export const PLAN_REFERENCE_CODES = {
  'duplicate-id': {
    severity: 'error',
    title: { vi: 'Mã bị trùng', en: 'An id is used twice' },
    when: 'two units/phases/areas/indicators/targets/tasks share an id',
    messages: {
      usedOnLine: {
        vi: 'Mã {kind} "{id}" bị trùng: đã dùng ở dòng {line}. Mỗi {kind} phải có một mã riêng.',
        en: 'Duplicate {kind} id "{id}": already used on line {line}. Each {kind} needs its own id.',
      },
      twice: {
        vi: 'Mã {kind} "{id}" bị trùng. Mỗi {kind} phải có một mã riêng.',
        en: 'Duplicate {kind} id "{id}". Each {kind} needs its own id.',
      },
      alreadyAt: {
        vi: 'Mã {kind} "{id}" bị trùng. Mỗi {kind} phải có một mã riêng. (đã có ở {where})',
        en: 'Duplicate {kind} id "{id}". Each {kind} needs its own id. (already at {where})',
      },
    },
  },
  'unknown-unit': {
    severity: 'error',
    title: {
      vi: 'Tham chiếu tới đơn vị không có trong kế hoạch',
      en: 'Reference to a unit the plan does not define',
    },
    when: 'owner, partner or area lead is not a declared unit',
    hint: {
      vi: 'Mã phải trùng với một mã đã khai báo trong "units".',
      en: 'The id must match one declared under "units".',
    },
    messages: {
      unknown: {
        vi: 'Không tìm thấy đơn vị "{value}" trong kế hoạch.{didYouMean}',
        en: 'No unit "{value}" in this plan.{didYouMean}',
      },
    },
  },
  'unknown-indicator': {
    severity: 'error',
    title: {
      vi: 'Tham chiếu tới chỉ số không có trong kế hoạch',
      en: 'Reference to an indicator the plan does not define',
    },
    when: "a target's indicator is not declared",
    hint: {
      vi: 'Mã phải trùng với một mã đã khai báo trong "indicators".',
      en: 'The id must match one declared under "indicators".',
    },
    messages: {
      unknown: {
        vi: 'Không tìm thấy chỉ số "{value}" trong kế hoạch.{didYouMean}',
        en: 'No indicator "{value}" in this plan.{didYouMean}',
      },
    },
  },
  'unknown-phase': {
    severity: 'error',
    title: {
      vi: 'Tham chiếu tới giai đoạn không có trong kế hoạch',
      en: 'Reference to a phase the plan does not define',
    },
    when: "a target's phase is not declared",
    hint: {
      vi: 'Mã phải trùng với một mã đã khai báo trong "phases".',
      en: 'The id must match one declared under "phases".',
    },
    messages: {
      unknown: {
        vi: 'Không tìm thấy giai đoạn "{value}" trong kế hoạch.{didYouMean}',
        en: 'No phase "{value}" in this plan.{didYouMean}',
      },
    },
  },
  'unknown-area': {
    severity: 'error',
    title: {
      vi: 'Tham chiếu tới lĩnh vực không có trong kế hoạch',
      en: 'Reference to an area the plan does not define',
    },
    when: "a target's or task's area is not declared",
    hint: {
      vi: 'Mã phải trùng với một mã đã khai báo trong "areas".',
      en: 'The id must match one declared under "areas".',
    },
    messages: {
      unknown: {
        vi: 'Không tìm thấy lĩnh vực "{value}" trong kế hoạch.{didYouMean}',
        en: 'No area "{value}" in this plan.{didYouMean}',
      },
    },
  },
  'unknown-parent': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu cha không tồn tại', en: 'The parent target does not exist' },
    when: "a target's parent is not a declared target",
    hint: {
      vi: 'Mã phải trùng với một mã đã khai báo trong "targets".',
      en: 'The id must match one declared under "targets".',
    },
    messages: {
      unknown: {
        vi: 'Không tìm thấy chỉ tiêu cha "{value}" trong kế hoạch.{didYouMean}',
        en: 'No parent target "{value}" in this plan.{didYouMean}',
      },
    },
  },
  'parent-cycle': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu cha tạo thành vòng lặp', en: 'Parent targets form a cycle' },
    when: 'a target is its own parent, directly or through others',
    messages: {
      ownParent: {
        vi: 'Chỉ tiêu "{target}" không thể là chỉ tiêu cha của chính nó.',
        en: 'Target "{target}" cannot be its own parent.',
      },
      loop: {
        vi: 'Chỉ tiêu "{target}" nằm trong một vòng chỉ tiêu cha – con khép kín.',
        en: 'Target "{target}" is part of a parent loop.',
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
